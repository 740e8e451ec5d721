/**
 * UI text shared by every chart, per language. Sentences are whole templates per language (word order and
 * agreement differ), never English fragments glued together.
 */
import type { Qualifier } from '../data/types.js';
import { Words } from './language.js';

export interface UiStrings {
  qualifier: Record<Qualifier, (value: string) => string>;
  undisclosed: string;
  /** Wraps a list of disagreeing values: "400 or about 200 (reports differ)". */
  disputedValues: (list: string) => string;
  disputed: string;
  approximate: string;
  source: string;
  sources: string;
  /** What follows a label ("Sources: …"); French puts a no-break space before it. */
  colon: string;
  asOf: (date: string) => string;
  showData: string;
  hideData: string;
  downloadCsv: string;
  downloadPng: string;
  loading: string;
  errorTitle: string;
  staleData: string;
  chartLabel: (title: string) => string;
  tableCaption: (title: string) => string;
  notes: string;
  /** The summary of the closed disclosure that holds the notes that are not key ones; `count` is formatted. */
  moreNotes: (count: string) => string;
  /** Read by screen readers when the chart takes focus: how to move through the figures. */
  keyboardHint: string;
  /** Where the focused figure sits in its series: "3 of 13". */
  pointPosition: (position: string, total: string) => string;
  /** Shown when the chart engine (Chart.js) failed to load or draw. */
  engineError: string;
  /** Shown under the still first-paint picture when the chart engine failed to load: the picture stays. */
  /** Under the static chart when Chart.js could not load. */
  staticChartNote: string;
  /** CSV column with each row's sources in full. */
  csvSources: string;
  /** CSV column with the date the figures are current to. */
  csvAsOf: string;
  seedClaim: string;
}

const en: UiStrings = {
  qualifier: {
    about: (v) => `about ${v}`,
    nearly: (v) => `nearly ${v}`,
    'at-least': (v) => `at least ${v}`,
    'more-than': (v) => `more than ${v}`,
    below: (v) => `below ${v}`,
  },
  undisclosed: 'number not disclosed',
  disputedValues: (list) => `${list} (reports differ)`,
  disputed: 'disputed',
  approximate: 'approximate',
  source: 'Source',
  sources: 'Sources',
  colon: ':',
  asOf: (date) => `Figures as of ${date}`,
  showData: 'Show data',
  hideData: 'Hide data',
  downloadCsv: 'Download data (CSV)',
  downloadPng: 'Download image (PNG)',
  loading: 'Loading chart…',
  errorTitle: 'This chart could not be shown',
  staleData: 'Showing the last figures that loaded.',
  chartLabel: (title) => `Chart: ${title}`,
  tableCaption: (title) => `Data: ${title}`,
  notes: 'Notes',
  moreNotes: (count) => `Notes on these figures (${count})`,
  keyboardHint:
    'Left and right arrows read the figures one by one, up and down change series, Home and End jump to the first and last figure, Escape leaves the chart.',
  pointPosition: (position, total) => `${position} of ${total}`,
  engineError: 'The chart could not be drawn. The figures are in the table.',
  staticChartNote: 'The interactive chart could not be loaded; this static chart shows the same figures, which are also in the table.',
  csvSources: 'Sources (publisher, title, link)',
  csvAsOf: 'Figures as of',
  seedClaim: 'Claim checked',
};

/** The words in the four languages: English here, the others loaded on demand (see Words). */
export const uiWords = new Words<UiStrings>(en, {
  fr: () => import('./words/ui.fr.js'),
  ht: () => import('./words/ui.ht.js'),
  es: () => import('./words/ui.es.js'),
});

export function stringsFor(locale: string): UiStrings {
  return uiWords.pick(locale);
}
