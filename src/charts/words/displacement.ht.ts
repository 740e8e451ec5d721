/** Haitian Creole words of the displacement chart: loaded when a page in Haitian Creole needs them (see Words in src/i18n/language.ts). */
import type { DisplacementStrings } from '../displacement.strings.js';
import { capitalize } from '../helpers.js';

const HT_NUMBER = ['', '', 'de', 'twa', 'kat', 'senk'];

const ht: DisplacementStrings = {
  titleMultiple: ({ times, strict, since }) =>
    `Depi ${since.text}, kantite moun ki deplase ann Ayiti vin ${strict ? 'plis pase ' : ''}${HT_NUMBER[times] ?? String(times)} fwa pi gwo`,
  titleRose: (since) => `Kantite moun ki deplase ann Ayiti ogmante depi ${since.text}`,
  titleFell: (since) => `Kantite moun ki deplase ann Ayiti bese depi ${since.text}`,
  titleLatest: (value, date) => `${capitalize(value)} moun te deplase ann Ayiti ${date.day ? '' : 'nan '}${date.text}`,
  summary: (p) =>
    `${p.firstDate.day ? 'Jou' : 'Nan'} ${p.firstDate.text}, te gen ${p.first} moun ki te deplase andedan Ayiti${p.latest ? `; ${p.latest.date.day ? 'jou' : 'nan'} ${p.latest.date.text}, te gen ${p.latest.value}` : ''}.`,
  axisDisplaced: 'Moun ki deplase',
  legendCount: 'Moun ki deplase (OIM, ONI)',
  legendApproximate: 'Chif apeprè (pwen vid)',
  legendClaim: 'Sa atik depa a te di',
  legendMilestone: 'Etap misyon an',
  colDate: 'Dat',
  colDisplaced: 'Moun ki deplase',
  colQualifier: 'Presizyon',
  colReport: 'Rapò',
  colSources: 'Sous yo',
  exact: 'chif egzak',
  published: (date) => `pibliye ${date}`,
  approximateNote: (items) => `Pwen vid, liy an tirè: chif apeprè: ${items}.`,
  approximateItem: (value, date) => `${value} (${date})`,
  disputedNote: (p) => `${p.date}: ${p.reports}; liy lan swiv chif ki pi ba a.`,
  reportBy: (value, publishers) => `${value} dapre ${publishers}`,
  milestoneNote: (n, items) => `${n} — ${items}.`,
  milestoneItem: (date, event) => `${date}: ${event}`,
  quote: (value) => `“${value}”`,
  claimLabel: (date) => `Atik depa a, ${date}:`,
  claimTooltip: (p) => `Atik la di: ${p.claimed} moun deplase. Chif sa a te depase: nan ${p.currentDate}, yo te deja konte ${p.current}.`,
  claimNote: (p) =>
    `Atik depa a, “${p.title}” (${p.date}), te di ${p.claimed} Ayisyen te oblije kite kay yo (fòm dyaman). Chif sa a te gentan depase: li koresponn ak ${p.match} moun yo te konte nan ${p.matchDate} (${p.matchBy}), men nan ${p.currentDate} yo te deja konte ${p.current} (${p.currentBy}${p.publishedOn ? `, pibliye ${p.publishedOn}` : ''}).`,
  point: (p) => `${p.date}: ${p.value} moun deplase${p.label ? ` (${p.label})` : ''}. Sous: ${p.sources}.`,
  claimPoint: (p) =>
    `Atik depa a, ${p.date}: ${p.claimed} moun deplase. Chif la te depase: nan ${p.currentDate}, yo te deja konte ${p.current}. Sous: ${p.sources}.`,
};

export { ht as words };
