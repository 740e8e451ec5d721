/**
 * The static chart's model: a chart's Chart.js configuration turned into plain data (ticks already
 * formatted, patterns resolved to colours), laid out the way Chart.js lays it out (same padding, ticks, bar
 * widths and label skipping), so the static chart shown before Chart.js arrives barely moves when the canvas
 * replaces it. It reads only the options our builders (src/charts/*.ts) emit. No DOM: text is measured with
 * the injected `TextMeasure`, so the model is built in Node as in the browser.
 */
import type { ChartConfiguration } from 'chart.js';
import { niceNum } from '../charts/helpers.js';
import type { ChartTheme } from '../charts/spec.js';
import { hatchColor } from '../engine/theme.js';
import { axisWidth } from './axis-text.js';
import { estimateMeasure, lineHeight, type TextMeasure } from './measure.js';

export interface StaticChartTick {
  value: number;
  label: string | string[];
  /** Drawn in bold (a category's label whose font is bold); else absent. */
  bold?: boolean;
}

export interface StaticChartAxis {
  /** Category axis (bars' index axis, offset by half a category); else linear. */
  cat: boolean;
  show: boolean;
  min: number;
  max: number;
  /** Linear: the nice ticks, formatted; category: one per label (`value` is its index). */
  ticks: StaticChartTick[];
  /** Gridline colour, when gridlines are drawn. */
  grid: string | null;
  /** Axis line colour, when drawn. */
  border: string | null;
  /** Colour and font size of the labels and the title. */
  color: string;
  size: number;
  /** Padding on each side of a tick label. */
  pad: number;
  /** Tick mark length that the axis reserves. */
  tl: number;
  title: string | null;
  /** Labels skip to fit, with this padding; null: every label shows. */
  skip: number | null;
}

/** A fill: a colour, or hatching in a colour (a disputed or approximate part). */
export type StaticChartPaint = string | { hatch: string };

export interface StaticChartBar {
  /** Centre and thickness along the index axis, in categories; the thickness is capped at `max` px. */
  c: number;
  w: number;
  max: number;
  /** Start and end on the value axis. */
  a: number;
  b: number;
  fill: StaticChartPaint | null;
  /** Border colour and width (0: none). */
  stroke: string;
  sw: number;
}

export interface StaticChartPoint {
  /** Position in data values. */
  x: number;
  y: number;
  /** Radius, and 'rectRot' (a diamond) or 'circle'. */
  r: number;
  style: string;
  fill: string;
  /** Outline colour and width. */
  stroke: string;
  sw: number;
}

export interface StaticChartLine {
  /** Vertices in data values. */
  points: [number, number][];
  color: string;
  width: number;
  /** Dash of the segment that ends at each vertex (`[]`: solid). */
  dash: number[][];
  stepped: boolean;
  /** Area under the line, down to zero. */
  fill: StaticChartPaint | null;
}

/**
 * Words of an annotation: its label options as chartjs-plugin-annotation reads them (all plain data), at a
 * point in data values.
 */
export interface StaticChartText {
  x: number;
  y: number;
  /** Drawn over the data (else under it). */
  late: boolean;
  content: string | string[];
  /** Moved by this many px from the point. */
  xAdjust?: number;
  yAdjust?: number;
  /** 'left': the text starts at the point; 'right': it ends there; else centred on it. */
  textAlign?: string;
  color: string;
  /** Background colour behind the text, `padding` px beyond it (4 by default). */
  backgroundColor?: string;
  padding?: number;
  font: { size: number; weight?: string | number; style?: string; family: string };
}

/** An annotation's line or box: its options as the plugin reads them, from x1, y1 to x2, y2 in data values. */
export interface StaticChartShape {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  /** Drawn over the data (else under it). */
  late: boolean;
  type: 'line' | 'box';
  /** A box's fill. */
  backgroundColor: StaticChartPaint | null;
  /** The outline's colour, width and dash. */
  borderColor: string;
  borderWidth: number;
  borderDash?: number[];
}

export interface StaticChartModel {
  /** Bars run along x (`indexAxis: 'y'`). */
  horizontal: boolean;
  family: string;
  /** Layout padding: top, right, bottom, left. */
  pad: [number, number, number, number];
  x: StaticChartAxis;
  y: StaticChartAxis;
  /** Datasets' bars, lines and markers, each in the order Chart.js draws them (highest `order` first). */
  bars: StaticChartBar[];
  lines: StaticChartLine[];
  points: StaticChartPoint[];
  shapes: StaticChartShape[];
  texts: StaticChartText[];
}

/* eslint-disable @typescript-eslint/no-explicit-any -- Chart.js options are read as the builders wrote them */
type Any = any;

/** A colour, one of an array of colours, or a hatch pattern; null for none or a transparent one. */
function paint(value: unknown, index = 0): StaticChartPaint | null {
  const v = Array.isArray(value) ? value[index] : value;
  if (typeof v == 'string') return /,\s*0\)$/.test(v) ? null : v;
  const hatch = v && hatchColor(v as CanvasPattern);
  return hatch ? { hatch } : null;
}

function decimals(x: number): number {
  let e = 1;
  let p = 0;
  while (Math.round(x * e) / e !== x && p < 20) {
    e *= 10;
    p++;
  }
  return p;
}

/**
 * Chart.js's linear tick generator (`generateTicks`) from `lo` to `hi`, for the options our axes use: the
 * scale's `min`, `max` and `ticks.includeBounds`. `digits` is how many labels the axis's length holds.
 */
export function linearTicks(lo: number, hi: number, o: Any, maxTicks: number, digits: number, horizontal = false): number[] {
  const { min, max } = o;
  const bounds = o.ticks?.includeBounds !== false;
  const spaces = maxTicks - 1;
  let spacing = niceNum((hi - lo) / spaces);
  const count = Math.ceil(hi / spacing) - Math.floor(lo / spacing);
  if (count > spaces) spacing = niceNum((count * spacing) / spaces);
  const from = Math.floor(lo / spacing);
  const to = Math.ceil(hi / spacing);
  const factor = 10 ** Math.max(decimals(spacing), decimals(from * spacing));
  const round = (v: number) => Math.round(v * factor) / factor;
  const niceMin = round(from * spacing);
  const niceMax = round(to * spacing);
  const at = (j: number) => round(niceMin + j * spacing);
  const minSpacing = (hi - lo) / (digits + 1);
  // How close a bound may come to a nice tick before it replaces it (Chart.js's `relativeLabelSize`).
  const close = (a: number, b: number) => Math.abs(a - b) < Math.min(horizontal ? Infinity : minSpacing, 0.75 * minSpacing * String(b).length);
  const ticks: number[] = [];
  let j = 0;
  if (min !== undefined) {
    if (bounds && niceMin !== min) {
      ticks.push(min);
      if (niceMin < min) j++;
      if (close(at(j), min)) j++;
    } else if (niceMin < min) j++;
  }
  for (; j < to - from && !(max !== undefined && at(j) > max); j++) ticks.push(at(j));
  if (max !== undefined && bounds && niceMax !== max) {
    if (ticks.length && close(ticks[ticks.length - 1] as number, max)) ticks[ticks.length - 1] = max;
    else ticks.push(max);
  } else if (max === undefined || niceMax === max) ticks.push(niceMax);
  return ticks;
}

export interface StaticChartModelOptions {
  /** The canvas size, which sets how many value ticks fit, as it does for Chart.js (640 × 360 by default). */
  width?: number;
  height?: number;
  /** Measures the labels (a rough estimate by default). */
  measure?: TextMeasure;
}

/**
 * The static chart's description of a chart: plain data, ticks formatted by the axes' own callbacks.
 */
export function staticChartModel(config: ChartConfiguration, theme: ChartTheme, options: StaticChartModelOptions = {}): StaticChartModel {
  const { width = 640, height = 360, measure = estimateMeasure } = options;
  return buildModel(config, theme, width, height, measure);
}

/**
 * A canvas context for the builders' scale hooks, which measure tick labels (`scale.ctx.measureText`): it
 * answers with the injected measure.
 */
function measuringContext(measure: TextMeasure) {
  return {
    font: '',
    save() {},
    restore() {},
    measureText(text: string) {
      return { width: measure(text, this.font) };
    },
  };
}

/** What every step of a model reads: the configuration's options and labels, the size, the measure. */
interface ModelContext {
  options: Any;
  labels: (string | string[])[];
  height: number;
  pad: StaticChartModel['pad'];
  measure: TextMeasure;
}

type ParsedPoint = [x: number, start: number, end: number] | null;
type Dataset = { ds: Any; type: string };

/** Each data point as [x, start, end] (stacked values start where the dataset before them ended), and the data's limits. */
function parseDatasets(datasets: Dataset[], stacked: boolean, horizontal: boolean) {
  const sums = new Map<string, number>();
  const limits = { lo: 0, hi: -Infinity, xLo: Infinity, xHi: -Infinity };
  const parsed = datasets.map(({ ds, type }) => {
    // A dataset stacks on the ones before it, never on its own points (two markers at one date).
    const own = new Map<string, number>();
    const points = (ds.data as Any[]).map((raw, i): ParsedPoint => {
      // Points listed in Chart.js's own format run along y when the bars do (`indexAxis: 'y'`).
      const x: number = (horizontal ? raw?.y : raw?.x) ?? i;
      let v = (horizontal ? raw?.x : raw?.y) ?? raw;
      if (v === null) return null;
      const key = `${ds.stack ?? type}|${x}`;
      const a = stacked ? (sums.get(key) ?? 0) : 0;
      own.set(key, (v += a));
      limits.lo = Math.min(limits.lo, v, type == 'bar' ? a : v);
      limits.hi = Math.max(limits.hi, v);
      limits.xLo = Math.min(limits.xLo, x);
      limits.xHi = Math.max(limits.xHi, x);
      return [x, a, v];
    });
    for (const [key, sum] of own) sums.set(key, sum);
    return points;
  });
  return { parsed, limits };
}

/** An axis: a category axis lists the labels; a linear one gets Chart.js's ticks (see linearTicks). */
function modelAxis(ctx: ModelContext, id: 'x' | 'y', cat: boolean, dataMin: number, dataMax: number, plotWidth: number): StaticChartAxis {
  const o = ctx.options.scales[id];
  const t = o.ticks;
  const font = (index: number) => (typeof t.font == 'function' ? t.font({ index }) : t.font);
  const size: number = font(ctx.labels.length - 1).size;
  const result: StaticChartAxis = {
    cat,
    show: o.display !== false,
    min: -0.5,
    max: ctx.labels.length - 0.5,
    ticks: ctx.labels.map((label, value) => ({ value, label, bold: font(value).weight == 'bold' })),
    grid: o.grid.display === false ? null : o.grid.color,
    border: o.border.display === false ? null : o.border.color,
    color: t.color,
    size,
    pad: t.padding ?? 3,
    tl: o.grid.drawTicks === false ? 0 : 8,
    title: o.title?.display ? o.title.text : null,
    skip: t.autoSkip === false ? null : (t.autoSkipPadding ?? 3),
  };
  return cat ? result : linearAxis(ctx, id, result, dataMin, dataMax, plotWidth);
}

/**
 * The linear scale: data limits, the builder's hooks, grace, then Chart.js's nice ticks. The hooks read and set
 * only these properties of the scale.
 */
function linearAxis(ctx: ModelContext, id: 'x' | 'y', result: StaticChartAxis, dataMin: number, dataMax: number, plotWidth: number): StaticChartAxis {
  const o = ctx.options.scales[id];
  const t = o.ticks;
  const scale: Any = { min: o.min ?? dataMin, max: o.max ?? dataMax, chart: { height: ctx.height }, maxWidth: plotWidth, ctx: measuringContext(ctx.measure) };
  if (scale.min === scale.max) scale.max += scale.max ? Math.abs(scale.max / 20) : 1;
  o.afterDataLimits?.(scale);
  let { min, max } = scale;
  // Grace (a percentage): beyond each end but zero, as with `beginAtZero`.
  const grace = o.grace ? (parseFloat(o.grace) / 100) * ((max - min) / 2) : 0;
  if (min) min -= grace;
  if (max) max += grace;
  // The plot's length, as Chart.js sees it on its last layout pass (an estimate: the axes are not laid out yet).
  const vertical = id == 'y';
  const length = vertical ? ctx.height - ctx.pad[0] - ctx.pad[2] - 40 : plotWidth;
  const maxTicks = Math.max(2, Math.min(t.maxTicksLimit ?? 11, Math.ceil(length / (vertical ? lineHeight(result.size) : 40))));
  const values = linearTicks(min, max, o, maxTicks, length / lineHeight(result.size), !vertical);
  // Chart.js widens the scale to its generated ticks ("bounds: ticks") before a hook may replace them.
  result.min = Math.min(scale.min, ...values);
  result.max = Math.max(scale.max, ...values);
  scale.ticks = values.map((value) => ({ value }));
  o.afterBuildTicks?.(scale);
  result.ticks = scale.ticks.map(({ value }: StaticChartTick, i: number) => ({ value, label: t.callback(value, i, scale.ticks) }));
  return result;
}

/**
 * A bar dataset's bars. Grouped bars share each category between the stacks that have a value there, side by
 * side (Chart.js's "fit" category traits); every grouped bar of our builders names its stack.
 */
function barsOf(ds: Any, points: ParsedPoint[], datasets: Dataset[], parsed: ParsedPoint[][]): StaticChartBar[] {
  // Whether dataset `di` has a bar at category `x` (a dataset may list only its bars, not one per category).
  const hasBarAt = (di: number, x: number) => parsed[di]?.[x]?.[0] === x || Boolean(parsed[di]?.some((p) => p?.[0] === x));
  const stacksAt = (x: number, skipNull: boolean) => [
    ...new Set(datasets.filter((d, di) => d.type == 'bar' && d.ds.grouped !== false && !(skipNull && !hasBarAt(di, x))).map((d) => d.ds.stack)),
  ];
  const cp = ds.categoryPercentage ?? 0.8;
  const bp = ds.barPercentage ?? 0.9;
  const bars: StaticChartBar[] = [];
  points.forEach((pt, i) => {
    const fill = paint(ds.backgroundColor, i);
    const sw = ds.borderWidth;
    // Nothing to draw: an invisible bar (a row's hover highlight) or none at all.
    if (!pt || (!fill && !sw)) return;
    // The category: the point's own index (its position, unless the dataset lists only its bars).
    const x = pt[0];
    let c = x;
    let w = cp * bp;
    if (ds.grouped !== false) {
      const stacks = stacksAt(x, ds.skipNull);
      const chunk = cp / stacks.length;
      c = x - cp / 2 + chunk * (stacks.indexOf(ds.stack) + 0.5);
      w = chunk * bp;
    }
    const stroke = Array.isArray(ds.borderColor) ? ds.borderColor[i] : ds.borderColor;
    bars.push({ c, w, max: ds.maxBarThickness ?? 1e6, a: pt[1], b: pt[2], fill, stroke, sw });
  });
  return bars;
}

function lineOf(ds: Any, points: ParsedPoint[]): StaticChartLine {
  const defined = points.filter((pt): pt is [number, number, number] => pt !== null);
  return {
    points: defined.map((pt) => [pt[0], pt[2]]),
    color: ds.borderColor,
    width: ds.borderWidth,
    dash: defined.map((_, i) => (i && ds.segment?.borderDash?.({ p0DataIndex: i - 1, p1DataIndex: i })) || []),
    stepped: !!ds.stepped,
    fill: ds.fill ? paint(ds.backgroundColor) : null,
  };
}

function pointsOf(ds: Any, points: ParsedPoint[]): StaticChartPoint[] {
  if (!(ds.pointRadius > 0)) return [];
  return points.flatMap((pt, i) =>
    pt
      ? [
          {
            x: pt[0],
            y: pt[2],
            r: ds.pointRadius,
            style: ds.pointStyle ?? 'circle',
            fill: (paint(ds.pointBackgroundColor ?? ds.backgroundColor, i) as string | null) ?? 'none',
            stroke: ds.pointBorderColor ?? ds.borderColor,
            sw: ds.pointBorderWidth ?? ds.borderWidth,
          },
        ]
      : [],
  );
}

/**
 * Annotations, as the engine's annotation plugin draws them: lines (one across the plot at a value of x, with
 * `scaleID`), boxes, and labels, alone or on a line.
 */
function annotationsOf(options: Any, y: StaticChartAxis): Pick<StaticChartModel, 'shapes' | 'texts'> {
  const shapes: StaticChartShape[] = [];
  const texts: StaticChartText[] = [];
  for (const a of Object.values(options.plugins?.annotation?.annotations ?? {}) as Any[]) {
    const label = a.type == 'label';
    const [x1, x2, y1, y2] = label ? [a.xValue, a.xValue, a.yValue, a.yValue] : a.scaleID ? [a.value, a.value, y.min, y.max] : [a.xMin, a.xMax, a.yMin, a.yMax];
    const late = a.drawTime != 'beforeDatasetsDraw';
    if (a.type == 'box' || a.borderWidth) shapes.push({ ...a, x1, x2, y1, y2, late, backgroundColor: paint(a.backgroundColor) });
    const l = label ? a : a.label;
    if (!l) continue;
    // Along a vertical line the words sit at `position` from its top; else along it, at its start's height.
    const pos = l.position == 'start' ? 0 : l.position == 'end' ? 1 : 0.5;
    texts.push({
      ...l,
      x: x1 == x2 ? x1 : Math.min(x1, x2) + Math.abs(x2 - x1) * pos,
      y: x1 == x2 ? Math.max(y1, y2) - Math.abs(y2 - y1) * pos : y1,
      late,
    });
  }
  return { shapes, texts };
}

/** The model in named steps: parse the data → the axes (y first) → each dataset's marks in drawing order → annotations. */
function buildModel(config: ChartConfiguration, theme: ChartTheme, width: number, height: number, measure: TextMeasure): StaticChartModel {
  const options: Any = config.options;
  const horizontal = options.indexAxis == 'y';
  const p = options.layout.padding;
  const ctx: ModelContext = { options, labels: (config.data.labels ?? []) as (string | string[])[], height, pad: [p.top, p.right, p.bottom, p.left], measure };
  const rootType = (config as Any).type as string;
  const datasets: Dataset[] = (config.data.datasets as Any[]).map((ds) => ({ ds, type: (ds.type ?? rootType) as string }));
  const { parsed, limits } = parseDatasets(datasets, options.scales[horizontal ? 'x' : 'y'].stacked, horizontal);
  const { lo, hi, xLo, xHi } = limits;
  const bars = rootType == 'bar';
  // The y axis first: its labels' width tells how wide the plot is, which sets how many x ticks fit.
  let plotWidth = width - ctx.pad[1] - ctx.pad[3];
  const y = modelAxis(ctx, 'y', bars && horizontal, horizontal ? xLo : lo, horizontal ? xHi : hi, plotWidth);
  if (y.show) plotWidth -= axisWidth(y, theme.fontFamily, true, measure);
  const x = modelAxis(ctx, 'x', bars && !horizontal, horizontal ? lo : xLo, horizontal ? hi : xHi, plotWidth);
  const model: StaticChartModel = { horizontal, family: theme.fontFamily, pad: ctx.pad, x, y, bars: [], lines: [], points: [], ...annotationsOf(options, y) };
  // Chart.js draws the highest `order` first.
  const order = datasets.map((_, i) => i).sort((a, b) => (datasets[b]?.ds.order ?? 0) - (datasets[a]?.ds.order ?? 0) || b - a);
  for (const di of order) {
    const { ds, type } = datasets[di] as Dataset;
    const points = parsed[di] as ParsedPoint[];
    if (type == 'bar') {
      model.bars.push(...barsOf(ds, points, datasets, parsed));
      continue;
    }
    if (type == 'line') model.lines.push(lineOf(ds, points));
    model.points.push(...pointsOf(ds, points));
  }
  return model;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

