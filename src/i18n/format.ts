/**
 * Locale-aware formatting on top of the platform's Intl. No DOM: the builders use these in Node too.
 * Formatters are cached per locale because Intl constructors are slow and charts format hundreds of ticks.
 */
import type { Figure, IsoDate, PledgeAmount, Qualifier, Report } from '../data/types.js';
import { stringsFor, type UiStrings } from './strings.js';

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let hit = cache.get(key) as T | undefined;
  if (hit === undefined) {
    hit = make();
    cache.set(key, hit);
  }
  return hit;
}

/** A BCP 47 tag Intl accepts, or `en` when the page declares something it cannot parse. */
export function safeLocale(lang: string | null | undefined): string {
  const tag = (lang ?? '').trim();
  if (!tag) return 'en';
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  return cached(key, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** "1.4 million" / "1,4 million" — for titles and cards; tables keep the exact figure. */
export function formatCompact(value: number, locale: string): string {
  if (Math.abs(value) < 10_000) return formatNumber(value, locale);
  return formatNumber(value, locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 });
}

/** Parts of an ISO date string of year, month or day precision. */
export function splitIsoDate(date: IsoDate): { year: number; month?: number; day?: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { year: y ?? 0, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}) };
}

/** UTC milliseconds at the start of the reported day, month or year. */
export function isoDateToUtc(date: IsoDate): number {
  const { year, month, day } = splitIsoDate(date);
  return Date.UTC(year, (month ?? 1) - 1, day ?? 1);
}

/**
 * A date as a newspaper writes it in that language, at the precision that was reported:
 * "25 June 2024", "June 2024", "2024" (`style: 'short'` gives "25 Jun 2024").
 */
export function formatIsoDate(date: IsoDate, locale: string, style: 'long' | 'short' = 'long'): string {
  const { year, month, day } = splitIsoDate(date);
  const utc = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const monthStyle = style === 'long' ? 'long' : 'short';
  const options: Intl.DateTimeFormatOptions = day
    ? { year: 'numeric', month: monthStyle, day: 'numeric', timeZone: 'UTC' }
    : month
      ? { year: 'numeric', month: monthStyle, timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' };
  return cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options)).format(utc);
}

/** A time-axis tick: "Jun 2024". */
export function formatMonthTick(utc: number, locale: string): string {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', timeZone: 'UTC' };
  return cached(`t|${locale}`, () => new Intl.DateTimeFormat(locale, options)).format(utc);
}

/** The country's name in the reader's language ("Kenya", "Kenia"), or its code if Intl lacks it. */
export function countryName(code: string, locale: string): string {
  try {
    const names = cached(`c|${locale}`, () => new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' }));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Joins names as the language does: "Kenya, Jamaica and Belize". */
export function formatList(items: readonly string[], locale: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  try {
    return cached(`l|${locale}|${type}`, () => new Intl.ListFormat(locale, { style: 'long', type })).format(items);
  } catch {
    return items.join(', ');
  }
}

function qualify(value: string, qualifier: Qualifier, strings: UiStrings): string {
  return strings.qualifier[qualifier](value);
}

/** One report as a reader should see it: "about 200", "at least 3,661", "144". */
export function formatReport(report: Report, locale: string, options: { compact?: boolean } = {}): string {
  const strings = stringsFor(locale);
  const value = options.compact ? formatCompact(report.value, locale) : formatNumber(report.value, locale);
  return report.kind === 'approximate' ? qualify(value, report.qualifier, strings) : value;
}

/**
 * A whole figure in words: "400 or about 200 (reports differ)" for a disputed one, "nearly 1,300,000" for an
 * approximate one, "number not disclosed" for an undisclosed pledge.
 */
export function formatFigure(figure: Figure | PledgeAmount, locale: string, options: { compact?: boolean } = {}): string {
  const strings = stringsFor(locale);
  switch (figure.kind) {
    case 'undisclosed':
      return strings.undisclosed;
    case 'disputed':
      return strings.disputedValues(
        formatList(
          figure.reports.map((r) => formatReport(r, locale, options)),
          locale,
          'disjunction',
        ),
      );
    default:
      return formatReport(figure, locale, options);
  }
}
