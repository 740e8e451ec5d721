/** Haitian Creole words of the pledges chart: loaded when a page in Haitian Creole needs them (see Words in src/i18n/language.ts). */
import type { PledgesStrings } from '../pledges.strings.js';

const ht: PledgesStrings = {
  titleFarShort: 'Peyi yo te pwomèt pi plis moun pase sa yo voye',
  titleShort: 'Yo voye mwens moun pase sa yo te pwomèt',
  titleMet: 'Peyi yo voye omwen kantite moun yo te pwomèt',
  titlePlain: 'Moun peyi yo te pwomèt ak moun yo voye, pa peyi',
  summary: (p) =>
    `${p.pledgers} peyi te pwomèt voye moun${p.undisclosed ? `, ${p.undisclosed} ladan yo pa t di konbyen` : ''}, epi ${p.senders} ladan yo voye moun deja. ` +
    `Lè n adisyone tout moun yo di ki rive, sa bay ${p.sentLow === p.sentHigh ? p.sentLow : `ant ${p.sentLow} ak ${p.sentHigh}`} moun` +
    `${p.planned ? `, pandan yo te planifye ${p.planned}` : ''}.` +
    `${p.idleLeader ? ` ${p.idleLeader}, peyi ki te pwomèt plis la, poko voye pèsonn.` : ''}`,
  axisPersonnel: 'Moun',
  legendPledged: 'Pwomès',
  legendSent: 'Voye (total moun ki rive)',
  legendDisputed: 'Sous yo pa dakò',
  sentLabel: (value) => `${value} voye`,
  sentNone: 'pèsonn poko voye',
  undisclosedLabel: 'pwomèt, kantite a pa pibliye',
  noPledge: 'pa gen pwomès nou konnen',
  colCountry: 'Peyi',
  colPledged: 'Pwomès',
  colSent: 'Voye (total moun ki rive)',
  colSources: 'Sous yo',
  sourcesCell: (p) =>
    [p.pledge ? `Pwomès: ${p.pledge}` : '', p.arrivals ? `Arive: ${p.arrivals}` : ''].filter(Boolean).join('. '),
  tooltipPledged: (value) => `Pwomès: ${value}`,
  tooltipSent: (value) => `Voye: ${value}`,
  tooltipPledgeSource: (publishers) => `Pwomès: ${publishers}`,
  tooltipArrivalSource: (publishers) => `Arive: ${publishers}`,
  reportBy: (value, publishers) => `${value} dapre ${publishers}`,
  sentNote: (p) =>
    `“Voye” adisyone tout moun yo di ki rive, menm ekip ki tounen lakay apre${p.example ? ` (${p.example})` : ''}; yo raman anonse lè moun tounen.`,
  departedExample: (p) => `${p.label} (${p.country}), ${p.value} moun, ki kite Ayiti ${p.date}`,
  headcountNote: (p) => `Misyon an li menm te konte ${p.value} moun ${p.date}, dapre ${p.publishers}.`,
  disputedPledgeNote: (p) => `Pwomès ${p.country} konteste: ${p.reports}.`,
  disputedSentNote: (p) =>
    `Moun ${p.country} voye yo fè ant ${p.low} ak ${p.high}, paske sous yo pa dakò sou gwosè ${p.contingents} li.`,
  undisclosedNote: (countries) =>
    `${countries} te pwomèt voye moun san yo pa di konbyen: nou make pwomès yo, nou pa desine yo tankou zewo.`,
  plannedNote: (p) => `Yo te planifye misyon an ak ${p.value} moun, dapre ${p.publishers}.`,
  pledgedTotalNote: (p) =>
    `Tout peyi yo ansanm te pwomèt ${p.value} moun, dapre ${p.publishers}: se total yo te anonse a, se pa ba yo nou adisyone.`,
  shortReference: { 'planned-strength': 'Planifye', 'pledged-total': 'Pwomès' },
  lineLabel: (label, value) => `${label}: ${value}`,
  point: (p) => `${p.country}: pwomèt ${p.pledged}; voye ${p.sent}. Sous: ${p.sources}.`,
};

export { ht as words };
