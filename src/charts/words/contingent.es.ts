/** Spanish words of the contingent chart: loaded when a page in Spanish needs them (see Words in src/i18n/language.ts). */
import type { ContingentStrings } from '../contingent.strings.js';
import { one } from '../helpers.js';

const es: ContingentStrings = {
  titleLeader: (country) => `${country} ha enviado la mayor parte del personal llegado a Haití`,
  titleArrivals: 'Personal llegado a Haití, por contingente',
  titleCumulative: (total, date) => `La fuerza llegó a ${total} efectivos en ${date}`,
  titleCumulativeNoCount: 'Personal llegado a Haití, acumulado',
  summaryArrivals: (p) =>
    `${p.to ? `Entre ${p.from} y ${p.to}` : `En ${p.from}`} ${one(p.contingents) ? 'llegó' : 'llegaron'} a Haití ${p.contingents.text} ${one(p.contingents) ? 'contingente' : 'contingentes'} de ${p.countries.text} ${one(p.countries) ? 'país' : 'países'}; ${one(p.leaderContingents) ? `${p.leaderContingents.text} contingente de ${p.leader} aportó` : `los ${p.leaderContingents.text} contingentes de ${p.leader} aportaron`} ${p.leaderPersonnel} efectivos.`,
  summaryCumulative: (p) =>
    p.headcount
      ? `Las llegadas informadas suman ${p.arrived} efectivos hasta el ${p.date}; la misión contaba ${p.headcount} efectivos el ${p.headcountDate}, porque no todas las rotaciones se anuncian.`
      : `Las llegadas informadas suman ${p.arrived} efectivos hasta el ${p.date}.`,
  axisPersonnel: 'Efectivos',
  disputedRange: 'En disputa: las fuentes difieren',
  reportedHeadcount: 'Efectivos totales informados',
  colDate: 'Llegada',
  colCountry: 'País',
  colContingent: 'Contingente',
  colPersonnel: 'Efectivos',
  colService: 'Cuerpo',
  colSources: 'Fuentes',
  colArrivedLow: 'Llegados (cifra más baja)',
  colArrivedHigh: 'Llegados (cifra más alta)',
  colHeadcount: 'Efectivos informados',
  service: { police: 'policía', military: 'militares', mixed: 'policía y militares' },
  disputedNote: (p) => `${p.label} (${p.date}): ${p.reports}.`,
  reportBy: (value, publishers) => `${value} según ${publishers}`,
  cumulativeNote:
    'Las áreas apiladas suman las llegadas informadas; las salidas y rotaciones rara vez se anuncian, así que pueden superar los recuentos (puntos).',
  servedUntil: (label, country, date) => `${country}, ${label}: salió de Haití el ${date}.`,
  headcountPoint: (date, value) => `Recuento del ${date}: ${value} efectivos`,
  arrivalPoint: (p) => `${p.country}, ${p.label}, llegó el ${p.date}: ${p.value} efectivos. Fuente: ${p.sources}.`,
};

export { es as words };
