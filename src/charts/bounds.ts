/**
 * What the reports of a figure guarantee about its true value, for sentences that compare figures: "more
 * than 1.4 million" is a floor, "nearly 1.3 million" a ceiling, "about 4,000" neither. Pure: no DOM.
 */
import { reportsOf } from '../data/figure.js';
import type { Figure } from '../data/types.js';

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
