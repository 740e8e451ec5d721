/**
 * The casualties chart: people killed in Haiti per quarter, or per year, as the UN (BINUH, OHCHR) counted
 * them. Every count keeps its metric: a quarter reported only as "killed or injured" is drawn hatched, named
 * as such, and never read as a count of the killed. Yearly totals that UN reports give differently are
 * drawn as a range (solid to the lowest count, hatched to the highest) with both sources. Counts for other
 * spans of time are told in the notes and the table, never drawn beside quarters or years.
 *
 * Pure: returns a Chart.js configuration plus the summary, notes, table and sources, all from the same rows.
 */
import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import { reportsOf, sourcesOf, textIn, figureRange } from '../data/figure.js';
import { dateToTime, findRecords, parseIsoDate } from '../data/selectors.js';
import type { Casualty, CasualtyMetric, Figure, IsoDate, MssDataset, Period, Report, SeedClaim, SourceId, Text } from '../data/types.js';
import { formatFigure, formatIsoDate, formatList, formatNumber, formatReport } from '../i18n/format.js';
import { stringsFor, type UiStrings } from '../i18n/strings.js';
import { casualtiesStrings, type CasualtiesStrings } from './casualties.strings.js';
import { certainlyAbove, ceilingOf, floorOf } from './helpers.js';
import { assembleSpec, baseOptions, categoryAxis, figureCell, publishers, sourceRefs, valueAxis } from './common.js';
import { keyNote, moreNote, type BuildContext, type ChartNote, type ChartSpec, type LegendItem, type PointDescription, type TableCell, type TableModel } from './spec.js';

export type CasualtiesView = 'quarterly' | 'yearly';

export interface CasualtiesOptions {
  view: CasualtiesView;
}

/** One UN count of a period, ready for a bar, a sentence or a table row. */
export interface CasualtyRow {
  id: string;
  period: Period;
  metric: CasualtyMetric;
  count: Figure;
  /** Lowest and highest reported count; equal unless UN reports differ. */
  low: number;
  high: number;
  injured?: Figure;
  /** Year the period starts in. */
  year: number;
  /** 1–4 for a quarter whose start month is known. */
  quarter?: number;
  published?: IsoDate;
  note?: Text;
  /** Sources of the count, then of the injured count, without repeats. */
  sources: SourceId[];
}

/** Metrics in the order their bars are drawn and listed: the chart's own metric first. */
const METRICS: readonly CasualtyMetric[] = ['killed', 'killed-or-injured', 'homicides'];

/** A title claims "every quarter since …" only over at least this many quarters: fewer is no trend. */
const MIN_QUARTERS_FOR_CLAIM = 4;

/** Seed-article claims about the killed that name no record of the dataset ("over 100 children"). */
const CASUALTY_CLAIM_IDS: ReadonlySet<string> = new Set(['children-killed-100']);

/** Every casualty count of the dataset, in order of the period's start (then end). */
export function casualtyRows(data: MssDataset): CasualtyRow[] {
  return (data.casualties ?? [])
    .map((c, index) => ({ row: toRow(c), index, from: dateToTime(c.period.from), to: dateToTime(c.period.to) }))
    .sort((a, b) => a.from - b.from || a.to - b.to || a.index - b.index)
    .map((entry) => entry.row);
}

function toRow(c: Casualty): CasualtyRow {
  const from = parseIsoDate(c.period.from);
  const row: CasualtyRow = {
    id: c.id,
    period: c.period,
    metric: c.metric,
    count: c.count,
    ...figureRange(c.count),
    year: from.year,
    sources: [...new Set([...sourcesOf(c.count), ...(c.injured ? sourcesOf(c.injured) : [])])],
  };
  if (c.period.grain === 'quarter' && from.month !== undefined) row.quarter = Math.ceil(from.month / 3);
  if (c.injured) row.injured = c.injured;
  if (c.published !== undefined) row.published = c.published;
  if (c.note !== undefined) row.note = c.note;
  return row;
}

export function buildCasualtiesSpec(data: MssDataset, options: CasualtiesOptions, ctx: BuildContext): ChartSpec {
  const rows = casualtyRows(data);
  if (rows.length === 0) throw new Error('The data has no casualty counts (`casualties`) to chart.');
  if (options.view === 'yearly') {
    const years = rows.filter((r) => r.period.grain === 'year');
    if (years.length === 0) throw new Error('The data has no yearly casualty counts (`casualties` with grain "year") to chart.');
    return buildYearly(data, rows, years, ctx);
  }
  const quarters = rows.filter((r) => r.period.grain === 'quarter');
  if (quarters.length === 0) {
    throw new Error('The data has no quarterly casualty counts (`casualties` with grain "quarter") to chart.');
  }
  const unplaced = quarters.find((q) => q.quarter === undefined);
  if (unplaced) {
    throw new Error(`The quarterly casualty count "${unplaced.id}" starts on ${unplaced.period.from}, without a month to place it in a quarter.`);
  }
  return buildQuarterly(data, rows, quarters, ctx);
}

// ---------------------------------------------------------------------------------------------------
// Bars shared by both views

interface Words {
  locale: string;
  s: CasualtiesStrings;
  ui: UiStrings;
}

interface MetricStyle {
  color: string;
  fill: string | CanvasPattern;
  /** Drawn hatched and outlined: not a count of the killed. */
  hatched: boolean;
}

function metricStyle(metric: CasualtyMetric, ctx: BuildContext): MetricStyle {
  const { theme } = ctx;
  switch (metric) {
    case 'killed': {
      const color = theme.series[0] ?? theme.accent;
      return { color, fill: color, hatched: false };
    }
    case 'killed-or-injured':
      return { color: theme.muted, fill: theme.hatch(theme.muted), hatched: true };
    case 'homicides': {
      const color = theme.series[2] ?? theme.muted;
      return { color, fill: theme.hatch(color), hatched: true };
    }
  }
}

interface BarLayout {
  /** Rows per category, in category order. */
  categories: CasualtyRow[][];
  datasets: ChartDataset<'bar', (number | null)[]>[];
  /** What each dataset draws: a metric's lowest count, or the part only the highest report gives. */
  parts: { metric: CasualtyMetric; part: 'low' | 'extra' }[];
  metrics: CasualtyMetric[];
  hasExtra: boolean;
}

/**
 * One bar per category and metric: the lowest count solid (hatched for a metric other than the killed),
 * and where UN reports differ a hatched part up to the highest count, stacked on it. Metrics never share a
 * stack: a count of the killed and a count of the killed or injured are never added.
 */
function layoutBars(rows: readonly CasualtyRow[], keyOf: (row: CasualtyRow) => string, ctx: BuildContext): BarLayout {
  const keys = [...new Set(rows.map(keyOf))];
  const categories = keys.map((key) => rows.filter((r) => keyOf(r) === key));
  const metrics = METRICS.filter((m) => rows.some((r) => r.metric === m));
  const at = (i: number, metric: CasualtyMetric) => categories[i]?.find((r) => r.metric === metric);
  const datasets: ChartDataset<'bar', (number | null)[]>[] = [];
  const parts: BarLayout['parts'] = [];
  const common = { stack: '', maxBarThickness: 72, categoryPercentage: 0.72, barPercentage: 0.92, skipNull: true };
  for (const metric of metrics) {
    const style = metricStyle(metric, ctx);
    datasets.push({
      ...common,
      label: metric,
      stack: metric,
      data: categories.map((_, i) => at(i, metric)?.low ?? null),
      backgroundColor: style.fill,
      borderColor: style.color,
      borderWidth: style.hatched ? 1.5 : 0,
    });
    parts.push({ metric, part: 'low' });
  }
  for (const metric of metrics) {
    const extra = categories.map((_, i) => {
      const row = at(i, metric);
      return row && row.high > row.low ? row.high - row.low : null;
    });
    if (extra.every((v) => v === null)) continue;
    const { color } = metricStyle(metric, ctx);
    datasets.push({
      ...common,
      label: `${metric} (highest report)`,
      stack: metric,
      data: extra,
      backgroundColor: ctx.theme.hatch(color),
      borderColor: color,
      borderWidth: 1.5,
    });
    parts.push({ metric, part: 'extra' });
  }
  return { categories, datasets, parts, metrics, hasExtra: parts.some((p) => p.part === 'extra') };
}

/**
 * The words printed at the end of a bar: the count with its qualifier (on its own line when bars stand
 * upright), every count where reports differ (over two lines on a narrow chart), and the metric when it is
 * not "killed".
 */
function barLabel(row: CasualtyRow, w: Words, horizontal: boolean, narrow: boolean): string[] {
  const { locale, s, ui } = w;
  const reports = [...reportsOf(row.count)].sort((a, b) => a.value - b.value);
  const lines: string[] = [];
  if (reports.length > 1) {
    // "4,451 or 4,789": a phrase, lowest first, so no number reads as the top of the solid part alone.
    const phrase = valuesText(row.count, locale);
    const first = formatReport(reports[0] as Report, locale);
    if (horizontal || !narrow || !phrase.startsWith(first)) lines.push(phrase);
    else lines.push(first, phrase.slice(first.length).trim());
  } else {
    const r = reports[0] as Report;
    if (r.kind === 'approximate' && !horizontal) {
      lines.push(ui.qualifier[r.qualifier]('').trim());
      lines.push(formatNumber(r.value, locale));
    } else {
      lines.push(formatReport(r, locale));
    }
  }
  if (row.metric !== 'killed') {
    if (horizontal) lines.push(s.metricBarLine[row.metric]);
    else lines.push(...s.metricBarLines[row.metric]);
  }
  return lines;
}

/** Line height of annotation labels, as the engine's label plugin draws them (times the font size). */
const LINE_HEIGHT = 1.2;

/** Width the narrow layout assumes for its plot when it makes room for the labels after the bars. */
const NARROW_PLOT_WIDTH = 230;

/** The value axis's maximum that leaves room for every label after its bar (horizontal bars only). */
function roomForLabels(rows: readonly { high: number; lines: string[] }[], fontSize: number): number {
  const width = NARROW_PLOT_WIDTH;
  return Math.max(
    ...rows.map(({ high, lines }) => {
      // About 0.66 em per character of the semi-bold label font, plus the gap after the bar.
      const labelWidth = Math.max(...lines.map((l) => l.length)) * fontSize * 0.66 + 10;
      return (high * width) / Math.max(width - labelWidth, width * 0.35);
    }),
  );
}

function labelAnnotations(
  layout: BarLayout,
  w: Words,
  ctx: BuildContext,
  horizontal: boolean,
): { annotations: Record<string, object>; labelled: { high: number; lines: string[] }[] } {
  const { theme } = ctx;
  const annotations: Record<string, object> = {};
  const labelled: { high: number; lines: string[] }[] = [];
  layout.categories.forEach((rows, index) => {
    const present = layout.metrics.filter((m) => rows.some((r) => r.metric === m));
    for (const row of rows) {
      const lines = barLabel(row, w, horizontal, ctx.compact);
      labelled.push({ high: row.high, lines });
      // Bars of two metrics in one category sit side by side; the label follows its own bar.
      const offset = present.length > 1 ? (present.indexOf(row.metric) - (present.length - 1) / 2) / present.length : 0;
      // The engine's label annotation centres its lines on the point: lift them above an upright bar.
      const font = { family: theme.fontFamily, size: theme.fontSize, weight: 600 };
      const height = lines.length * theme.fontSize * LINE_HEIGHT;
      annotations[`label-${row.id}`] = horizontal
        ? {
            type: 'label',
            xValue: row.high,
            yValue: index + offset,
            xAdjust: 5,
            content: lines,
            font,
            color: theme.text,
            textAlign: 'left',
          }
        : {
            type: 'label',
            xValue: index + offset,
            yValue: row.high,
            yAdjust: -(height / 2 + 4),
            content: lines,
            font,
            color: theme.text,
            textAlign: 'center',
          };
    }
  });
  return { annotations, labelled };
}

function barConfig(
  layout: BarLayout,
  labels: (string | string[])[],
  w: Words,
  ctx: BuildContext,
  horizontal: boolean,
  tooltip: { title: (items: TooltipItem<'bar'>[]) => string; label: (item: TooltipItem<'bar'>) => string[]; footer: (items: TooltipItem<'bar'>[]) => string },
): ChartConfiguration {
  const base = baseOptions(ctx);
  const { annotations, labelled } = labelAnnotations(layout, w, ctx, horizontal);
  const maxLines = Math.max(...labelled.map((l) => l.lines.length));
  const value = horizontal
    ? {
        ...valueAxis(ctx),
        stacked: true,
        // The bars carry their numbers; a value axis beside them would only crowd a phone screen.
        display: false,
        max: roomForLabels(labelled, ctx.theme.fontSize),
      }
    : { ...valueAxis(ctx), stacked: true, grace: `${12 + 6 * maxLines}%` };
  const config = {
    type: 'bar' as const,
    data: { labels, datasets: layout.datasets },
    options: {
      ...base,
      indexAxis: horizontal ? ('y' as const) : ('x' as const),
      scales: horizontal ? { y: categoryAxis(ctx, { autoSkip: false }), x: value } : { x: categoryAxis(ctx, { autoSkip: false }), y: value },
      plugins: {
        ...base.plugins,
        tooltip: { ...base.plugins.tooltip, callbacks: tooltip },
        annotation: { annotations },
      },
    },
  };
  return config as unknown as ChartConfiguration;
}

// ---------------------------------------------------------------------------------------------------
// Periods in words

function periodName(period: Period, s: CasualtiesStrings, locale: string): string {
  const from = parseIsoDate(period.from);
  const to = parseIsoDate(period.to);
  if (from.month !== undefined && to.month !== undefined && from.day === undefined && to.day === undefined) {
    if (from.year === to.year && from.month === 1 && to.month === 12) return String(from.year);
    if (from.year === to.year && from.month === to.month) return `${s.months[from.month - 1]} ${from.year}`;
    return s.monthRange({
      fromMonth: s.months[from.month - 1] ?? '',
      fromYear: from.year,
      toMonth: s.months[to.month - 1] ?? '',
      toYear: to.year,
    });
  }
  if (period.from === period.to) return formatIsoDate(period.from, locale);
  if (from.precision === 'year' && to.precision === 'year') return `${from.year}–${to.year}`;
  return `${formatIsoDate(period.from, locale)} – ${formatIsoDate(period.to, locale)}`;
}

function quarterShort(row: CasualtyRow, s: CasualtiesStrings): string {
  return s.quarterShort(row.quarter ?? 1, row.year);
}

/** The count in running text with its metric: "at least 1,732 people killed", "at least 5,601 or 5,626 people killed". */
function countText(row: CasualtyRow, w: Words): string {
  return w.s.metricCount[row.metric](valuesText(row.count, w.locale));
}

/** Every reported value, lowest first, joined with "or" (the sentence around it says that reports differ). */
function valuesText(figure: Figure, locale: string): string {
  const reports = [...reportsOf(figure)].sort((a, b) => a.value - b.value);
  return formatList(reports.map((r) => formatReport(r, locale)), locale, 'disjunction');
}

/** When a row was published: its own date, else its one source's date. */
function publishedOf(data: MssDataset, row: CasualtyRow): IsoDate | undefined {
  if (row.published) return row.published;
  const dates = sourceRefs(data, row.sources).flatMap((src) => (src.published ? [src.published] : []));
  return dates.length === 1 ? dates[0] : undefined;
}

/** "4,789 according to The Haitian Times (Homicides from…)", each report with its sources and note. */
function reportsText(data: MssDataset, figure: Figure, w: Words): string {
  return formatList(
    reportsOf(figure).map((r) => {
      const value = formatReport(r, w.locale);
      const who = publishers(data, r.sources, w.locale);
      const note = r.note === undefined ? '' : textIn(r.note, w.locale).replace(/\.\s*$/, '');
      return note ? w.s.reportByWithNote(value, who, note) : w.s.reportBy(value, who);
    }),
    w.locale,
    'disjunction',
  );
}

// ---------------------------------------------------------------------------------------------------
// Notes shared by both views: other spans of time, and the seed article's claims

function spanNotes(data: MssDataset, rows: readonly CasualtyRow[], w: Words): { notes: ChartNote[]; sources: SourceId[] } {
  const spans = rows.filter((r) => r.period.grain === 'span');
  if (spans.length === 0) return { notes: [], sources: [] };
  const items = spans.map((r) => {
    const published = publishedOf(data, r);
    return w.s.spanItem({
      count: countText(r, w),
      period: periodName(r.period, w.s, w.locale),
      sources: publishers(data, r.sources, w.locale),
      ...(published ? { published: formatIsoDate(published, w.locale) } : {}),
    });
  });
  return { notes: [moreNote(w.s.spansNote(formatList(items, w.locale)))], sources: spans.flatMap((r) => r.sources) };
}

function casualtyClaims(data: MssDataset): SeedClaim[] {
  return (data.seedClaims ?? []).filter(
    (c) => CASUALTY_CLAIM_IDS.has(c.id) || (c.about ?? []).some((ref) => ref.startsWith('casualties:')),
  );
}

function claimNotes(data: MssDataset, w: Words): { notes: ChartNote[]; sources: SourceId[] } {
  const claims = casualtyClaims(data);
  const notes = claims.map((claim) => {
    const about = (claim.about ?? [])
      .filter((ref) => ref.startsWith('casualties:'))
      .flatMap((ref) => findRecords(data, ref) as Casualty[])
      .map(toRow);
    const items = about.map((r) => {
      const published = publishedOf(data, r);
      return w.s.aboutItem({
        count: countText(r, w),
        period: periodName(r.period, w.s, w.locale),
        ...(published ? { published: formatIsoDate(published, w.locale) } : {}),
      });
    });
    const [first, ...rest] = items;
    return moreNote(
      w.s.seedClaimNote({
        claim: textIn(claim.claim, w.locale),
        verdict: claim.verdict,
        ...(first ? { refersTo: first } : {}),
        ...(rest.length ? { alsoSee: formatList(rest, w.locale) } : {}),
      }),
    );
  });
  return { notes, sources: claims.flatMap((c) => c.sources) };
}

// ---------------------------------------------------------------------------------------------------
// What both views share

/** What both views build from: the records of the view, every record (for the notes), the bars, the words. */
interface CasualtyView {
  data: MssDataset;
  ctx: BuildContext;
  w: Words;
  /** Every record, for the notes on periods not charted. */
  rows: readonly CasualtyRow[];
  /** The records of this view (quarters or years), in order. */
  charted: readonly CasualtyRow[];
  layout: BarLayout;
  /** A period's name: "April–June 2024", "2024". */
  name: (r: CasualtyRow) => string;
  /** The record under a tooltip item: its category's count of the item's metric. */
  rowOf: (item: TooltipItem<'bar'>) => CasualtyRow | undefined;
}

function casualtyView(data: MssDataset, rows: readonly CasualtyRow[], charted: readonly CasualtyRow[], ctx: BuildContext, keyOf: (r: CasualtyRow) => string): CasualtyView {
  const { locale } = ctx;
  const w: Words = { locale, s: casualtiesStrings(locale), ui: stringsFor(locale) };
  const layout = layoutBars(charted, keyOf, ctx);
  return {
    data,
    ctx,
    w,
    rows,
    charted,
    layout,
    name: (r) => periodName(r.period, w.s, locale),
    rowOf: (item) => {
      const part = layout.parts[item.datasetIndex];
      return part ? layout.categories[item.dataIndex]?.find((r) => r.metric === part.metric) : undefined;
    },
  };
}

/** The spec of a view: its words and notes, with the legend, keyboard points and sources both views share. */
function assembleCasualties(v: CasualtyView, parts: { title: string; summary: string; notes: ChartNote[]; table: TableModel; config: object }, point: (r: CasualtyRow) => string): ChartSpec {
  const spans = spanNotes(v.data, v.rows, v.w);
  const claims = claimNotes(v.data, v.w);
  const last = v.charted[v.charted.length - 1] as CasualtyRow;
  return assembleSpec(v.data, {
    ...parts,
    notes: [...parts.notes, ...spans.notes, ...claims.notes],
    legend: casualtyLegend(v),
    points: casualtyPoints(v, point),
    sourceIds: [...v.charted.flatMap((r) => r.sources), ...spans.sources, ...claims.sources],
    latest: last.period.to,
  });
}

/** A swatch per metric; in the yearly view with disputed years, the killed series is "the lowest count". */
function casualtyLegend(v: CasualtyView): LegendItem[] {
  const { layout, ctx } = v;
  const { s } = v.w;
  const yearly = v.charted[0]?.period.grain === 'year';
  return [
    ...layout.metrics.map((m) => {
      const style = metricStyle(m, ctx);
      const label = yearly && m === 'killed' && layout.hasExtra ? s.legendLowest : s.metricLegend[m];
      return { label, color: style.color, ...(style.hatched ? { hatched: true } : {}) };
    }),
    ...(layout.hasExtra ? [{ label: s.legendDisputed, color: metricStyle('killed', ctx).color, hatched: true }] : []),
  ];
}

/** Every count on its metric's bar, in the order of the periods. */
function casualtyPoints(v: CasualtyView, text: (r: CasualtyRow) => string): PointDescription[] {
  return v.layout.categories.flatMap((categoryRows, index) =>
    categoryRows.map((r) => ({
      datasetIndex: v.layout.parts.findIndex((p) => p.metric === r.metric && p.part === 'low'),
      index,
      text: text(r),
    })),
  );
}

// ---------------------------------------------------------------------------------------------------
// Quarterly view

function buildQuarterly(data: MssDataset, rows: readonly CasualtyRow[], quarters: readonly CasualtyRow[], ctx: BuildContext): ChartSpec {
  const v = casualtyView(data, rows, quarters, ctx, (r) => `${r.year}-${r.quarter}`);
  const { s } = v.w;
  return assembleCasualties(
    v,
    { ...describeQuarterly(v), notes: quarterlyNotes(v), table: quarterlyTable(v), config: quarterlyConfig(v) },
    (r) =>
      s.quarterPoint({
        period: v.name(r),
        count: countText(r, v.w),
        ...(r.injured ? { injured: formatFigure(r.injured, ctx.locale) } : {}),
        sources: publishers(data, r.sources, ctx.locale),
        notKilled: r.metric !== 'killed',
      }),
  );
}

function quarterlyConfig(v: CasualtyView): ChartConfiguration {
  const { layout, w, ctx, data, name, rowOf } = v;
  const { s, ui, locale } = w;
  const horizontal = ctx.compact;
  const labels = layout.categories.map((c) => {
    const r = c[0] as CasualtyRow;
    return horizontal ? quarterShort(r, s) : [s.quarterAbbr(r.quarter ?? 1), String(r.year)];
  });
  return barConfig(layout, labels, w, ctx, horizontal, {
    title: (items) => {
      const first = items[0] ? layout.categories[items[0].dataIndex]?.[0] : undefined;
      return first ? `${name(first)} (${quarterShort(first, s)})` : '';
    },
    label: (item) => {
      const row = rowOf(item);
      if (!row) return [];
      return [
        s.tooltipCount(row.metric, formatFigure(row.count, locale)),
        ...(row.injured ? [s.tooltipInjured(formatFigure(row.injured, locale))] : []),
        ...(row.metric !== 'killed' ? [s.tooltipNotKilled] : []),
      ];
    },
    footer: (items) => {
      const ids = items.flatMap((i) => rowOf(i)?.sources ?? []);
      return ids.length ? `${ui.source}: ${publishers(data, ids, locale)}` : '';
    },
  });
}

/** Only counts of the killed make the title and the range of the summary; other metrics get a sentence each. */
function describeQuarterly(v: CasualtyView): { title: string; summary: string } {
  const { charted: quarters, w, name } = v;
  const { s, locale } = w;
  const killed = quarters.filter((r) => r.metric === 'killed');
  const latest = killed[killed.length - 1];
  const first = quarters[0] as CasualtyRow;
  const last = quarters[quarters.length - 1] as CasualtyRow;
  let summary: string;
  if (killed.length > 1 && latest) {
    const min = killed.reduce((a, b) => (b.low < a.low ? b : a));
    const max = killed.reduce((a, b) => (b.high > a.high ? b : a));
    // "The most in {quarter}" only when no other count could be as high: not over a tie, an "about" or an
    // "at least" count of another quarter.
    const most = killed.every((r) => r === max || certainlyAbove(floorOf(max.count), ceilingOf(r.count)));
    summary = s.summaryQuarterly({
      from: name(first),
      to: name(last),
      min: formatFigure(min.count, locale),
      max: formatFigure(max.count, locale),
      ...(most ? { maxQuarter: name(max) } : {}),
      latest: formatFigure(latest.count, locale),
      latestQuarter: name(latest),
      ...(latest.injured ? { latestInjured: formatFigure(latest.injured, locale) } : {}),
    });
  } else if (latest) {
    summary = s.summaryQuarterlyOne({
      value: formatFigure(latest.count, locale),
      quarter: name(latest),
      ...(latest.injured ? { injured: formatFigure(latest.injured, locale) } : {}),
    });
  } else {
    summary = s.summaryQuarterlyNone({ from: name(first), to: name(last) });
  }
  const others = quarters.filter((r) => r.metric !== 'killed').map((r) => otherMetricSentence(r, killed, name(r), w));
  return { title: quarterlyTitle(quarters, latest, w), summary: [summary, ...others].join(' ') };
}

function quarterlyNotes(v: CasualtyView): ChartNote[] {
  const { charted: quarters, w, data, name } = v;
  const { s, locale } = w;
  const approximate = quarters.filter((r) => r.metric === 'killed' && r.count.kind === 'approximate');
  const injured = quarters.filter((r) => r.injured);
  // A count of another metric is drawn hatched in the killed series: its note says what that bar is.
  return [
    ...quarters
      .filter((r) => r.metric !== 'killed')
      .map((r) => keyNote(s.otherMetricNote({ period: name(r), count: countText(r, w), sources: publishers(data, r.sources, locale) }))),
    ...quarters
      .filter((r) => r.count.kind === 'disputed')
      .map((r) => keyNote(s.disputedNote({ period: name(r), reports: reportsText(data, r.count, w) }))),
    ...(approximate.length ? [keyNote(s.approximateNote(formatList(approximate.map(name), locale)))] : []),
    ...(injured.length ? [moreNote(s.injuredNote(formatList(injured.map(name), locale)))] : []),
  ];
}

function quarterlyTable(v: CasualtyView): TableModel {
  const { charted: quarters, w, data, name } = v;
  const { s, locale } = w;
  return {
    columns: [
      { label: s.colPeriod },
      { label: s.colCounted },
      { label: s.colCount, numeric: true },
      { label: s.colInjured, numeric: true },
      { label: s.colSources },
      { label: s.colNote },
    ],
    rows: quarters.map((r): TableCell[] => [
      { text: `${quarterShort(r, s)} (${name(r)})`, value: `${r.period.from}/${r.period.to}`, rowHeader: true },
      { text: s.metricName[r.metric], value: r.metric },
      figureCell(r.count, locale),
      r.injured ? figureCell(r.injured, locale) : { text: '—', value: '' },
      { text: publishers(data, r.sources, locale) },
      { text: r.note === undefined ? '' : textIn(r.note, locale) },
    ]),
    rowSources: quarters.map((r) => r.sources),
  };
}

/** A count that is certainly not below this: exact, "at least" or "more than". "About" and "nearly" are not bounds. */
function lowerBound(figure: Figure): number | undefined {
  let bound = Infinity;
  for (const r of reportsOf(figure)) {
    if (r.kind === 'approximate' && r.qualifier !== 'at-least' && r.qualifier !== 'more-than') return undefined;
    bound = Math.min(bound, r.value);
  }
  return bound;
}

/** What the quarterly title may claim of the records it covers (see `everyQuarterClaim`). */
export interface EveryQuarterClaim {
  since: number;
  /** Every count of the killed since `since` is certainly above this. */
  threshold: number;
  /** How many quarters since `since` have a count of the killed: the claim is made of these only. */
  quarters: number;
  /** Quarters since `since` with a count of another metric only (killed or injured): named in the title. */
  gaps: CasualtyRow[];
}

/**
 * "Since {year}, the UN counted more than {threshold} people killed in each of {n} quarters": the start year
 * (over at least MIN_QUARTERS_FOR_CLAIM quarters with a count of the killed) that gives the highest round
 * hundred every such count is above; a tie keeps the earlier year, the longer claim. The claim is made of the
 * quarters that have a count of the killed, and says which quarters have only another metric's count.
 */
export function everyQuarterClaim(quarters: readonly CasualtyRow[]): EveryQuarterClaim | undefined {
  const killed = quarters.filter((r) => r.metric === 'killed');
  const key = (r: CasualtyRow) => `${r.year}-${r.quarter ?? 0}`;
  const years = [...new Set(killed.map((r) => r.year))].sort((a, b) => a - b);
  let best: EveryQuarterClaim | undefined;
  for (const since of years) {
    const span = killed.filter((r) => r.year >= since);
    const counted = new Set(span.map(key));
    if (counted.size < MIN_QUARTERS_FOR_CLAIM) continue;
    const bounds = span.map((r) => lowerBound(r.count));
    if (bounds.some((b) => b === undefined)) continue;
    // Strictly below the smallest count, so "more than" holds for every quarter.
    const threshold = Math.floor((Math.min(...(bounds as number[])) - 1) / 100) * 100;
    if (threshold > 0 && (!best || threshold > best.threshold)) {
      const uncounted = quarters.filter((r) => r.year >= since && !counted.has(key(r)));
      const gaps = uncounted.filter((r, i) => uncounted.findIndex((o) => key(o) === key(r)) === i);
      best = { since, threshold, quarters: counted.size, gaps };
    }
  }
  return best;
}

/** The quarterly title: the claim every quarter with a count of the killed bears out, else the latest count. */
function quarterlyTitle(quarters: readonly CasualtyRow[], latest: CasualtyRow | undefined, w: Words): string {
  const { locale, s, ui } = w;
  const claim = everyQuarterClaim(quarters);
  if (claim) {
    const gaps = claim.gaps.map((r) => s.titleGap[r.metric === 'homicides' ? 'homicides' : 'killed-or-injured'](periodName(r.period, s, locale)));
    return s.titleEveryQuarter({
      since: String(claim.since),
      threshold: ui.qualifier['more-than'](formatNumber(claim.threshold, locale)),
      quarters: formatNumber(claim.quarters, locale),
      ...(gaps.length ? { gaps: formatList(gaps, locale) } : {}),
    });
  }
  if (latest) return s.titleLatestQuarter({ value: formatFigure(latest.count, locale), quarter: periodName(latest.period, s, locale) });
  return s.titleQuarterly;
}

/** "For April–June 2024 it reported only …", or "… also reported …" where the period has a count of the killed too. */
function otherMetricSentence(row: CasualtyRow, killed: readonly CasualtyRow[], period: string, w: Words): string {
  const same = killed.some((k) => k.period.from === row.period.from && k.period.to === row.period.to);
  const p = { quarter: period, count: countText(row, w) };
  return same ? w.s.summaryAlsoMetric(p) : w.s.summaryOtherMetric(p);
}

// ---------------------------------------------------------------------------------------------------
// Yearly view

function buildYearly(data: MssDataset, rows: readonly CasualtyRow[], years: readonly CasualtyRow[], ctx: BuildContext): ChartSpec {
  const v = casualtyView(data, rows, years, ctx, (r) => `${r.period.from}/${r.period.to}`);
  const { s } = v.w;
  return assembleCasualties(
    v,
    { ...describeYearly(v), notes: yearlyNotes(v), table: yearlyTable(v), config: yearlyConfig(v) },
    (r) => s.yearPoint({ period: `${v.name(r)}, ${s.metricName[r.metric]}`, reports: reportsText(data, r.count, v.w) }),
  );
}

function yearlyConfig(v: CasualtyView): ChartConfiguration {
  const { layout, w, ctx, data, name, rowOf } = v;
  const { s, ui, locale } = w;
  const labels = layout.categories.map((c) => name(c[0] as CasualtyRow));
  return barConfig(layout, labels, w, ctx, false, {
    title: (items) => {
      const row = items[0] ? rowOf(items[0]) : undefined;
      return row ? `${name(row)} · ${s.metricName[row.metric]}` : '';
    },
    label: (item) => {
      const row = rowOf(item);
      if (!row) return [];
      return reportsOf(row.count).map((r) => `${formatReport(r, locale)} — ${publishers(data, r.sources, locale)}`);
    },
    footer: (items) => {
      const row = items[0] ? rowOf(items[0]) : undefined;
      return row && row.count.kind === 'disputed' ? ui.disputedValues('').trim() : '';
    },
  });
}

function describeYearly(v: CasualtyView): { title: string; summary: string } {
  const { charted: years, w, name } = v;
  const { s, ui, locale } = w;
  const killed = years.filter((r) => r.metric === 'killed');
  const latest = killed[killed.length - 1];
  const previous = killed[killed.length - 2];
  // "more than in {previousYear}" only when every report of the latest year is certainly above every report
  // of the year before: "about 4,451" against 4,000 is no bound, and says nothing either way.
  const above = previous && certainlyAbove(floorOf(latest?.count ?? previous.count), ceilingOf(previous.count));
  const title = latest
    ? s.titleYearly({
        value: latestValue(latest, ui, locale),
        year: name(latest),
        ...(previous && above ? { previousYear: name(previous) } : {}),
      })
    : s.titleYearlyPlain;
  const items = killed.map((r) => s.yearItem({ values: valuesText(r.count, locale), year: name(r) }));
  const summary = [
    ...(items.length ? [s.summaryYearly({ list: formatList(items, locale), disputed: killed.some((r) => r.count.kind === 'disputed') })] : []),
    ...years.filter((r) => r.metric !== 'killed').map((r) => otherMetricSentence(r, killed, name(r), w)),
  ].join(' ');
  return { title, summary };
}

function yearlyNotes(v: CasualtyView): ChartNote[] {
  const { charted: years, w, data, name } = v;
  const { s, locale } = w;
  return [
    ...years
      .filter((r) => r.metric !== 'killed')
      .map((r) => keyNote(s.otherMetricNote({ period: name(r), count: countText(r, w), sources: publishers(data, r.sources, locale) }))),
    ...years
      .filter((r) => r.count.kind === 'disputed')
      .map((r) => {
        const figureNote =
          r.count.kind === 'disputed' && r.count.note !== undefined && !reportsOf(r.count).some((rep) => rep.note) ? ` ${textIn(r.count.note, locale)}` : '';
        return keyNote(`${s.disputedNote({ period: name(r), reports: reportsText(data, r.count, w) })}${figureNote}`);
      }),
  ];
}

/** One row per report: both values of a disputed year, each beside its own sources. */
function yearlyTable(v: CasualtyView): TableModel {
  const { charted: years, w, data, name } = v;
  const { s, locale } = w;
  const tableRows = [...years, ...v.rows.filter((r) => r.period.grain === 'span')].flatMap((r) => reportsOf(r.count).map((report) => ({ row: r, report })));
  return {
    columns: [
      { label: s.colPeriod },
      { label: s.colKind },
      { label: s.colCounted },
      { label: s.colCount, numeric: true },
      { label: s.colSources },
      { label: s.colPublished },
      { label: s.colNote },
    ],
    rows: tableRows.map(({ row, report }): TableCell[] => {
      const published = reportPublished(data, row, report);
      const note = report.note ?? row.note;
      return [
        { text: name(row), value: `${row.period.from}/${row.period.to}`, rowHeader: true },
        { text: s.grain[row.period.grain], value: row.period.grain },
        { text: s.metricName[row.metric], value: row.metric },
        { text: formatReport(report, locale), value: report.value },
        { text: publishers(data, report.sources, locale) },
        published ? { text: formatIsoDate(published, locale), value: published } : { text: '', value: '' },
        { text: note === undefined ? '' : textIn(note, locale) },
      ];
    }),
    rowSources: tableRows.map(({ report }) => report.sources),
  };
}

/**
 * The latest year's count for a title: where UN counts differ, "at least" the lowest — true of every
 * report — rather than one count picked silently; where a report gives no floor, every count.
 */
function latestValue(row: CasualtyRow, ui: UiStrings, locale: string): string {
  if (row.count.kind !== 'disputed') return formatReport(row.count, locale);
  // Only a floor every report gives: "at least 4,000" is not true of "about 4,000".
  const floor = floorOf(row.count);
  if (!floor) return valuesText(row.count, locale);
  return ui.qualifier[floor.strict ? 'more-than' : 'at-least'](formatNumber(floor.value, locale));
}

/** A report's date: its one source's publication date, or the record's when the record has one report. */
function reportPublished(data: MssDataset, row: CasualtyRow, report: Report): IsoDate | undefined {
  const dates = [...new Set(sourceRefs(data, report.sources).flatMap((src) => (src.published ? [src.published] : [])))];
  if (dates.length === 1) return dates[0];
  return reportsOf(row.count).length === 1 ? row.published : undefined;
}
