/**
 * Reference lines, milestone markers and labels, read from `options.plugins.annotation` in the subset of
 * chartjs-plugin-annotation's options that the charts use (line, box, point and label annotations).
 *
 * Why not the official plugin: it adds about 13 KiB gzip to the engine chunk — a fifth of Chart.js — for
 * interactions, animations and scriptable options these charts never use. This draws the same shapes in
 * under 2 KiB and keeps the same configuration, so a chart could move to the official plugin unchanged.
 */
import type { Chart, Plugin, Scale } from 'chart.js';

type Position = 'start' | 'center' | 'end';

interface FontOptions {
  family?: string;
  size?: number;
  weight?: string | number;
  style?: string;
}

export interface AnnotationLabel {
  display?: boolean;
  content?: string | string[];
  position?: Position | `${number}%`;
  color?: string;
  backgroundColor?: string;
  font?: FontOptions;
  padding?: number;
  rotation?: number;
  xAdjust?: number;
  yAdjust?: number;
  textAlign?: CanvasTextAlign;
}

export interface Annotation {
  type: 'line' | 'box' | 'point' | 'label';
  display?: boolean;
  drawTime?: 'beforeDatasetsDraw' | 'afterDatasetsDraw' | 'afterDraw';
  scaleID?: string;
  value?: number | string;
  xScaleID?: string;
  yScaleID?: string;
  xMin?: number | string;
  xMax?: number | string;
  yMin?: number | string;
  yMax?: number | string;
  xValue?: number | string;
  yValue?: number | string;
  borderColor?: string;
  borderWidth?: number;
  borderDash?: number[];
  backgroundColor?: string | CanvasPattern;
  radius?: number;
  pointStyle?: 'circle' | 'rect' | 'triangle' | 'rectRot';
  label?: AnnotationLabel;
  content?: string | string[];
  color?: string;
  font?: FontOptions;
  textAlign?: CanvasTextAlign;
  position?: Position;
  xAdjust?: number;
  yAdjust?: number;
}

export interface AnnotationOptions {
  annotations?: Record<string, Annotation> | Annotation[];
}

const fontString = (font: FontOptions | undefined, chart: Chart) => {
  const defaults = chart.options.font ?? {};
  const size = font?.size ?? (typeof defaults.size === 'number' ? defaults.size : 12);
  const family = font?.family ?? defaults.family ?? 'sans-serif';
  return `${font?.style ?? ''} ${font?.weight ?? ''} ${size}px ${family}`.trim();
};

function pixel(scale: Scale | undefined, value: number | string | undefined, fallback: number): number {
  if (!scale || value === undefined) return fallback;
  const p = scale.getPixelForValue(typeof value === 'string' ? scale.getLabels().indexOf(value) : value);
  return Number.isFinite(p) ? p : fallback;
}

function lines(content: string | string[] | undefined): string[] {
  if (content === undefined) return [];
  return Array.isArray(content) ? content : [content];
}

function drawText(
  chart: Chart,
  text: string[],
  x: number,
  y: number,
  opts: { color?: string; backgroundColor?: string | CanvasPattern; font?: FontOptions; padding?: number; rotation?: number; textAlign?: CanvasTextAlign },
) {
  if (text.length === 0) return;
  const { ctx } = chart;
  ctx.save();
  ctx.font = fontString(opts.font, chart);
  const lineHeight = (opts.font?.size ?? 12) * 1.2;
  const padding = opts.padding ?? 4;
  const width = Math.max(...text.map((t) => ctx.measureText(t).width));
  const height = lineHeight * text.length;
  ctx.translate(x, y);
  if (opts.rotation) ctx.rotate((opts.rotation * Math.PI) / 180);
  const align = opts.textAlign ?? 'center';
  const left = align === 'left' || align === 'start' ? 0 : align === 'right' || align === 'end' ? -width : -width / 2;
  if (opts.backgroundColor) {
    ctx.fillStyle = opts.backgroundColor;
    ctx.fillRect(left - padding, -height / 2 - padding, width + padding * 2, height + padding * 2);
  }
  ctx.fillStyle = opts.color ?? '#000';
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  text.forEach((t, i) => ctx.fillText(t, left, -height / 2 + lineHeight * (i + 0.5)));
  ctx.restore();
}

function along(start: number, end: number, position: AnnotationLabel['position']): number {
  if (position === 'start') return start;
  if (position === 'end') return end;
  if (typeof position === 'string' && position.endsWith('%')) return start + ((end - start) * parseFloat(position)) / 100;
  return (start + end) / 2;
}

/** The pixel ends of a line: across the plot at a value of one scale, or from min to max on both. */
function lineEnds(chart: Chart, a: Annotation): [number, number, number, number] {
  const area = chart.chartArea;
  if (a.scaleID !== undefined && a.value !== undefined) {
    const scale = chart.scales[a.scaleID];
    const p = pixel(scale, a.value, NaN);
    return scale?.isHorizontal() ? [p, p, area.top, area.bottom] : [area.left, area.right, p, p];
  }
  const xScale = chart.scales[a.xScaleID ?? 'x'];
  const yScale = chart.scales[a.yScaleID ?? 'y'];
  let [x1, x2] = [pixel(xScale, a.xMin, area.left), pixel(xScale, a.xMax ?? a.xMin, area.right)];
  let [y1, y2] = [pixel(yScale, a.yMin, area.bottom), pixel(yScale, a.yMax ?? a.yMin, area.top)];
  if (a.xMin === undefined && a.xMax === undefined) [x1, x2] = [area.left, area.right];
  if (a.yMin === undefined && a.yMax === undefined) [y1, y2] = [area.bottom, area.top];
  return [x1, x2, y1, y2];
}

function drawLine(chart: Chart, a: Annotation): void {
  const [x1, x2, y1, y2] = lineEnds(chart, a);
  if (![x1, x2, y1, y2].every(Number.isFinite)) return;
  const { ctx } = chart;
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.stroke();
  const label = a.label;
  if (!label || label.display === false) return;
  const vertical = Math.abs(x1 - x2) < 1;
  // For a vertical line `start` is its top; for a horizontal one, its left end.
  const x = vertical ? x1 : along(Math.min(x1, x2), Math.max(x1, x2), label.position);
  const y = vertical ? along(Math.min(y1, y2), Math.max(y1, y2), label.position) : y1;
  drawText(chart, lines(label.content), x + (label.xAdjust ?? 0), y + (label.yAdjust ?? 0), label);
}

function drawBox(chart: Chart, a: Annotation): void {
  const { ctx, chartArea: area } = chart;
  const xScale = chart.scales[a.xScaleID ?? 'x'];
  const yScale = chart.scales[a.yScaleID ?? 'y'];
  const x1 = pixel(xScale, a.xMin, area.left);
  const x2 = pixel(xScale, a.xMax, area.right);
  const y1 = pixel(yScale, a.yMin, area.bottom);
  const y2 = pixel(yScale, a.yMax, area.top);
  const rect = [Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1)] as const;
  if (a.backgroundColor) {
    ctx.fillStyle = a.backgroundColor;
    ctx.fillRect(...rect);
  }
  if ((a.borderWidth ?? 0) > 0) ctx.strokeRect(...rect);
  if (a.label && a.label.display !== false) {
    drawText(chart, lines(a.label.content), (x1 + x2) / 2 + (a.label.xAdjust ?? 0), (y1 + y2) / 2 + (a.label.yAdjust ?? 0), a.label);
  }
}

/** A marker's outline: a square, a diamond (`rectRot`), a triangle or a circle. */
function markerPath(ctx: CanvasRenderingContext2D, style: Annotation['pointStyle'], x: number, y: number, r: number): void {
  ctx.beginPath();
  if (style === 'rect') ctx.rect(x - r, y - r, r * 2, r * 2);
  else if (style === 'rectRot') {
    ctx.moveTo(x, y - r);
    ctx.lineTo(x + r, y);
    ctx.lineTo(x, y + r);
    ctx.lineTo(x - r, y);
    ctx.closePath();
  } else if (style === 'triangle') {
    ctx.moveTo(x, y - r);
    ctx.lineTo(x + r, y + r);
    ctx.lineTo(x - r, y + r);
    ctx.closePath();
  } else ctx.arc(x, y, r, 0, Math.PI * 2);
}

function drawPoint(chart: Chart, a: Annotation): void {
  const x = pixel(chart.scales[a.xScaleID ?? 'x'], a.xValue, NaN);
  const y = pixel(chart.scales[a.yScaleID ?? 'y'], a.yValue, NaN);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return;
  const { ctx } = chart;
  markerPath(ctx, a.pointStyle, x, y, a.radius ?? 5);
  if (a.backgroundColor) {
    ctx.fillStyle = a.backgroundColor;
    ctx.fill();
  }
  if ((a.borderWidth ?? 1) > 0) ctx.stroke();
}

function drawLabel(chart: Chart, a: Annotation): void {
  const area = chart.chartArea;
  const x = pixel(chart.scales[a.xScaleID ?? 'x'], a.xValue, (area.left + area.right) / 2);
  const y = pixel(chart.scales[a.yScaleID ?? 'y'], a.yValue, (area.top + area.bottom) / 2);
  drawText(chart, lines(a.content), x + (a.xAdjust ?? 0), y + (a.yAdjust ?? 0), { ...a, backgroundColor: undefined });
}

const DRAW: Record<string, (chart: Chart, a: Annotation) => void> = { line: drawLine, box: drawBox, point: drawPoint, label: drawLabel };

function drawAnnotation(chart: Chart, a: Annotation) {
  const { ctx } = chart;
  ctx.save();
  ctx.strokeStyle = a.borderColor ?? '#666';
  ctx.lineWidth = a.borderWidth ?? 1;
  ctx.setLineDash(a.borderDash ?? []);
  DRAW[a.type ?? '']?.(chart, a);
  ctx.restore();
}

function drawAll(chart: Chart, options: AnnotationOptions, when: NonNullable<Annotation['drawTime']>) {
  const list = Array.isArray(options.annotations) ? options.annotations : Object.values(options.annotations ?? {});
  const { ctx, chartArea: area } = chart;
  ctx.save();
  // Annotations stay inside the plot area, as the official plugin's do by default.
  ctx.beginPath();
  ctx.rect(area.left, area.top - 1, area.right - area.left, area.bottom - area.top + 2);
  ctx.clip();
  for (const a of list) {
    if (a.display === false) continue;
    const drawTime = a.drawTime ?? (a.type === 'box' ? 'beforeDatasetsDraw' : 'afterDatasetsDraw');
    if (drawTime === when) drawAnnotation(chart, a);
  }
  ctx.restore();
}

export const annotationsPlugin: Plugin<'bar' | 'line' | 'scatter', AnnotationOptions> = {
  id: 'annotation',
  beforeDatasetsDraw(chart, _args, options) {
    drawAll(chart as Chart, options, 'beforeDatasetsDraw');
  },
  afterDatasetsDraw(chart, _args, options) {
    drawAll(chart as Chart, options, 'afterDatasetsDraw');
  },
  afterDraw(chart, _args, options) {
    drawAll(chart as Chart, options, 'afterDraw');
  },
};
