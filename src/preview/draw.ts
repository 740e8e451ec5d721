/**
 * Draws a preview model as SVG, laid out as Chart.js lays out the same chart: the axes take the room
 * their labels need, the plot keeps half a label of room at its ends, categories skip labels that would
 * collide, and bars take their share of a category. Presentation attributes only (no inline style), so a
 * strict Content-Security-Policy sees no violation.
 */
import type { PreviewAxis, PreviewModel, PreviewPaint } from './preview.js';
import { axisWidth, fontString, labelHeight, labelWidth, largest, lineHeight, linesOf, measure } from './text.js';

let ids = 0;

type Attrs = Record<string, string | number | null | undefined>;

function add(parent: Element, tag: string, attrs: Attrs, text?: string): SVGElement {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs)) if (value != null) el.setAttribute(key, String(value));
  if (text !== undefined) el.textContent = text;
  parent.appendChild(el);
  return el;
}

/** Chart.js aligns 1 px lines to the pixel grid (`_alignPixel`). */
const crisp = (p: number) => Math.round(p - 0.5) + 0.5;

/** Lines of text one under the other, `lh` apart, the first centred on `y`. */
function write(parent: Element, attrs: Attrs, lines: string[], x: number, y: number, lh: number): void {
  const text = add(parent, 'text', { ...attrs, 'dominant-baseline': 'central' });
  lines.forEach((line, k) => add(text, 'tspan', { x, y: y + k * lh }, line));
}

export function drawPreview(svg: SVGSVGElement, model: PreviewModel, width: number, height: number): void {
  svg.replaceChildren();
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const { x: xa, y: ya, pad, family, horizontal } = model;
  const prefix = `mss-preview-${++ids}-`;
  const defs = add(svg, 'defs', {});
  const patterns = new Map<string, string>();
  const fillOf = (p: PreviewPaint | null): string => {
    if (typeof p != 'object') return p;
    if (!p) return 'none';
    let id = patterns.get(p.hatch);
    if (!id) {
      patterns.set(p.hatch, (id = prefix + patterns.size));
      const pattern = add(defs, 'pattern', { id, width: 8, height: 8, patternUnits: 'userSpaceOnUse' });
      add(pattern, 'path', { d: 'M0 8L8 0M-1 1L1-1M7 9L9 7', stroke: p.hatch, 'stroke-width': 2 });
    }
    return `url(#${id})`;
  };

  // Each side keeps the larger of the layout's padding with the axis there, and the room the other axis's
  // end labels need (half a label, where the first and last labels overhang the plot).
  let left = pad[3] + (ya.show ? Math.min(width, axisWidth(ya, family, true)) : 0);
  let right = width - pad[1];
  let top = pad[0];
  let bottom = height - pad[2] - (xa.show ? Math.min(height, axisWidth(xa, family, false)) : 0);
  const span = (a: PreviewAxis) => a.max - a.min || 1;
  const last = (a: PreviewAxis) => a.ticks.length - 1;
  if (ya.show) {
    top = Math.max(top, labelHeight(ya, last(ya)) / 2 + ya.pad);
    bottom = Math.min(bottom, height - labelHeight(ya, 0) / 2 - ya.pad);
  }
  const w = right - left;
  if (xa.show) {
    const overhang = (i: number, offset: number) => Math.max(0, ((labelWidth(xa, family, i) / 2 - offset * w + xa.pad) * w) / (w - offset * w));
    left = Math.max(left, overhang(0, ((xa.ticks[0]?.value as number) - xa.min) / span(xa)));
    right = Math.min(right, width - overhang(last(xa), (xa.max - (xa.ticks[last(xa)]?.value as number)) / span(xa)));
  }
  /** Pixels along an axis, from the pixel of its minimum to that of its maximum. */
  const scale = (a: PreviewAxis, from: number, to: number) => (v: number) => from + ((v - a.min) / span(a)) * (to - from);
  const px = scale(xa, left, right);
  // A category axis lists its first label at the top.
  const py = ya.cat ? scale(ya, top, bottom) : scale(ya, bottom, top);

  // Scales: gridlines, axis lines, tick labels, titles.
  for (const a of [xa, ya]) {
    if (!a.show) continue;
    const vertical = a === ya;
    const g = add(svg, 'g', { class: vertical ? 'y' : 'x', 'font-family': family });
    const place = vertical ? py : px;
    const paint = { fill: a.color, 'font-size': a.size };
    if (a.grid && !a.cat) {
      for (const t of a.ticks) {
        const p = crisp(place(t.value));
        add(g, 'path', { d: vertical ? `M${left} ${p}H${right}` : `M${p} ${top}V${bottom}`, stroke: a.grid });
      }
    }
    if (a.border) add(g, 'path', { d: vertical ? `M${crisp(left)} ${top}V${bottom}` : `M${left} ${crisp(bottom)}H${right}`, stroke: a.border });
    const lh = lineHeight(a.size);
    // Chart.js's autoSkip: every n-th label, n chosen so the rest fit.
    const fit = Math.floor((vertical ? bottom - top : right - left) / (largest(a, family, !vertical) + (a.skip ?? 0)) + (a.cat ? 0 : 1));
    const n = a.skip === null ? 1 : Math.ceil(Math.max(a.ticks.length / Math.max(fit, 1), 1));
    a.ticks.forEach((tick, i) => {
      if (i % n) return;
      const lines = linesOf(tick.label);
      const x = vertical ? left - a.tl - a.pad : place(tick.value);
      const y = vertical ? place(tick.value) + ((1 - lines.length) * lh) / 2 : bottom + a.tl + a.pad + lh / 2;
      write(g, { 'text-anchor': vertical ? 'end' : 'middle', ...paint, 'font-weight': tick.bold ? 'bold' : null }, lines, x, y, lh);
    });
    if (a.title) {
      const offset = lh / 2 + 4;
      const at = vertical ? { transform: `translate(${pad[3] + offset} ${(top + bottom) / 2}) rotate(-90)` } : { x: (left + right) / 2, y: height - pad[2] - offset };
      add(g, 'text', { ...at, 'text-anchor': 'middle', 'dominant-baseline': 'central', ...paint }, a.title);
    }
  }

  // Annotations are clipped to the plot, as the engine's plugin clips them.
  const clip = `${prefix}clip`;
  add(add(defs, 'clipPath', { id: clip }), 'rect', { x: left, y: top - 1, width: right - left, height: bottom - top + 2 });
  const notes = (late: boolean) => {
    const g = add(svg, 'g', { class: 'notes', 'clip-path': `url(#${clip})` });
    for (const n of model.shapes) {
      if (n.late !== late) continue;
      const [x1, x2, y1, y2] = [px(n.x1), px(n.x2), py(n.y1), py(n.y2)];
      const stroke = n.borderWidth > 0 ? { stroke: n.borderColor, 'stroke-width': n.borderWidth, 'stroke-dasharray': n.borderDash?.join(' ') || null } : {};
      if (n.type == 'box') add(g, 'rect', { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1), fill: fillOf(n.backgroundColor), ...stroke });
      else add(g, 'path', { d: `M${x1} ${y1}L${x2} ${y2}`, ...stroke });
    }
    for (const t of model.texts) {
      if (t.late !== late) continue;
      const { size, weight = '', style = '', family: face } = t.font;
      const font = fontString(size, face, weight, style);
      const lines = [t.content].flat();
      const lh = lineHeight(size);
      const w = Math.max(...lines.map((l) => measure(l, font)));
      const h = lh * lines.length;
      const x = px(t.x) + (t.xAdjust ?? 0) - w * (t.textAlign == 'left' ? 0 : t.textAlign == 'right' ? 1 : 0.5);
      const y = py(t.y) + (t.yAdjust ?? 0) - h / 2;
      const pad = t.padding ?? 4;
      if (t.backgroundColor) add(g, 'rect', { x: x - pad, y: y - pad, width: w + 2 * pad, height: h + 2 * pad, fill: t.backgroundColor });
      write(g, { 'font-family': face, 'font-size': size, 'font-weight': weight || null, 'font-style': style || null, fill: t.color }, lines, x, y + lh / 2, lh);
    }
  };

  notes(false);
  const data = add(svg, 'g', { class: 'data' });
  const across = horizontal ? py : px;
  const up = horizontal ? px : py;
  for (const b of model.bars) {
    const thickness = Math.min(b.max, b.w * Math.abs(across(1) - across(0)));
    const c = across(b.c) - thickness / 2;
    const [a, e] = [up(b.a), up(b.b)];
    const [x, y, w, h] = horizontal ? [Math.min(a, e), c, Math.abs(e - a), thickness] : [c, Math.min(a, e), thickness, Math.abs(e - a)];
    add(data, 'rect', { x, y, width: w, height: h, fill: fillOf(b.fill) });
    if (b.sw > 0 && w > b.sw && h > b.sw) {
      // The border stays inside the bar and skips its base, as Chart.js draws it.
      const i = b.sw / 2;
      const d = horizontal ? `M${a} ${y + i}H${e - i}V${y + h - i}H${a}` : `M${x + i} ${a}V${e + i}H${x + w - i}V${a}`;
      add(data, 'path', { d, fill: 'none', stroke: b.stroke, 'stroke-width': b.sw });
    }
  }
  // A line: the area under it first, then each segment (its own dash) from the vertex before.
  for (const s of model.lines) {
    const pts = s.points.map(([x, y]) => [px(x), py(y)] as const);
    const steps = pts.map(([x, y], i) => (i ? `${s.stepped ? `L${x} ${pts[i - 1]?.[1]}` : ''}L${x} ${y}` : ''));
    const first = pts[0]?.join(' ');
    if (s.fill) {
      const base = py(Math.min(Math.max(0, ya.min), ya.max));
      add(data, 'path', { d: `M${first}${steps.join('')}L${pts[pts.length - 1]?.[0]} ${base}L${pts[0]?.[0]} ${base}Z`, fill: fillOf(s.fill) });
    }
    steps.forEach((step, i) => {
      if (i) {
        add(data, 'path', {
          d: `M${pts[i - 1]?.join(' ')}${step}`,
          fill: 'none',
          stroke: s.color,
          'stroke-width': s.width,
          'stroke-dasharray': s.dash[i]?.join(' ') || null,
          'stroke-linejoin': 'miter',
        });
      }
    });
  }
  for (const p of model.points) {
    const [cx, cy, r] = [px(p.x), py(p.y), p.r];
    const paint = { fill: p.fill, stroke: p.stroke, 'stroke-width': p.sw };
    if (p.style === 'rectRot') add(data, 'path', { d: `M${cx - r} ${cy}L${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}Z`, ...paint });
    else add(data, 'circle', { cx, cy, r, ...paint });
  }
  notes(true);
}
