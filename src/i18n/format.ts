/**
 * Locale-aware formatting on top of the platform's Intl. No DOM: the builders use these in Node too.
 * Formatters are cached per locale because Intl constructors are slow and charts format hundreds of ticks.
 */
import type { Figure, IsoDate, PledgeAmount, Qualifier, Report } from '../data/types.js';
import { uiLanguage } from './language.js';
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

/**
 * Haitian Creole. CLDR (and so `Intl`) has no `ht` data: `Intl` silently formats `ht` as English
 * ("February 4, 2025", "1,251"). Creole gets its own month names and country names below, and borrows the
 * number format of French as written in Haiti (`fr-HT`): digits grouped with a space and a decimal comma,
 * which is how Haitian newspapers print numbers.
 */
function isCreole(locale: string): boolean {
  return uiLanguage(locale) === 'ht';
}

/** The locales `Intl.NumberFormat` is given for a page locale (`fr` if a browser lacks `fr-HT`). */
function numberLocales(locale: string): string[] {
  return isCreole(locale) ? ['fr-HT', 'fr'] : [locale];
}

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  return cached(key, () => new Intl.NumberFormat(numberLocales(locale), options)).format(value);
}

/** French compact words in Creole: "1,4 million" → "1,4 milyon", "14 mille" → "14 mil". */
const CREOLE_COMPACT: readonly [RegExp, string][] = [
  [/\bmilliards?\b/g, 'milya'],
  [/\bmillions?\b/g, 'milyon'],
  [/\bmille\b/g, 'mil'],
];

/** "1.4 million" / "1,4 million" — for titles and cards; tables keep the exact figure. */
export function formatCompact(value: number, locale: string): string {
  if (Math.abs(value) < 10_000) return formatNumber(value, locale);
  const text = formatNumber(value, locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 });
  return isCreole(locale) ? CREOLE_COMPACT.reduce((t, [word, creole]) => t.replace(word, creole), text) : text;
}

/** Creole month names in the official spelling (IPN 1979); short forms for axis ticks and source dates. */
const CREOLE_MONTHS = ['janvye', 'fevriye', 'mas', 'avril', 'me', 'jen', 'jiyè', 'out', 'septanm', 'oktòb', 'novanm', 'desanm'];
const CREOLE_MONTHS_SHORT = ['jan.', 'fev.', 'mas', 'avr.', 'me', 'jen', 'jiy.', 'out', 'sept.', 'okt.', 'nov.', 'des.'];

/** "4 fevriye 2025", "fevriye 2025", "2025": Creole writes the day before the month, like French. */
function creoleDate(year: number, month: number | undefined, day: number | undefined, style: 'long' | 'short'): string {
  if (!month) return String(year);
  const name = (style === 'long' ? CREOLE_MONTHS : CREOLE_MONTHS_SHORT)[month - 1] ?? String(month);
  return day ? `${day} ${name} ${year}` : `${name} ${year}`;
}

/** Parts of an ISO date string of year, month or day precision. */
export function splitIsoDate(date: IsoDate): { year: number; month?: number; day?: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { year: y ?? 0, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}) };
}

/**
 * A date as a newspaper writes it in that language, at the precision that was reported:
 * "25 June 2024", "June 2024", "2024" (`style: 'short'` gives "25 Jun 2024").
 */
export function formatIsoDate(date: IsoDate, locale: string, style: 'long' | 'short' = 'long'): string {
  const { year, month, day } = splitIsoDate(date);
  if (isCreole(locale)) return creoleDate(year, month, day, style);
  const utc = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const precision = day ? 'day' : month ? 'month' : 'year';
  return cached(`d|${locale}|${style}|${precision}`, () => new Intl.DateTimeFormat(locale, dateOptions(style, precision))).format(utc);
}

function dateOptions(style: 'long' | 'short', precision: 'day' | 'month' | 'year'): Intl.DateTimeFormatOptions {
  const month = style === 'long' ? 'long' : 'short';
  if (precision === 'day') return { year: 'numeric', month, day: 'numeric', timeZone: 'UTC' };
  return precision === 'month' ? { year: 'numeric', month, timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
}

/** A time-axis tick: "Jun 2024". */
export function formatMonthTick(utc: number, locale: string): string {
  if (isCreole(locale)) {
    const date = new Date(utc);
    return creoleDate(date.getUTCFullYear(), date.getUTCMonth() + 1, undefined, 'short');
  }
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', timeZone: 'UTC' };
  return cached(`t|${locale}`, () => new Intl.DateTimeFormat(locale, options)).format(utc);
}

/**
 * Creole names of the countries in the mission's story (contributors, donors, neighbours). Any other
 * country falls back to its French name from `Intl.DisplayNames`: French is Haiti's other official
 * language, and a French name reads better to a Creole reader than an English one.
 */
const CREOLE_COUNTRIES: Readonly<Record<string, string>> = {
  HT: 'Ayiti',
  KE: 'Kenya',
  JM: 'Jamayik',
  BS: 'Bahamas',
  BZ: 'Beliz',
  GT: 'Gwatemala',
  SV: 'Salvadò',
  AG: 'Antigwa ak Babouda',
  BB: 'Babad',
  BD: 'Bangladèch',
  BJ: 'Benen',
  TD: 'Tchad',
  GY: 'Giyana',
  US: 'Etazini',
  CA: 'Kanada',
  FR: 'Lafrans',
  DO: 'Repiblik Dominikèn',
  MX: 'Meksik',
  BR: 'Brezil',
  CU: 'Kiba',
};

/** The country's name in the reader's language ("Kenya", "Kenia", "Jamayik"), or its code if Intl lacks it. */
export function countryName(code: string, locale: string): string {
  if (isCreole(locale)) {
    const creole = CREOLE_COUNTRIES[code.toUpperCase()];
    if (creole) return creole;
  }
  const lookup = isCreole(locale) ? 'fr' : locale;
  try {
    const names = cached(`c|${lookup}`, () => new Intl.DisplayNames([lookup, 'en'], { type: 'region', fallback: 'code' }));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Joins names as the language does: "Kenya, Jamaica and Belize". */
export function formatList(items: readonly string[], locale: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  if (isCreole(locale)) {
    // Intl.ListFormat has no Creole either: "Kenya, Jamayik ak Beliz", "400 oswa anviwon 200".
    if (items.length < 2) return items.join('');
    return `${items.slice(0, -1).join(', ')} ${type === 'conjunction' ? 'ak' : 'oswa'} ${items[items.length - 1]}`;
  }
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
