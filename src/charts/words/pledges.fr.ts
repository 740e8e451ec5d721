/** French words of the pledges chart: loaded when a page in French needs them (see Words in src/i18n/language.ts). */
import type { PledgesStrings } from '../pledges.strings.js';

const fr: PledgesStrings = {
  titleFarShort: 'Les promesses ont largement dépassé les effectifs envoyés',
  titleShort: 'Moins de personnel a été envoyé que promis',
  titleMet: 'Les pays ont envoyé au moins le personnel promis',
  titlePlain: 'Effectifs promis et envoyés, par pays',
  summary: (p) =>
    `${p.pledgers} pays ont promis du personnel${p.undisclosed ? `, dont ${p.undisclosed} sans dire combien` : ''}, et ${p.senders} en ont envoyé. ` +
    `Les arrivées signalées totalisent ${p.sentLow === p.sentHigh ? p.sentLow : `entre ${p.sentLow} et ${p.sentHigh}`} personnes` +
    `${p.planned ? `, pour un effectif prévu de ${p.planned}` : ''}.` +
    `${p.idleLeader ? ` Le pays qui avait le plus promis, ${p.idleLeader}, n’a envoyé personne.` : ''}`,
  axisPersonnel: 'Effectifs',
  legendPledged: 'Promis',
  legendSent: 'Envoyés (arrivées cumulées)',
  legendDisputed: 'Les sources divergent',
  sentLabel: (value) => `${value} envoyés`,
  sentNone: 'aucun envoyé',
  undisclosedLabel: 'promis, nombre non communiqué',
  noPledge: 'aucune promesse connue',
  colCountry: 'Pays',
  colPledged: 'Promis',
  colSent: 'Envoyés (arrivées cumulées)',
  colSources: 'Sources',
  sourcesCell: (p) =>
    [p.pledge ? `Promesse : ${p.pledge}` : '', p.arrivals ? `Arrivées : ${p.arrivals}` : ''].filter(Boolean).join('. '),
  tooltipPledged: (value) => `Promis : ${value}`,
  tooltipSent: (value) => `Envoyés : ${value}`,
  tooltipPledgeSource: (publishers) => `Promesse : ${publishers}`,
  tooltipArrivalSource: (publishers) => `Arrivées : ${publishers}`,
  reportBy: (value, publishers) => `${value} selon ${publishers}`,
  sentNote: (p) =>
    `« Envoyés » additionne toutes les arrivées signalées, y compris les équipes reparties depuis${p.example ? ` (${p.example})` : ''} ; les retours sont rarement annoncés.`,
  departedExample: (p) => `${p.label} (${p.country}), ${p.value} personnes, départ le ${p.date}`,
  headcountNote: (p) => `La mission comptait elle-même ${p.value} membres le ${p.date}, selon ${p.publishers}.`,
  disputedPledgeNote: (p) => `${p.country} : la promesse est contestée, ${p.reports}.`,
  disputedSentNote: (p) =>
    `${p.country} : les arrivées totalisent entre ${p.low} et ${p.high}, car les sources divergent sur la taille de ces contingents : ${p.contingents}.`,
  undisclosedNote: (countries) =>
    `Pays ayant promis du personnel sans dire combien : ${countries}. Leurs promesses sont signalées, pas dessinées comme zéro.`,
  plannedNote: (p) => `La mission devait compter ${p.value} personnes, selon ${p.publishers}.`,
  pledgedTotalNote: (p) =>
    `Ensemble, les pays ont promis ${p.value} personnes, selon ${p.publishers} : un total annoncé, pas la somme des barres.`,
  shortReference: { 'planned-strength': 'Prévu', 'pledged-total': 'Promis' },
  lineLabel: (label, value) => `${label} : ${value}`,
  point: (p) => `${p.country} : promis ${p.pledged} ; envoyés ${p.sent}. Sources : ${p.sources}.`,
};

export { fr as words };
