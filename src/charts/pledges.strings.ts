/** Words of the pledges chart, per language: whole sentence templates, not glued fragments. */
import { Words } from '../i18n/language.js';

export interface PledgesStrings {
  /** Arrivals add up to well under what was pledged. */
  titleFarShort: string;
  /** Arrivals add up to less than what was pledged. */
  titleShort: string;
  /** Arrivals add up to at least what was pledged. */
  titleMet: string;
  /** Neither short of the pledges nor certainly at them: the chart's subject, with no claim. */
  titlePlain: string;
  summary: (p: {
    pledgers: string;
    undisclosed?: string;
    senders: string;
    /** Lowest and highest sum of arrivals; equal unless sources disagree. */
    sentLow: string;
    sentHigh: string;
    planned?: string;
    /** The largest pledger, when it has sent no one. */
    idleLeader?: string;
  }) => string;
  axisPersonnel: string;
  legendPledged: string;
  legendSent: string;
  legendDisputed: string;
  /** Direct label at the end of a bar: how many were sent. */
  sentLabel: (value: string) => string;
  sentNone: string;
  /** Marker text of a pledge whose size was never made public. */
  undisclosedLabel: string;
  noPledge: string;
  colCountry: string;
  colPledged: string;
  colSent: string;
  colSources: string;
  sourcesCell: (p: { pledge?: string; arrivals?: string }) => string;
  tooltipPledged: (value: string) => string;
  tooltipSent: (value: string) => string;
  tooltipPledgeSource: (publishers: string) => string;
  tooltipArrivalSource: (publishers: string) => string;
  reportBy: (value: string, publishers: string) => string;
  sentNote: (p: { example?: string }) => string;
  /** A team that arrived and later went home: "the Bahamas' maritime team (59), which left on 8 February 2025". */
  departedExample: (p: { country: string; label: string; value: string; date: string }) => string;
  headcountNote: (p: { value: string; date: string; publishers: string }) => string;
  disputedPledgeNote: (p: { country: string; reports: string }) => string;
  disputedSentNote: (p: { country: string; low: string; high: string; contingents: string }) => string;
  undisclosedNote: (countries: string) => string;
  plannedNote: (p: { value: string; publishers: string }) => string;
  pledgedTotalNote: (p: { value: string; publishers: string }) => string;
  /** Short names of the reference lines, for their labels on a phone. */
  shortReference: Record<'planned-strength' | 'pledged-total', string>;
  /** The reference line's label on the chart: "Planned: 2,500". */
  lineLabel: (label: string, value: string) => string;
  point: (p: { country: string; pledged: string; sent: string; sources: string }) => string;
}

const en: PledgesStrings = {
  titleFarShort: 'Pledges far exceeded the personnel sent',
  titleShort: 'Fewer personnel were sent than were pledged',
  titleMet: 'Countries sent at least the personnel they pledged',
  titlePlain: 'Personnel pledged and sent, by country',
  summary: (p) =>
    `${p.pledgers} countries pledged personnel${p.undisclosed ? `, ${p.undisclosed} of them without saying how many` : ''}, and ${p.senders} have sent personnel. ` +
    `Their reported arrivals add up to ${p.sentLow === p.sentHigh ? p.sentLow : `between ${p.sentLow} and ${p.sentHigh}`} personnel` +
    `${p.planned ? `, against a planned strength of ${p.planned}` : ''}.` +
    `${p.idleLeader ? ` ${p.idleLeader}, which pledged the most, has sent no one.` : ''}`,
  axisPersonnel: 'Personnel',
  legendPledged: 'Pledged',
  legendSent: 'Sent (arrivals added up)',
  legendDisputed: 'Reports differ',
  sentLabel: (value) => `${value} sent`,
  sentNone: 'none sent',
  undisclosedLabel: 'pledged, number not disclosed',
  noPledge: 'no pledge on record',
  colCountry: 'Country',
  colPledged: 'Pledged',
  colSent: 'Sent (arrivals added up)',
  colSources: 'Sources',
  sourcesCell: (p) =>
    [p.pledge ? `Pledge: ${p.pledge}` : '', p.arrivals ? `Arrivals: ${p.arrivals}` : ''].filter(Boolean).join('. '),
  tooltipPledged: (value) => `Pledged: ${value}`,
  tooltipSent: (value) => `Sent: ${value}`,
  tooltipPledgeSource: (publishers) => `Pledge: ${publishers}`,
  tooltipArrivalSource: (publishers) => `Arrivals: ${publishers}`,
  reportBy: (value, publishers) => `${value} according to ${publishers}`,
  sentNote: (p) =>
    `“Sent” adds up every reported arrival, including teams that later went home${p.example ? ` (${p.example})` : ''}; rotations home are rarely reported.`,
  departedExample: (p) => `the ${p.label} from ${p.country}, ${p.value} personnel, left on ${p.date}`,
  headcountNote: (p) => `The mission’s own head-count was ${p.value} on ${p.date}, according to ${p.publishers}.`,
  disputedPledgeNote: (p) => `The pledge by ${p.country} is disputed: ${p.reports}.`,
  disputedSentNote: (p) =>
    `Arrivals from ${p.country} add up to between ${p.low} and ${p.high}, because sources differ on the size of its ${p.contingents}.`,
  undisclosedNote: (countries) =>
    `${countries} pledged personnel without saying how many: their pledges are marked, not drawn as zero.`,
  plannedNote: (p) => `The mission was planned at ${p.value} personnel, according to ${p.publishers}.`,
  pledgedTotalNote: (p) =>
    `Countries together pledged ${p.value} personnel, according to ${p.publishers}: a reported total, not the bars added up.`,
  shortReference: { 'planned-strength': 'Planned', 'pledged-total': 'Pledged' },
  lineLabel: (label, value) => `${label}: ${value}`,
  point: (p) => `${p.country}: pledged ${p.pledged}; sent ${p.sent}. Sources: ${p.sources}.`,
};

/** The words in the four languages: English here, the others loaded on demand (see Words). */
export const pledgesWords = new Words<PledgesStrings>(en, {
  fr: () => import('./words/pledges.fr.js'),
  ht: () => import('./words/pledges.ht.js'),
  es: () => import('./words/pledges.es.js'),
});

export function pledgesStrings(locale: string): PledgesStrings {
  return pledgesWords.pick(locale);
}
