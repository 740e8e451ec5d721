/**
 * Draws a preview model as SVG, laid out as Chart.js lays out the same chart: the axes take the room
 * their labels need, the plot keeps half a label of room at its ends, categories skip labels that would
 * collide, and bars take their share of a category. Presentation attributes only (no inline style), so a
 * strict Content-Security-Policy sees no violation.
 */
import type { PreviewAxis, PreviewModel, PreviewPaint, PreviewText, PreviewTick } from './preview.js';
import { fontString, lineHeight, measure } from './text.js';

const NS = 'http://www.w3.org/2000/svg';
let ids = 0;

type Attrs = Record<string, string | number | null | undefined>;

function add(parent: Element, tag: string, attrs: Attrs, text?: string): SVGElement {
  const el = document.createElementNS(NS, tag);
  for (const [key, value] of Object.entries(attrs)) if (value !== null && value !== undefined) el.setAttribute(key, String(value));
  if (text !== undefined) el.textContent = text;
  parent.appendChild(el);
  return el;
}

/** Chart.js aligns 1 px lines to the pixel grid (`_alignPixel`). */
const crisp = (p: number) => Math.round(p - 0.5) + 0.5;
const linesOf = (label: string | string[]) => (Array.isArray(label) ? label : [label]);

export function drawPreview(svg: SVGSVGElement, model: PreviewModel, width: number, height: number): void {
  svg.replaceChildren();
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const { x: xa, y: ya, pad, family } = model;
  const prefix = `mss-preview-${++ids}-`;
  const defs = add(svg, 'defs', {});
  const patterns = new Map<string, string>();
  const fillOf = (p: PreviewPaint | null): string => {
    if (!p) return 'none';
    if (!p.hatched) return p.color;
    let id = patterns.get(p.color);
    if (!id) {
      id = `${prefix}${patterns.size}`;
      patterns.set(p.color, id);
      const pattern = add(defs, 'pattern', { id, width: 8, height: 8, patternUnits: 'userSpaceOnUse' });
      add(pattern, 'path', { d: 'M0 8L8 0M-1 1L1-1M7 9L9 7', stroke: p.color, 'stroke-width': 2 });
    }
    return `url(#${id})`;
  };

  const tickFont = (a: PreviewAxis, i: number) => fontString(a.size, family, a.bold.includes(i) ? 'bold' : '');
  const labelWidth = (a: PreviewAxis, t: PreviewTick | undefined) =>
    Math.max(...linesOf(t?.label ?? '').map((l) => measure(l, tickFont(a, t?.value ?? -1))));
  const labelHeight = (a: PreviewAxis, i: number) => linesOf(a.ticks[i]?.label ?? '').length * lineHeight(a.size);
  const widest = (a: PreviewAxis) => Math.max(0, ...a.ticks.map((t) => labelWidth(a, t)));
  const highest = (a: PreviewAxis) => Math.max(0, ...a.ticks.map((_, i) => labelHeight(a, i)));
  const titleSize = (a: PreviewAxis) => (a.title ? lineHeight(a.size) + 8 : 0);
  /** Chart.js's autoSkip: every n-th label, n chosen so the rest fit. */
  const visible = (a: PreviewAxis, length: number, horizontal: boolean) => {
    if (a.skip === null || a.ticks.length < 2) return a.ticks.map((_, i) => i);
    const size = (horizontal ? widest(a) : highest(a)) + a.skip;
    const fit = Math.floor(length / size + (a.cat ? 0 : 1));
    const every = Math.ceil(Math.max(a.ticks.length / Math.max(fit, 1), 1));
    return a.ticks.flatMap((_, i) => (i % every === 0 ? [i] : []));
  };

  // The axes' own room: tick marks, labels and their padding, and the title.
  const yWidth = ya.show ? Math.min(width, ya.tl + titleSize(ya) + widest(ya) + 2 * ya.pad) : 0;
  const xHeight = xa.show ? Math.min(height, xa.tl + titleSize(xa) + highest(xa) + 2 * xa.pad) : 0;
  // Each side keeps the larger of the layout's padding with the axis there, and the room the other axis's
  // end labels need (half a label, where the first and last labels overhang the plot).
  let left = pad[3] + yWidth;
  let right = width - pad[1];
  let top = pad[0];
  let bottom = height - pad[2] - xHeight;
  const span = (a: PreviewAxis) => a.max - a.min || 1;
  if (ya.show && ya.ticks.length) {
    top = Math.max(top, labelHeight(ya, ya.ticks.length - 1) / 2 + ya.pad);
    bottom = Math.min(bottom, height - labelHeight(ya, 0) / 2 - ya.pad);
  }
  const w = right - left;
  const first = xa.ticks[0];
  const last = xa.ticks[xa.ticks.length - 1];
  if (xa.show && first && last) {
    const overhang = (tick: PreviewTick, offset: number) =>
      Math.max(0, ((labelWidth(xa, tick) / 2 - offset * w + xa.pad) * w) / (w - offset * w));
    left = Math.max(left, overhang(first, (first.value - xa.min) / span(xa)));
    right = Math.min(right, width - overhang(last, (xa.max - last.value) / span(xa)));
  }
  const px = (v: number) => left + ((v - xa.min) / span(xa)) * (right - left);
  const py = (v: number) => (ya.cat ? top + ((v - ya.min) / span(ya)) * (bottom - top) : bottom - ((v - ya.min) / span(ya)) * (bottom - top));

  // Scales: gridlines, axis lines, tick labels, titles.
  for (const [a, horizontal] of [
    [xa, true],
    [ya, false],
  ] as const) {
    if (!a.show) continue;
    const scales = add(svg, 'g', { class: horizontal ? 'x' : 'y', 'font-family': family });
    const place = horizontal ? px : py;
    if (a.grid && !a.cat) {
      for (const t of a.ticks) {
        const p = crisp(place(t.value));
        add(scales, 'path', { d: horizontal ? `M${p} ${top}V${bottom}` : `M${left} ${p}H${right}`, stroke: a.grid });
      }
    }
    if (a.border) {
      add(scales, 'path', { d: horizontal ? `M${left} ${crisp(bottom)}H${right}` : `M${crisp(left)} ${top}V${bottom}`, stroke: a.border });
    }
    const lh = lineHeight(a.size);
    for (const i of visible(a, horizontal ? right - left : bottom - top, horizontal)) {
      const tick = a.ticks[i];
      if (!tick) continue;
      const lines = linesOf(tick.label);
      const text = add(scales, 'text', {
        x: horizontal ? place(tick.value) : left - a.tl - a.pad,
        'text-anchor': horizontal ? 'middle' : 'end',
        'dominant-baseline': 'central',
        fill: a.color,
        'font-size': a.size,
        'font-weight': a.bold.includes(i) ? 'bold' : null,
      });
      const y0 = horizontal ? bottom + a.tl + a.pad + lh / 2 : place(tick.value) + ((1 - lines.length) * lh) / 2;
      lines.forEach((line, n) => add(text, 'tspan', { x: text.getAttribute('x'), y: y0 + n * lh }, line));
    }
    if (a.title) {
      const offset = lh / 2 + 4;
      add(
        scales,
        'text',
        horizontal
          ? { x: (left + right) / 2, y: height - pad[2] - offset, 'text-anchor': 'middle', 'dominant-baseline': 'central', fill: a.color, 'font-size': a.size }
          : {
              transform: `translate(${pad[3] + offset} ${(top + bottom) / 2}) rotate(-90)`,
              'text-anchor': 'middle',
              'dominant-baseline': 'central',
              fill: a.color,
              'font-size': a.size,
            },
        a.title,
      );
    }
  }

  // Annotations are clipped to the plot, as the engine's plugin clips them.
  const clip = `${prefix}clip`;
  add(add(defs, 'clipPath', { id: clip }), 'rect', { x: left, y: top - 1, width: right - left, height: bottom - top + 2 });
  const shapePixels = model.shapes.map((s) => ({
    x1: s.x1 === null ? left : px(s.x1),
    x2: s.x2 === null ? right : px(s.x2),
    y1: s.y1 === null ? bottom : py(s.y1),
    y2: s.y2 === null ? top : py(s.y2),
  }));
  const annotations = (late: boolean) => {
    const g = add(svg, 'g', { class: 'notes', 'clip-path': `url(#${clip})` });
    model.shapes.forEach((s, i) => {
      const { x1, x2, y1, y2 } = shapePixels[i] as (typeof shapePixels)[number];
      if (s.late !== late || ![x1, x2, y1, y2].every(Number.isFinite)) return;
      const stroke = s.sw > 0 ? { stroke: s.stroke, 'stroke-width': s.sw, 'stroke-dasharray': s.dash.join(' ') || null } : {};
      if (s.box) {
        add(g, 'rect', { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1), fill: fillOf(s.fill), ...stroke });
      } else add(g, 'path', { d: `M${x1} ${y1}L${x2} ${y2}`, ...stroke });
    });
    for (const t of model.texts) if (t.late === late) drawText(g, t);
  };
  const along = (a: number, b: number, pos: number) => Math.min(a, b) + Math.abs(b - a) * pos;
  const drawText = (g: Element, t: PreviewText) => {
    if (!t.lines.length) return;
    let x: number;
    let y: number;
    const s = t.shape === null ? undefined : shapePixels[t.shape];
    if (s) {
      const vertical = Math.abs(s.x1 - s.x2) < 1;
      x = vertical ? s.x1 : along(s.x1, s.x2, t.pos);
      y = vertical ? along(s.y1, s.y2, t.pos) : s.y1;
    } else {
      x = t.x === null ? (left + right) / 2 : px(t.x);
      y = t.y === null ? (top + bottom) / 2 : py(t.y);
    }
    x += t.dx;
    y += t.dy;
    const { size, weight, style } = t.font;
    const font = fontString(size, t.font.family, weight, style);
    const lh = lineHeight(size);
    const w = Math.max(...t.lines.map((l) => measure(l, font)));
    const h = lh * t.lines.length;
    const start = x + (t.align === 'left' ? 0 : t.align === 'right' ? -w : -w / 2);
    if (t.bg) add(g, 'rect', { x: start - t.pad, y: y - h / 2 - t.pad, width: w + 2 * t.pad, height: h + 2 * t.pad, fill: t.bg });
    const text = add(g, 'text', {
      'font-family': t.font.family,
      'font-size': size,
      'font-weight': weight || null,
      'font-style': style || null,
      fill: t.color,
      'dominant-baseline': 'central',
    });
    t.lines.forEach((line, i) => add(text, 'tspan', { x: start, y: y - h / 2 + lh * (i + 0.5) }, line));
  };

  annotations(false);
  const data = add(svg, 'g', { class: 'data' });
  for (const s of model.series) {
    for (const b of s.bars) {
      const across = model.horizontal ? py : px;
      const along = model.horizontal ? px : py;
      const thickness = Math.min(b.max, b.w * Math.abs(across(1) - across(0)));
      const c = across(b.c);
      const [a, e] = [along(b.a), along(b.b)];
      const [x, y, w, h] = model.horizontal
        ? [Math.min(a, e), c - thickness / 2, Math.abs(e - a), thickness]
        : [c - thickness / 2, Math.min(a, e), thickness, Math.abs(e - a)];
      add(data, 'rect', { x, y, width: w, height: h, fill: fillOf(b.fill) });
      if (b.sw > 0 && w > b.sw && h > b.sw) {
        // The border stays inside the bar and skips its base, as Chart.js draws it.
        const i = b.sw / 2;
        const d = model.horizontal
          ? `M${a} ${y + i}H${e - i}V${y + h - i}H${a}`
          : `M${x + i} ${a}V${e + i}H${x + w - i}V${a}`;
        add(data, 'path', { d, fill: 'none', stroke: b.stroke, 'stroke-width': b.sw });
      }
    }
    if (s.line.length) {
      const pts: [number, number][] = [];
      const segments: { d: string; dash: number[] }[] = [];
      s.line.forEach(([vx, vy], i) => {
        const p: [number, number] = [px(vx), py(vy)];
        const prev = pts[pts.length - 1];
        if (prev) {
          const via = s.stepped ? `L${p[0]} ${prev[1]}` : '';
          segments.push({ d: `M${prev[0]} ${prev[1]}${via}L${p[0]} ${p[1]}`, dash: s.dash[i] ?? [] });
          if (s.stepped) pts.push([p[0], prev[1]]);
        }
        pts.push(p);
      });
      if (s.fill && pts.length) {
        const base = py(Math.min(Math.max(0, ya.min), ya.max));
        const d = `M${pts.map((p) => p.join(' ')).join('L')}L${pts[pts.length - 1]?.[0]} ${base}L${pts[0]?.[0]} ${base}Z`;
        add(data, 'path', { d, fill: fillOf(s.fill) });
      }
      for (const seg of segments) {
        add(data, 'path', {
          d: seg.d,
          fill: 'none',
          stroke: s.color,
          'stroke-width': s.width,
          'stroke-dasharray': seg.dash.join(' ') || null,
          'stroke-linejoin': 'miter',
        });
      }
    }
    for (const p of s.points) {
      const [cx, cy] = [px(p.x), py(p.y)];
      const paint = { fill: p.fill, stroke: p.sw > 0 ? p.stroke : null, 'stroke-width': p.sw || null };
      if (p.style === 'rectRot') {
        add(data, 'path', { d: `M${cx - p.r} ${cy}L${cx} ${cy - p.r}L${cx + p.r} ${cy}L${cx} ${cy + p.r}Z`, ...paint });
      } else add(data, 'circle', { cx, cy, r: p.r, ...paint });
    }
  }
  annotations(true);
}
