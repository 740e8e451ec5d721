/** Words of the casualties chart, per language: whole sentence templates, not glued fragments. */
import type { CasualtyMetric, SeedClaim } from '../data/types.js';
import { pick, type UiLanguage } from '../i18n/language.js';
import { capitalize } from './helpers.js';

type Verdict = SeedClaim['verdict'];

export interface CasualtiesStrings {
  /** Month names for period names. Written out because Intl has no Haitian Creole month names. */
  months: readonly string[];
  /** "Q4" — the quarter as an axis tick or table label. */
  quarterAbbr: (quarter: number) => string;
  /** "Q4 2023". */
  quarterShort: (quarter: number, year: number) => string;
  /** "January–September 2024", or "October 2024 – June 2025" across years. */
  monthRange: (p: { fromMonth: string; fromYear: number; toMonth: string; toYear: number }) => string;

  /** What a metric counts, as a table cell ("People killed"). */
  metricName: Record<CasualtyMetric, string>;
  /** A count of a metric in running text: "1,379 people killed or injured". */
  metricCount: Record<CasualtyMetric, (value: string) => string>;
  /** Legend entry of a metric's bars. */
  metricLegend: Record<CasualtyMetric, string>;
  /** Extra lines under a bar's number that name its metric (none for the killed, the chart's own metric). */
  metricBarLines: Record<CasualtyMetric, readonly string[]>;
  /** The same words on one line, for horizontal bars. */
  metricBarLine: Record<CasualtyMetric, string>;

  axisKilled: string;
  legendDisputed: string;
  legendLowest: string;

  /**
   * "Since 2024, the UN counted more than 1,200 people killed in Haiti in each of 6 quarters; for April–June
   * 2024 it gave only …": `threshold` comes with its qualifier ("more than 1,200"), `quarters` is how many
   * quarters have a count of the killed, `gaps` the `titleGap` phrases of the quarters that have none.
   */
  titleEveryQuarter: (p: { since: string; threshold: string; quarters: string; gaps?: string }) => string;
  /** A quarter in the title's span with only a count of another metric. */
  titleGap: Record<Exclude<CasualtyMetric, 'killed'>, (period: string) => string>;
  titleLatestQuarter: (p: { value: string; quarter: string }) => string;
  titleQuarterly: string;
  titleYearly: (p: { value: string; year: string; previousYear?: string }) => string;
  titleYearlyPlain: string;

  summaryQuarterly: (p: {
    from: string;
    to: string;
    min: string;
    max: string;
    /** The quarter with the most killed, when its count is certainly above every other quarter's. */
    maxQuarter?: string;
    latest: string;
    latestQuarter: string;
    latestInjured?: string;
  }) => string;
  summaryQuarterlyOne: (p: { value: string; quarter: string; injured?: string }) => string;
  summaryQuarterlyNone: (p: { from: string; to: string }) => string;
  summaryOtherMetric: (p: { quarter: string; count: string }) => string;
  /** Another metric's count for a period that has a count of the killed too. */
  summaryAlsoMetric: (p: { quarter: string; count: string }) => string;
  summaryYearly: (p: { list: string; disputed: boolean }) => string;
  yearItem: (p: { values: string; year: string }) => string;

  otherMetricNote: (p: { period: string; count: string; sources: string }) => string;
  approximateNote: (periods: string) => string;
  injuredNote: (periods: string) => string;
  disputedNote: (p: { period: string; reports: string }) => string;
  reportBy: (value: string, publishers: string) => string;
  reportByWithNote: (value: string, publishers: string, note: string) => string;
  spansNote: (items: string) => string;
  spanItem: (p: { count: string; period: string; sources: string; published?: string }) => string;
  seedClaimNote: (p: { claim: string; verdict: Verdict; refersTo?: string; alsoSee?: string }) => string;
  aboutItem: (p: { count: string; period: string; published?: string }) => string;

  tooltipCount: (metric: CasualtyMetric, value: string) => string;
  tooltipInjured: (value: string) => string;
  tooltipNotKilled: string;

  quarterPoint: (p: { period: string; count: string; injured?: string; sources: string; notKilled: boolean }) => string;
  yearPoint: (p: { period: string; reports: string }) => string;

  colPeriod: string;
  colKind: string;
  colCounted: string;
  colCount: string;
  colInjured: string;
  colSources: string;
  colPublished: string;
  colNote: string;
  grain: Record<'quarter' | 'year' | 'span', string>;
}

const en: CasualtiesStrings = {
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  quarterAbbr: (q) => `Q${q}`,
  quarterShort: (q, year) => `Q${q} ${year}`,
  monthRange: (p) =>
    p.fromYear === p.toYear ? `${p.fromMonth}–${p.toMonth} ${p.toYear}` : `${p.fromMonth} ${p.fromYear} – ${p.toMonth} ${p.toYear}`,

  metricName: { killed: 'People killed', 'killed-or-injured': 'People killed or injured', homicides: 'Homicides' },
  metricCount: {
    killed: (v) => `${v} people killed`,
    'killed-or-injured': (v) => `${v} people killed or injured, counted together`,
    homicides: (v) => `${v} homicides`,
  },
  metricLegend: {
    killed: 'People killed',
    'killed-or-injured': 'Killed or injured (no separate count of the killed)',
    homicides: 'Homicides (a different count)',
  },
  metricBarLines: { killed: [], 'killed-or-injured': ['killed or', 'injured'], homicides: ['homicides'] },
  metricBarLine: { killed: '', 'killed-or-injured': 'killed or injured', homicides: 'homicides' },

  axisKilled: 'People killed',
  legendDisputed: 'Reports differ: up to the highest count',
  legendLowest: 'People killed (lowest count)',

  titleEveryQuarter: (p) =>
    `Since ${p.since}, the UN counted ${p.threshold} people killed in Haiti in each of ${p.quarters} quarters` + (p.gaps ? `; ${p.gaps}` : ''),
  titleGap: {
    'killed-or-injured': (period) => `for ${period} it gave only a count of the killed and injured together`,
    homicides: (period) => `for ${period} it gave only a count of homicides`,
  },
  titleLatestQuarter: (p) => `${capitalize(p.value)} people were killed in Haiti in ${p.quarter}`,
  titleQuarterly: 'People killed in Haiti per quarter, according to the UN',
  titleYearly: (p) =>
    p.previousYear
      ? `${capitalize(p.value)} people were killed in Haiti in ${p.year}, more than in ${p.previousYear}`
      : `${capitalize(p.value)} people were killed in Haiti in ${p.year}`,
  titleYearlyPlain: 'People killed in Haiti per year, according to the UN',

  summaryQuarterly: (p) =>
    `From ${p.from} to ${p.to}, the UN counted between ${p.min} and ${p.max} people killed per quarter in Haiti${p.maxQuarter ? `, the most in ${p.maxQuarter}` : ''}. ` +
    (p.latestInjured
      ? `In ${p.latestQuarter}, ${p.latest} people were killed and ${p.latestInjured} injured.`
      : `In ${p.latestQuarter}, ${p.latest} people were killed.`),
  summaryQuarterlyOne: (p) =>
    p.injured
      ? `The UN counted ${p.value} people killed and ${p.injured} injured in Haiti in ${p.quarter}.`
      : `The UN counted ${p.value} people killed in Haiti in ${p.quarter}.`,
  summaryQuarterlyNone: (p) => `The UN's quarterly counts of violence in Haiti from ${p.from} to ${p.to}.`,
  summaryOtherMetric: (p) => `For ${p.quarter} it reported only ${p.count}.`,
  summaryAlsoMetric: (p) => `For ${p.quarter} it also reported ${p.count}.`,
  summaryYearly: (p) =>
    `UN figures put the number of people killed in Haiti at ${p.list}.` +
    (p.disputed ? ' Where two figures are given, UN counts differ.' : ''),
  yearItem: (p) => `${p.values} in ${p.year}`,

  otherMetricNote: (p) =>
    `${capitalize(p.period)}: ${p.count} (${p.sources}). Hatched: not a count of the killed, left out of every count of people killed.`,
  approximateNote: (periods) => `“At least” marks counts the UN gave as minimums of the cases it documented: ${periods}.`,
  injuredNote: (periods) =>
    `The UN also counted people injured in ${periods}; they are shown in the tooltips and the table, never added to the killed.`,
  disputedNote: (p) => `${capitalize(p.period)}: ${p.reports}.`,
  reportBy: (value, publishers) => `${value} according to ${publishers}`,
  reportByWithNote: (value, publishers, note) => `${value} (${note}; source: ${publishers})`,
  spansNote: (items) => `The UN also gave counts for periods that are neither quarters nor years, not drawn here: ${items}.`,
  spanItem: (p) =>
    p.published
      ? `${p.count} in ${p.period} (${p.sources}, published ${p.published})`
      : `${p.count} in ${p.period} (${p.sources})`,
  seedClaimNote: (p) => {
    const verdict = {
      confirmed: 'This is confirmed.',
      outdated: 'This is out of date.',
      disputed: 'Other sources dispute this.',
      unverified: 'This is unverified: no other source was found.',
    }[p.verdict];
    const refers = p.refersTo ? ` The UN had counted ${p.refersTo}.` : '';
    const also = p.alsoSee ? ` It later counted ${p.alsoSee}.` : '';
    // The claims are the article's points in other words, not quotations: no quotation marks.
    return `The seed article says: ${p.claim} ${verdict}${refers}${also}`;
  },
  aboutItem: (p) => (p.published ? `${p.count} in ${p.period}, published ${p.published}` : `${p.count} in ${p.period}`),

  tooltipCount: (metric, value) =>
    ({ killed: `Killed: ${value}`, 'killed-or-injured': `Killed or injured: ${value}`, homicides: `Homicides: ${value}` })[metric],
  tooltipInjured: (value) => `Injured: ${value} (not in the bar)`,
  tooltipNotKilled: 'Not a count of the killed',

  quarterPoint: (p) =>
    `${p.period}: ${p.count}${p.injured ? `, and ${p.injured} injured` : ''}.${p.notKilled ? ' Not a count of the killed.' : ''} Source: ${p.sources}.`,
  yearPoint: (p) => `${p.period}: ${p.reports}.`,

  colPeriod: 'Period',
  colKind: 'Period covered',
  colCounted: 'What is counted',
  colCount: 'Count',
  colInjured: 'Injured',
  colSources: 'Sources',
  colPublished: 'Published',
  colNote: 'Note',
  grain: { quarter: 'Quarter', year: 'Year', span: 'Other period' },
};

const fr: CasualtiesStrings = {
  months: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  quarterAbbr: (q) => `T${q}`,
  quarterShort: (q, year) => `T${q} ${year}`,
  monthRange: (p) =>
    p.fromYear === p.toYear ? `${p.fromMonth}-${p.toMonth} ${p.toYear}` : `${p.fromMonth} ${p.fromYear} – ${p.toMonth} ${p.toYear}`,

  metricName: { killed: 'Personnes tuées', 'killed-or-injured': 'Personnes tuées ou blessées', homicides: 'Homicides' },
  metricCount: {
    killed: (v) => `${v} personnes tuées`,
    'killed-or-injured': (v) => `${v} personnes tuées ou blessées, comptées ensemble`,
    homicides: (v) => `${v} homicides`,
  },
  metricLegend: {
    killed: 'Personnes tuées',
    'killed-or-injured': 'Tués ou blessés (pas de bilan distinct des morts)',
    homicides: 'Homicides (un autre décompte)',
  },
  metricBarLines: { killed: [], 'killed-or-injured': ['tués ou', 'blessés'], homicides: ['homicides'] },
  metricBarLine: { killed: '', 'killed-or-injured': 'tués ou blessés', homicides: 'homicides' },

  axisKilled: 'Personnes tuées',
  legendDisputed: 'Les bilans divergent : jusqu’au plus élevé',
  legendLowest: 'Personnes tuées (bilan le plus bas)',

  titleEveryQuarter: (p) =>
    `Depuis ${p.since}, l’ONU a compté ${p.threshold} personnes tuées en Haïti lors de chacun de ${p.quarters} trimestres` +
    (p.gaps ? ` ; ${p.gaps}` : ''),
  titleGap: {
    'killed-or-injured': (period) => `pour ${period}, elle n’a publié qu’un bilan des morts et des blessés confondus`,
    homicides: (period) => `pour ${period}, elle n’a publié qu’un bilan des homicides`,
  },
  titleLatestQuarter: (p) => `${capitalize(p.value)} personnes ont été tuées en Haïti en ${p.quarter}`,
  titleQuarterly: 'Personnes tuées en Haïti par trimestre, selon l’ONU',
  titleYearly: (p) =>
    p.previousYear
      ? `${capitalize(p.value)} personnes ont été tuées en Haïti en ${p.year}, plus qu’en ${p.previousYear}`
      : `${capitalize(p.value)} personnes ont été tuées en Haïti en ${p.year}`,
  titleYearlyPlain: 'Personnes tuées en Haïti par an, selon l’ONU',

  summaryQuarterly: (p) =>
    `Entre ${p.from} et ${p.to}, l’ONU a compté entre ${p.min} et ${p.max} personnes tuées par trimestre en Haïti${p.maxQuarter ? `, avec un pic en ${p.maxQuarter}` : ''}. ` +
    (p.latestInjured
      ? `En ${p.latestQuarter}, ${p.latest} personnes ont été tuées et ${p.latestInjured} blessées.`
      : `En ${p.latestQuarter}, ${p.latest} personnes ont été tuées.`),
  summaryQuarterlyOne: (p) =>
    p.injured
      ? `L’ONU a compté ${p.value} personnes tuées et ${p.injured} blessées en Haïti en ${p.quarter}.`
      : `L’ONU a compté ${p.value} personnes tuées en Haïti en ${p.quarter}.`,
  summaryQuarterlyNone: (p) => `Les bilans trimestriels de l’ONU sur la violence en Haïti, de ${p.from} à ${p.to}.`,
  summaryOtherMetric: (p) => `Pour ${p.quarter}, elle n’a publié qu’un bilan de ${p.count}.`,
  summaryAlsoMetric: (p) => `Pour ${p.quarter}, elle a aussi publié un bilan de ${p.count}.`,
  summaryYearly: (p) =>
    `Selon l’ONU, ${p.list} ont été tuées en Haïti.` + (p.disputed ? ' Là où deux chiffres figurent, les bilans de l’ONU divergent.' : ''),
  yearItem: (p) => `${p.values} personnes en ${p.year}`,

  otherMetricNote: (p) =>
    `${capitalize(p.period)} : ${p.count} (${p.sources}). Hachurée : pas un bilan des morts, hors de tout total des personnes tuées.`,
  approximateNote: (periods) => `« Au moins » signale les bilans que l’ONU présente comme un minimum des cas documentés : ${periods}.`,
  injuredNote: (periods) =>
    `L’ONU a aussi compté les blessés en ${periods} ; ils figurent dans les infobulles et le tableau, jamais ajoutés aux morts.`,
  disputedNote: (p) => `${capitalize(p.period)} : ${p.reports}.`,
  reportBy: (value, publishers) => `${value} selon ${publishers}`,
  reportByWithNote: (value, publishers, note) => `${value} (${note} ; source : ${publishers})`,
  spansNote: (items) => `L’ONU a aussi publié des bilans pour des périodes qui ne sont ni des trimestres ni des années, non représentés ici : ${items}.`,
  spanItem: (p) =>
    p.published
      ? `${p.count} en ${p.period} (${p.sources}, publié le ${p.published})`
      : `${p.count} en ${p.period} (${p.sources})`,
  seedClaimNote: (p) => {
    const verdict = {
      confirmed: 'C’est confirmé.',
      outdated: 'Ce chiffre est dépassé.',
      disputed: 'D’autres sources le contestent.',
      unverified: 'C’est invérifié : aucune autre source trouvée.',
    }[p.verdict];
    const refers = p.refersTo ? ` L’ONU avait compté ${p.refersTo}.` : '';
    const also = p.alsoSee ? ` Elle a ensuite compté ${p.alsoSee}.` : '';
    return `L’article d’origine affirme : ${p.claim} ${verdict}${refers}${also}`;
  },
  aboutItem: (p) => (p.published ? `${p.count} en ${p.period}, publié le ${p.published}` : `${p.count} en ${p.period}`),

  tooltipCount: (metric, value) =>
    ({ killed: `Tués : ${value}`, 'killed-or-injured': `Tués ou blessés : ${value}`, homicides: `Homicides : ${value}` })[metric],
  tooltipInjured: (value) => `Blessés : ${value} (hors de la barre)`,
  tooltipNotKilled: 'Ce n’est pas un bilan des morts',

  quarterPoint: (p) =>
    `${p.period} : ${p.count}${p.injured ? `, et ${p.injured} blessés` : ''}.${p.notKilled ? ' Ce n’est pas un bilan des morts.' : ''} Source : ${p.sources}.`,
  yearPoint: (p) => `${p.period} : ${p.reports}.`,

  colPeriod: 'Période',
  colKind: 'Période couverte',
  colCounted: 'Ce qui est compté',
  colCount: 'Bilan',
  colInjured: 'Blessés',
  colSources: 'Sources',
  colPublished: 'Publié',
  colNote: 'Remarque',
  grain: { quarter: 'Trimestre', year: 'Année', span: 'Autre période' },
};

const ht: CasualtiesStrings = {
  months: ['janvye', 'fevriye', 'mas', 'avril', 'me', 'jen', 'jiyè', 'out', 'septanm', 'oktòb', 'novanm', 'desanm'],
  quarterAbbr: (q) => `T${q}`,
  quarterShort: (q, year) => `T${q} ${year}`,
  monthRange: (p) =>
    p.fromYear === p.toYear ? `${p.fromMonth}–${p.toMonth} ${p.toYear}` : `${p.fromMonth} ${p.fromYear} – ${p.toMonth} ${p.toYear}`,

  metricName: { killed: 'Moun yo touye', 'killed-or-injured': 'Moun yo touye oswa blese', homicides: 'Omisid' },
  metricCount: {
    killed: (v) => `${v} moun yo touye`,
    'killed-or-injured': (v) => `${v} moun yo touye oswa blese, konte ansanm`,
    homicides: (v) => `${v} omisid`,
  },
  metricLegend: {
    killed: 'Moun yo touye',
    'killed-or-injured': 'Touye oswa blese (pa gen chif apa pou moun yo touye)',
    homicides: 'Omisid (yon lòt kalite kont)',
  },
  metricBarLines: { killed: [], 'killed-or-injured': ['touye oswa', 'blese'], homicides: ['omisid'] },
  metricBarLine: { killed: '', 'killed-or-injured': 'touye oswa blese', homicides: 'omisid' },

  axisKilled: 'Moun yo touye',
  legendDisputed: 'Chif yo pa dakò: jis nan chif ki pi wo a',
  legendLowest: 'Moun yo touye (chif ki pi ba)',

  titleEveryQuarter: (p) =>
    `Depi ${p.since}, ONI konte ${p.threshold} moun yo touye ann Ayiti nan chak youn nan ${p.quarters} trimès` + (p.gaps ? `; ${p.gaps}` : ''),
  titleGap: {
    'killed-or-injured': (period) => `pou ${period}, li bay sèlman yon kont moun yo touye ak moun ki blese ansanm`,
    homicides: (period) => `pou ${period}, li bay sèlman yon kont omisid`,
  },
  titleLatestQuarter: (p) => `Yo touye ${p.value} moun ann Ayiti nan ${p.quarter}`,
  titleQuarterly: 'Moun yo touye ann Ayiti chak trimès, dapre ONI',
  titleYearly: (p) =>
    p.previousYear
      ? `Yo touye ${p.value} moun ann Ayiti an ${p.year}, plis pase an ${p.previousYear}`
      : `Yo touye ${p.value} moun ann Ayiti an ${p.year}`,
  titleYearlyPlain: 'Moun yo touye ann Ayiti chak ane, dapre ONI',

  summaryQuarterly: (p) =>
    `Soti ${p.from} rive ${p.to}, ONI konte ant ${p.min} ak ${p.max} moun yo touye chak trimès ann Ayiti${p.maxQuarter ? `; se nan ${p.maxQuarter} ki te gen plis` : ''}. ` +
    (p.latestInjured
      ? `Nan ${p.latestQuarter}, yo touye ${p.latest} moun epi ${p.latestInjured} moun blese.`
      : `Nan ${p.latestQuarter}, yo touye ${p.latest} moun.`),
  summaryQuarterlyOne: (p) =>
    p.injured
      ? `ONI konte ${p.value} moun yo touye ak ${p.injured} moun ki blese ann Ayiti nan ${p.quarter}.`
      : `ONI konte ${p.value} moun yo touye ann Ayiti nan ${p.quarter}.`,
  summaryQuarterlyNone: (p) => `Bilan ONI chak trimès sou vyolans ann Ayiti, soti ${p.from} rive ${p.to}.`,
  summaryOtherMetric: (p) => `Pou ${p.quarter}, li te bay sèlman ${p.count}.`,
  summaryAlsoMetric: (p) => `Pou ${p.quarter}, li te bay tou ${p.count}.`,
  summaryYearly: (p) =>
    `Dapre chif ONI yo, yo touye ${p.list} ann Ayiti.` + (p.disputed ? ' Kote gen de chif, se paske bilan ONI yo pa dakò.' : ''),
  yearItem: (p) => `${p.values} moun an ${p.year}`,

  otherMetricNote: (p) =>
    `${capitalize(p.period)}: ${p.count} (${p.sources}). Liy kwaze: se pa yon bilan moun yo touye, li pa nan okenn total moun yo touye.`,
  approximateNote: (periods) => `« Omwen » vle di ONI bay chif la kòm yon minimòm ka li dokimante: ${periods}.`,
  injuredNote: (periods) =>
    `ONI konte moun ki blese tou nan ${periods}; yo parèt nan tablo a ak lè w pase sou ba yo, men nou pa janm adisyone yo ak moun yo touye.`,
  disputedNote: (p) => `${capitalize(p.period)}: ${p.reports}.`,
  reportBy: (value, publishers) => `${value} dapre ${publishers}`,
  reportByWithNote: (value, publishers, note) => `${value} (${note}; sous: ${publishers})`,
  spansNote: (items) => `ONI bay chif tou pou peryòd ki pa ni trimès ni ane, ki pa parèt sou grafik la: ${items}.`,
  spanItem: (p) =>
    p.published
      ? `${p.count} nan ${p.period} (${p.sources}, pibliye ${p.published})`
      : `${p.count} nan ${p.period} (${p.sources})`,
  seedClaimNote: (p) => {
    const verdict = {
      confirmed: 'Sa konfime.',
      outdated: 'Chif sa a pa ajou ankò.',
      disputed: 'Lòt sous pa dakò.',
      unverified: 'Nou pa t ka verifye sa: nou pa jwenn okenn lòt sous.',
    }[p.verdict];
    const refers = p.refersTo ? ` ONI te konte ${p.refersTo}.` : '';
    const also = p.alsoSee ? ` Apre sa, li konte ${p.alsoSee}.` : '';
    return `Atik orijinal la di: ${p.claim} ${verdict}${refers}${also}`;
  },
  aboutItem: (p) => (p.published ? `${p.count} nan ${p.period}, pibliye ${p.published}` : `${p.count} nan ${p.period}`),

  tooltipCount: (metric, value) =>
    ({ killed: `Touye: ${value}`, 'killed-or-injured': `Touye oswa blese: ${value}`, homicides: `Omisid: ${value}` })[metric],
  tooltipInjured: (value) => `Blese: ${value} (pa nan ba a)`,
  tooltipNotKilled: 'Se pa yon bilan moun yo touye',

  quarterPoint: (p) =>
    `${p.period}: ${p.count}${p.injured ? `, ak ${p.injured} moun ki blese` : ''}.${p.notKilled ? ' Se pa yon bilan moun yo touye.' : ''} Sous: ${p.sources}.`,
  yearPoint: (p) => `${p.period}: ${p.reports}.`,

  colPeriod: 'Peryòd',
  colKind: 'Kalite peryòd',
  colCounted: 'Sa yo konte',
  colCount: 'Bilan',
  colInjured: 'Blese',
  colSources: 'Sous yo',
  colPublished: 'Pibliye',
  colNote: 'Nòt',
  grain: { quarter: 'Trimès', year: 'Ane', span: 'Lòt peryòd' },
};

const es: CasualtiesStrings = {
  months: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  quarterAbbr: (q) => `T${q}`,
  quarterShort: (q, year) => `T${q} ${year}`,
  monthRange: (p) =>
    p.fromYear === p.toYear
      ? `${p.fromMonth}-${p.toMonth} de ${p.toYear}`
      : `${p.fromMonth} de ${p.fromYear} – ${p.toMonth} de ${p.toYear}`,

  metricName: { killed: 'Personas muertas', 'killed-or-injured': 'Personas muertas o heridas', homicides: 'Homicidios' },
  metricCount: {
    killed: (v) => `${v} personas muertas`,
    'killed-or-injured': (v) => `${v} personas muertas o heridas, contadas juntas`,
    homicides: (v) => `${v} homicidios`,
  },
  metricLegend: {
    killed: 'Personas muertas',
    'killed-or-injured': 'Muertas o heridas (sin cifra aparte de muertos)',
    homicides: 'Homicidios (otro recuento)',
  },
  metricBarLines: { killed: [], 'killed-or-injured': ['muertos o', 'heridos'], homicides: ['homicidios'] },
  metricBarLine: { killed: '', 'killed-or-injured': 'muertos o heridos', homicides: 'homicidios' },

  axisKilled: 'Personas muertas',
  legendDisputed: 'Las cifras difieren: hasta la más alta',
  legendLowest: 'Personas muertas (cifra más baja)',

  titleEveryQuarter: (p) =>
    `Desde ${p.since}, la ONU contó ${p.threshold} personas muertas en Haití en cada uno de ${p.quarters} trimestres` + (p.gaps ? `; ${p.gaps}` : ''),
  titleGap: {
    'killed-or-injured': (period) => `para ${period} solo dio un recuento de muertos y heridos juntos`,
    homicides: (period) => `para ${period} solo dio un recuento de homicidios`,
  },
  titleLatestQuarter: (p) => `${capitalize(p.value)} personas murieron de forma violenta en Haití en ${p.quarter}`,
  titleQuarterly: 'Muertes violentas en Haití por trimestre, según la ONU',
  titleYearly: (p) =>
    p.previousYear
      ? `${capitalize(p.value)} personas murieron de forma violenta en Haití en ${p.year}, más que en ${p.previousYear}`
      : `${capitalize(p.value)} personas murieron de forma violenta en Haití en ${p.year}`,
  titleYearlyPlain: 'Muertes violentas en Haití por año, según la ONU',

  summaryQuarterly: (p) =>
    `Entre ${p.from} y ${p.to}, la ONU contó entre ${p.min} y ${p.max} personas muertas por trimestre en Haití${p.maxQuarter ? `, la cifra más alta en ${p.maxQuarter}` : ''}. ` +
    (p.latestInjured
      ? `En ${p.latestQuarter} murieron ${p.latest} personas y ${p.latestInjured} resultaron heridas.`
      : `En ${p.latestQuarter} murieron ${p.latest} personas.`),
  summaryQuarterlyOne: (p) =>
    p.injured
      ? `La ONU contó ${p.value} personas muertas y ${p.injured} heridas en Haití en ${p.quarter}.`
      : `La ONU contó ${p.value} personas muertas en Haití en ${p.quarter}.`,
  summaryQuarterlyNone: (p) => `Los recuentos trimestrales de la ONU sobre la violencia en Haití, de ${p.from} a ${p.to}.`,
  summaryOtherMetric: (p) => `Para ${p.quarter} solo informó de ${p.count}.`,
  summaryAlsoMetric: (p) => `Para ${p.quarter} también informó de ${p.count}.`,
  summaryYearly: (p) =>
    `Según las cifras de la ONU, en Haití murieron de forma violenta ${p.list}.` +
    (p.disputed ? ' Donde hay dos cifras, los recuentos de la ONU difieren.' : ''),
  yearItem: (p) => `${p.values} personas en ${p.year}`,

  otherMetricNote: (p) =>
    `${capitalize(p.period)}: ${p.count} (${p.sources}). Rayada: no es un recuento de muertos y queda fuera de todo total de personas muertas.`,
  approximateNote: (periods) => `«Al menos» indica cifras que la ONU dio como mínimo de los casos documentados: ${periods}.`,
  injuredNote: (periods) =>
    `La ONU también contó personas heridas en ${periods}; figuran en las etiquetas emergentes y en la tabla, nunca sumadas a los muertos.`,
  disputedNote: (p) => `${capitalize(p.period)}: ${p.reports}.`,
  reportBy: (value, publishers) => `${value} según ${publishers}`,
  reportByWithNote: (value, publishers, note) => `${value} (${note}; fuente: ${publishers})`,
  spansNote: (items) => `La ONU también dio cifras para periodos que no son trimestres ni años, no representados aquí: ${items}.`,
  spanItem: (p) =>
    p.published
      ? `${p.count} en ${p.period} (${p.sources}, publicado el ${p.published})`
      : `${p.count} en ${p.period} (${p.sources})`,
  seedClaimNote: (p) => {
    const verdict = {
      confirmed: 'Está confirmado.',
      outdated: 'La cifra está desactualizada.',
      disputed: 'Otras fuentes lo contradicen.',
      unverified: 'No está verificado: no se encontró ninguna otra fuente.',
    }[p.verdict];
    const refers = p.refersTo ? ` La ONU había contado ${p.refersTo}.` : '';
    const also = p.alsoSee ? ` Después contó ${p.alsoSee}.` : '';
    return `El artículo de origen afirma: ${p.claim} ${verdict}${refers}${also}`;
  },
  aboutItem: (p) => (p.published ? `${p.count} en ${p.period}, publicado el ${p.published}` : `${p.count} en ${p.period}`),

  tooltipCount: (metric, value) =>
    ({ killed: `Muertas: ${value}`, 'killed-or-injured': `Muertas o heridas: ${value}`, homicides: `Homicidios: ${value}` })[metric],
  tooltipInjured: (value) => `Heridas: ${value} (fuera de la barra)`,
  tooltipNotKilled: 'No es un recuento de muertos',

  quarterPoint: (p) =>
    `${p.period}: ${p.count}${p.injured ? `, y ${p.injured} heridas` : ''}.${p.notKilled ? ' No es un recuento de muertos.' : ''} Fuente: ${p.sources}.`,
  yearPoint: (p) => `${p.period}: ${p.reports}.`,

  colPeriod: 'Periodo',
  colKind: 'Tipo de periodo',
  colCounted: 'Qué se cuenta',
  colCount: 'Cifra',
  colInjured: 'Heridos',
  colSources: 'Fuentes',
  colPublished: 'Publicado',
  colNote: 'Nota',
  grain: { quarter: 'Trimestre', year: 'Año', span: 'Otro periodo' },
};

const TABLE: Record<UiLanguage, CasualtiesStrings> = { en, fr, ht, es };

export function casualtiesStrings(locale: string): CasualtiesStrings {
  return pick(TABLE, locale);
}
