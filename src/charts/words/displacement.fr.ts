/** French words of the displacement chart: loaded when a page in French needs them (see Words in src/i18n/language.ts). */
import type { DisplacementStrings } from '../displacement.strings.js';
import { capitalize } from '../helpers.js';

const FR_MULTIPLE = ['', '', 'doublé', 'triplé', 'quadruplé', 'quintuplé'];

const fr: DisplacementStrings = {
  titleMultiple: ({ times, strict, since }) =>
    times < FR_MULTIPLE.length
      ? `Le nombre de déplacés en Haïti a ${strict ? 'plus que ' : ''}${FR_MULTIPLE[times]} depuis ${since.text}`
      : `Le nombre de déplacés en Haïti a été multiplié par ${strict ? 'plus de ' : ''}${times} depuis ${since.text}`,
  titleRose: (since) => `Le nombre de déplacés en Haïti a augmenté depuis ${since.text}`,
  titleFell: (since) => `Le nombre de déplacés en Haïti a baissé depuis ${since.text}`,
  titleLatest: (value, date) => `${capitalize(value)} personnes étaient déplacées en Haïti ${date.day ? 'le' : 'en'} ${date.text}`,
  summary: (p) =>
    `${p.firstDate.day ? 'Le' : 'En'} ${p.firstDate.text}, ${p.first} personnes étaient déplacées à l’intérieur d’Haïti${p.latest ? ` ; ${p.latest.date.day ? 'au' : 'en'} ${p.latest.date.text}, elles étaient ${p.latest.value}` : ''}.`,
  axisDisplaced: 'Personnes déplacées',
  legendCount: 'Personnes déplacées (OIM, ONU)',
  legendApproximate: 'Chiffre approximatif (point creux)',
  legendClaim: 'Affirmation de l’article de départ',
  legendMilestone: 'Étape de la mission',
  colDate: 'Date',
  colDisplaced: 'Personnes déplacées',
  colQualifier: 'Précision',
  colReport: 'Rapport',
  colSources: 'Sources',
  exact: 'chiffre exact',
  published: (date) => `publié le ${date}`,
  approximateNote: (items) => `Points creux, tirets : chiffres approximatifs : ${items}.`,
  approximateItem: (value, date) => `${value} (${date})`,
  disputedNote: (p) => `${p.date} : ${p.reports} ; la courbe suit le chiffre le plus bas.`,
  reportBy: (value, publishers) => `${value} selon ${publishers}`,
  milestoneNote: (n, items) => `${n} — ${items}.`,
  milestoneItem: (date, event) => `${date} : ${event}`,
  quote: (value) => `« ${value} »`,
  claimLabel: (date) => `Article de départ, ${date} :`,
  claimTooltip: (p) => `Affirmé : ${p.claimed} déplacés. Chiffre dépassé : on en comptait déjà ${p.current} en ${p.currentDate}.`,
  claimNote: (p) =>
    `L’article de départ, « ${p.title} » (${p.date}), affirmait que ${p.claimed} Haïtiens avaient été chassés de chez eux (losange). Ce chiffre était dépassé : il correspond aux ${p.match} déplacés comptés en ${p.matchDate} (${p.matchBy}), alors qu’on en comptait déjà ${p.current} en ${p.currentDate} (${p.currentBy}${p.publishedOn ? `, publié le ${p.publishedOn}` : ''}).`,
  point: (p) => `${p.date} : ${p.value} personnes déplacées${p.label ? ` (${p.label})` : ''}. Source : ${p.sources}.`,
  claimPoint: (p) =>
    `Article de départ, ${p.date} : ${p.claimed} déplacés. Chiffre dépassé : on en comptait déjà ${p.current} en ${p.currentDate}. Source : ${p.sources}.`,
};

export { fr as words };
