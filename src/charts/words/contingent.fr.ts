/** French words of the contingent chart: loaded when a page in French needs them (see Words in src/i18n/language.ts). */
import type { ContingentStrings } from '../contingent.strings.js';
import { one } from '../helpers.js';

const fr: ContingentStrings = {
  titleLeader: (country) => `${country} a fourni la plupart des effectifs arrivés en Haïti`,
  titleArrivals: 'Effectifs arrivés en Haïti, par contingent',
  titleCumulative: (total, date) => `La force comptait ${total} membres en ${date}`,
  titleCumulativeNoCount: 'Effectifs arrivés en Haïti, en cumul',
  summaryArrivals: (p) =>
    `${p.to ? `Entre ${p.from} et ${p.to}` : `En ${p.from}`}, ${p.contingents.text} ${one(p.contingents) ? 'contingent venu' : 'contingents venus'} de ${p.countries.text} pays ${one(p.contingents) ? 'est arrivé' : 'sont arrivés'} en Haïti. ${p.leader} : ${p.leaderContingents.text} ${one(p.leaderContingents) ? 'contingent' : 'contingents'}, ${p.leaderPersonnel} personnes.`,
  summaryCumulative: (p) =>
    p.headcount
      ? `Les arrivées signalées totalisent ${p.arrived} personnes à la date du ${p.date} ; la mission comptait elle-même ${p.headcount} membres le ${p.headcountDate}, car les rotations ne sont pas toutes annoncées.`
      : `Les arrivées signalées totalisent ${p.arrived} personnes à la date du ${p.date}.`,
  axisPersonnel: 'Effectifs',
  disputedRange: 'Contesté : les sources divergent',
  reportedHeadcount: 'Effectif total annoncé de la force',
  colDate: 'Arrivée',
  colCountry: 'Pays',
  colContingent: 'Contingent',
  colPersonnel: 'Effectifs',
  colService: 'Corps',
  colSources: 'Sources',
  colArrivedLow: 'Arrivés (chiffre le plus bas)',
  colArrivedHigh: 'Arrivés (chiffre le plus haut)',
  colHeadcount: 'Effectif annoncé',
  service: { police: 'police', military: 'armée', mixed: 'police et armée' },
  disputedNote: (p) => `${p.label} (${p.date}) : ${p.reports}.`,
  reportBy: (value, publishers) => `${value} selon ${publishers}`,
  cumulativeNote:
    'Les aires empilées additionnent les arrivées signalées ; les départs et rotations sont rarement annoncés, elles peuvent donc dépasser les effectifs annoncés (points).',
  servedUntil: (label, country, date) => `${country}, ${label} : a quitté Haïti le ${date}.`,
  headcountPoint: (date, value) => `Effectif au ${date} : ${value} personnes`,
  arrivalPoint: (p) => `${p.country}, ${p.label}, arrivé le ${p.date} : ${p.value} personnes. Source : ${p.sources}.`,
};

export { fr as words };
