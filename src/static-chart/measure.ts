/**
 * Text measurement, injected into the static chart so the same layout runs where there is a canvas (the
 * browser: `canvasMeasure`) and where there is none (Node: `metricsMeasure`, from a table of advance widths).
 */

/** The width in px of `text` drawn in `font`, a CSS font shorthand ("bold 12px system-ui, sans-serif"). */
export type TextMeasure = (text: string, font: string) => number;

/** Chart.js's line height for text: 1.2 times its size. */
export const lineHeight = (size: number) => size * 1.2;

/** A font shorthand as Chart.js writes it, which both the canvas and `parseFont` read. */
export const fontString = (size: number, family: string, weight: string | number = '', style = '') => `${style} ${weight} ${size}px ${family}`;

/** The size and weight of a font shorthand; 12 px regular where it names none. */
export function parseFont(font: string): { size: number; bold: boolean } {
  const match = /(\d*\.?\d+)px/.exec(font);
  const before = match ? font.slice(0, match.index) : font;
  return { size: match ? Number(match[1]) : 12, bold: /\b(bold|bolder|[6-9]00)\b/.test(before) };
}

/** A rough width (an average glyph), for a model built with no measure at all. */
export const estimateMeasure: TextMeasure = (text, font) => text.length * parseFont(font).size * 0.56;

let context: CanvasRenderingContext2D | null | undefined;

/** Widths as the browser's canvas measures them, as Chart.js measures its labels: one shared 2D context. */
export function canvasMeasure(): TextMeasure {
  return (text, font) => {
    context ??= document.createElement('canvas').getContext('2d');
    if (!context) return estimateMeasure(text, font);
    context.font = font;
    return context.measureText(text).width;
  };
}
