/** Words of the contingent chart, per language: whole sentence templates, not glued fragments. */
import { Words } from '../i18n/language.js';
import { one, type Count } from './helpers.js';

export interface ContingentStrings {
  titleLeader: (country: string) => string;
  titleArrivals: string;
  titleCumulative: (total: string, date: string) => string;
  titleCumulativeNoCount: string;
  /** `to` is absent when every arrival fell in one month. */
  summaryArrivals: (p: {
    from: string;
    to?: string;
    contingents: Count;
    countries: Count;
    leader: string;
    leaderContingents: Count;
    leaderPersonnel: string;
  }) => string;
  summaryCumulative: (p: { date: string; arrived: string; headcount?: string; headcountDate?: string }) => string;
  axisPersonnel: string;
  disputedRange: string;
  reportedHeadcount: string;
  colDate: string;
  colCountry: string;
  colContingent: string;
  colPersonnel: string;
  colService: string;
  colSources: string;
  colArrivedLow: string;
  colArrivedHigh: string;
  colHeadcount: string;
  service: Record<'police' | 'military' | 'mixed', string>;
  disputedNote: (p: { label: string; date: string; reports: string }) => string;
  reportBy: (value: string, publishers: string) => string;
  cumulativeNote: string;
  servedUntil: (label: string, country: string, date: string) => string;
  headcountPoint: (date: string, value: string) => string;
  arrivalPoint: (p: { country: string; label: string; date: string; value: string; sources: string }) => string;
}


const en: ContingentStrings = {
  titleLeader: (country) => `${country} has sent most of the personnel who arrived in Haiti`,
  titleArrivals: 'Personnel who arrived in Haiti, by contingent',
  titleCumulative: (total, date) => `The force reached ${total} personnel by ${date}`,
  titleCumulativeNoCount: 'Personnel who arrived in Haiti, added up over time',
  summaryArrivals: (p) =>
    `${p.to ? `Between ${p.from} and ${p.to}` : `In ${p.from}`}, ${p.contingents.text} ${one(p.contingents) ? 'contingent' : 'contingents'} from ${p.countries.text} ${one(p.countries) ? 'country' : 'countries'} arrived in Haiti; ${p.leader}'s ${p.leaderContingents.text} ${one(p.leaderContingents) ? 'contingent' : 'contingents'} brought ${p.leaderPersonnel} of them.`,
  summaryCumulative: (p) =>
    p.headcount
      ? `Reported arrivals add up to ${p.arrived} personnel by ${p.date}; the mission's own head-count was ${p.headcount} on ${p.headcountDate}, because rotations home are not all reported.`
      : `Reported arrivals add up to ${p.arrived} personnel by ${p.date}.`,
  axisPersonnel: 'Personnel',
  disputedRange: 'Disputed: reports differ',
  reportedHeadcount: 'Reported head-count of the force',
  colDate: 'Arrival',
  colCountry: 'Country',
  colContingent: 'Contingent',
  colPersonnel: 'Personnel',
  colService: 'Service',
  colSources: 'Sources',
  colArrivedLow: 'Arrived (lowest report)',
  colArrivedHigh: 'Arrived (highest report)',
  colHeadcount: 'Reported head-count',
  service: { police: 'police', military: 'military', mixed: 'police and military' },
  disputedNote: (p) => `${p.label} (${p.date}): ${p.reports}.`,
  reportBy: (value, publishers) => `${value} according to ${publishers}`,
  cumulativeNote:
    'The stacked areas add up reported arrivals; departures and rotations are rarely reported, so they can run above the head-counts (dots).',
  servedUntil: (label, country, date) => `${country}, ${label}: left Haiti on ${date}.`,
  headcountPoint: (date, value) => `Head-count on ${date}: ${value} personnel`,
  arrivalPoint: (p) => `${p.country}, ${p.label}, arrived ${p.date}: ${p.value} personnel. Source: ${p.sources}.`,
};

/** The words in the four languages: English here, the others loaded on demand (see Words). */
export const contingentWords = new Words<ContingentStrings>(en, {
  fr: () => import('./words/contingent.fr.js'),
  ht: () => import('./words/contingent.ht.js'),
  es: () => import('./words/contingent.es.js'),
});

export function contingentStrings(locale: string): ContingentStrings {
  return contingentWords.pick(locale);
}
