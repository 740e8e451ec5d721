/**
 * Small arithmetic and text helpers every builder shares, each written once (as Chart.js keeps its maths in
 * one helpers module); the axes' and colours' helpers are in scale.ts, the bounds of reported figures in
 * bounds.ts, so that an element's code carries only those it uses. Pure: no DOM.
 */
import { formatNumber } from '../i18n/format.js';

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** "991–1,247" when reports differ, else the one number. */
export function rangeText(low: number, high: number, locale: string): string {
  return low === high ? formatNumber(low, locale) : `${formatNumber(low, locale)}–${formatNumber(high, locale)}`;
}

/** A sentence may start with a qualified number ("at least 5,601" → "At least 5,601"). */
export function capitalize(text: string, locale?: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
