/** Words of the contingent chart, per language: whole sentence templates, not glued fragments. */
import { pick, type UiLanguage } from '../i18n/language.js';
import type { Count } from './helpers.js';

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

const one = (count: Count): boolean => count.plural === 'one';

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

const ht: ContingentStrings = {
  titleLeader: (country) => `Se ${country} ki voye pifò moun ki rive ann Ayiti`,
  titleArrivals: 'Moun ki rive ann Ayiti, pa kontenjan',
  titleCumulative: (total, date) => `Fòs la te gen ${total} moun nan ${date}`,
  titleCumulativeNoCount: 'Moun ki rive ann Ayiti, total sou tan',
  summaryArrivals: (p) =>
    // Creole nouns do not change for the plural.
    `${p.to ? `Ant ${p.from} ak ${p.to}` : `Nan ${p.from}`}, ${p.contingents.text} kontenjan ki soti nan ${p.countries.text} peyi rive ann Ayiti; ${p.leaderContingents.text} kontenjan ${p.leader} te mennen ${p.leaderPersonnel} moun.`,
  summaryCumulative: (p) =>
    p.headcount
      ? `Lè n adisyone tout moun yo di ki rive, sa bay ${p.arrived} moun jis ${p.date}; misyon an li menm te konte ${p.headcount} moun ${p.headcountDate}, paske se pa tout wotasyon yo anonse.`
      : `Lè n adisyone tout moun yo di ki rive, sa bay ${p.arrived} moun jis ${p.date}.`,
  axisPersonnel: 'Moun',
  disputedRange: 'Konteste: sous yo pa dakò',
  reportedHeadcount: 'Kantite moun fòs la anonse',
  colDate: 'Dat li rive',
  colCountry: 'Peyi',
  colContingent: 'Kontenjan',
  colPersonnel: 'Moun',
  colService: 'Kò',
  colSources: 'Sous yo',
  colArrivedLow: 'Rive (chif ki pi ba)',
  colArrivedHigh: 'Rive (chif ki pi wo)',
  colHeadcount: 'Kantite yo anonse',
  service: { police: 'polis', military: 'militè', mixed: 'polis ak militè' },
  disputedNote: (p) => `${p.label} (${p.date}): ${p.reports}.`,
  reportBy: (value, publishers) => `${value} dapre ${publishers}`,
  cumulativeNote:
    'Zòn anpile yo adisyone moun yo di ki rive; yo raman anonse depa ak wotasyon, kidonk total la ka depase kantite yo konte (pwen yo).',
  servedUntil: (label, country, date) => `${country}, ${label}: kite Ayiti ${date}.`,
  headcountPoint: (date, value) => `Kantite moun ${date}: ${value}`,
  arrivalPoint: (p) => `${p.country}, ${p.label}, rive ${p.date}: ${p.value} moun. Sous: ${p.sources}.`,
};

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

const TABLE: Record<UiLanguage, ContingentStrings> = { en, fr, ht, es };

export function contingentStrings(locale: string): ContingentStrings {
  return pick(TABLE, locale);
}
