/**
 * What a spec builder returns: the Chart.js configuration plus everything the element shows around the
 * canvas. All of it is derived from the same series in one pure function, so the picture, the summary
 * sentence, the table and the footer cannot disagree.
 */
import type { ChartConfiguration } from 'chart.js';
import type { IsoDate, Source } from '../data/types.js';

/** Colours and fonts the canvas needs; read from CSS custom properties by the engine (see engine/theme.ts). */
export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  background: string;
  /** The story's subject (Kenya). */
  accent: string;
  /** Other series, in order; colour-blind safe and ≥ 3:1 against the background. */
  series: readonly string[];
  /** Fill of disputed or approximate parts: a hatch pattern in the browser, a colour in tests. */
  disputedFill: string | CanvasPattern;
  /** Fill of a disputed part drawn over a series colour, per series colour (hatched in that colour). */
  hatch: (color: string) => string | CanvasPattern;
  fontFamily: string;
  fontSize: number;
}

export interface BuildContext {
  /** BCP 47 locale for numbers, dates and country names. */
  locale: string;
  theme: ChartTheme;
  /** Narrow layout (phones): fewer ticks, horizontal bars. */
  compact: boolean;
  /** Animations off (prefers-reduced-motion). */
  reducedMotion: boolean;
}

export interface TableColumn {
  label: string;
  /** Numbers are right-aligned with tabular figures. */
  numeric?: boolean;
}

/** A table cell: its text, and for numbers the raw value the CSV keeps. */
export interface TableCell {
  text: string;
  value?: number | string;
  /** Header cell of its row (`<th scope="row">`). */
  rowHeader?: boolean;
}

export interface TableModel {
  columns: readonly TableColumn[];
  rows: readonly (readonly TableCell[])[];
  /** The sources of each row (ids), for the CSV's source column. */
  rowSources: readonly (readonly string[])[];
}

export interface LegendItem {
  label: string;
  color: string;
  /** Drawn hatched: disputed or approximate. */
  hatched?: boolean;
  /** Drawn as a line or a marker rather than a box. */
  shape?: 'box' | 'line' | 'point';
}

export interface SourceRef extends Source {
  id: string;
}

/** A description of one data point, read aloud when a keyboard user reaches it. */
export interface PointDescription {
  datasetIndex: number;
  index: number;
  text: string;
}

/**
 * One note under a figure. Key notes say what a disputed or approximate mark on the chart means (they change
 * how the chart reads) and show one short line each; the others (definitions, checks of the seed article,
 * periods not charted) wait under a closed "Notes on these figures" disclosure.
 */
export interface ChartNote {
  text: string;
  key: boolean;
}

/** A note that says what a disputed or approximate mark means. */
export function keyNote(text: string): ChartNote {
  return { text, key: true };
}

/** A note a reader may open: a definition, a check, a period not charted. */
export function moreNote(text: string): ChartNote {
  return { text, key: false };
}

/** What every element shows around its body: words, table, sources. Key-figure cards need only this. */
export interface ViewSpec {
  title: string;
  summary: string;
  /** In reading order; the element shows the key ones under the chart and the others under a disclosure. */
  notes: readonly ChartNote[];
  table: TableModel;
  sources: readonly SourceRef[];
  asOf: IsoDate;
}

export interface ChartSpec extends ViewSpec {
  legend: readonly LegendItem[];
  config: ChartConfiguration;
  /** The data points in reading order, for keyboard navigation. */
  points: readonly PointDescription[];
  /**
   * Draws the static chart itself, for a chart the static renderer's model cannot read (the map view): its
   * SVG at a size. Without it the static chart is drawn from `config`.
   */
  drawStatic?: (size: { width: number; height: number; idPrefix: string }) => string;
}
