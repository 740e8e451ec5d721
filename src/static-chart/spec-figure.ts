/**
 * A chart's spec as a whole figure for the static renderer: its words, legend, static chart, notes, sources
 * and as-of date, in the reader's language. The PNG export (in the browser) and the images made at build time
 * (in Node) both draw what this returns with `renderFigureSvg`, so there is one drawing of a figure.
 */
import type { ChartSpec, ChartTheme, ViewSpec } from '../charts/spec.js';
import { formatIsoDate, formatList } from '../i18n/format.js';
import { stringsFor } from '../i18n/strings.js';
import { figureChartWidth, type StaticFigure } from './figure.js';
import type { TextMeasure } from './measure.js';
import { staticChartModel } from './model.js';

export interface SpecFigureOptions {
  /** The title and summary as shown (an element's own words win over the generated ones). */
  title: string;
  summary: string;
  locale: string;
  theme: ChartTheme;
  /** The figure's width, and the plot's width / height at it. */
  width: number;
  aspectRatio: number;
  measure: TextMeasure;
}

/** "Sources: AP, Reuters." — every publisher once. */
export function sourcesLine(spec: ViewSpec, locale: string): string {
  const strings = stringsFor(locale);
  const publishers = [...new Set(spec.sources.map((s) => s.publisher))];
  if (publishers.length === 0) return '';
  return `${publishers.length === 1 ? strings.source : strings.sources}${strings.colon} ${formatList(publishers, locale)}.`;
}

export function specFigure(spec: ChartSpec, options: SpecFigureOptions): StaticFigure {
  const { locale, theme, width, aspectRatio, measure } = options;
  const strings = stringsFor(locale);
  const chartWidth = figureChartWidth(width);
  const chartHeight = Math.round(chartWidth / aspectRatio);
  const moreNotes = spec.notes.filter((n) => !n.key).map((n) => n.text);
  return {
    title: options.title,
    summary: options.summary,
    legend: spec.legend,
    chart: spec.drawStatic
      ? { draw: spec.drawStatic, aspectRatio }
      : { model: staticChartModel(spec.config, theme, { width: chartWidth, height: chartHeight, measure }), aspectRatio },
    keyNotes: spec.notes.filter((n) => n.key).map((n) => n.text),
    moreNotes,
    notesHeading: strings.moreNotes(String(moreNotes.length)),
    sourcesLine: sourcesLine(spec, locale),
    asOfLine: `${strings.asOf(formatIsoDate(spec.asOf, locale))}.`,
    theme,
  };
}
