/** Spanish words of the casualties chart: loaded when a page in Spanish needs them (see Words in src/i18n/language.ts). */
import type { CasualtiesStrings } from '../casualties.strings.js';
import { capitalize } from '../helpers.js';

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

export { es as words };
