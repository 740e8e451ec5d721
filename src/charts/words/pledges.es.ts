/** Spanish words of the pledges chart: loaded when a page in Spanish needs them (see Words in src/i18n/language.ts). */
import type { PledgesStrings } from '../pledges.strings.js';

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

export { es as words };
