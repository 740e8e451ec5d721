/** Words of the timeline, per language: whole templates, not glued fragments. */
import type { DatePrecision } from '../data/selectors.js';
import { Words } from '../i18n/language.js';

/** What an entry of the timeline is; the `kinds` attribute filters by these. */
export type TimelineKind = 'milestones' | 'arrivals' | 'resolutions' | 'funding';

export interface TimelineStrings {
  title: string;
  /** The years covered and the kinds of entries shown ("contingent arrivals and funding"). */
  summary: (from: string, to: string, kinds: string) => string;
  summaryOneYear: (year: string, kinds: string) => string;
  /** The kinds as they read in the summary's list. */
  kindList: Record<TimelineKind, string>;
  /** The short badge of an entry. */
  kindLabel: Record<TimelineKind, string>;
  /** An arrival from the deployments: its label ("First contingent") and the country it came from. */
  arrival: (label: string, country: string) => string;
  /** A funding record by what happened to the money. */
  funding: Record<'deposited' | 'pledged' | 'received' | 'frozen', string>;
  /** The figure of an entry, as reported (a disputed one lists every report). */
  personnel: (figure: string) => string;
  amount: (figure: string) => string;
  /** A date the dataset marks as approximate, at the precision it gives (French and Spanish put an article before a day). */
  aboutDate: (date: string, precision: DatePrecision) => string;
  /** Keys of the timeline; the live region says the entry and its position. */
  keyboardHint: string;
  disputedNote: (entry: string, reports: string) => string;
  approximateNote: (entry: string, value: string, publishers: string) => string;
  approximateDateNote: (entry: string) => string;
  reportBy: (value: string, publishers: string) => string;
  /** A record's own note, in the reader's language, named by its entry. */
  recordNote: (entry: string, note: string) => string;
  colDate: string;
  colKind: string;
  colEvent: string;
  colFigure: string;
  colSources: string;
  /** Errors of the element's own attributes. */
  unknownKind: (token: string, known: string) => string;
  badDate: (name: string, value: string) => string;
  emptyRange: string;
}

const en: TimelineStrings = {
  title: 'The Kenya-led mission in Haiti, date by date',
  summary: (from, to, kinds) => `Dated events from ${from} to ${to}: ${kinds}, each with its sources.`,
  summaryOneYear: (year, kinds) => `Dated events of ${year}: ${kinds}, each with its sources.`,
  kindList: {
    milestones: 'milestones of the mission',
    arrivals: 'contingent arrivals',
    resolutions: 'Security Council decisions',
    funding: 'funding of the mission',
  },
  kindLabel: { milestones: 'Milestone', arrivals: 'Arrival', resolutions: 'Security Council', funding: 'Funding' },
  arrival: (label, country) => `${country}: ${label} arrives in Haiti`,
  funding: {
    deposited: "Money deposited in the mission's UN trust fund",
    pledged: "Money pledged to the mission's UN trust fund",
    received: "Money received by the mission's UN trust fund",
    frozen: "Contributions to the mission's UN trust fund frozen",
  },
  personnel: (figure) => `Personnel: ${figure}`,
  amount: (figure) => `Amount: ${figure}`,
  aboutDate: (date) => `around ${date}`,
  keyboardHint: 'Arrow keys read the events one by one; Home and End jump to the first and the last.',
  disputedNote: (entry, reports) => `${entry} — sources differ: ${reports}.`,
  approximateNote: (entry, value, publishers) => `${entry} — ${publishers} reported “${value}”, without an exact number.`,
  approximateDateNote: (entry) => `${entry} — the date is approximate.`,
  reportBy: (value, publishers) => `${value} according to ${publishers}`,
  recordNote: (entry, note) => `${entry} — ${note}`,
  colDate: 'Date',
  colKind: 'Kind',
  colEvent: 'Event',
  colFigure: 'Figure',
  colSources: 'Sources',
  unknownKind: (token, known) => `Unknown kind “${token}” in kinds. Use any of: ${known}.`,
  badDate: (name, value) => `The ${name} attribute “${value}” is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.`,
  emptyRange: 'No event of the chosen kinds falls between these dates.',
};


/** The words in the four languages: English here, the others loaded on demand (see Words). */
export const timelineWords = new Words<TimelineStrings>(en, {
  fr: () => import('./words/timeline.fr.js'),
  ht: () => import('./words/timeline.ht.js'),
  es: () => import('./words/timeline.es.js'),
});

export function timelineStrings(locale: string): TimelineStrings {
  return timelineWords.pick(locale);
}
