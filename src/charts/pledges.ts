/**
 * The pledges chart: per country, the personnel it pledged against the arrivals it sent, with the planned
 * strength and the reported pledge total as reference lines. Pure: returns a Chart.js configuration plus
 * the summary, notes, table and sources, all from `pledgedVsDeployed`.
 */
import type { ChartDataset, TooltipItem } from 'chart.js';
import { figureRange, sourcesOf, textIn } from '../data/figure.js';
import { arrivalsByContingent, latestFigure, latestStrength, pledgedVsDeployed, type PledgeRow } from '../data/selectors.js';
import type { CountryCode, MssDataset, Reference } from '../data/types.js';
import { countryName, formatFigure, formatIsoDate, formatList, formatNumber } from '../i18n/format.js';
import { assembleSpec, baseOptions, figureCell, publishers, reportsWithPublishers, valueAxis } from './common.js';
import { niceCeil, rangeText, sum, withAlpha } from './helpers.js';
import { pledgesStrings, type PledgesStrings } from './pledges.strings.js';
import { keyNote, moreNote, type BuildContext, type ChartNote, type ChartSpec, type LegendItem, type PointDescription, type TableCell, type TableModel } from './spec.js';

export interface PledgesOptions {
  /** The country drawn in the accent colour: the story's subject. Kenya (`KE`) by default. */
  highlight?: CountryCode;
}

/** Kenya leads the mission, so it is the subject unless the page says otherwise. */
const DEFAULT_HIGHLIGHT = 'KE';

/** The reference levels this chart draws; a later force's authorised ceiling belongs to another story. */
const REFERENCE_KINDS = ['planned-strength', 'pledged-total'] as const;

/**
 * Arrivals at or under this share of the pledges read as "far" short of them. The pledge level is the
 * lowest reading of the reported total ("more than 3,100" → 3,100) and arrivals take their highest
 * reading, so the claim only holds when it holds for every reading of the sources.
 */
const FAR_SHORT_SHARE = 2 / 3;

/** Dataset order in the configuration; tests and the element's keyboard points rely on it. */
export const PLEDGES_DATASETS = { pledged: 0, pledgedDisputed: 1, sent: 2, sentDisputed: 3, rows: 4 } as const;

export function buildPledgesSpec(data: MssDataset, options: PledgesOptions, ctx: BuildContext): ChartSpec {
  const m = pledgesModel(data, options, ctx);
  const { notes, noteSources } = buildNotes(data, m.rows, m.references, m.s, ctx.locale);
  const dates = [...(data.pledges ?? []).map((p) => p.date), ...(data.deployments ?? []).map((d) => d.date)].sort();
  return assembleSpec(data, {
    ...describePledges(m),
    notes,
    legend: pledgesLegend(m),
    table: pledgesTable(m),
    config: pledgesConfig(m),
    points: pledgesPoints(m),
    sourceIds: [...m.rows.flatMap((r) => r.sources), ...m.references.flatMap((ref) => sourcesOf(ref.value)), ...noteSources],
    latest: dates[dates.length - 1] ?? '',
  });
}

/** Everything the chart, the words and the table of one pledges spec are made from (the map view's too). */
export interface PledgesModel {
  data: MssDataset;
  ctx: BuildContext;
  s: PledgesStrings;
  highlight: CountryCode;
  rows: PledgeRow[];
  names: string[];
  references: ChartReference[];
  axisMax: number;
  /** With reference lines, the first row of the plot is left empty for their labels. */
  offset: number;
  /** One value per row of the plot: the blank first row, if any, then each country. */
  perRow: <T>(value: (r: PledgeRow) => T, blank: T) => T[];
  rowAt: (index: number) => PledgeRow | undefined;
  colorOf: (r: PledgeRow) => string;
  pledgedText: (r: PledgeRow) => string;
  sentText: (r: PledgeRow) => string;
  pledgeSources: (r: PledgeRow) => string;
  arrivalSources: (r: PledgeRow) => string;
}

export function pledgesModel(data: MssDataset, options: PledgesOptions, ctx: BuildContext): PledgesModel {
  const rows = pledgedVsDeployed(data);
  if (!rows.some((r) => r.pledge)) throw new Error('The data has no personnel pledges (`pledges`) to chart.');
  const { locale, theme } = ctx;
  const s = pledgesStrings(locale);
  const highlight = options.highlight ?? DEFAULT_HIGHLIGHT;
  const references = chartReferences(data);
  const offset = references.length > 0 ? 1 : 0;
  const arrivals = arrivalsByContingent(data);
  return {
    data,
    ctx,
    s,
    highlight,
    rows,
    names: rows.map((r) => countryName(r.country, locale)),
    references,
    axisMax: pledgesAxisMax(rows, references, ctx),
    offset,
    perRow: (value, blank) => [...(offset ? [blank] : []), ...rows.map(value)],
    rowAt: (index) => rows[index - offset],
    colorOf: (r) => (r.country === highlight ? theme.accent : theme.muted),
    pledgedText: (r) => (r.pledge ? formatFigure(r.pledge, locale) : s.noPledge),
    sentText: (r) => rangeText(r.deployed.low, r.deployed.high, locale),
    pledgeSources: (r) => {
      if (!r.pledge) return '';
      if (r.pledge.kind === 'disputed') return reportsWithPublishers(data, r.pledge, locale, s.reportBy);
      return publishers(data, sourcesOf(r.pledge), locale);
    },
    arrivalSources: (r) =>
      publishers(
        data,
        arrivals.filter((a) => a.country === r.country).flatMap((a) => a.sources),
        locale,
      ),
  };
}

/**
 * The axis reaches past every reference line, and far enough past the longest bar for its end label: to a
 * tenth of a tick step (the axis does not label its maximum, so it need not fall on a tick).
 */
function pledgesAxisMax(rows: readonly PledgeRow[], references: readonly ChartReference[], ctx: BuildContext): number {
  const longestBar = Math.max(...rows.map((r) => Math.max(r.pledged?.high ?? 0, r.deployed.high)));
  const highestReference = Math.max(0, ...references.map((ref) => figureRange(ref.value).high));
  const spaces = valueAxis(ctx).ticks.maxTicksLimit - 1;
  return niceCeil(Math.max(longestBar * 1.3, highestReference * 1.03), 10 * spaces);
}

// ---------------------------------------------------------------------------------------------------
// Scale: datasets, labels and reference lines, axes

function pledgesDatasets(m: PledgesModel): ChartDataset<'bar', (number | null)[]>[] {
  const { s, perRow, colorOf } = m;
  const { theme } = m.ctx;
  const pledgeBar = { grouped: false, categoryPercentage: 0.84, barPercentage: 0.92, maxBarThickness: 30, order: 3, stack: 'pledged' };
  const sentBar = { grouped: false, categoryPercentage: 0.84, barPercentage: 0.46, maxBarThickness: 14, order: 1, stack: 'sent' };
  const solid = perRow(colorOf, theme.muted);
  const pale = perRow((r) => withAlpha(colorOf(r), 0.3), theme.muted);
  const hatched = perRow((r) => theme.hatch(colorOf(r)), theme.disputedFill);
  const paleBars = { backgroundColor: pale, hoverBackgroundColor: pale, borderColor: solid, borderWidth: 1 };
  const hatchedBars = { backgroundColor: hatched, hoverBackgroundColor: hatched, borderColor: solid, borderWidth: 1 };
  const extra = (range: { low: number; high: number } | undefined) => (range && range.high > range.low ? range.high - range.low : null);
  return [
    { ...pledgeBar, label: s.legendPledged, data: perRow((r) => r.pledged?.low ?? null, null), ...paleBars },
    { ...pledgeBar, label: `${s.legendPledged} — ${s.legendDisputed}`, data: perRow((r) => extra(r.pledged), null), ...hatchedBars },
    {
      ...sentBar,
      label: s.legendSent,
      data: perRow((r) => (r.deployed.low > 0 ? r.deployed.low : null), null),
      backgroundColor: solid,
      hoverBackgroundColor: solid,
      borderWidth: 0,
    },
    { ...sentBar, label: `${s.legendSent} — ${s.legendDisputed}`, data: perRow((r) => extra(r.deployed), null), ...hatchedBars },
    {
      // One transparent bar across each country's row: a row whose pledge size is undisclosed has no bar of
      // its own, yet it still needs a tooltip, a hover highlight and a place for keyboard focus.
      label: s.colCountry,
      data: perRow(() => m.axisMax, null),
      grouped: false,
      categoryPercentage: 1,
      barPercentage: 1,
      order: 5,
      stack: 'rows',
      backgroundColor: 'rgba(0, 0, 0, 0)',
      hoverBackgroundColor: withAlpha(theme.grid, 0.45),
      borderWidth: 0,
    },
  ];
}

const labelSizeOf = (ctx: BuildContext) => (ctx.compact ? ctx.theme.fontSize - 2 : ctx.theme.fontSize);

/** The words at the end of each bar: what was sent, or why there is no bar. */
function barLabels(m: PledgesModel): Record<string, object> {
  const { s, ctx, highlight } = m;
  const { theme } = ctx;
  const labelSize = labelSizeOf(ctx);
  const annotations: Record<string, object> = {};
  // `textAlign` anchors a label's text at its value; `position` says the same to chartjs-plugin-annotation,
  // whose options the engine's plugin mirrors, so the spec reads the same under either.
  const startAt = { type: 'label', position: { x: 'start', y: 'center' }, textAlign: 'left', xAdjust: 4, padding: 0 };
  m.rows.forEach((r, i) => {
    const yValue = i + m.offset;
    const sent = r.deployed.high > 0 ? s.sentLabel(m.sentText(r)) : '';
    if (r.undisclosed) {
      // Not a bar: a bar needs a length, and this pledge has none. Words in italics say so, where the bar
      // would start. On a phone the words take two lines, so they stay clear of the reference lines.
      annotations[`undisclosed-${r.country}`] = {
        ...startAt,
        xValue: r.deployed.high,
        yValue,
        content: ctx.compact ? [sent, ...splitAtComma(s.undisclosedLabel)].filter(Boolean) : [sent, s.undisclosedLabel].filter(Boolean).join(' · '),
        color: theme.muted,
        font: { family: theme.fontFamily, size: labelSize, style: 'italic' },
      };
      return;
    }
    // "None sent" sits where the sent bar would start, inside the pledge bar, rather than after it: the
    // words then read as the missing bar, and never run into a reference line.
    annotations[`sent-${r.country}`] = {
      ...startAt,
      xValue: sent ? Math.max(r.pledged?.high ?? 0, r.deployed.high) : 0,
      yValue,
      content: sent || s.sentNone,
      color: theme.text,
      font: { family: theme.fontFamily, size: labelSize, weight: r.country === highlight ? 'bold' : 'normal' },
    };
  });
  return annotations;
}

/**
 * Reference lines run down the country rows only; their labels share the empty first row, one line of
 * text each (the highest value on top), and end at their line, so two close values (2,500 and 3,100 on
 * a phone) never print over each other or over a line.
 */
function referenceLines(m: PledgesModel): Record<string, object> {
  const { s, ctx, offset } = m;
  const { theme, locale } = ctx;
  const labelSize = labelSizeOf(ctx);
  const annotations: Record<string, object> = {};
  const byValue = [...m.references].sort((a, b) => figureRange(a.value).high - figureRange(b.value).high);
  byValue.forEach((ref, rank) => {
    const { low, high } = figureRange(ref.value);
    const rowsSpan = { yMin: offset - 0.5, yMax: m.rows.length + offset - 0.5 };
    // Under the bars and their labels: where a label crosses a line, the words stay on top.
    const line = { borderColor: theme.text, borderWidth: 1.5, borderDash: [5, 3], drawTime: 'beforeDatasetsDraw' };
    annotations[`ref-${ref.id}`] =
      low === high
        ? { type: 'line', xMin: low, xMax: low, ...rowsSpan, ...line }
        : { type: 'box', xMin: low, xMax: high, ...rowsSpan, backgroundColor: theme.disputedFill, ...line };
    annotations[`ref-${ref.id}-label`] = {
      type: 'label',
      position: { x: 'end', y: 'center' },
      textAlign: 'right',
      xValue: high,
      yValue: 0,
      yAdjust: ((byValue.length - 1) / 2 - rank) * (labelSize + 3),
      content: s.lineLabel(ctx.compact ? s.shortReference[ref.kind] : textIn(ref.label, locale), formatFigure(ref.value, locale)),
      color: theme.text,
      font: { family: theme.fontFamily, size: labelSize, weight: ctx.compact ? 'normal' : 'bold' },
      padding: 0,
    };
  });
  return annotations;
}

function pledgesConfig(m: PledgesModel) {
  const { ctx, s, highlight, perRow, rowAt } = m;
  const { theme, locale } = ctx;
  const base = baseOptions(ctx);
  const axis = valueAxis(ctx, s.axisPersonnel);
  const fontSize = ctx.compact ? theme.fontSize - 1 : theme.fontSize;
  return {
    type: 'bar' as const,
    data: { labels: perRow((r) => (ctx.compact ? wrapName(countryName(r.country, locale)) : countryName(r.country, locale)), ''), datasets: pledgesDatasets(m) },
    options: {
      ...base,
      indexAxis: 'y' as const,
      interaction: { mode: 'index' as const, axis: 'y' as const, intersect: false },
      scales: {
        x: { ...axis, stacked: true, min: 0, max: m.axisMax, ticks: { ...axis.ticks, includeBounds: false } },
        y: {
          type: 'category' as const,
          grid: { display: false },
          border: { color: theme.grid },
          ticks: {
            color: theme.text,
            autoSkip: false,
            font: (c: { index: number }) => ({
              family: theme.fontFamily,
              size: fontSize,
              weight: rowAt(c.index)?.country === highlight ? ('bold' as const) : ('normal' as const),
            }),
          },
        },
      },
      plugins: {
        ...base.plugins,
        tooltip: { ...base.plugins.tooltip, filter: (item: TooltipItem<'bar'>) => item.datasetIndex === PLEDGES_DATASETS.rows, callbacks: tooltipCallbacks(m) },
        annotation: { annotations: { ...barLabels(m), ...referenceLines(m) } },
      },
    },
  };
}

function tooltipCallbacks(m: PledgesModel) {
  const { s, rowAt } = m;
  const { locale } = m.ctx;
  return {
    title: (items: TooltipItem<'bar'>[]) => {
      const r = rowAt(items[0]?.dataIndex ?? -1);
      return r ? countryName(r.country, locale) : '';
    },
    label: (item: TooltipItem<'bar'>) => {
      const r = rowAt(item.dataIndex);
      return r ? [s.tooltipPledged(m.pledgedText(r)), s.tooltipSent(m.sentText(r))] : '';
    },
    footer: (items: TooltipItem<'bar'>[]) => {
      const r = rowAt(items[0]?.dataIndex ?? -1);
      if (!r) return '';
      const pledge = m.pledgeSources(r);
      const arrivals = m.arrivalSources(r);
      return [pledge ? s.tooltipPledgeSource(pledge) : '', arrivals ? s.tooltipArrivalSource(arrivals) : ''].filter(Boolean);
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Describe: words, legend, table, keyboard points

export function describePledges(m: PledgesModel): { title: string; summary: string } {
  const { rows, references, s } = m;
  const { locale } = m.ctx;
  const sentLow = sum(rows.map((r) => r.deployed.low));
  const sentHigh = sum(rows.map((r) => r.deployed.high));
  const pledgedTotal = references.find((ref) => ref.kind === 'pledged-total');
  const planned = references.find((ref) => ref.kind === 'planned-strength');
  const pledgeLevel = pledgedTotal ? figureRange(pledgedTotal.value).low : sum(rows.map((r) => r.pledged?.low ?? 0));
  // "Sent at least what they pledged" needs every pledge's size and the arrivals' lowest reading above its highest.
  const pledgeCeiling = pledgedTotal ? figureRange(pledgedTotal.value).high : sum(rows.map((r) => r.pledged?.high ?? 0));
  const met = !rows.some((r) => r.undisclosed) && sentLow >= pledgeCeiling;
  const title =
    sentHigh <= pledgeLevel * FAR_SHORT_SHARE ? s.titleFarShort : sentHigh < pledgeLevel ? s.titleShort : met ? s.titleMet : s.titlePlain;
  // "Which pledged the most": the largest pledge only when it is above every other one, not tied with it.
  const [first, ...rest] = rows.filter((r) => r.pledged);
  const leader = first && rest.every((r) => (first.pledged?.low ?? 0) > (r.pledged?.high ?? 0)) ? first : undefined;
  const undisclosed = rows.filter((r) => r.undisclosed);
  const summary = s.summary({
    pledgers: formatNumber(rows.filter((r) => r.pledge).length, locale),
    ...(undisclosed.length ? { undisclosed: formatNumber(undisclosed.length, locale) } : {}),
    senders: formatNumber(rows.filter((r) => r.deployed.high > 0).length, locale),
    sentLow: formatNumber(sentLow, locale),
    sentHigh: formatNumber(sentHigh, locale),
    ...(planned ? { planned: formatFigure(planned.value, locale) } : {}),
    ...(leader && leader.deployed.high === 0 ? { idleLeader: countryName(leader.country, locale) } : {}),
  });
  return { title, summary };
}

function pledgesLegend(m: PledgesModel): LegendItem[] {
  const { rows, s, highlight } = m;
  const { theme, locale } = m.ctx;
  return [
    { label: s.legendPledged, color: withAlpha(theme.muted, 0.3) },
    { label: s.legendSent, color: theme.muted },
    ...(rows.some((r) => (r.pledged && r.pledged.high > r.pledged.low) || r.deployed.high > r.deployed.low)
      ? [{ label: s.legendDisputed, color: theme.muted, hatched: true }]
      : []),
    ...(rows.some((r) => r.country === highlight) ? [{ label: countryName(highlight, locale), color: theme.accent }] : []),
  ];
}

export function pledgesTable(m: PledgesModel): TableModel {
  const { rows, names, s } = m;
  const { locale } = m.ctx;
  return {
    columns: [{ label: s.colCountry }, { label: s.colPledged, numeric: true }, { label: s.colSent, numeric: true }, { label: s.colSources }],
    rows: rows.map((r, i): TableCell[] => [
      { text: names[i] ?? r.country, value: r.country, rowHeader: true },
      r.pledge ? figureCell(r.pledge, locale) : { text: s.noPledge, value: '' },
      { text: m.sentText(r), value: r.deployed.low === r.deployed.high ? r.deployed.low : m.sentText(r) },
      { text: s.sourcesCell({ pledge: m.pledgeSources(r), arrivals: m.arrivalSources(r) }) },
    ]),
    rowSources: rows.map((r) => r.sources),
  };
}

function pledgesPoints(m: PledgesModel): PointDescription[] {
  return m.rows.map((r, index) => ({
    datasetIndex: PLEDGES_DATASETS.rows,
    index: index + m.offset,
    text: m.s.point({
      country: m.names[index] ?? r.country,
      pledged: m.pledgedText(r),
      sent: m.sentText(r),
      sources: publishers(m.data, r.sources, m.ctx.locale),
    }),
  }));
}

type ChartReference = Reference & { kind: (typeof REFERENCE_KINDS)[number] };

/** The newest reference of each kind this chart draws, in `REFERENCE_KINDS` order. */
function chartReferences(data: MssDataset): ChartReference[] {
  return REFERENCE_KINDS.flatMap((kind) => {
    const ref = latestFigure((data.references ?? []).filter((r) => r.kind === kind), (r) => r.date);
    return ref ? [{ ...ref, kind }] : [];
  });
}

export function buildNotes(
  data: MssDataset,
  rows: readonly PledgeRow[],
  references: readonly ChartReference[],
  s: PledgesStrings,
  locale: string,
): { notes: ChartNote[]; noteSources: string[] } {
  const notes: ChartNote[] = [];
  const noteSources: string[] = [];
  const arrivals = arrivalsByContingent(data);

  // What "sent" means: every arrival added up, teams that went home included.
  const departed = arrivals.find((a) => a.until !== undefined);
  let sent = s.sentNote(
    departed?.until
      ? {
          example: s.departedExample({
            country: countryName(departed.country, locale),
            label: lowerFirst(textIn(departed.label, locale), locale),
            value: formatFigure(departed.personnel, locale),
            date: formatIsoDate(departed.until, locale),
          }),
        }
      : {},
  );
  // The force's own head-count, beside it, shows how far the sum of arrivals runs above the force's size.
  const head = latestStrength(data);
  if (head?.total) {
    const ids = sourcesOf(head.total);
    noteSources.push(...ids);
    sent += ` ${s.headcountNote({
      value: formatFigure(head.total, locale),
      date: formatIsoDate(head.date, locale),
      publishers: publishers(data, ids, locale),
    })}`;
  }
  notes.push(moreNote(sent));

  for (const r of rows) {
    if (r.pledge?.kind === 'disputed') {
      notes.push(
        keyNote(
          s.disputedPledgeNote({
            country: countryName(r.country, locale),
            reports: reportsWithPublishers(data, r.pledge, locale, s.reportBy),
          }),
        ),
      );
    }
  }
  for (const r of rows) {
    if (r.deployed.high <= r.deployed.low) continue;
    const disputed = arrivals.filter((a) => a.country === r.country && a.disputed);
    notes.push(
      keyNote(
        s.disputedSentNote({
          country: countryName(r.country, locale),
          low: formatNumber(r.deployed.low, locale),
          high: formatNumber(r.deployed.high, locale),
          contingents: formatList(
            disputed.map((a) => lowerFirst(textIn(a.label, locale), locale)),
            locale,
          ),
        }),
      ),
    );
  }

  const undisclosed = rows.filter((r) => r.undisclosed).map((r) => countryName(r.country, locale));
  if (undisclosed.length) notes.push(moreNote(s.undisclosedNote(formatList(undisclosed, locale))));

  for (const ref of references) {
    const p = { value: formatFigure(ref.value, locale), publishers: publishers(data, sourcesOf(ref.value), locale) };
    notes.push(moreNote(ref.kind === 'planned-strength' ? s.plannedNote(p) : s.pledgedTotalNote(p)));
  }
  return { notes, noteSources };
}

/**
 * A long country name over two lines ("Antigua & Barbuda" → "Antigua &", "Barbuda"), so that on a phone the
 * names leave most of the width to the bars. Breaks at a space or after a hyphen nearest the middle.
 */
export function wrapName(name: string, maxChars = 11): string | string[] {
  if (name.length <= maxChars) return name;
  const breaks = [...name.matchAll(/[ -]/g)].map((m) => (m[0] === '-' ? (m.index ?? 0) + 1 : (m.index ?? 0)));
  if (breaks.length === 0) return name;
  const middle = name.length / 2;
  const at = breaks.reduce((best, b) => (Math.abs(b - middle) < Math.abs(best - middle) ? b : best));
  return [name.slice(0, at).trim(), name.slice(at).trim()];
}

/** "pledged, number not disclosed" → ["pledged,", "number not disclosed"]. */
function splitAtComma(text: string): string[] {
  const at = text.indexOf(', ');
  return at < 0 ? [text] : [text.slice(0, at + 1), text.slice(at + 2)];
}

function lowerFirst(text: string, locale: string): string {
  return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
}
