/** Haitian Creole words of the casualties chart: loaded when a page in Haitian Creole needs them (see Words in src/i18n/language.ts). */
import type { CasualtiesStrings } from '../casualties.strings.js';
import { capitalize } from '../helpers.js';

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

export { ht as words };
