/**
 * Reading figures safely. A `Figure` is exact, approximate or disputed; these helpers make the caller say
 * which reading it wants (the range, every report, the lowest or highest value) instead of taking "the"
 * number of a figure that has none.
 */
import type { Figure, PledgeAmount, Report, SourceId, Text } from './types.js';

/** Every report behind a figure: one for exact and approximate figures, several for disputed ones. */
export function reportsOf(figure: Figure): readonly Report[] {
  return figure.kind === 'disputed' ? figure.reports : [figure];
}

/** The lowest and highest reported values. For an exact or approximate figure both are its value. */
export function figureRange(figure: Figure): { low: number; high: number } {
  const values = reportsOf(figure).map((r) => r.value);
  return { low: Math.min(...values), high: Math.max(...values) };
}

/** True when no source qualifies the figure and no two sources disagree. */
export function isExact(figure: Figure): boolean {
  return figure.kind === 'exact';
}

/** True when any report behind the figure is approximate. */
export function hasApproximateReport(figure: Figure): boolean {
  return reportsOf(figure).some((r) => r.kind === 'approximate');
}

/** Every source id a figure (or pledge amount) cites, without repeats, in order of first mention. */
export function sourcesOf(figure: Figure | PledgeAmount): SourceId[] {
  const ids = figure.kind === 'disputed' ? figure.reports.flatMap((r) => r.sources) : figure.sources;
  return [...new Set(ids)];
}

/** Text in the requested language, falling back to English. */
export function textIn(text: Text, lang: string): string {
  if (typeof text === 'string') return text;
  const map = text as Record<string, unknown>;
  const base = lang.toLowerCase().split('-')[0] ?? 'en';
  const hit = map[lang] ?? map[base] ?? map.en;
  return typeof hit === 'string' ? hit : text.en;
}
