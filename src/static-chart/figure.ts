/**
 * The whole figure as one SVG, as a news graphic reads: title, summary, legend, the static chart, the notes,
 * the sources and the as-of date, on the theme's background. For the PNG export (rasterised in the browser)
 * and for images made at build time (rasterised in Node). Text wraps with the injected measure.
 */
import type { ChartSpec, ChartTheme, LegendItem } from '../charts/spec.js';
import { parseColor } from '../engine/color.js';
import { fontString, type TextMeasure } from './measure.js';
import type { StaticChartModel } from './model.js';
import { renderStaticChart } from './render.js';
import { el, escapeXml, hatchPattern } from './svg.js';

export interface StaticFigure {
  title: string;
  summary: string;
  legend: readonly LegendItem[];
  /** The chart as a model for the static renderer, or a chart that draws itself (the map). */
  chart: { model: StaticChartModel; aspectRatio: number } | { draw: NonNullable<ChartSpec['drawStatic']>; aspectRatio: number };
  /** Notes that change how the chart reads (disputed, approximate): one line each under the chart. */
  keyNotes: readonly string[];
  /** The other notes, under `notesHeading`. */
  moreNotes: readonly string[];
  notesHeading: string;
  /** "Sources: AP, Reuters." */
  sourcesLine: string;
  /** "Figures as of 8 December 2025." */
  asOfLine: string;
  theme: ChartTheme;
  /** The font family; the theme's by default. */
  family?: string;
}

export interface FigureSvgOptions {
  /** The figure's width in px (the chart takes it less the margins). */
  width: number;
  measure: TextMeasure;
  /** The page's colour scheme: the background where the theme's is transparent. */
  scheme: 'light' | 'dark';
  /** Starts the ids of the figure's patterns and clip path; unique per call by default. */
  idPrefix?: string;
  /** The colour behind the figure (the page's, for an export); else the theme's, else the scheme's. */
  background?: string;
}

export interface FigureSvg {
  svg: string;
  width: number;
  height: number;
}

const PAD = 16;

/** The width the chart takes in a figure `width` wide: all of it but the margins. */
export const figureChartWidth = (width: number) => Math.round(width) - 2 * PAD;
const GAP = 8;
const SWATCH = 12;
const BACKGROUNDS = { light: '#ffffff', dark: '#17191c' };

let ids = 0;

/** Lines of one size, weight and colour, laid out from `y` down. */
interface Block {
  texts: string[];
  size: number;
  weight: string;
  color: string;
}

const leading = (size: number) => Math.round(size * 1.3);
const blockHeight = (b: Block) => b.texts.length * leading(b.size);

/** Splits text into lines no wider than `width`; a word longer than a line keeps a line of its own. */
export function wrapText(text: string, width: number, font: string, measure: TextMeasure): string[] {
  const out: string[] = [];
  let line = '';
  // Only ordinary spaces break a line: the no-break spaces inside numbers ("5 601") never do.
  for (const word of text.split(/[ \t\n\r\f]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, font) > width) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

/** The figure as `{ svg, width, height }`; the height is whatever its content needs. */
export function renderFigureSvg(figure: StaticFigure, options: FigureSvgOptions): FigureSvg {
  const { measure, scheme } = options;
  const { theme } = figure;
  const prefix = options.idPrefix ?? `mss-figure-${++ids}-`;
  const family = figure.family || theme.fontFamily || 'system-ui, sans-serif';
  const width = Math.round(options.width);
  const inner = figureChartWidth(width);
  const block = (text: string, size: number, weight: string, color: string): Block => ({
    texts: text ? wrapText(text, inner, fontString(size, family, weight), measure) : [],
    size,
    weight,
    color,
  });
  const head = [block(figure.title, 20, 'bold', theme.text), block(figure.summary, 14, '', theme.text)];
  const legend = legendRows(figure.legend, inner, family, measure);
  const chartHeight = Math.round(inner / (figure.chart.aspectRatio || 16 / 9));
  const notes = [
    ...figure.keyNotes.map((n) => block(n, 12, '', theme.text)),
    ...(figure.moreNotes.length ? [block(figure.notesHeading, 12, 'bold', theme.muted)] : []),
    ...figure.moreNotes.map((n) => block(n, 12, '', theme.muted)),
  ];
  const foot = [block(figure.sourcesLine, 12, '', theme.muted), block(figure.asOfLine, 12, '', theme.muted)];

  let y = PAD;
  let out = '';
  const write = (blocks: Block[]) => {
    for (const b of blocks) {
      out += writeBlock(b, y, family);
      y += blockHeight(b);
    }
  };
  write(head);
  y += GAP;
  out += drawLegend(legend.items, y, family, theme.text, prefix);
  y += legend.height + (legend.height ? GAP : 0);
  const chart =
    'draw' in figure.chart
      ? figure.chart.draw({ width: inner, height: chartHeight, idPrefix: `${prefix}chart-` })
      : renderStaticChart(figure.chart.model, { width: inner, height: chartHeight, measure, idPrefix: `${prefix}chart-` });
  out += nestChart(chart, PAD, y, inner, chartHeight);
  y += chartHeight + GAP;
  write(notes);
  if (notes.length) y += GAP;
  write(foot);
  const height = Math.round(y + PAD);
  const background = options.background ?? ((parseColor(theme.background)?.alpha ?? 0) > 0 ? theme.background : BACKGROUNDS[scheme]);
  const attrs = { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': family };
  return { svg: el('svg', attrs, el('rect', { width, height, fill: background }) + out), width, height };
}

/** The chart's own SVG placed at x, y: its root gains a position and a size. */
function nestChart(svg: string, x: number, y: number, width: number, height: number): string {
  return svg.replace(/^<svg /, `<svg x="${x}" y="${y}" width="${width}" height="${height}" `);
}

function writeBlock(b: Block, top: number, family: string): string {
  const lh = leading(b.size);
  const spans = b.texts.map((t, k) => el('tspan', { x: PAD, y: top + k * lh + lh / 2 }, escapeXml(t))).join('');
  const attrs = { 'font-family': family, 'font-size': b.size, 'font-weight': b.weight || null, fill: b.color, 'dominant-baseline': 'central' };
  return spans ? el('text', attrs, spans) : '';
}

interface LegendPlace {
  item: LegendItem;
  x: number;
  y: number;
}

/** Legend items flowed into rows no wider than `inner`. */
function legendRows(legend: readonly LegendItem[], inner: number, family: string, measure: TextMeasure) {
  const items: LegendPlace[] = [];
  let x = 0;
  let y = 0;
  for (const item of legend) {
    const w = SWATCH + 6 + measure(item.label, fontString(12, family)) + 16;
    if (x > 0 && x + w > inner) {
      x = 0;
      y += 18;
    }
    items.push({ item, x, y });
    x += w;
  }
  return { items, height: legend.length ? y + 18 : 0 };
}

/** Each legend item: its swatch (a box, hatched where the item is; a line; a point) and its label. */
function drawLegend(items: readonly LegendPlace[], top: number, family: string, color: string, prefix: string): string {
  let out = '';
  let hatches = '';
  items.forEach(({ item, x, y }, i) => {
    const sx = PAD + x;
    const sy = top + y + 2;
    if (item.shape === 'line') out += el('rect', { x: sx, y: sy + 5, width: SWATCH, height: 3, fill: item.color });
    else if (item.shape === 'point') out += el('circle', { cx: sx + 6, cy: sy + 6, r: 5, fill: item.color });
    else {
      let fill = item.color;
      if (item.hatched) {
        const id = `${prefix}legend-${i}`;
        hatches += hatchPattern(id, item.color);
        fill = `url(#${id})`;
      }
      out += el('rect', { x: sx + 0.5, y: sy + 0.5, width: SWATCH - 1, height: SWATCH - 1, fill, stroke: item.color });
    }
    const attrs = { x: sx + SWATCH + 6, y: sy + SWATCH / 2, 'font-family': family, 'font-size': 12, fill: color, 'dominant-baseline': 'central' };
    out += el('text', attrs, escapeXml(item.label));
  });
  return (hatches ? el('defs', {}, hatches) : '') + out;
}
