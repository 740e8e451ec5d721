/** Words of the displacement chart, per language: whole sentence templates, not glued fragments. */
import { Words } from '../i18n/language.js';
import { capitalize } from './helpers.js';

/** A date as the sentence needs it: its words, and whether it names a day ("25 June 2024") or a month. */
export interface DateWords {
  text: string;
  day: boolean;
}

export interface DisplacementStrings {
  /** "has more than quadrupled since December 2023": `times` ≥ 2; `strict` adds "more than". */
  titleMultiple: (p: { times: number; strict: boolean; since: DateWords }) => string;
  titleRose: (since: DateWords) => string;
  titleFell: (since: DateWords) => string;
  /** When the figures support no comparison: the latest figure, with its qualifier. */
  titleLatest: (value: string, date: DateWords) => string;
  /** `latest` is absent when there is one figure: a sentence names it once. */
  summary: (p: { first: string; firstDate: DateWords; latest?: { value: string; date: DateWords } }) => string;
  axisDisplaced: string;
  legendCount: string;
  legendApproximate: string;
  legendClaim: string;
  legendMilestone: string;
  colDate: string;
  colDisplaced: string;
  colQualifier: string;
  colReport: string;
  colSources: string;
  exact: string;
  published: (date: string) => string;
  approximateNote: (items: string) => string;
  approximateItem: (value: string, date: string) => string;
  disputedNote: (p: { date: string; reports: string }) => string;
  reportBy: (value: string, publishers: string) => string;
  milestoneNote: (n: number, items: string) => string;
  milestoneItem: (date: string, event: string) => string;
  /** The claim's figure in the language's quotation marks. */
  quote: (value: string) => string;
  /** First line of the claim's label on the chart ("Seed article, Jan 2025"). */
  claimLabel: (date: string) => string;
  claimTooltip: (p: { claimed: string; current: string; currentDate: string }) => string;
  claimNote: (p: {
    title: string;
    date: string;
    claimed: string;
    match: string;
    matchDate: string;
    matchBy: string;
    current: string;
    currentDate: string;
    currentBy: string;
    publishedOn?: string;
  }) => string;
  point: (p: { date: string; value: string; label?: string; sources: string }) => string;
  claimPoint: (p: { date: string; claimed: string; current: string; currentDate: string; sources: string }) => string;
}

const EN_MULTIPLE = ['', '', 'doubled', 'tripled', 'quadrupled', 'quintupled'];

const en: DisplacementStrings = {
  titleMultiple: ({ times, strict, since }) =>
    times < EN_MULTIPLE.length
      ? `Displacement in Haiti has ${strict ? 'more than ' : ''}${EN_MULTIPLE[times]} since ${since.text}`
      : `Displacement in Haiti has grown ${strict ? 'more than ' : ''}${times}-fold since ${since.text}`,
  titleRose: (since) => `Displacement in Haiti has risen since ${since.text}`,
  titleFell: (since) => `Displacement in Haiti has fallen since ${since.text}`,
  titleLatest: (value, date) => `${capitalize(value)} people were displaced in Haiti ${date.day ? 'on' : 'in'} ${date.text}`,
  summary: (p) =>
    `${p.firstDate.day ? 'On' : 'In'} ${p.firstDate.text}, ${p.first} people were internally displaced in Haiti${p.latest ? `; by ${p.latest.date.text}, there were ${p.latest.value}` : ''}.`,
  axisDisplaced: 'People displaced',
  legendCount: 'People displaced (IOM, UN)',
  legendApproximate: 'Approximate figure (hollow dot)',
  legendClaim: 'The seed article’s claim',
  legendMilestone: 'Mission milestone',
  colDate: 'As of',
  colDisplaced: 'People displaced',
  colQualifier: 'Reported as',
  colReport: 'Report',
  colSources: 'Sources',
  exact: 'exact count',
  published: (date) => `published ${date}`,
  approximateNote: (items) => `Hollow dots, dashed lines: approximate figures: ${items}.`,
  approximateItem: (value, date) => `${value} (${date})`,
  disputedNote: (p) => `${p.date}: ${p.reports}; the line follows the lowest report.`,
  reportBy: (value, publishers) => `${value} according to ${publishers}`,
  milestoneNote: (n, items) => `${n} — ${items}.`,
  milestoneItem: (date, event) => `${date}: ${event}`,
  quote: (value) => `“${value}”`,
  claimLabel: (date) => `Seed article, ${date}:`,
  claimTooltip: (p) => `Claimed: ${p.claimed} displaced. Out of date: the count for ${p.currentDate} was already ${p.current}.`,
  claimNote: (p) =>
    `The seed article, “${p.title}” (${p.date}), said ${p.claimed} Haitians had been forced from their homes (diamond). That was out of date: it matches the count of ${p.match} for ${p.matchDate} (${p.matchBy}), while the count for ${p.currentDate} was already ${p.current} (${p.currentBy}${p.publishedOn ? `, published ${p.publishedOn}` : ''}).`,
  point: (p) => `${p.date}: ${p.value} people displaced${p.label ? ` (${p.label})` : ''}. Source: ${p.sources}.`,
  claimPoint: (p) =>
    `Seed article, ${p.date}: ${p.claimed} people displaced. Out of date: the count for ${p.currentDate} was already ${p.current}. Source: ${p.sources}.`,
};

/** The words in the four languages: English here, the others loaded on demand (see Words). */
export const displacementWords = new Words<DisplacementStrings>(en, {
  fr: () => import('./words/displacement.fr.js'),
  ht: () => import('./words/displacement.ht.js'),
  es: () => import('./words/displacement.es.js'),
});

export function displacementStrings(locale: string): DisplacementStrings {
  return displacementWords.pick(locale);
}
