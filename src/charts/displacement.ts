/**
 * The displacement chart: people internally displaced in Haiti over time (IOM Displacement Tracking Matrix
 * rounds and UN figures), the mission's milestones on the time axis, and the seed article's claim placed
 * where it belongs in time. Pure: returns a Chart.js configuration plus the words, table and sources, all
 * from the same rows.
 */
import type { ChartDataset, Scale, ScriptableLineSegmentContext, TooltipItem } from 'chart.js';
import { figureRange, hasApproximateReport, sourcesOf, textIn } from '../data/figure.js';
import { dateToTime, parseIsoDate } from '../data/selectors.js';
import type { Figure, IsoDate, Milestone, MssDataset, Qualifier, SeedClaim, SourceId, Text } from '../data/types.js';
import { isLightColor } from '../engine/color.js';
import { formatCompact, formatFigure, formatIsoDate, formatMonthTick, formatNumber } from '../i18n/format.js';
import { uiLanguage } from '../i18n/language.js';
import { stringsFor, type UiStrings } from '../i18n/strings.js';
import { assembleSpec, baseOptions, figureCell, publishers, reportsWithPublishers, valueAxis } from './common.js';
import { displacementStrings, type DateWords, type DisplacementStrings } from './displacement.strings.js';
import { ceilingOf, floorOf, niceCeil, parseCssColor, withAlpha } from './helpers.js';

export { ceilingOf, floorOf } from './helpers.js';
import { keyNote, moreNote, type BuildContext, type ChartNote, type ChartSpec, type ChartTheme, type LegendItem, type PointDescription, type TableCell, type TableModel } from './spec.js';

export interface DisplacementOptions {
  /** Ids of the milestones to mark on the time axis; by default every milestone within the figures' span. */
  milestones?: readonly string[];
  /**
   * Id of the seed article's claim to place on the chart; by default the claim about displacement
   * (`about` names a `displacement:` record). `false` shows none.
   */
  seedClaim?: string | false;
}

/** One reported count of displaced people, ready for a point, a table row and a sentence. */
export interface DisplacementRow {
  date: IsoDate;
  /** UTC ms of `date` (see `dateToTime`: a month sits at its middle). */
  time: number;
  figure: Figure;
  /** Lowest and highest reported value; the line follows `low`. */
  low: number;
  high: number;
  /** A source qualifies it ("nearly", "at least") or sources disagree: drawn hollow, reached by a dashed line. */
  approximate: boolean;
  disputed: boolean;
  label?: Text;
  published?: IsoDate;
  note?: Text;
  sources: SourceId[];
}

/** Every displacement figure in date order (figures of the same date keep their order in the dataset). */
export function displacementRows(data: MssDataset): DisplacementRow[] {
  return (data.displacement ?? [])
    .map((d, index) => ({ d, index, time: dateToTime(d.date) }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map(({ d, time }) => {
      const { low, high } = figureRange(d.idps);
      const row: DisplacementRow = {
        date: d.date,
        time,
        figure: d.idps,
        low,
        high,
        approximate: d.idps.kind === 'disputed' || hasApproximateReport(d.idps),
        disputed: d.idps.kind === 'disputed',
        sources: sourcesOf(d.idps),
      };
      if (d.label !== undefined) row.label = d.label;
      if (d.published !== undefined) row.published = d.published;
      if (d.note !== undefined) row.note = d.note;
      return row;
    });
}

// ---------------------------------------------------------------------------------------------------
// What the figures guarantee

/** A bound the reports guarantee, and whether the true value lies strictly beyond it ("more than"). */
// ---------------------------------------------------------------------------------------------------
// The seed article's claim

/** The figure a claim's words give ("More than 500,000 Haitians…"), read from its English text. */
export function claimedFigure(text: Text): { value: number; qualifier?: Qualifier } | undefined {
  const match = /\b(?:(more than|over|at least|nearly|almost|about|around)\s+)?(\d{1,3}(?:,\d{3})+|\d{4,})(?!\d)/i.exec(textIn(text, 'en'));
  if (!match?.[2]) return undefined;
  const value = Number(match[2].replace(/,/g, ''));
  const words = match[1]?.toLowerCase();
  const qualifier: Qualifier | undefined =
    words === 'more than' || words === 'over'
      ? 'more-than'
      : words === 'at least'
        ? 'at-least'
        : words === 'nearly' || words === 'almost'
          ? 'nearly'
          : words
            ? 'about'
            : undefined;
  return qualifier ? { value, qualifier } : { value };
}

/** The claim placed in time: what it said, when it was published, which count it matches and which was current. */
export interface PlacedClaim {
  claim: SeedClaim;
  value: number;
  qualifier?: Qualifier;
  /** The article's publication date, and its time on the axis. */
  date: IsoDate;
  time: number;
  sourceId: SourceId;
  /** The first count the claimed figure describes. */
  match: DisplacementRow;
  /** The newest count published by the article's date. */
  current: DisplacementRow;
}

/**
 * Places the seed article's claim about displacement: at the article's date and the claimed value, beside
 * the first count it matches and the count that was current when it was published. Undefined when the data
 * lacks any of these, or the claim is not out of date.
 */
export function placeSeedClaim(data: MssDataset, rows: readonly DisplacementRow[], id?: string | false): PlacedClaim | undefined {
  if (id === false) return undefined;
  const claim = (data.seedClaims ?? []).find((c) =>
    id === undefined ? (c.about ?? []).some((ref) => ref.startsWith('displacement:')) : c.id === id,
  );
  if (!claim || claim.verdict !== 'outdated') return undefined;
  const figure = claimedFigure(claim.claim);
  const seedId = data.meta?.seedArticle;
  const sourceId = claim.sources.find((s) => s === seedId) ?? claim.sources[0];
  const date = sourceId && Object.prototype.hasOwnProperty.call(data.sources, sourceId) ? data.sources[sourceId]?.published : undefined;
  if (!figure || !sourceId || !date) return undefined;
  const time = dateToTime(date);
  const satisfies = (r: DisplacementRow) => (figure.qualifier === 'more-than' ? r.low > figure.value : r.low >= figure.value);
  const match = rows.find(satisfies);
  const known = rows.filter((r) => dateToTime(r.published ?? r.date) <= time);
  const current = known[known.length - 1];
  if (!match || !current || current.time <= match.time) return undefined;
  return { claim, ...figure, date, time, sourceId, match, current };
}

// ---------------------------------------------------------------------------------------------------
// Milestones on the time axis

/** Milestones close enough to share one marker (the 30 September 2025 resolution and the 2 October mandate end). */
const GROUP_DAYS = 14;
const DAY = 86_400_000;

export interface MilestoneGroup {
  time: number;
  milestones: Milestone[];
}

function groupMilestones(milestones: readonly Milestone[]): MilestoneGroup[] {
  const groups: MilestoneGroup[] = [];
  const sorted = [...milestones].sort((a, b) => dateToTime(a.date) - dateToTime(b.date));
  for (const m of sorted) {
    const time = dateToTime(m.date);
    const last = groups[groups.length - 1];
    if (last && time - last.time <= GROUP_DAYS * DAY) last.milestones.push(m);
    else groups.push({ time, milestones: [m] });
  }
  return groups;
}

/** Start and end (exclusive) of the period a date names: its day, month or year. */
function periodOf(date: IsoDate): { start: number; end: number } {
  const { year, month, day, precision } = parseIsoDate(date);
  if (precision === 'year') return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  if (precision === 'month') return { start: Date.UTC(year, (month ?? 1) - 1, 1), end: Date.UTC(year, month ?? 1, 1) };
  const start = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  return { start, end: start + DAY };
}

export interface LabelLayout {
  /** Row of each label in the band above the data, 0 at the top. */
  rows: number[];
  /** How each label sits on its line: centred, or to one side near the plot's edges. */
  align: ('center' | 'left' | 'right')[];
  rowCount: number;
}

/**
 * Stacks labels in rows so that none overlaps another, at the narrowest plot the layout allows (the builder
 * cannot measure text, so widths are estimated generously). Undefined when more than `maxRows` are needed.
 */
export function layoutLabels(
  positions: readonly number[],
  texts: readonly string[],
  options: { width: number; fontSize: number; maxRows: number },
): LabelLayout | undefined {
  const { width, fontSize, maxRows } = options;
  const gap = 6;
  const rowEnds: number[] = [];
  const layout: LabelLayout = { rows: [], align: [], rowCount: 0 };
  positions.forEach((fraction, i) => {
    const x = fraction * width;
    const w = estimateTextWidth(texts[i] ?? '', fontSize) + 2 * LABEL_PADDING;
    let align: 'center' | 'left' | 'right' = 'center';
    let left = x - w / 2;
    if (left < 0) {
      align = 'left';
      left = x;
    } else if (x + w / 2 > width) {
      align = 'right';
      left = x - w;
    }
    let row = rowEnds.findIndex((end) => end + gap <= left);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(0);
    }
    rowEnds[row] = left + w;
    layout.rows.push(row);
    layout.align.push(align);
  });
  layout.rowCount = rowEnds.length;
  return layout.rowCount <= maxRows ? layout : undefined;
}

/** Average glyph width of UI sans-serif fonts is about 0.5 em; 0.6 em errs on the side of no overlap. */
function estimateTextWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.6;
}

const LABEL_PADDING = 2;

/** The narrowest plot area (px) each layout must fit: a 320 px phone column, and a 480 px container. */
const NARROWEST_PLOT = { compact: 240, wide: 400 };

// ---------------------------------------------------------------------------------------------------
// Colours

/** The colour behind the chart: hollow markers and label boxes are filled with it. */
function surfaceColor(theme: ChartTheme): string {
  const bg = parseCssColor(theme.background);
  if (bg && bg.alpha > 0.5) return theme.background;
  // A transparent element on a page: guess the page from the text colour.
  return isLightColor(theme.text) ? '#17191c' : '#ffffff';
}

// ---------------------------------------------------------------------------------------------------
// The spec: select → derive → scale → describe → assemble

export function buildDisplacementSpec(data: MssDataset, options: DisplacementOptions, ctx: BuildContext): ChartSpec {
  const m = displacementModel(data, options, ctx);
  const words = describeDisplacement(m);
  return assembleSpec(data, {
    ...words,
    legend: displacementLegend(m),
    table: displacementTable(m),
    config: displacementConfig(m),
    points: displacementPoints(m),
    sourceIds: [
      ...m.rows.flatMap((r) => r.sources),
      ...(m.claim ? [m.claim.sourceId, ...m.claim.match.sources, ...m.claim.current.sources] : []),
      ...m.chosen.flatMap((milestone) => milestone.sources),
    ],
    latest: m.latest.date,
  });
}

/** Everything the chart, the words and the table of one displacement spec are made from. */
interface DisplacementModel {
  data: MssDataset;
  ctx: BuildContext;
  s: DisplacementStrings;
  ui: UiStrings;
  rows: DisplacementRow[];
  first: DisplacementRow;
  latest: DisplacementRow;
  /** The milestones marked on the time axis, and the same grouped where they fall close together. */
  chosen: Milestone[];
  groups: MilestoneGroup[];
  claim: PlacedClaim | undefined;
  xMin: number;
  xMax: number;
  band: LabelBand;
  dataMax: number;
  surface: string;
  claimColor: string;
  /** A figure in words, "1.4 million" where that loses nothing, else grouped digits, with its qualifier. */
  figureWords: (figure: Figure) => string;
  claimWords: (claim: PlacedClaim) => string;
  dateWords: (date: IsoDate) => DateWords;
}

function displacementModel(data: MssDataset, options: DisplacementOptions, ctx: BuildContext): DisplacementModel {
  const { locale, theme } = ctx;
  const ui = stringsFor(locale);
  const rows = displacementRows(data);
  const first = rows[0];
  const latest = rows[rows.length - 1];
  if (!first || !latest) throw new Error('The data has no displacement figures (`displacement`) to chart.');

  const span = { start: periodOf(first.date).start, end: periodOf(latest.date).end };
  const chosen = chosenMilestones(data.milestones ?? [], options.milestones, span);
  const groups = groupMilestones(chosen);
  const claim = placeSeedClaim(data, rows, options.seedClaim);
  const xMin = Math.min(span.start, ...groups.map((g) => g.time), ...(claim ? [periodOf(claim.date).start] : []));
  const xMax = Math.max(span.end, ...groups.map((g) => g.time + DAY), ...(claim ? [periodOf(claim.date).end] : []));
  return {
    data,
    ctx,
    s: displacementStrings(locale),
    ui,
    rows,
    first,
    latest,
    chosen,
    groups,
    claim,
    xMin,
    xMax,
    band: labelBand(groups, xMin, xMax, ctx),
    dataMax: Math.max(...rows.map((r) => r.high), claim?.value ?? 0),
    surface: surfaceColor(theme),
    claimColor: theme.series[0] ?? theme.text,
    figureWords: (figure) => {
      if (figure.kind === 'disputed') return formatFigure(figure, locale);
      const value = figure.value >= 1_000_000 && figure.value % 10_000 === 0 ? formatCompact(figure.value, locale) : formatNumber(figure.value, locale);
      return figure.kind === 'approximate' ? ui.qualifier[figure.qualifier](value) : value;
    },
    claimWords: (c) => {
      const value = formatNumber(c.value, locale);
      return c.qualifier ? ui.qualifier[c.qualifier](value) : value;
    },
    dateWords: (date) => ({ text: formatIsoDate(date, locale), day: parseIsoDate(date).precision === 'day' }),
  };
}

/** The milestones the page names, or by default every milestone within the figures' span. */
function chosenMilestones(milestones: readonly Milestone[], ids: readonly string[] | undefined, span: { start: number; end: number }): Milestone[] {
  if (ids) return milestones.filter((m) => ids.includes(m.id));
  return milestones.filter((m) => {
    const t = dateToTime(m.date);
    return t >= span.start && t <= span.end;
  });
}

/** The band of milestone labels above the data: which texts, in which rows, and how tall. */
interface LabelBand {
  texts: string[];
  layout: LabelLayout;
  /** The labels are numbers, explained in the notes. */
  numbered: boolean;
  font: { family: string; size: number };
  rowHeight: number;
  /** Height (px) the band takes above the data. */
  height: number;
}

/**
 * Milestone labels sit in a band above the data, in rows that never overlap: the groups' short labels on
 * wide screens; shorter labels, then numbers (explained in the notes) when those need too many rows.
 */
function labelBand(groups: readonly MilestoneGroup[], xMin: number, xMax: number, ctx: BuildContext): LabelBand {
  const { theme, locale } = ctx;
  const font = { family: theme.fontFamily, size: ctx.compact ? theme.fontSize - 1 : theme.fontSize };
  const positions = groups.map((g) => (g.time - xMin) / (xMax - xMin));
  const shortOf = (m: Milestone) => textIn(m.short ?? m.event, locale);
  const numbers = groups.map((_, i) => String(i + 1));
  const layoutOf = (texts: string[], maxRows: number) =>
    layoutLabels(positions, texts, { width: ctx.compact ? NARROWEST_PLOT.compact : NARROWEST_PLOT.wide, fontSize: font.size, maxRows });
  const candidates: string[][] = ctx.compact
    ? []
    : [groups.map((g) => g.milestones.map(shortOf).join(' / ')), groups.map((g) => shortOf(g.milestones[0] as Milestone))];
  let texts = numbers;
  let layout: LabelLayout | undefined;
  for (const candidate of candidates) {
    layout = layoutOf(candidate, 3);
    if (layout) {
      texts = candidate;
      break;
    }
  }
  layout ??= layoutOf(numbers, 4) ?? { rows: groups.map((_, i) => i % 2), align: groups.map(() => 'center'), rowCount: Math.min(2, groups.length) };
  const rowHeight = font.size * 1.2 + 2 * LABEL_PADDING + 2;
  return { texts, layout, numbered: texts === numbers, font, rowHeight, height: groups.length ? layout.rowCount * rowHeight + 8 : 0 };
}

// ---------------------------------------------------------------------------------------------------
// Scale: datasets, annotations, axes

function displacementDatasets(m: DisplacementModel): ChartDataset<'line', { x: number; y: number }[]>[] {
  const { rows, claim, surface, claimColor, s } = m;
  const accent = m.ctx.theme.accent;
  const approximate = rows.map((r) => r.approximate);
  const line: ChartDataset<'line', { x: number; y: number }[]> = {
    label: s.legendCount,
    data: rows.map((r) => ({ x: r.time, y: r.low })),
    borderColor: accent,
    backgroundColor: withAlpha(accent, 0.1),
    borderWidth: 2.5,
    fill: 'origin',
    tension: 0,
    pointRadius: 4.5,
    pointHoverRadius: 6.5,
    pointHitRadius: 14,
    pointBorderWidth: 2,
    pointBorderColor: accent,
    pointBackgroundColor: rows.map((r) => (r.approximate ? surface : accent)),
    pointHoverBackgroundColor: rows.map((r) => (r.approximate ? surface : accent)),
    // The segment into an approximate figure is dashed: the line is only as sure as the figure it reaches.
    segment: { borderDash: (c: ScriptableLineSegmentContext) => (approximate[c.p1DataIndex] ? [6, 4] : undefined) },
    order: 2,
  };
  if (!claim) return [line];
  const claimDataset = {
    type: 'scatter' as const,
    label: s.legendClaim,
    data: [{ x: claim.time, y: claim.value }],
    pointStyle: 'rectRot' as const,
    pointRadius: 7,
    pointHoverRadius: 9,
    pointHitRadius: 14,
    backgroundColor: claimColor,
    borderColor: surface,
    borderWidth: 1.5,
    order: 1,
  };
  return [line, claimDataset as unknown as ChartDataset<'line', { x: number; y: number }[]>];
}

/** A dotted line per milestone under the data, then the labels on top of every line, then the claim. */
function displacementAnnotations(m: DisplacementModel): Record<string, object> {
  const { theme } = m.ctx;
  const { texts, layout, numbered, font, rowHeight } = m.band;
  const annotations: Record<string, object> = {};
  for (const milestone of m.chosen) {
    annotations[`milestone-${milestone.id}`] = {
      type: 'line',
      scaleID: 'x',
      value: dateToTime(milestone.date),
      borderColor: theme.muted,
      borderWidth: 1,
      borderDash: [2, 3],
      drawTime: 'beforeDatasetsDraw',
    };
  }
  m.groups.forEach((g, i) => {
    const row = layout.rows[i] ?? 0;
    annotations[`milestone-label-${i + 1}`] = {
      type: 'line',
      scaleID: 'x',
      value: g.time,
      borderColor: 'transparent',
      borderWidth: 0,
      drawTime: 'afterDatasetsDraw',
      label: {
        display: true,
        content: texts[i] ?? '',
        position: 'start',
        yAdjust: 4 + row * rowHeight + rowHeight / 2,
        textAlign: layout.align[i] ?? 'center',
        color: numbered ? theme.text : theme.muted,
        backgroundColor: m.surface,
        font: { ...font, weight: numbered ? 'bold' : 'normal' },
        padding: LABEL_PADDING,
      },
    };
  });
  if (m.claim) annotations['seed-claim'] = claimAnnotation(m, m.claim);
  return annotations;
}

/** A dashed line from the count the claim matches to the claim's date, labelled with the claim. */
function claimAnnotation(m: DisplacementModel, claim: PlacedClaim): object {
  const { theme, locale } = m.ctx;
  const claimFont = { family: theme.fontFamily, size: m.ctx.compact ? theme.fontSize - 1 : theme.fontSize };
  const content = [m.s.claimLabel(formatIsoDate(claim.date, locale, 'short')), m.s.quote(m.claimWords(claim))];
  const height = content.length * claimFont.size * 1.2 + 2 * 3;
  return {
    type: 'line',
    xMin: claim.match.time,
    xMax: claim.time,
    yMin: claim.value,
    yMax: claim.value,
    borderColor: m.claimColor,
    borderWidth: 1.5,
    borderDash: [4, 3],
    drawTime: 'afterDatasetsDraw',
    label: {
      display: true,
      content,
      // Under the claim: the count only rises after the figure it matches, so the line is above it there.
      position: 'end',
      yAdjust: 12 + height / 2,
      textAlign: 'center',
      color: theme.text,
      backgroundColor: m.surface,
      font: claimFont,
      padding: 3,
    },
  };
}

function displacementConfig(m: DisplacementModel) {
  const { ctx, s, xMin, xMax } = m;
  const { theme, locale } = ctx;
  const base = baseOptions(ctx);
  const valueScale = valueAxis(ctx, s.axisDisplaced);
  // Head-room for the label band: the data stays below it whatever the plot's height, which only the
  // chart knows when it lays out. The x axis and the layout's padding take about 34 px of the canvas.
  const headroomMax = (canvasHeight: number) => {
    const plot = Math.max(100, canvasHeight - 34);
    // Over the six spaces of the wide axis's seven ticks, on a phone too: the maximum stays a round number.
    return niceCeil(m.dataMax / Math.max(0.5, 1 - m.band.height / plot - 0.04), 6);
  };
  return {
    type: 'line' as const,
    data: { datasets: displacementDatasets(m) },
    options: {
      ...base,
      interaction: { mode: 'nearest' as const, axis: 'x' as const, intersect: false },
      scales: {
        x: {
          type: 'linear' as const,
          min: xMin,
          max: xMax,
          grid: { display: false },
          border: { color: theme.grid },
          // Ticks on the first day of a month (every 3 or 6 months as space allows), never mid-month.
          afterBuildTicks: (axis: Scale) => {
            axis.ticks = monthStarts(xMin, xMax, monthsPerTick(axis, m)).map((value) => ({ value }));
          },
          ticks: {
            color: theme.muted,
            font: { family: theme.fontFamily, size: theme.fontSize },
            autoSkip: false,
            maxRotation: 0,
            callback: (v: number | string) => formatMonthTick(Number(v), locale),
          },
        },
        y: {
          ...valueScale,
          afterDataLimits: (axis: Scale) => {
            axis.max = Math.max(axis.max, headroomMax(axis.chart.height));
          },
        },
      },
      plugins: { ...base.plugins, tooltip: { ...base.plugins.tooltip, callbacks: tooltipCallbacks(m) }, annotation: { annotations: displacementAnnotations(m) } },
    },
  };
}

/** Months between ticks: the fewest that leave the widest tick label (measured in the axis's font) room. */
function monthsPerTick(axis: Scale, m: DisplacementModel): number {
  const { theme, locale } = m.ctx;
  const width = axis.maxWidth || axis.width;
  const months = (m.xMax - m.xMin) / (30.4 * DAY);
  let widest = theme.fontSize * 4.5;
  if (axis.ctx) {
    axis.ctx.save();
    axis.ctx.font = `${theme.fontSize}px ${theme.fontFamily}`;
    widest = Math.max(...monthStarts(m.xMin, m.xMax, 1).map((t) => axis.ctx.measureText(formatMonthTick(t, locale)).width));
    axis.ctx.restore();
  }
  return [1, 2, 3, 6, 12].find((step) => (width * step) / months >= widest + 6) ?? 12;
}

function tooltipCallbacks(m: DisplacementModel) {
  const { data, claim, s, ui, rows } = m;
  const { locale } = m.ctx;
  const isClaim = (item: TooltipItem<'line'>) => item.datasetIndex === 1 && claim !== undefined;
  return {
    title: (items: TooltipItem<'line'>[]) => {
      const item = items[0];
      if (!item) return '';
      if (isClaim(item) && claim) return formatIsoDate(claim.date, locale);
      return formatIsoDate(rows[item.dataIndex]?.date ?? '', locale);
    },
    label: (item: TooltipItem<'line'>) => {
      if (isClaim(item) && claim) {
        return s.claimTooltip({
          claimed: m.claimWords(claim),
          current: formatFigure(claim.current.figure, locale),
          currentDate: formatIsoDate(claim.current.date, locale),
        });
      }
      const row = rows[item.dataIndex];
      if (!row) return '';
      const label = row.label ? ` (${textIn(row.label, locale)})` : '';
      return `${s.axisDisplaced}: ${formatFigure(row.figure, locale)}${label}`;
    },
    footer: (items: TooltipItem<'line'>[]) => {
      const item = items[0];
      if (!item) return '';
      const ids = isClaim(item) && claim ? [claim.sourceId] : (rows[item.dataIndex]?.sources ?? []);
      return ids.length ? `${ui.source}: ${publishers(data, ids, locale)}` : '';
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Describe: words, notes, legend, table, keyboard points

function describeDisplacement(m: DisplacementModel): { title: string; summary: string; notes: ChartNote[] } {
  const { first, latest, s, figureWords, dateWords } = m;
  return {
    title: titleOf(first, latest, s, figureWords, dateWords),
    summary: s.summary({
      first: figureWords(first.figure),
      firstDate: dateWords(first.date),
      ...(latest === first ? {} : { latest: { value: figureWords(latest.figure), date: dateWords(latest.date) } }),
    }),
    notes: displacementNotes(m),
  };
}

function displacementNotes(m: DisplacementModel): ChartNote[] {
  const { data, rows, claim, s } = m;
  const { locale } = m.ctx;
  const approximateRows = rows.filter((r) => r.approximate && !r.disputed);
  const notes: ChartNote[] = [];
  // Publishers of approximate figures are in the tooltip and the table: the key line stays short.
  if (approximateRows.length) {
    const items = approximateRows.map((r) => s.approximateItem(formatFigure(r.figure, locale), formatIsoDate(r.date, locale)));
    notes.push(keyNote(s.approximateNote(items.join('; '))));
  }
  for (const r of rows.filter((row) => row.disputed)) {
    notes.push(keyNote(s.disputedNote({ date: formatIsoDate(r.date, locale), reports: reportsWithPublishers(data, r.figure, locale, s.reportBy) })));
  }
  if (claim) notes.push(moreNote(claimNote(m, claim)));
  m.groups.forEach((g, i) => {
    notes.push(moreNote(s.milestoneNote(i + 1, g.milestones.map((ms) => s.milestoneItem(formatIsoDate(ms.date, locale), textIn(ms.event, locale))).join('; '))));
  });
  return notes;
}

function claimNote(m: DisplacementModel, claim: PlacedClaim): string {
  const { data } = m;
  const { locale } = m.ctx;
  const note = {
    title: data.sources[claim.sourceId]?.title ?? '',
    date: formatIsoDate(claim.date, locale),
    claimed: m.claimWords(claim),
    match: formatFigure(claim.match.figure, locale),
    matchDate: formatIsoDate(claim.match.date, locale),
    matchBy: publishers(data, claim.match.sources, locale),
    current: formatFigure(claim.current.figure, locale),
    currentDate: formatIsoDate(claim.current.date, locale),
    currentBy: publishers(data, claim.current.sources, locale),
  };
  return m.s.claimNote(claim.current.published ? { ...note, publishedOn: formatIsoDate(claim.current.published, locale) } : note);
}

function displacementLegend(m: DisplacementModel): LegendItem[] {
  const { s, rows, claim, groups } = m;
  const { theme } = m.ctx;
  return [
    { label: s.legendCount, color: theme.accent, shape: 'line' },
    ...(rows.some((r) => r.approximate) ? [{ label: s.legendApproximate, color: theme.accent, shape: 'line' as const, hatched: true }] : []),
    ...(claim ? [{ label: s.legendClaim, color: m.claimColor, shape: 'point' as const }] : []),
    ...(groups.length ? [{ label: s.legendMilestone, color: theme.muted, shape: 'line' as const, hatched: true }] : []),
  ];
}

function displacementTable(m: DisplacementModel): TableModel {
  const { data, rows, s, ui } = m;
  const { locale } = m.ctx;
  return {
    columns: [
      { label: s.colDate },
      { label: s.colDisplaced, numeric: true },
      { label: s.colQualifier },
      { label: s.colReport },
      { label: s.colSources },
    ],
    rows: rows.map((r): TableCell[] => [
      { text: formatIsoDate(r.date, locale), value: r.date, rowHeader: true },
      figureCell(r.figure, locale),
      qualifierCell(r.figure, s.exact, ui),
      { text: reportText(r, locale, s.published) },
      { text: publishers(data, r.sources, locale) },
    ]),
    rowSources: rows.map((r) => r.sources),
  };
}

/** The counts in date order, with the claim where it falls in time. */
function displacementPoints(m: DisplacementModel): PointDescription[] {
  const { data, rows, claim, s } = m;
  const { locale } = m.ctx;
  const points: PointDescription[] = rows.map((r, index) => ({
    datasetIndex: 0,
    index,
    text: s.point({
      date: formatIsoDate(r.date, locale),
      value: formatFigure(r.figure, locale),
      ...(r.label ? { label: textIn(r.label, locale) } : {}),
      sources: publishers(data, r.sources, locale),
    }),
  }));
  if (claim) {
    const at = rows.filter((r) => r.time <= claim.time).length;
    points.splice(at, 0, {
      datasetIndex: 1,
      index: 0,
      text: s.claimPoint({
        date: formatIsoDate(claim.date, locale),
        claimed: m.claimWords(claim),
        current: formatFigure(claim.current.figure, locale),
        currentDate: formatIsoDate(claim.current.date, locale),
        sources: publishers(data, [claim.sourceId], locale),
      }),
    });
  }
  return points;
}

/**
 * A title that claims only what the figures support: the latest count's guaranteed floor against the
 * first count's ceiling ("more than 1.4 million" against 315,000 is more than four times).
 */
function titleOf(
  first: DisplacementRow,
  latest: DisplacementRow,
  s: ReturnType<typeof displacementStrings>,
  figureWords: (f: Figure) => string,
  dateWords: (d: IsoDate) => DateWords,
): string {
  const fallback = s.titleLatest(figureWords(latest.figure), dateWords(latest.date));
  if (first === latest) return fallback;
  const since = dateWords(first.date);
  const floor = floorOf(latest.figure);
  const ceiling = ceilingOf(first.figure);
  if (floor && ceiling && ceiling.value > 0) {
    const ratio = floor.value / ceiling.value;
    const times = Math.floor(ratio + 1e-9);
    const beyond = ratio > times + 1e-9 || floor.strict || ceiling.strict;
    if (times >= 2) return s.titleMultiple({ times, strict: beyond, since });
    if (ratio > 1 || (ratio === 1 && beyond)) return s.titleRose(since);
  }
  const latestCeiling = ceilingOf(latest.figure);
  const firstFloor = floorOf(first.figure);
  if (latestCeiling && firstFloor && (latestCeiling.value < firstFloor.value || (latestCeiling.value === firstFloor.value && (latestCeiling.strict || firstFloor.strict)))) {
    return s.titleFell(since);
  }
  return fallback;
}

/** "nearly", "at least"… as the table's own column, so the CSV keeps the qualifier beside the number. */
function qualifierCell(figure: Figure, exact: string, ui: ReturnType<typeof stringsFor>): TableCell {
  if (figure.kind === 'disputed') return { text: ui.disputed, value: 'disputed' };
  if (figure.kind === 'exact') return { text: exact, value: 'exact' };
  return { text: ui.qualifier[figure.qualifier]('').trim(), value: figure.qualifier };
}

/** The survey round or release, when it was published, and the dataset's note where it exists in this language. */
function reportText(row: DisplacementRow, locale: string, published: (date: string) => string): string {
  const parts: string[] = [];
  if (row.label) parts.push(textIn(row.label, locale));
  if (row.published) parts.push(published(formatIsoDate(row.published, locale)));
  // The dataset's notes are mostly English only; a French table should not switch language mid-row.
  const note = row.note === undefined ? undefined : textInOnly(row.note, locale);
  if (note) parts.push(note);
  return parts.join('; ') || '—';
}

/** Text in the reader's language only, without falling back to English. */
function textInOnly(text: Text, locale: string): string | undefined {
  const lang = uiLanguage(locale);
  if (typeof text === 'string') return lang === 'en' ? text : undefined;
  const hit = (text as Record<string, unknown>)[lang];
  return typeof hit === 'string' ? hit : undefined;
}

/** The first day of every `step`-th month (January-aligned) between two times. */
function monthStarts(min: number, max: number, step: number): number[] {
  const start = new Date(min);
  const year = start.getUTCFullYear();
  const after = Date.UTC(year, start.getUTCMonth(), 1) < min ? 1 : 0;
  const ticks: number[] = [];
  for (let month = Math.ceil((start.getUTCMonth() + after) / step) * step; Date.UTC(year, month, 1) <= max; month += step) {
    ticks.push(Date.UTC(year, month, 1));
  }
  return ticks;
}
