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

export const fontString = (size: number, family: string, weight = '', style = '') => `${style} ${weight} ${size}px ${family}`.trim();

