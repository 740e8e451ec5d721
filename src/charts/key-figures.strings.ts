/** Words of the key-figure cards, per language: whole templates, not glued fragments. */
import type { DatePrecision } from '../data/selectors.js';
import type { CasualtyMetric } from '../data/types.js';
import { Words } from '../i18n/language.js';

export interface KeyFiguresStrings {
  /** Titles by what the chosen cards are about: the mission, Haiti's crisis, or both. */
  titleMission: string;
  titleCrisis: string;
  titleMixed: string;
  summary: (from: string, to: string) => string;
  summarySameDate: (date: string) => string;
  summaryDisputed: string;

  /** Card labels follow the number: "980 | personnel deployed". */
  deployedLabel: string;
  deployedContext: (planned: string) => string;
  contingentsLabel: (plural: Intl.LDMLPluralRule) => string;
  contingentsContext: (pledged: string) => string;
  pledgedLabel: string;
  displacedLabel: string;
  /** The earliest count beside the latest; `rose` when every report of the latest is above every report of the earliest. */
  displacedContext: (first: string, date: string, rose: boolean) => string;
  killedYearLabel: (year: string) => string;
  killedPeriodLabel: (from: string, to: string) => string;
  injuredContext: (injured: string) => string;
  /** A count of another metric for the same period ("4,789 homicides"), named beside the card's count of the killed. */
  otherMetricCount: Record<Exclude<CasualtyMetric, 'killed'>, (value: string) => string>;
  /** The card's line for those counts: "A different UN count: 4,789 homicides (…)". */
  otherMetricDetail: (counts: string) => string;
  /** What the card's own count counts, from its record's note: "People killed in 2023: killings documented by OHCHR." */
  countedNote: (label: string, note: string) => string;
  rowOtherMetric: Record<Exclude<CasualtyMetric, 'killed'>, string>;
  fundingLabel: string;
  fundingContext: (pledged: string) => string;
  fundingFrozen: (amount: string, date: string) => string;
  /** US dollars around an already formatted number; `compact` when the number ends in a word ("85 million"). */
  usd: (amount: string, compact: boolean) => string;

  /** Table labels (the card label reads after a number; the table's stands alone). */
  rowPlanned: string;
  rowSentCountries: string;
  rowPledgingCountries: string;
  rowDisplacedEarlier: string;
  rowInjured: string;
  rowFundingPledged: string;
  rowFundingFrozen: string;
  colFigure: string;
  colValue: string;
  colDate: string;
  colSources: string;

  /** French and Spanish take a different preposition before a day and a month. */
  asOf: (date: string, precision: DatePrecision) => string;
  reported: (date: string, precision: DatePrecision) => string;
  sourcesDiffer: (others: string) => string;
  /** Another report of the same figure, named by its source's own description of it. */
  reportWithNote: (value: string, note: string) => string;
  reportBy: (value: string, publishers: string) => string;
  /** Reports that all come from the same outlet, named once. */
  reportsSameOutlet: (reports: string, publishers: string) => string;
  /** Another report published by the same outlet as the headline figure. */
  reportSameSource: (value: string) => string;
  moreSources: (count: string) => string;

  disputedNote: (label: string, reports: string) => string;
  approximateNote: (label: string, value: string, publishers: string) => string;
  contingentsNote: string;
}

const en: KeyFiguresStrings = {
  titleMission: 'The Kenya-led mission in Haiti, in figures',
  titleCrisis: "Haiti's crisis in figures",
  titleMixed: "Haiti's crisis and the Kenya-led mission, in figures",
  summary: (from, to) => `Reported figures from ${from} to ${to}, each with its date and sources.`,
  summarySameDate: (date) => `Reported figures as of ${date}, each with its sources.`,
  summaryDisputed: 'Where sources differ, every figure is shown.',

  deployedLabel: 'personnel deployed',
  deployedContext: (planned) => `of ${planned} planned`,
  contingentsLabel: (plural) => (plural === 'one' ? 'country has sent personnel' : 'countries have sent personnel'),
  contingentsContext: (pledged) => `of ${pledged} that pledged or sent personnel`,
  pledgedLabel: 'personnel pledged by contributing countries',
  displacedLabel: 'people displaced inside Haiti',
  displacedContext: (first, date, rose) => (rose ? `up from ${first} in ${date}` : `against ${first} in ${date}`),
  killedYearLabel: (year) => `people killed in ${year}`,
  killedPeriodLabel: (from, to) => `people killed between ${from} and ${to}`,
  injuredContext: (injured) => `and ${injured} injured`,
  otherMetricCount: { 'killed-or-injured': (v) => `${v} killed or injured, counted together`, homicides: (v) => `${v} homicides` },
  otherMetricDetail: (counts) => `A different UN count: ${counts}`,
  countedNote: (label, note) => `${label}: ${note}.`,
  rowOtherMetric: { 'killed-or-injured': 'People killed or injured, same period', homicides: 'Homicides, same period' },
  fundingLabel: "received by the mission's UN trust fund",
  fundingContext: (pledged) => `of ${pledged} pledged`,
  fundingFrozen: (amount, date) => `On ${date} the United States froze ${amount} it had not yet paid.`,
  usd: (amount) => `$${amount}`,

  rowPlanned: 'Planned strength',
  rowSentCountries: 'Countries that have sent personnel',
  rowPledgingCountries: 'Countries that pledged or sent personnel',
  rowDisplacedEarlier: 'People displaced inside Haiti, earlier count',
  rowInjured: 'People injured, same period',
  rowFundingPledged: 'Pledged to the trust fund',
  rowFundingFrozen: 'US contributions frozen',
  colFigure: 'Figure',
  colValue: 'Value',
  colDate: 'Date',
  colSources: 'Sources',

  asOf: (date) => `As of ${date}`,
  reported: (date) => `Reported ${date}`,
  sourcesDiffer: (others) => `Sources differ: ${others}`,
  reportWithNote: (value, note) => `${value} (${note})`,
  reportBy: (value, publishers) => `${value} according to ${publishers}`,
  reportsSameOutlet: (reports, publishers) => `${reports}, as reported by ${publishers}`,
  reportSameSource: (value) => `${value} in another count by the same source`,
  moreSources: (count) => `and ${count} more listed below`,

  disputedNote: (label, reports) => `${label}: ${reports}.`,
  approximateNote: (label, value, publishers) =>
    `${label}: ${publishers} reported “${value}”, without an exact number.`,
  contingentsNote: 'Countries are counted from the arrivals and pledges listed in the data; some pledges were reported without a number.',
};

/** The words in the four languages: English here, the others loaded on demand (see Words). */
export const keyFiguresWords = new Words<KeyFiguresStrings>(en, {
  fr: () => import('./words/key-figures.fr.js'),
  ht: () => import('./words/key-figures.ht.js'),
  es: () => import('./words/key-figures.es.js'),
});

export function keyFiguresStrings(locale: string): KeyFiguresStrings {
  return keyFiguresWords.pick(locale);
}
