/** Spanish words of the key figures: loaded when a page in Spanish needs them (see Words in src/i18n/language.ts). */
import type { KeyFiguresStrings } from '../key-figures.strings.js';

const es: KeyFiguresStrings = {
  titleMission: 'La misión liderada por Kenia en Haití, en cifras',
  titleCrisis: 'La crisis de Haití en cifras',
  titleMixed: 'La crisis de Haití y la misión liderada por Kenia, en cifras',
  summary: (from, to) => `Cifras publicadas de ${from} a ${to}, cada una con su fecha y sus fuentes.`,
  summarySameDate: (date) => `Cifras publicadas al ${date}, cada una con sus fuentes.`,
  summaryDisputed: 'Cuando las fuentes difieren, se muestra cada cifra.',

  deployedLabel: 'efectivos desplegados',
  deployedContext: (planned) => `de ${planned} previstos`,
  contingentsLabel: (plural) => (plural === 'one' ? 'país ha enviado efectivos' : 'países han enviado efectivos'),
  contingentsContext: (pledged) => `de ${pledged} que prometieron o enviaron efectivos`,
  pledgedLabel: 'efectivos prometidos por los países contribuyentes',
  displacedLabel: 'personas desplazadas dentro de Haití',
  displacedContext: (first, date) => `frente a ${first} en ${date}`,
  killedYearLabel: (year) => `personas asesinadas en ${year}`,
  killedPeriodLabel: (from, to) => `personas asesinadas entre ${from} y ${to}`,
  injuredContext: (injured) => `y ${injured} heridas`,
  otherMetricCount: { 'killed-or-injured': (v) => `${v} muertos o heridos, contados juntos`, homicides: (v) => `${v} homicidios` },
  otherMetricDetail: (counts) => `Otro recuento de la ONU: ${counts}`,
  countedNote: (label, note) => `${label}: ${note}.`,
  rowOtherMetric: { 'killed-or-injured': 'Personas muertas o heridas, mismo periodo', homicides: 'Homicidios, mismo periodo' },
  fundingLabel: 'recibidos por el fondo fiduciario de la ONU para la misión',
  fundingContext: (pledged) => `de ${pledged} prometidos`,
  fundingFrozen: (amount, date) => `El ${date}, Estados Unidos congeló ${amount} que aún no había pagado.`,
  usd: (amount, compact) => (compact ? `${amount} de dólares` : `${amount} dólares`),

  rowPlanned: 'Efectivo previsto',
  rowSentCountries: 'Países que han enviado efectivos',
  rowPledgingCountries: 'Países que prometieron o enviaron efectivos',
  rowDisplacedEarlier: 'Personas desplazadas dentro de Haití, recuento anterior',
  rowInjured: 'Personas heridas, mismo periodo',
  rowFundingPledged: 'Prometido al fondo fiduciario',
  rowFundingFrozen: 'Contribuciones de EE. UU. congeladas',
  colFigure: 'Cifra',
  colValue: 'Valor',
  colDate: 'Fecha',
  colSources: 'Fuentes',

  asOf: (date, precision) => (precision === 'day' ? `Al ${date}` : `En ${date}`),
  reported: (date, precision) => (precision === 'day' ? `Publicado el ${date}` : `Publicado en ${date}`),
  sourcesDiffer: (others) => `Las fuentes difieren: ${others}`,
  reportWithNote: (value, note) => `${value} (${note})`,
  reportBy: (value, publishers) => `${value} según ${publishers}`,
  reportsSameOutlet: (reports, publishers) => `${reports}, según ${publishers}`,
  reportSameSource: (value) => `${value} en otro recuento de la misma fuente`,
  moreSources: (count) => `y ${count} más, listadas abajo`,

  disputedNote: (label, reports) => `${label}: ${reports}.`,
  approximateNote: (label, value, publishers) =>
    `${label}: ${publishers} indicó «${value}», sin una cifra exacta.`,
  contingentsNote:
    'Los países se cuentan a partir de las llegadas y los compromisos recogidos en los datos; algunos compromisos se informaron sin una cifra.',
};

export { es as words };
