/** The room an axis's labels take, measured in its own font with the injected measure. */
import { fontString, lineHeight, type TextMeasure } from './measure.js';
import type { StaticChartAxis } from './model.js';

/** A tick label's lines. */
export const linesOf = (label: string | string[] = '') => [label].flat();

/** The width of tick `i`'s label (its widest line), in its own font. */
export const labelWidth = (a: StaticChartAxis, family: string, i: number, measure: TextMeasure) =>
  Math.max(...linesOf(a.ticks[i]?.label).map((l) => measure(l, fontString(a.size, family, a.ticks[i]?.bold ? 'bold' : ''))));

/** The height of tick `i`'s label. */
export const labelHeight = (a: StaticChartAxis, i: number) => linesOf(a.ticks[i]?.label).length * lineHeight(a.size);

/** The largest label across the axis: the widest beside a vertical axis, the highest under a horizontal one. */
export const largest = (a: StaticChartAxis, family: string, vertical: boolean, measure: TextMeasure) =>
  Math.max(0, ...a.ticks.map((_, i) => (vertical ? labelWidth(a, family, i, measure) : labelHeight(a, i))));

/** An axis's own room across it: tick marks, labels with their padding, and the title. */
export const axisWidth = (a: StaticChartAxis, family: string, vertical: boolean, measure: TextMeasure) =>
  a.tl + (a.title ? lineHeight(a.size) + 8 : 0) + largest(a, family, vertical, measure) + 2 * a.pad;
