/** Words of the pledges chart, per language: whole sentence templates, not glued fragments. */
import { pick, type UiLanguage } from '../i18n/language.js';

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

const es: PledgesStrings = {
  titleFarShort: 'Las promesas superaron con creces al personal enviado',
  titleShort: 'Se envió menos personal del prometido',
  titleMet: 'Los países enviaron al menos el personal prometido',
  titlePlain: 'Efectivos prometidos y enviados, por país',
  summary: (p) =>
    `${p.pledgers} países prometieron personal${p.undisclosed ? `, ${p.undisclosed} de ellos sin decir cuánto` : ''}, y ${p.senders} han enviado alguno. ` +
    `Las llegadas informadas suman ${p.sentLow === p.sentHigh ? p.sentLow : `entre ${p.sentLow} y ${p.sentHigh}`} efectivos` +
    `${p.planned ? `, frente a un efectivo previsto de ${p.planned}` : ''}.` +
    `${p.idleLeader ? ` ${p.idleLeader}, el país que más prometió, no ha enviado a nadie.` : ''}`,
  axisPersonnel: 'Efectivos',
  legendPledged: 'Prometido',
  legendSent: 'Enviado (llegadas sumadas)',
  legendDisputed: 'Las fuentes difieren',
  sentLabel: (value) => `${value} enviados`,
  sentNone: 'ninguno enviado',
  undisclosedLabel: 'prometido, cifra no revelada',
  noPledge: 'sin promesa registrada',
  colCountry: 'País',
  colPledged: 'Prometido',
  colSent: 'Enviado (llegadas sumadas)',
  colSources: 'Fuentes',
  sourcesCell: (p) =>
    [p.pledge ? `Promesa: ${p.pledge}` : '', p.arrivals ? `Llegadas: ${p.arrivals}` : ''].filter(Boolean).join('. '),
  tooltipPledged: (value) => `Prometido: ${value}`,
  tooltipSent: (value) => `Enviado: ${value}`,
  tooltipPledgeSource: (publishers) => `Promesa: ${publishers}`,
  tooltipArrivalSource: (publishers) => `Llegadas: ${publishers}`,
  reportBy: (value, publishers) => `${value} según ${publishers}`,
  sentNote: (p) =>
    `«Enviado» suma todas las llegadas informadas, incluidos los equipos que luego volvieron${p.example ? ` (${p.example})` : ''}; los regresos rara vez se anuncian.`,
  departedExample: (p) => `${p.label} de ${p.country}, ${p.value} efectivos, que se fue el ${p.date}`,
  headcountNote: (p) => `La propia misión contaba ${p.value} efectivos el ${p.date}, según ${p.publishers}.`,
  disputedPledgeNote: (p) => `La promesa de ${p.country} está en disputa: ${p.reports}.`,
  disputedSentNote: (p) =>
    `Las llegadas de ${p.country} suman entre ${p.low} y ${p.high}, porque las fuentes difieren sobre el tamaño de estos contingentes: ${p.contingents}.`,
  undisclosedNote: (countries) =>
    `${countries} prometieron personal sin decir cuánto: sus promesas se señalan, no se dibujan como cero.`,
  plannedNote: (p) => `La misión estaba prevista con ${p.value} efectivos, según ${p.publishers}.`,
  pledgedTotalNote: (p) =>
    `En conjunto, los países prometieron ${p.value} efectivos, según ${p.publishers}: un total informado, no la suma de las barras.`,
  shortReference: { 'planned-strength': 'Previsto', 'pledged-total': 'Prometido' },
  lineLabel: (label, value) => `${label}: ${value}`,
  point: (p) => `${p.country}: prometido ${p.pledged}; enviado ${p.sent}. Fuentes: ${p.sources}.`,
};

const TABLE: Record<UiLanguage, PledgesStrings> = { en, fr, ht, es };

export function pledgesStrings(locale: string): PledgesStrings {
  return pick(TABLE, locale);
}
