import type { PreviewAxis } from './preview.js';

/** Text as Chart.js measures it: on a canvas, in the same font string, with its 1.2 line height. */
export const lineHeight = (size: number) => size * 1.2;

let measurer: CanvasRenderingContext2D | null | undefined;
export function measuringContext(): CanvasRenderingContext2D | null {
  return (measurer ??= document.createElement('canvas').getContext('2d'));
}

/** Text widths as the canvas measures them, so labels skip and pad as Chart.js's do. */
export function measure(text: string, font: string): number {
  const ctx = measuringContext();
  if (!ctx) return text.length * 7;
  ctx.font = font;
  return ctx.measureText(text).width;
}

export const fontString = (size: number, family: string, weight: string | number = '', style = '') => `${style} ${weight} ${size}px ${family}`;

/** A tick label's lines. */
export const linesOf = (label: string | string[] = '') => [label].flat();

/** The width of tick `i`'s label (its widest line), in its own font. */
export const labelWidth = (a: PreviewAxis, family: string, i: number) =>
  Math.max(...linesOf(a.ticks[i]?.label).map((l) => measure(l, fontString(a.size, family, a.ticks[i]?.bold ? 'bold' : ''))));

/** The height of tick `i`'s label. */
export const labelHeight = (a: PreviewAxis, i: number) => linesOf(a.ticks[i]?.label).length * lineHeight(a.size);

/** The largest label across the axis: the widest beside a vertical axis, the highest under a horizontal one. */
export const largest = (a: PreviewAxis, family: string, vertical: boolean) =>
  Math.max(0, ...a.ticks.map((_, i) => (vertical ? labelWidth(a, family, i) : labelHeight(a, i))));

/** An axis's own room across it: tick marks, labels with their padding, and the title. */
export const axisWidth = (a: PreviewAxis, family: string, vertical: boolean) =>
  a.tl + (a.title ? lineHeight(a.size) + 8 : 0) + largest(a, family, vertical) + 2 * a.pad;
