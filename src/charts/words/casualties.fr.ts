/** French words of the casualties chart: loaded when a page in French needs them (see Words in src/i18n/language.ts). */
import type { CasualtiesStrings } from '../casualties.strings.js';
import { capitalize } from '../helpers.js';

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

export { fr as words };
