/**
 * Pieces every spec builder shares: axis and tooltip styling from the theme, number ticks in the reader's
 * locale, table cells of figures, and the footer's source list. Pure: no DOM.
 */
import { figureRange, reportsOf, sourcesOf } from '../data/figure.js';
import type { ChartConfiguration } from 'chart.js';
import type { Figure, IsoDate, MssDataset, PledgeAmount, SourceId } from '../data/types.js';
import { formatFigure, formatList, formatNumber, formatReport } from '../i18n/format.js';
import { isLightColor } from '../engine/color.js';
import type { BuildContext, ChartNote, ChartSpec, LegendItem, PointDescription, SourceRef, TableCell, TableModel } from './spec.js';

/** The sources behind a set of ids, in order of first mention, without repeats; unknown ids are skipped. */
export function sourceRefs(data: MssDataset, ids: Iterable<SourceId>): SourceRef[] {
  const seen = new Set<string>();
  const refs: SourceRef[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const source = data.sources[id];
    if (source && Object.prototype.hasOwnProperty.call(data.sources, id)) refs.push({ id, ...source });
  }
  return refs;
}

/** "Le Nouvelliste and The Independent (AP)" — how a tooltip or a note names its sources. */
export function publishers(data: MssDataset, ids: readonly SourceId[], locale: string): string {
  const names = sourceRefs(data, ids).map((s) => (s.via ? `${s.publisher} (${s.via})` : s.publisher));
  return formatList([...new Set(names)], locale);
}

/** Each report of a disputed figure with who reported it: "400 according to X, about 200 according to Y". */
export function reportsWithPublishers(
  data: MssDataset,
  figure: Figure,
  locale: string,
  reportBy: (value: string, publishers: string) => string,
): string {
  return formatList(
    reportsOf(figure).map((r) => reportBy(formatReport(r, locale), publishers(data, r.sources, locale))),
    locale,
  );
}

/** A table cell for a figure: its words ("400 or about 200 (reports differ)"), and its highest value for CSV. */
export function figureCell(figure: Figure | PledgeAmount, locale: string): TableCell {
  const text = formatFigure(figure, locale);
  if (figure.kind === 'undisclosed') return { text, value: '' };
  return { text, value: figure.kind === 'disputed' ? text : figureRange(figure).high };
}

export function numberCell(value: number, locale: string): TableCell {
  return { text: formatNumber(value, locale), value };
}

export function sourcesCell(data: MssDataset, figure: Figure | PledgeAmount, locale: string): TableCell {
  return { text: publishers(data, sourcesOf(figure), locale) };
}

/** A value axis: light gridlines, locale-formatted ticks, no border. */
export function valueAxis(ctx: BuildContext, title?: string) {
  const { theme, locale } = ctx;
  return {
    type: 'linear' as const,
    beginAtZero: true,
    border: { display: false },
    grid: { color: theme.grid, drawTicks: false },
    ticks: {
      color: theme.muted,
      font: { family: theme.fontFamily, size: theme.fontSize },
      padding: 6,
      maxTicksLimit: ctx.compact ? 5 : 7,
      callback: (value: number | string) => formatNumber(Number(value), locale, { notation: Number(value) >= 100_000 ? 'compact' : 'standard' }),
    },
    title: title
      ? { display: !ctx.compact, text: title, color: theme.muted, font: { family: theme.fontFamily, size: theme.fontSize } }
      : { display: false },
  };
}

/** A category axis of stacked bars: no gridlines, muted horizontal labels; `autoSkip` drops labels that collide. */
export function categoryAxis(ctx: BuildContext, options: { autoSkip: boolean }) {
  const { theme } = ctx;
  return {
    type: 'category' as const,
    stacked: true,
    grid: { display: false },
    border: { color: theme.grid },
    ticks: {
      color: theme.muted,
      font: { family: theme.fontFamily, size: theme.fontSize },
      maxRotation: 0,
      autoSkip: options.autoSkip,
      ...(options.autoSkip ? { autoSkipPadding: 8 } : {}),
    },
  };
}

/** Tooltip styling shared by the charts; content callbacks are each builder's own. */
export function tooltipStyle(ctx: BuildContext) {
  const { theme } = ctx;
  // Inverted colours: the tooltip stands out from the chart in either scheme.
  const ink = isLightColor(theme.text) ? '#111315' : '#ffffff';
  return {
    backgroundColor: theme.text,
    titleColor: ink,
    bodyColor: ink,
    footerColor: ink,
    titleFont: { family: theme.fontFamily, size: theme.fontSize + 1, weight: 'bold' as const },
    bodyFont: { family: theme.fontFamily, size: theme.fontSize },
    footerFont: { family: theme.fontFamily, size: theme.fontSize - 1, weight: 'normal' as const },
    padding: 10,
    cornerRadius: 4,
    boxPadding: 4,
    usePointStyle: true,
  };
}

/**
 * Chart.js's option types are generic per chart type and do not compose across helpers, so these return
 * plain objects; each builder casts its finished configuration once, and its tests check the result.
 */
/** Options every chart shares: no built-in legend or title (the element renders them as HTML), fonts. */
export function baseOptions(ctx: BuildContext) {
  return {
    animation: ctx.reducedMotion ? false : { duration: 400 },
    layout: { padding: { top: 4, right: ctx.compact ? 4 : 12, bottom: 0, left: 0 } },
    interaction: { mode: 'nearest' as const, intersect: true },
    plugins: {
      legend: { display: false },
      title: { display: false },
      tooltip: tooltipStyle(ctx),
    },
  };
}

/** What a builder has made, before it becomes a spec: its words, picture, table and the sources they cite. */
export interface SpecParts {
  title: string;
  summary: string;
  notes: readonly ChartNote[];
  legend: readonly LegendItem[];
  table: TableModel;
  /** The Chart.js configuration as the builder wrote it (see `baseOptions` on why it is not typed). */
  config: object;
  points: readonly PointDescription[];
  /** Every source the chart, the words and the table cite, in order of first mention. */
  sourceIds: Iterable<SourceId>;
  /** The date of the newest figure, for "Figures as of" when the dataset's meta gives none. */
  latest: IsoDate;
}

/** The spec every chart builder returns: its parts, the sources behind their ids and the date of the figures. */
export function assembleSpec(data: MssDataset, parts: SpecParts): ChartSpec {
  const { title, summary, notes, legend, table, config, points, sourceIds, latest } = parts;
  return {
    title,
    summary,
    notes,
    legend,
    table,
    sources: sourceRefs(data, sourceIds),
    asOf: data.meta?.asOf ?? latest,
    config: config as ChartConfiguration,
    points,
  };
}
