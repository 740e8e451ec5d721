/**
 * A first-paint preview: the chart drawn as a small static SVG from its Chart.js configuration, shown while
 * Chart.js (most of the library's weight) is still on its way, and kept if it never arrives. It reads only
 * the subset of Chart.js options our builders emit and lays the chart out the way Chart.js does (same
 * padding, ticks, bar widths and label skipping), so the swap to the canvas barely moves anything.
 *
 * `previewModel` turns a configuration into plain JSON (ticks already formatted, patterns resolved to
 * colours); `drawPreview` lays it out for a size and draws it with presentation attributes only, so a
 * strict Content-Security-Policy sees no inline style.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ChartTheme } from '../charts/spec.js';
import { hatchColor } from '../engine/theme.js';
import { lineHeight, measure, measuringContext } from './text.js';

export interface PreviewTick {
  value: number;
  label: string | string[];
}

export interface PreviewAxis {
  /** Category axis (bars' index axis, offset by half a category); else linear. */
  cat: boolean;
  show: boolean;
  min: number;
  max: number;
  /** Linear: the nice ticks, formatted; category: one per label (`value` is its index). */
  ticks: PreviewTick[];
  /** Gridline colour, when gridlines are drawn. */
  grid: string | null;
  /** Axis line colour, when drawn. */
  border: string | null;
  color: string;
  size: number;
  /** Indices of ticks drawn bold. */
  bold: number[];
  pad: number;
  /** Tick mark length that the axis reserves. */
  tl: number;
  title: string | null;
  /** Category labels skip to fit, with this padding; null: every label shows. */
  skip: number | null;
}

/** A filled colour: hatched stands for a disputed or approximate part. */
export interface PreviewPaint {
  color: string;
  hatched: boolean;
}

export interface PreviewBar {
  /** Centre and thickness along the index axis, in categories; the thickness is capped at `max` px. */
  c: number;
  w: number;
  max: number;
  /** Start and end on the value axis. */
  a: number;
  b: number;
  fill: PreviewPaint | null;
  stroke: string;
  sw: number;
}

export interface PreviewPoint {
  x: number;
  y: number;
  r: number;
  style: string;
  fill: string;
  stroke: string;
  sw: number;
}

export interface PreviewSeries {
  bars: PreviewBar[];
  /** Line vertices in data values; empty for bars and scatter markers. */
  line: [number, number][];
  color: string;
  width: number;
  /** Dash of each segment (`[]`: solid). */
  dash: number[][];
  stepped: boolean;
  /** Area under the line, down to zero. */
  fill: PreviewPaint | null;
  points: PreviewPoint[];
}

export interface PreviewShape {
  box: boolean;
  /** Data values; null is the plot's edge (left, right, bottom, top). */
  x1: number | null;
  x2: number | null;
  y1: number | null;
  y2: number | null;
  stroke: string;
  sw: number;
  dash: number[];
  fill: PreviewPaint | null;
  late: boolean;
}

export interface PreviewText {
  lines: string[];
  /** Anchored on a shape (index into `shapes`), at `pos` (0 start … 1 end) of it; else at x/y (null: centre). */
  shape: number | null;
  pos: number;
  x: number | null;
  y: number | null;
  dx: number;
  dy: number;
  align: 'left' | 'center' | 'right';
  color: string;
  bg: string | null;
  pad: number;
  font: { size: number; weight: string; style: string; family: string };
  late: boolean;
}

export interface PreviewModel {
  /** Bars run along x (`indexAxis: 'y'`). */
  horizontal: boolean;
  family: string;
  /** Layout padding: top, right, bottom, left. */
  pad: [number, number, number, number];
  x: PreviewAxis;
  y: PreviewAxis;
  /** Datasets in the order Chart.js draws them (highest `order` first). */
  series: PreviewSeries[];
  shapes: PreviewShape[];
  texts: PreviewText[];
}

/* eslint-disable @typescript-eslint/no-explicit-any -- Chart.js options are read as the builders wrote them */
type Any = any;

const NONE = 'rgba(0,0,0,0.1)';
function paint(value: unknown, index = 0): PreviewPaint | null {
  const v = Array.isArray(value) ? value[index] : value;
  if (typeof v === 'string') return v === 'transparent' || /,\s*0\)$/.test(v) ? null : { color: v, hatched: false };
  const color = v ? hatchColor(v as CanvasPattern) : undefined;
  return color ? { color, hatched: true } : null;
}

const pick = (value: unknown, index: number, fallback: unknown) => (Array.isArray(value) ? value[index] : value) ?? fallback;

function niceNum(range: number): number {
  const rounded = Math.round(range);
  if (Math.abs(range - rounded) < range / 1000) range = rounded;
  const magnitude = 10 ** Math.floor(Math.log10(range));
  const f = range / magnitude;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * magnitude;
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

/** Chart.js's linear tick generator (`generateTicks`), for the options our axes use. */
export function linearTicks(
  range: { min: number; max: number },
  opts: { min?: number; max?: number; maxTicks: number; includeBounds: boolean; digits: number; horizontal?: boolean },
): number[] {
  const { min, max, maxTicks } = opts;
  const minDefined = min !== undefined;
  const maxDefined = max !== undefined;
  const spaces = maxTicks - 1;
  let spacing = niceNum((range.max - range.min) / spaces);
  if (spacing < 1e-14 && !minDefined && !maxDefined) return [range.min, range.max];
  const count = Math.ceil(range.max / spacing) - Math.floor(range.min / spacing);
  if (count > spaces) spacing = niceNum((count * spacing) / spaces);
  let niceMin = Math.floor(range.min / spacing) * spacing;
  let niceMax = Math.ceil(range.max / spacing) * spacing;
  let numSpaces = (niceMax - niceMin) / spacing;
  numSpaces = Math.abs(numSpaces - Math.round(numSpaces)) < spacing / 1000 ? Math.round(numSpaces) : Math.ceil(numSpaces);
  const factor = 10 ** Math.max(decimals(spacing), decimals(niceMin));
  niceMin = Math.round(niceMin * factor) / factor;
  niceMax = Math.round(niceMax * factor) / factor;
  const minSpacing = (range.max - range.min) / (opts.digits + 1);
  // How close a bound may come to a nice tick before it replaces it (Chart.js's `relativeLabelSize`).
  const close = (a: number, b: number) => Math.abs(a - b) < Math.min(opts.horizontal ? Infinity : minSpacing, 0.75 * minSpacing * String(b).length);
  const ticks: number[] = [];
  let j = 0;
  if (minDefined) {
    if (opts.includeBounds && niceMin !== min) {
      ticks.push(min);
      if (niceMin < min) j++;
      if (close(Math.round((niceMin + j * spacing) * factor) / factor, min)) j++;
    } else if (niceMin < min) j++;
  }
  for (; j < numSpaces; ++j) {
    const value = Math.round((niceMin + j * spacing) * factor) / factor;
    if (maxDefined && value > max) break;
    ticks.push(value);
  }
  if (maxDefined && opts.includeBounds && niceMax !== max) {
    if (ticks.length && close(ticks[ticks.length - 1] as number, max)) ticks[ticks.length - 1] = max;
    else ticks.push(max);
  } else if (!maxDefined || niceMax === max) ticks.push(niceMax);
  return ticks;
}

/**
 * The preview's description of a chart. `width` and `height` (the canvas size) set how many value ticks
 * fit, as they do for Chart.js; the result is plain data, ticks formatted by the axes' own callbacks.
 */
export function previewModel(config: ChartConfiguration, theme: ChartTheme, width = 640, height = 360): PreviewModel {
  const options: Any = config.options ?? {};
  const family = theme.fontFamily;
  const horizontal = options.indexAxis === 'y';
  const labels: (string | string[])[] = (config.data.labels as (string | string[])[] | undefined) ?? [];
  const p = options.layout?.padding ?? {};
  const pad: PreviewModel['pad'] = [p.top ?? 0, p.right ?? 0, p.bottom ?? 0, p.left ?? 0];
  const rootType = (config as Any).type as string;
  const datasets = (config.data.datasets as Any[])
    .map((ds, index) => ({ ds, index, type: (ds.type ?? rootType) as string }))
    .filter((d) => !d.ds.hidden);

  // Stacked values: each dataset's start and end per data point, keyed by stack and index value.
  const scaleOpts = (id: string): Any => options.scales?.[id] ?? {};
  const valueId = horizontal ? 'x' : 'y';
  const stacked = Boolean(scaleOpts(valueId).stacked);
  const sums = new Map<string, number>();
  const parsed = datasets.map(({ ds, type }) => {
    // A dataset stacks on the ones before it, never on its own points (two markers at one date).
    const own = new Map<string, number>();
    const points = (ds.data as Any[]).map((raw, i): [number, number, number] | null => {
      const point = raw !== null && typeof raw === 'object' && !Array.isArray(raw);
      const x = point ? raw.x : i;
      let v = point ? raw.y : raw;
      if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return null;
      let a = 0;
      if (Array.isArray(v)) [a, v] = v as [number, number];
      else if (stacked) {
        const key = `${ds.stack ?? type}|${x}`;
        a = sums.get(key) ?? 0;
        own.set(key, a + v);
        v += a;
      }
      return [x, a, v];
    });
    for (const [key, sum] of own) sums.set(key, sum);
    return points;
  });

  let lo = Infinity;
  let hi = -Infinity;
  let xLo = Infinity;
  let xHi = -Infinity;
  parsed.forEach((points, d) => {
    for (const pt of points) {
      if (!pt) continue;
      lo = Math.min(lo, pt[2], datasets[d]?.type === 'bar' ? pt[1] : pt[2]);
      hi = Math.max(hi, pt[2]);
      xLo = Math.min(xLo, pt[0]);
      xHi = Math.max(xHi, pt[0]);
    }
  });

  const axis = (id: 'x' | 'y', cat: boolean, dataMin: number, dataMax: number): PreviewAxis => {
    const o = scaleOpts(id);
    const t = o.ticks ?? {};
    const vertical = id === 'y';
    const size = t.font?.size ?? 12;
    const font = typeof t.font === 'function' ? undefined : t.font;
    const title = o.title?.display && o.title.text ? String(o.title.text) : null;
    const result: PreviewAxis = {
      cat,
      show: o.display !== false && t.display !== false,
      min: 0,
      max: 1,
      ticks: [],
      grid: o.grid?.display === false ? null : (o.grid?.color ?? theme.grid),
      border: o.border?.display === false ? null : (o.border?.color ?? theme.grid),
      color: t.color ?? theme.muted,
      size: font?.size ?? size,
      bold: [],
      pad: t.padding ?? 3,
      tl: o.grid?.drawTicks === false ? 0 : (o.grid?.tickLength ?? 8),
      title,
      skip: t.autoSkip === false ? null : (t.autoSkipPadding ?? 3),
    };
    if (typeof t.font === 'function') {
      labels.forEach((_, index) => {
        const f = t.font({ index });
        if (f?.weight === 'bold' || Number(f?.weight) >= 600) result.bold.push(index);
        result.size = f?.size ?? result.size;
      });
    }
    if (cat) {
      result.min = -0.5;
      result.max = labels.length - 0.5;
      result.ticks = labels.map((label, value) => ({ value, label }));
      return result;
    }
    // The linear scale: data limits, the builder's hooks, grace, then Chart.js's nice ticks.
    const fake: Any = {
      min: o.min ?? (Number.isFinite(dataMin) ? dataMin : 0),
      max: o.max ?? (Number.isFinite(dataMax) ? dataMax : 1),
      chart: { width, height },
      maxWidth: plotWidth,
      width: plotWidth,
      ctx: measuringContext(),
      ticks: [],
    };
    if (o.beginAtZero) {
      if (fake.min > 0 && o.min === undefined) fake.min = 0;
      if (fake.max < 0 && o.max === undefined) fake.max = 0;
    }
    if (fake.min === fake.max) {
      const offset = fake.max === 0 ? 1 : Math.abs(fake.max * 0.05);
      fake.max += offset;
      if (!o.beginAtZero) fake.min -= offset;
    }
    o.afterDataLimits?.(fake);
    const range = { min: fake.min, max: fake.max };
    if (typeof o.grace === 'string' || typeof o.grace === 'number') {
      const g = String(o.grace).endsWith('%') ? (parseFloat(o.grace) / 100) * ((range.max - range.min) / 2) : Number(o.grace);
      if (!(o.beginAtZero && range.min === 0)) range.min -= Math.abs(g);
      if (!(o.beginAtZero && range.max === 0)) range.max += g;
    }
    // The plot's length, as Chart.js sees it on its last layout pass (an estimate: the axes are not laid out yet).
    const length = vertical ? height - pad[0] - pad[2] - 40 : plotWidth;
    const limit = Math.ceil(length / (vertical ? lineHeight(result.size) : 40));
    const values = linearTicks(range, {
      min: o.min,
      max: o.max,
      maxTicks: Math.max(2, Math.min(t.maxTicksLimit ?? 11, limit)),
      includeBounds: t.includeBounds !== false,
      digits: length / lineHeight(result.size),
      horizontal: !vertical,
    });
    // Chart.js widens the scale to its generated ticks ("bounds: ticks") before a hook may replace them.
    result.min = Math.min(fake.min, ...values);
    result.max = Math.max(fake.max, ...values);
    const labelled = (ticks: { value: number }[]) =>
      ticks.flatMap((tk, i) => {
        const label = t.callback ? t.callback(tk.value, i, ticks) : String(tk.value);
        return label === null || label === undefined ? [] : [{ value: tk.value, label }];
      });
    fake.ticks = values.map((value) => ({ value }));
    o.afterBuildTicks?.(fake);
    result.ticks = labelled(fake.ticks);
    return result;
  };

  const indexCat = rootType === 'bar';
  // The y axis first: its labels' width tells how wide the plot is, which sets how many x ticks fit.
  let plotWidth = width - pad[1] - pad[3];
  const y = axis('y', indexCat && horizontal, horizontal ? xLo : Math.min(lo, 0), horizontal ? xHi : hi);
  if (y.show) {
    const font = `${y.size}px ${family}`;
    const widest = Math.max(0, ...y.ticks.flatMap((t) => ([] as string[]).concat(t.label).map((l) => measure(l, font))));
    plotWidth -= widest + 2 * y.pad + y.tl + (y.title ? lineHeight(y.size) + 8 : 0);
  }
  const model: PreviewModel = {
    horizontal,
    family,
    pad,
    x: axis('x', indexCat && !horizontal, horizontal ? Math.min(lo, 0) : xLo, horizontal ? hi : xHi),
    y,
    series: [],
    shapes: [],
    texts: [],
  };

  // Bars share each category between the stacks drawn side by side (Chart.js's "fit" category traits).
  const grouped = datasets.filter((d) => d.type === 'bar' && d.ds.grouped !== false);
  const stacksAt = (i: number, upTo: number, skipNull: boolean) => {
    const names: unknown[] = [];
    for (const d of grouped) {
      const value = parsed[datasets.indexOf(d)]?.[i];
      if (!(skipNull && !value) && (!stacked || !names.includes(d.ds.stack) || d.ds.stack === undefined)) names.push(d.ds.stack);
      if (d.index === upTo) break;
    }
    return names;
  };

  const order = datasets.map((_, i) => i).sort((a, b) => (datasets[b]?.ds.order ?? 0) - (datasets[a]?.ds.order ?? 0) || b - a);
  for (const di of order) {
    const { ds, type, index } = datasets[di] as (typeof datasets)[number];
    const points = parsed[di] ?? [];
    const series: PreviewSeries = { bars: [], line: [], color: ds.borderColor ?? NONE, width: ds.borderWidth ?? 3, dash: [], stepped: false, fill: null, points: [] };
    if (type === 'bar') {
      const cp = ds.categoryPercentage ?? 0.8;
      const bp = ds.barPercentage ?? 0.9;
      points.forEach((pt, i) => {
        const fill = paint(ds.backgroundColor ?? NONE, i);
        const sw = Number(pick(ds.borderWidth, i, 0));
        // Nothing to draw: an invisible bar (a row's hover highlight) or none at all.
        if (!pt || (!fill && !sw)) return;
        let c = i;
        let w = cp * bp;
        if (ds.grouped !== false) {
          const all = stacksAt(i, -1, Boolean(ds.skipNull));
          const mine = stacksAt(i, index, Boolean(ds.skipNull));
          const chunk = cp / Math.max(1, all.length);
          const at = all.indexOf(ds.stack);
          c = i - cp / 2 + chunk * (at < 0 ? mine.length - 1 : at) + chunk / 2;
          w = chunk * bp;
        }
        series.bars.push({
          c,
          w,
          max: ds.maxBarThickness ?? 1e6,
          a: pt[1],
          b: pt[2],
          fill,
          stroke: String(pick(ds.borderColor, i, NONE)),
          sw,
        });
      });
    } else {
      const defined = points.filter((pt): pt is [number, number, number] => pt !== null);
      if (type !== 'scatter' ? ds.showLine !== false : ds.showLine) {
        series.line = defined.map((pt) => [pt[0], pt[2]]);
        series.stepped = Boolean(ds.stepped);
        const segment = ds.segment?.borderDash;
        series.dash = defined.map((_, i) => (i > 0 && typeof segment === 'function' ? segment({ p0DataIndex: i - 1, p1DataIndex: i }) : undefined) ?? ds.borderDash ?? []);
        if (ds.fill !== undefined && ds.fill !== false) series.fill = paint(ds.backgroundColor);
      }
      const radius = ds.pointRadius ?? 3;
      points.forEach((pt, i) => {
        if (!pt || !(Number(pick(radius, i, 3)) > 0)) return;
        series.points.push({
          x: pt[0],
          y: pt[2],
          r: Number(pick(radius, i, 3)),
          style: String(pick(ds.pointStyle, i, 'circle')),
          fill: paint(pick(ds.pointBackgroundColor, i, ds.backgroundColor ?? NONE), i)?.color ?? 'none',
          stroke: String(pick(ds.pointBorderColor, i, pick(ds.borderColor, i, NONE))),
          sw: Number(pick(ds.pointBorderWidth, i, pick(ds.borderWidth, i, 1))),
        });
      });
    }
    model.series.push(series);
  }

  // Annotations, as the engine's annotation plugin draws them.
  const raw = options.plugins?.annotation?.annotations ?? {};
  const value = (v: unknown): number | null =>
    v === undefined ? null : typeof v === 'string' ? labels.indexOf(v) : Number(v);
  const textOf = (a: Any, late: boolean, at: Partial<PreviewText>): PreviewText => ({
    lines: a.content === undefined ? [] : ([] as string[]).concat(a.content),
    shape: null,
    pos: 0.5,
    x: null,
    y: null,
    dx: a.xAdjust ?? 0,
    dy: a.yAdjust ?? 0,
    align: a.textAlign === 'left' || a.textAlign === 'start' ? 'left' : a.textAlign === 'right' || a.textAlign === 'end' ? 'right' : 'center',
    color: a.color ?? '#000',
    bg: null,
    pad: a.padding ?? 4,
    font: {
      size: a.font?.size ?? 12,
      weight: String(a.font?.weight ?? ''),
      style: a.font?.style ?? '',
      family: a.font?.family ?? family,
    },
    late,
    ...at,
  });
  for (const a of (Array.isArray(raw) ? raw : Object.values(raw)) as Any[]) {
    if (a.display === false) continue;
    const late = (a.drawTime ?? (a.type === 'box' ? 'beforeDatasetsDraw' : 'afterDatasetsDraw')) !== 'beforeDatasetsDraw';
    if (a.type === 'label') {
      model.texts.push(textOf(a, late, { x: value(a.xValue), y: value(a.yValue) }));
      continue;
    }
    if (a.type !== 'line' && a.type !== 'box') continue;
    const shape: PreviewShape = {
      box: a.type === 'box',
      x1: value(a.xMin),
      x2: value(a.type === 'line' ? (a.xMax ?? a.xMin) : a.xMax),
      y1: value(a.yMin),
      y2: value(a.type === 'line' ? (a.yMax ?? a.yMin) : a.yMax),
      stroke: a.borderColor ?? '#666',
      sw: a.borderWidth ?? (a.type === 'box' ? 0 : 1),
      dash: a.borderDash ?? [],
      fill: a.type === 'box' ? paint(a.backgroundColor) : null,
      late,
    };
    if (a.scaleID !== undefined && a.value !== undefined) {
      const v = value(a.value);
      if (a.scaleID === 'x') [shape.x1, shape.x2, shape.y1, shape.y2] = [v, v, null, null];
      else [shape.x1, shape.x2, shape.y1, shape.y2] = [null, null, v, v];
    }
    model.shapes.push(shape);
    const label = a.label;
    if (label && label.display !== false && label.content !== undefined) {
      const pos = label.position;
      model.texts.push(
        textOf(label, late, {
          shape: model.shapes.length - 1,
          pos: pos === 'start' ? 0 : pos === 'end' ? 1 : typeof pos === 'string' && pos.endsWith('%') ? parseFloat(pos) / 100 : 0.5,
          bg: typeof label.backgroundColor === 'string' ? label.backgroundColor : null,
        }),
      );
    }
  }
  return model;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

export { drawPreview } from './draw.js';
