/** Words of the casualties chart, per language: whole sentence templates, not glued fragments. */
import type { CasualtyMetric, SeedClaim } from '../data/types.js';
import { Words } from '../i18n/language.js';
import { capitalize } from './helpers.js';

type Verdict = SeedClaim['verdict'];

export interface CasualtiesStrings {
  /** Month names for period names. Written out because Intl has no Haitian Creole month names. */
  months: readonly string[];
  /** "Q4" — the quarter as an axis tick or table label. */
  quarterAbbr: (quarter: number) => string;
  /** "Q4 2023". */
  quarterShort: (quarter: number, year: number) => string;
  /** "January–September 2024", or "October 2024 – June 2025" across years. */
  monthRange: (p: { fromMonth: string; fromYear: number; toMonth: string; toYear: number }) => string;

  /** What a metric counts, as a table cell ("People killed"). */
  metricName: Record<CasualtyMetric, string>;
  /** A count of a metric in running text: "1,379 people killed or injured". */
  metricCount: Record<CasualtyMetric, (value: string) => string>;
  /** Legend entry of a metric's bars. */
  metricLegend: Record<CasualtyMetric, string>;
  /** Extra lines under a bar's number that name its metric (none for the killed, the chart's own metric). */
  metricBarLines: Record<CasualtyMetric, readonly string[]>;
  /** The same words on one line, for horizontal bars. */
  metricBarLine: Record<CasualtyMetric, string>;

  axisKilled: string;
  legendDisputed: string;
  legendLowest: string;

  /**
   * "Since 2024, the UN counted more than 1,200 people killed in Haiti in each of 6 quarters; for April–June
   * 2024 it gave only …": `threshold` comes with its qualifier ("more than 1,200"), `quarters` is how many
   * quarters have a count of the killed, `gaps` the `titleGap` phrases of the quarters that have none.
   */
  titleEveryQuarter: (p: { since: string; threshold: string; quarters: string; gaps?: string }) => string;
  /** A quarter in the title's span with only a count of another metric. */
  titleGap: Record<Exclude<CasualtyMetric, 'killed'>, (period: string) => string>;
  titleLatestQuarter: (p: { value: string; quarter: string }) => string;
  titleQuarterly: string;
  titleYearly: (p: { value: string; year: string; previousYear?: string }) => string;
  titleYearlyPlain: string;

  summaryQuarterly: (p: {
    from: string;
    to: string;
    min: string;
    max: string;
    /** The quarter with the most killed, when its count is certainly above every other quarter's. */
    maxQuarter?: string;
    latest: string;
    latestQuarter: string;
    latestInjured?: string;
  }) => string;
  summaryQuarterlyOne: (p: { value: string; quarter: string; injured?: string }) => string;
  summaryQuarterlyNone: (p: { from: string; to: string }) => string;
  summaryOtherMetric: (p: { quarter: string; count: string }) => string;
  /** Another metric's count for a period that has a count of the killed too. */
  summaryAlsoMetric: (p: { quarter: string; count: string }) => string;
  summaryYearly: (p: { list: string; disputed: boolean }) => string;
  yearItem: (p: { values: string; year: string }) => string;

  otherMetricNote: (p: { period: string; count: string; sources: string }) => string;
  approximateNote: (periods: string) => string;
  injuredNote: (periods: string) => string;
  disputedNote: (p: { period: string; reports: string }) => string;
  reportBy: (value: string, publishers: string) => string;
  reportByWithNote: (value: string, publishers: string, note: string) => string;
  spansNote: (items: string) => string;
  spanItem: (p: { count: string; period: string; sources: string; published?: string }) => string;
  seedClaimNote: (p: { claim: string; verdict: Verdict; refersTo?: string; alsoSee?: string }) => string;
  aboutItem: (p: { count: string; period: string; published?: string }) => string;

  tooltipCount: (metric: CasualtyMetric, value: string) => string;
  tooltipInjured: (value: string) => string;
  tooltipNotKilled: string;

  quarterPoint: (p: { period: string; count: string; injured?: string; sources: string; notKilled: boolean }) => string;
  yearPoint: (p: { period: string; reports: string }) => string;

  colPeriod: string;
  colKind: string;
  colCounted: string;
  colCount: string;
  colInjured: string;
  colSources: string;
  colPublished: string;
  colNote: string;
  grain: Record<'quarter' | 'year' | 'span', string>;
}

const en: CasualtiesStrings = {
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  quarterAbbr: (q) => `Q${q}`,
  quarterShort: (q, year) => `Q${q} ${year}`,
  monthRange: (p) =>
    p.fromYear === p.toYear ? `${p.fromMonth}–${p.toMonth} ${p.toYear}` : `${p.fromMonth} ${p.fromYear} – ${p.toMonth} ${p.toYear}`,

  metricName: { killed: 'People killed', 'killed-or-injured': 'People killed or injured', homicides: 'Homicides' },
  metricCount: {
    killed: (v) => `${v} people killed`,
    'killed-or-injured': (v) => `${v} people killed or injured, counted together`,
    homicides: (v) => `${v} homicides`,
  },
  metricLegend: {
    killed: 'People killed',
    'killed-or-injured': 'Killed or injured (no separate count of the killed)',
    homicides: 'Homicides (a different count)',
  },
  metricBarLines: { killed: [], 'killed-or-injured': ['killed or', 'injured'], homicides: ['homicides'] },
  metricBarLine: { killed: '', 'killed-or-injured': 'killed or injured', homicides: 'homicides' },

  axisKilled: 'People killed',
  legendDisputed: 'Reports differ: up to the highest count',
  legendLowest: 'People killed (lowest count)',

  titleEveryQuarter: (p) =>
    `Since ${p.since}, the UN counted ${p.threshold} people killed in Haiti in each of ${p.quarters} quarters` + (p.gaps ? `; ${p.gaps}` : ''),
  titleGap: {
    'killed-or-injured': (period) => `for ${period} it gave only a count of the killed and injured together`,
    homicides: (period) => `for ${period} it gave only a count of homicides`,
  },
  titleLatestQuarter: (p) => `${capitalize(p.value)} people were killed in Haiti in ${p.quarter}`,
  titleQuarterly: 'People killed in Haiti per quarter, according to the UN',
  titleYearly: (p) =>
    p.previousYear
      ? `${capitalize(p.value)} people were killed in Haiti in ${p.year}, more than in ${p.previousYear}`
      : `${capitalize(p.value)} people were killed in Haiti in ${p.year}`,
  titleYearlyPlain: 'People killed in Haiti per year, according to the UN',

  summaryQuarterly: (p) =>
    `From ${p.from} to ${p.to}, the UN counted between ${p.min} and ${p.max} people killed per quarter in Haiti${p.maxQuarter ? `, the most in ${p.maxQuarter}` : ''}. ` +
    (p.latestInjured
      ? `In ${p.latestQuarter}, ${p.latest} people were killed and ${p.latestInjured} injured.`
      : `In ${p.latestQuarter}, ${p.latest} people were killed.`),
  summaryQuarterlyOne: (p) =>
    p.injured
      ? `The UN counted ${p.value} people killed and ${p.injured} injured in Haiti in ${p.quarter}.`
      : `The UN counted ${p.value} people killed in Haiti in ${p.quarter}.`,
  summaryQuarterlyNone: (p) => `The UN's quarterly counts of violence in Haiti from ${p.from} to ${p.to}.`,
  summaryOtherMetric: (p) => `For ${p.quarter} it reported only ${p.count}.`,
  summaryAlsoMetric: (p) => `For ${p.quarter} it also reported ${p.count}.`,
  summaryYearly: (p) =>
    `UN figures put the number of people killed in Haiti at ${p.list}.` +
    (p.disputed ? ' Where two figures are given, UN counts differ.' : ''),
  yearItem: (p) => `${p.values} in ${p.year}`,

  otherMetricNote: (p) =>
    `${capitalize(p.period)}: ${p.count} (${p.sources}). Hatched: not a count of the killed, left out of every count of people killed.`,
  approximateNote: (periods) => `“At least” marks counts the UN gave as minimums of the cases it documented: ${periods}.`,
  injuredNote: (periods) =>
    `The UN also counted people injured in ${periods}; they are shown in the tooltips and the table, never added to the killed.`,
  disputedNote: (p) => `${capitalize(p.period)}: ${p.reports}.`,
  reportBy: (value, publishers) => `${value} according to ${publishers}`,
  reportByWithNote: (value, publishers, note) => `${value} (${note}; source: ${publishers})`,
  spansNote: (items) => `The UN also gave counts for periods that are neither quarters nor years, not drawn here: ${items}.`,
  spanItem: (p) =>
    p.published
      ? `${p.count} in ${p.period} (${p.sources}, published ${p.published})`
      : `${p.count} in ${p.period} (${p.sources})`,
  seedClaimNote: (p) => {
    const verdict = {
      confirmed: 'This is confirmed.',
      outdated: 'This is out of date.',
      disputed: 'Other sources dispute this.',
      unverified: 'This is unverified: no other source was found.',
    }[p.verdict];
    const refers = p.refersTo ? ` The UN had counted ${p.refersTo}.` : '';
    const also = p.alsoSee ? ` It later counted ${p.alsoSee}.` : '';
    // The claims are the article's points in other words, not quotations: no quotation marks.
    return `The seed article says: ${p.claim} ${verdict}${refers}${also}`;
  },
  aboutItem: (p) => (p.published ? `${p.count} in ${p.period}, published ${p.published}` : `${p.count} in ${p.period}`),

  tooltipCount: (metric, value) =>
    ({ killed: `Killed: ${value}`, 'killed-or-injured': `Killed or injured: ${value}`, homicides: `Homicides: ${value}` })[metric],
  tooltipInjured: (value) => `Injured: ${value} (not in the bar)`,
  tooltipNotKilled: 'Not a count of the killed',

  quarterPoint: (p) =>
    `${p.period}: ${p.count}${p.injured ? `, and ${p.injured} injured` : ''}.${p.notKilled ? ' Not a count of the killed.' : ''} Source: ${p.sources}.`,
  yearPoint: (p) => `${p.period}: ${p.reports}.`,

  colPeriod: 'Period',
  colKind: 'Period covered',
  colCounted: 'What is counted',
  colCount: 'Count',
  colInjured: 'Injured',
  colSources: 'Sources',
  colPublished: 'Published',
  colNote: 'Note',
  grain: { quarter: 'Quarter', year: 'Year', span: 'Other period' },
};

/** The words in the four languages: English here, the others loaded on demand (see Words). */
export const casualtiesWords = new Words<CasualtiesStrings>(en, {
  fr: () => import('./words/casualties.fr.js'),
  ht: () => import('./words/casualties.ht.js'),
  es: () => import('./words/casualties.es.js'),
});

export function casualtiesStrings(locale: string): CasualtiesStrings {
  return casualtiesWords.pick(locale);
}
