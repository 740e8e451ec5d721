/**
 * Draws a static chart model as SVG markup, laid out as Chart.js lays out the same chart: the axes take the
 * room their labels need, the plot keeps half a label of room at its ends, categories skip labels that would
 * collide, and bars take their share of a category. Presentation attributes only (no inline style), so a
 * strict Content-Security-Policy sees no violation; no DOM, so it runs in Node as in the browser.
 */
import { axisWidth, labelHeight, labelWidth, largest, linesOf } from './axis-text.js';
import { fontString, lineHeight, type TextMeasure } from './measure.js';
import type { StaticChartAxis, StaticChartModel, StaticChartPaint } from './model.js';
import { el, escapeXml, hatchPattern, lines, path, type Attrs } from './svg.js';

export interface StaticChartRenderOptions {
  width: number;
  height: number;
  measure: TextMeasure;
  /** Starts the ids of the drawing's patterns and clip path; unique per call by default. */
  idPrefix?: string;
}

/** Where the plot lies and how data values map to its pixels. */
interface Frame {
  model: StaticChartModel;
  width: number;
  height: number;
  measure: TextMeasure;
  left: number;
  right: number;
  top: number;
  bottom: number;
  px: (v: number) => number;
  py: (v: number) => number;
  /** A paint as a fill attribute (hatching becomes a pattern in `defs`). */
  fill: (p: StaticChartPaint | null) => string;
}

let ids = 0;

/** Chart.js aligns 1 px lines to the pixel grid (`_alignPixel`). */
const crisp = (p: number) => Math.round(p - 0.5) + 0.5;
const span = (a: StaticChartAxis) => a.max - a.min || 1;
const last = (a: StaticChartAxis) => a.ticks.length - 1;

/** The static chart as an `<svg class="static-chart">` string, `width` × `height` user units. */
export function renderStaticChart(model: StaticChartModel, options: StaticChartRenderOptions): string {
  const { width, height, measure } = options;
  const prefix = options.idPrefix ?? `mss-static-chart-${++ids}-`;
  const patterns = new Map<string, string>();
  const fill = (p: StaticChartPaint | null): string => {
    if (typeof p != 'object') return p;
    if (!p) return 'none';
    let id = patterns.get(p.hatch);
    if (!id) patterns.set(p.hatch, (id = prefix + patterns.size));
    return `url(#${id})`;
  };
  const frame = layout(model, width, height, measure, fill);
  const clip = `${prefix}clip`;
  const body = [
    ...[model.x, model.y].map((a) => (a.show ? drawAxis(frame, a) : '')),
    drawAnnotations(frame, false, clip),
    el('g', { class: 'data' }, drawBars(frame) + drawLines(frame) + drawPoints(frame)),
    drawAnnotations(frame, true, clip),
  ].join('');
  // Annotations are clipped to the plot, as the engine's plugin clips them.
  const clipRect = el('rect', { x: frame.left, y: frame.top - 1, width: frame.right - frame.left, height: frame.bottom - frame.top + 2 });
  const defs = [...patterns].map(([color, id]) => hatchPattern(id, color)).join('') + el('clipPath', { id: clip }, clipRect);
  const attrs = { xmlns: 'http://www.w3.org/2000/svg', class: 'static-chart', viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true', focusable: 'false' };
  return el('svg', attrs, el('defs', {}, defs) + body);
}

/**
 * The plot's edges: each side keeps the larger of the layout's padding with the axis there, and the room the
 * other axis's end labels need (half a label, where the first and last labels overhang the plot).
 */
function layout(model: StaticChartModel, width: number, height: number, measure: TextMeasure, fill: Frame['fill']): Frame {
  const { x: xa, y: ya, pad, family } = model;
  let left = pad[3] + (ya.show ? Math.min(width, axisWidth(ya, family, true, measure)) : 0);
  let right = width - pad[1];
  let top = pad[0];
  let bottom = height - pad[2] - (xa.show ? Math.min(height, axisWidth(xa, family, false, measure)) : 0);
  if (ya.show) {
    top = Math.max(top, labelHeight(ya, last(ya)) / 2 + ya.pad);
    bottom = Math.min(bottom, height - labelHeight(ya, 0) / 2 - ya.pad);
  }
  const w = right - left;
  if (xa.show) {
    const overhang = (i: number, offset: number) => Math.max(0, ((labelWidth(xa, family, i, measure) / 2 - offset * w + xa.pad) * w) / (w - offset * w));
    left = Math.max(left, overhang(0, ((xa.ticks[0]?.value as number) - xa.min) / span(xa)));
    right = Math.min(right, width - overhang(last(xa), (xa.max - (xa.ticks[last(xa)]?.value as number)) / span(xa)));
  }
  /** Pixels along an axis, from the pixel of its minimum to that of its maximum. */
  const scale = (a: StaticChartAxis, from: number, to: number) => (v: number) => from + ((v - a.min) / span(a)) * (to - from);
  const px = scale(xa, left, right);
  // A category axis lists its first label at the top.
  const py = ya.cat ? scale(ya, top, bottom) : scale(ya, bottom, top);
  return { model, width, height, measure, left, right, top, bottom, px, py, fill };
}

/** An axis: gridlines, its line, tick labels (skipped to fit, as Chart.js's autoSkip does) and its title. */
function drawAxis(f: Frame, a: StaticChartAxis): string {
  const { left, right, top, bottom, model } = f;
  const vertical = a === model.y;
  const place = vertical ? f.py : f.px;
  const paint = { fill: a.color, 'font-size': a.size };
  let out = '';
  if (a.grid && !a.cat) {
    for (const t of a.ticks) {
      const p = crisp(place(t.value));
      out += el('path', { d: vertical ? path`M${left} ${p}H${right}` : path`M${p} ${top}V${bottom}`, stroke: a.grid });
    }
  }
  if (a.border) out += el('path', { d: vertical ? path`M${crisp(left)} ${top}V${bottom}` : path`M${left} ${crisp(bottom)}H${right}`, stroke: a.border });
  const lh = lineHeight(a.size);
  const fit = Math.floor((vertical ? bottom - top : right - left) / (largest(a, model.family, !vertical, f.measure) + (a.skip ?? 0)) + (a.cat ? 0 : 1));
  const n = a.skip === null ? 1 : Math.ceil(Math.max(a.ticks.length / Math.max(fit, 1), 1));
  a.ticks.forEach((tick, i) => {
    if (i % n) return;
    const texts = linesOf(tick.label);
    const x = vertical ? left - a.tl - a.pad : place(tick.value);
    const y = vertical ? place(tick.value) + ((1 - texts.length) * lh) / 2 : bottom + a.tl + a.pad + lh / 2;
    out += lines({ 'text-anchor': vertical ? 'end' : 'middle', ...paint, 'font-weight': tick.bold ? 'bold' : null }, texts, x, y, lh);
  });
  if (a.title) {
    const offset = lh / 2 + 4;
    const at: Attrs = vertical
      ? { transform: `translate(${path`${model.pad[3] + offset} ${(top + bottom) / 2}`}) rotate(-90)` }
      : { x: (left + right) / 2, y: f.height - model.pad[2] - offset };
    out += el('text', { ...at, 'text-anchor': 'middle', 'dominant-baseline': 'central', ...paint }, escapeXml(a.title));
  }
  return el('g', { class: vertical ? 'y' : 'x', 'font-family': model.family }, out);
}

/** Annotation lines, boxes and labels drawn before (`late` false) or after the data. */
function drawAnnotations(f: Frame, late: boolean, clip: string): string {
  const { px, py, model, measure } = f;
  let out = '';
  for (const n of model.shapes) {
    if (n.late !== late) continue;
    const [x1, x2, y1, y2] = [px(n.x1), px(n.x2), py(n.y1), py(n.y2)];
    const stroke = n.borderWidth > 0 ? { stroke: n.borderColor, 'stroke-width': n.borderWidth, 'stroke-dasharray': n.borderDash?.join(' ') || null } : {};
    if (n.type == 'box') {
      out += el('rect', { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1), fill: f.fill(n.backgroundColor), ...stroke });
    } else out += el('path', { d: path`M${x1} ${y1}L${x2} ${y2}`, ...stroke });
  }
  for (const t of model.texts) {
    if (t.late !== late) continue;
    const { size, weight = '', style = '', family } = t.font;
    const font = fontString(size, family, weight, style);
    const texts = [t.content].flat();
    const lh = lineHeight(size);
    const w = Math.max(...texts.map((l) => measure(l, font)));
    const h = lh * texts.length;
    const x = px(t.x) + (t.xAdjust ?? 0) - w * (t.textAlign == 'left' ? 0 : t.textAlign == 'right' ? 1 : 0.5);
    const y = py(t.y) + (t.yAdjust ?? 0) - h / 2;
    const pad = t.padding ?? 4;
    if (t.backgroundColor) out += el('rect', { x: x - pad, y: y - pad, width: w + 2 * pad, height: h + 2 * pad, fill: t.backgroundColor });
    const attrs = { 'font-family': family, 'font-size': size, 'font-weight': weight || null, 'font-style': style || null, fill: t.color };
    out += lines(attrs, texts, x, y + lh / 2, lh);
  }
  return out ? el('g', { class: 'notes', 'clip-path': `url(#${clip})` }, out) : '';
}

/** Bars, each with its border inside it and off its base, as Chart.js draws them. */
function drawBars(f: Frame): string {
  const horizontal = f.model.horizontal;
  const across = horizontal ? f.py : f.px;
  const up = horizontal ? f.px : f.py;
  let out = '';
  for (const b of f.model.bars) {
    const thickness = Math.min(b.max, b.w * Math.abs(across(1) - across(0)));
    const c = across(b.c) - thickness / 2;
    const [a, e] = [up(b.a), up(b.b)];
    const [x, y, w, h] = horizontal ? [Math.min(a, e), c, Math.abs(e - a), thickness] : [c, Math.min(a, e), thickness, Math.abs(e - a)];
    out += el('rect', { x, y, width: w, height: h, fill: f.fill(b.fill) });
    if (b.sw > 0 && w > b.sw && h > b.sw) {
      const i = b.sw / 2;
      const d = horizontal ? path`M${a} ${y + i}H${e - i}V${y + h - i}H${a}` : path`M${x + i} ${a}V${e + i}H${x + w - i}V${a}`;
      out += el('path', { d, fill: 'none', stroke: b.stroke, 'stroke-width': b.sw });
    }
  }
  return out;
}

/** Lines: the area under each first, then each segment (its own dash) from the vertex before. */
function drawLines(f: Frame): string {
  const ya = f.model.y;
  let out = '';
  for (const s of f.model.lines) {
    const pts = s.points.map(([x, y]) => [f.px(x), f.py(y)] as [number, number]);
    const steps = pts.map(([x, y], i) => (i ? `${s.stepped ? path`L${x} ${pts[i - 1]?.[1] as number}` : ''}${path`L${x} ${y}`}` : ''));
    const [x0, y0] = pts[0] ?? [0, 0];
    if (s.fill) {
      const base = f.py(Math.min(Math.max(0, ya.min), ya.max));
      const xn = pts[pts.length - 1]?.[0] ?? x0;
      out += el('path', { d: path`M${x0} ${y0}` + steps.join('') + path`L${xn} ${base}L${x0} ${base}Z`, fill: f.fill(s.fill) });
    }
    steps.forEach((step, i) => {
      const [xp, yp] = pts[i - 1] ?? [0, 0];
      if (!i) return;
      out += el('path', {
        d: path`M${xp} ${yp}` + step,
        fill: 'none',
        stroke: s.color,
        'stroke-width': s.width,
        'stroke-dasharray': s.dash[i]?.join(' ') || null,
        'stroke-linejoin': 'miter',
      });
    });
  }
  return out;
}

/** Markers: circles, or diamonds (`rectRot`). */
function drawPoints(f: Frame): string {
  let out = '';
  for (const p of f.model.points) {
    const [cx, cy, r] = [f.px(p.x), f.py(p.y), p.r];
    const paint = { fill: p.fill, stroke: p.stroke, 'stroke-width': p.sw };
    if (p.style === 'rectRot') out += el('path', { d: path`M${cx - r} ${cy}L${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}Z`, ...paint });
    else out += el('circle', { cx, cy, r, ...paint });
  }
  return out;
}
