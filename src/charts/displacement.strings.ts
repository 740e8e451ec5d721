/** Words of the displacement chart, per language: whole sentence templates, not glued fragments. */
import { pick, type UiLanguage } from '../i18n/language.js';
import { capitalize } from './helpers.js';

/** A date as the sentence needs it: its words, and whether it names a day ("25 June 2024") or a month. */
export interface DateWords {
  text: string;
  day: boolean;
}

export interface DisplacementStrings {
  /** "has more than quadrupled since December 2023": `times` ≥ 2; `strict` adds "more than". */
  titleMultiple: (p: { times: number; strict: boolean; since: DateWords }) => string;
  titleRose: (since: DateWords) => string;
  titleFell: (since: DateWords) => string;
  /** When the figures support no comparison: the latest figure, with its qualifier. */
  titleLatest: (value: string, date: DateWords) => string;
  /** `latest` is absent when there is one figure: a sentence names it once. */
  summary: (p: { first: string; firstDate: DateWords; latest?: { value: string; date: DateWords } }) => string;
  axisDisplaced: string;
  legendCount: string;
  legendApproximate: string;
  legendClaim: string;
  legendMilestone: string;
  colDate: string;
  colDisplaced: string;
  colQualifier: string;
  colReport: string;
  colSources: string;
  exact: string;
  published: (date: string) => string;
  approximateNote: (items: string) => string;
  approximateItem: (value: string, date: string) => string;
  disputedNote: (p: { date: string; reports: string }) => string;
  reportBy: (value: string, publishers: string) => string;
  milestoneNote: (n: number, items: string) => string;
  milestoneItem: (date: string, event: string) => string;
  /** The claim's figure in the language's quotation marks. */
  quote: (value: string) => string;
  /** First line of the claim's label on the chart ("Seed article, Jan 2025"). */
  claimLabel: (date: string) => string;
  claimTooltip: (p: { claimed: string; current: string; currentDate: string }) => string;
  claimNote: (p: {
    title: string;
    date: string;
    claimed: string;
    match: string;
    matchDate: string;
    matchBy: string;
    current: string;
    currentDate: string;
    currentBy: string;
    publishedOn?: string;
  }) => string;
  point: (p: { date: string; value: string; label?: string; sources: string }) => string;
  claimPoint: (p: { date: string; claimed: string; current: string; currentDate: string; sources: string }) => string;
}

const EN_MULTIPLE = ['', '', 'doubled', 'tripled', 'quadrupled', 'quintupled'];

const en: DisplacementStrings = {
  titleMultiple: ({ times, strict, since }) =>
    times < EN_MULTIPLE.length
      ? `Displacement in Haiti has ${strict ? 'more than ' : ''}${EN_MULTIPLE[times]} since ${since.text}`
      : `Displacement in Haiti has grown ${strict ? 'more than ' : ''}${times}-fold since ${since.text}`,
  titleRose: (since) => `Displacement in Haiti has risen since ${since.text}`,
  titleFell: (since) => `Displacement in Haiti has fallen since ${since.text}`,
  titleLatest: (value, date) => `${capitalize(value)} people were displaced in Haiti ${date.day ? 'on' : 'in'} ${date.text}`,
  summary: (p) =>
    `${p.firstDate.day ? 'On' : 'In'} ${p.firstDate.text}, ${p.first} people were internally displaced in Haiti${p.latest ? `; by ${p.latest.date.text}, there were ${p.latest.value}` : ''}.`,
  axisDisplaced: 'People displaced',
  legendCount: 'People displaced (IOM, UN)',
  legendApproximate: 'Approximate figure (hollow dot)',
  legendClaim: 'The seed article’s claim',
  legendMilestone: 'Mission milestone',
  colDate: 'As of',
  colDisplaced: 'People displaced',
  colQualifier: 'Reported as',
  colReport: 'Report',
  colSources: 'Sources',
  exact: 'exact count',
  published: (date) => `published ${date}`,
  approximateNote: (items) => `Hollow dots, dashed lines: approximate figures: ${items}.`,
  approximateItem: (value, date) => `${value} (${date})`,
  disputedNote: (p) => `${p.date}: ${p.reports}; the line follows the lowest report.`,
  reportBy: (value, publishers) => `${value} according to ${publishers}`,
  milestoneNote: (n, items) => `${n} — ${items}.`,
  milestoneItem: (date, event) => `${date}: ${event}`,
  quote: (value) => `“${value}”`,
  claimLabel: (date) => `Seed article, ${date}:`,
  claimTooltip: (p) => `Claimed: ${p.claimed} displaced. Out of date: the count for ${p.currentDate} was already ${p.current}.`,
  claimNote: (p) =>
    `The seed article, “${p.title}” (${p.date}), said ${p.claimed} Haitians had been forced from their homes (diamond). That was out of date: it matches the count of ${p.match} for ${p.matchDate} (${p.matchBy}), while the count for ${p.currentDate} was already ${p.current} (${p.currentBy}${p.publishedOn ? `, published ${p.publishedOn}` : ''}).`,
  point: (p) => `${p.date}: ${p.value} people displaced${p.label ? ` (${p.label})` : ''}. Source: ${p.sources}.`,
  claimPoint: (p) =>
    `Seed article, ${p.date}: ${p.claimed} people displaced. Out of date: the count for ${p.currentDate} was already ${p.current}. Source: ${p.sources}.`,
};

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

const ES_MULTIPLE = ['', '', 'duplicado', 'triplicado', 'cuadruplicado', 'quintuplicado'];

const es: DisplacementStrings = {
  titleMultiple: ({ times, strict, since }) =>
    times < ES_MULTIPLE.length
      ? `El número de desplazados en Haití se ha ${strict ? 'más que ' : ''}${ES_MULTIPLE[times]} desde ${since.text}`
      : `El número de desplazados en Haití se ha multiplicado por ${strict ? 'más de ' : ''}${times} desde ${since.text}`,
  titleRose: (since) => `El número de desplazados en Haití ha aumentado desde ${since.text}`,
  titleFell: (since) => `El número de desplazados en Haití ha disminuido desde ${since.text}`,
  titleLatest: (value, date) => `${capitalize(value)} personas estaban desplazadas en Haití ${date.day ? 'el' : 'en'} ${date.text}`,
  summary: (p) =>
    `${p.firstDate.day ? 'El' : 'En'} ${p.firstDate.text} había ${p.first} desplazados internos en Haití${p.latest ? `; ${p.latest.date.day ? 'al' : 'en'} ${p.latest.date.text}, ${p.latest.value}` : ''}.`,
  axisDisplaced: 'Personas desplazadas',
  legendCount: 'Personas desplazadas (OIM, ONU)',
  legendApproximate: 'Cifra aproximada (punto hueco)',
  legendClaim: 'Lo que dijo el artículo de partida',
  legendMilestone: 'Hito de la misión',
  colDate: 'Fecha',
  colDisplaced: 'Personas desplazadas',
  colQualifier: 'Precisión',
  colReport: 'Informe',
  colSources: 'Fuentes',
  exact: 'cifra exacta',
  published: (date) => `publicado el ${date}`,
  approximateNote: (items) => `Puntos huecos, trazos discontinuos: cifras aproximadas: ${items}.`,
  approximateItem: (value, date) => `${value} (${date})`,
  disputedNote: (p) => `${p.date}: ${p.reports}; la línea sigue la cifra más baja.`,
  reportBy: (value, publishers) => `${value} según ${publishers}`,
  milestoneNote: (n, items) => `${n} — ${items}.`,
  milestoneItem: (date, event) => `${date}: ${event}`,
  quote: (value) => `«${value}»`,
  claimLabel: (date) => `Artículo de partida, ${date}:`,
  claimTooltip: (p) => `Afirmaba: ${p.claimed} desplazados. Desactualizado: en ${p.currentDate} ya se contaban ${p.current}.`,
  claimNote: (p) =>
    `El artículo de partida, «${p.title}» (${p.date}), afirmaba que ${p.claimed} haitianos habían sido expulsados de sus hogares (rombo). La cifra estaba desactualizada: corresponde a los ${p.match} desplazados contados en ${p.matchDate} (${p.matchBy}), cuando en ${p.currentDate} ya se contaban ${p.current} (${p.currentBy}${p.publishedOn ? `, publicado el ${p.publishedOn}` : ''}).`,
  point: (p) => `${p.date}: ${p.value} personas desplazadas${p.label ? ` (${p.label})` : ''}. Fuente: ${p.sources}.`,
  claimPoint: (p) =>
    `Artículo de partida, ${p.date}: ${p.claimed} desplazados. Desactualizado: en ${p.currentDate} ya se contaban ${p.current}. Fuente: ${p.sources}.`,
};

const TABLE: Record<UiLanguage, DisplacementStrings> = { en, fr, ht, es };

export function displacementStrings(locale: string): DisplacementStrings {
  return pick(TABLE, locale);
}
