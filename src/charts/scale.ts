/**
 * The scale stage's helpers: axis maxima by Chart.js's nice numbers, and theme colours at an opacity.
 * Pure: no DOM.
 */
import { parseColor } from '../engine/color.js';

/**
 * Chart.js's `niceNum` (helpers.math.ts), by which it spaces linear ticks: 1, 2, 5 or 10 times a power of
 * ten, the first at or above `range`.
 */
export function niceNum(range: number): number {
  const rounded = Math.round(range);
  if (Math.abs(range - rounded) < range / 1000) range = rounded;
  const magnitude = 10 ** Math.floor(Math.log10(range));
  const f = range / magnitude;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * magnitude;
}

/**
 * An axis maximum at or above `value`: the next multiple of Chart.js's tick spacing for `value` over `spaces`
 * intervals. With `spaces` the axis's tick count less one, the maximum falls on a tick; with more, it is a
 * finer round number (3,193 over 60 spaces → 3,200).
 */
export function niceCeil(value: number, spaces: number): number {
  if (!(value > 0)) return niceNum(1);
  const step = niceNum(value / spaces);
  // Undo binary noise (0.1 × 3 = 0.30000000000000004) so 3,200 is 3,200.
  return Number((Math.ceil(value / step) * step).toPrecision(12));
}

/** Parses a CSS colour as Chromium computes it (`rgb()`, `color(srgb …)`) or as a theme writes it (`#rgb`, `#rrggbb`). */
export function parseCssColor(color: string): { rgb: [number, number, number]; alpha: number } | undefined {
  const parsed = parseColor(color);
  if (parsed) return parsed;
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return { rgb: [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number], alpha: 1 };
}

/** A colour at a share of its opacity: pale pledge bars, the area under the displacement line. */
export function withAlpha(color: string, alpha: number): string {
  const parsed = parseCssColor(color);
  if (!parsed) return color;
  const [r, g, b] = parsed.rgb.map((v) => Math.round(v));
  return `rgba(${r}, ${g}, ${b}, ${alpha * parsed.alpha})`;
}
