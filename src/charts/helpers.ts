/**
 * The helpers the builders share, each written once, in one module as Chart.js keeps its maths in one
 * helpers module: arithmetic and text, the axes' nice numbers, theme colours, and the bounds of reported
 * figures. One module also keeps them in one shared CDN chunk (two more chunks cost every loader bytes and
 * the elements a request each). Pure: no DOM.
 */
import { reportsOf } from '../data/figure.js';
import type { Figure } from '../data/types.js';
import { parseColor } from '../engine/color.js';
import { formatNumber } from '../i18n/format.js';

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** "991–1,247" when reports differ, else the one number. */
export function rangeText(low: number, high: number, locale: string): string {
  return low === high ? formatNumber(low, locale) : `${formatNumber(low, locale)}–${formatNumber(high, locale)}`;
}

/** A number for a sentence, with the plural category its noun takes in the language ("1 contingent", "2 contingents"). */
export interface Count {
  text: string;
  plural: Intl.LDMLPluralRule;
}

/** Whether a count takes the singular in its language. */
export const one = (count: Count): boolean => count.plural === 'one';

export function counted(n: number, locale: string): Count {
  return { text: formatNumber(n, locale), plural: new Intl.PluralRules(locale).select(n) };
}

/** A sentence may start with a qualified number ("at least 5,601" → "At least 5,601"). */
export function capitalize(text: string, locale?: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

// ---------------------------------------------------------------------------------------------------
// Axes and colours

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

// ---------------------------------------------------------------------------------------------------
// What the reports of a figure guarantee: "more than 1.4 million" is a floor, "nearly 1.3 million" a
// ceiling, "about 4,000" neither; sentences that compare figures use these.

/** A bound on a true value from what its reports say; `strict` when the value cannot equal it ("more than"). */
export interface Bound {
  value: number;
  strict: boolean;
}

/** The least every report guarantees: exact, "at least" and "more than" values; none when a report gives no floor. */
export function floorOf(figure: Figure): Bound | undefined {
  let floor: Bound | undefined;
  for (const r of reportsOf(figure)) {
    if (r.kind === 'approximate' && r.qualifier !== 'at-least' && r.qualifier !== 'more-than') return undefined;
    const strict = r.kind === 'approximate' && r.qualifier === 'more-than';
    if (!floor || r.value < floor.value || (r.value === floor.value && !strict)) floor = { value: r.value, strict };
  }
  return floor;
}

/** The most every report allows: exact, "nearly" and "below" values; none when a report gives no ceiling. */
export function ceilingOf(figure: Figure): Bound | undefined {
  let ceiling: Bound | undefined;
  for (const r of reportsOf(figure)) {
    if (r.kind === 'approximate' && r.qualifier !== 'nearly' && r.qualifier !== 'below') return undefined;
    const strict = r.kind === 'approximate';
    if (!ceiling || r.value > ceiling.value || (r.value === ceiling.value && !strict)) ceiling = { value: r.value, strict };
  }
  return ceiling;
}

/** Certainly a > b: a's floor above b's ceiling, or level with it where either bound is strict. */
export function certainlyAbove(floor: Bound | undefined, ceiling: Bound | undefined): boolean {
  if (!floor || !ceiling) return false;
  return floor.value > ceiling.value || (floor.value === ceiling.value && (floor.strict || ceiling.strict));
}
