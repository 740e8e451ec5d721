/** Words of the key-figure cards, per language: whole templates, not glued fragments. */
import type { DatePrecision } from '../data/selectors.js';
import type { CasualtyMetric } from '../data/types.js';
import { pick, type UiLanguage } from '../i18n/language.js';

export interface KeyFiguresStrings {
  /** Titles by what the chosen cards are about: the mission, Haiti's crisis, or both. */
  titleMission: string;
  titleCrisis: string;
  titleMixed: string;
  summary: (from: string, to: string) => string;
  summarySameDate: (date: string) => string;
  summaryDisputed: string;

  /** Card labels follow the number: "980 | personnel deployed". */
  deployedLabel: string;
  deployedContext: (planned: string) => string;
  contingentsLabel: (plural: Intl.LDMLPluralRule) => string;
  contingentsContext: (pledged: string) => string;
  pledgedLabel: string;
  displacedLabel: string;
  /** The earliest count beside the latest; `rose` when every report of the latest is above every report of the earliest. */
  displacedContext: (first: string, date: string, rose: boolean) => string;
  killedYearLabel: (year: string) => string;
  killedPeriodLabel: (from: string, to: string) => string;
  injuredContext: (injured: string) => string;
  /** A count of another metric for the same period ("4,789 homicides"), named beside the card's count of the killed. */
  otherMetricCount: Record<Exclude<CasualtyMetric, 'killed'>, (value: string) => string>;
  /** The card's line for those counts: "A different UN count: 4,789 homicides (…)". */
  otherMetricDetail: (counts: string) => string;
  /** What the card's own count counts, from its record's note: "People killed in 2023: killings documented by OHCHR." */
  countedNote: (label: string, note: string) => string;
  rowOtherMetric: Record<Exclude<CasualtyMetric, 'killed'>, string>;
  fundingLabel: string;
  fundingContext: (pledged: string) => string;
  fundingFrozen: (amount: string, date: string) => string;
  /** US dollars around an already formatted number; `compact` when the number ends in a word ("85 million"). */
  usd: (amount: string, compact: boolean) => string;

  /** Table labels (the card label reads after a number; the table's stands alone). */
  rowPlanned: string;
  rowSentCountries: string;
  rowPledgingCountries: string;
  rowDisplacedEarlier: string;
  rowInjured: string;
  rowFundingPledged: string;
  rowFundingFrozen: string;
  colFigure: string;
  colValue: string;
  colDate: string;
  colSources: string;

  /** French and Spanish take a different preposition before a day and a month. */
  asOf: (date: string, precision: DatePrecision) => string;
  reported: (date: string, precision: DatePrecision) => string;
  sourcesDiffer: (others: string) => string;
  /** Another report of the same figure, named by its source's own description of it. */
  reportWithNote: (value: string, note: string) => string;
  reportBy: (value: string, publishers: string) => string;
  /** Reports that all come from the same outlet, named once. */
  reportsSameOutlet: (reports: string, publishers: string) => string;
  /** Another report published by the same outlet as the headline figure. */
  reportSameSource: (value: string) => string;
  moreSources: (count: string) => string;

  disputedNote: (label: string, reports: string) => string;
  approximateNote: (label: string, value: string, publishers: string) => string;
  contingentsNote: string;
}

const en: KeyFiguresStrings = {
  titleMission: 'The Kenya-led mission in Haiti, in figures',
  titleCrisis: "Haiti's crisis in figures",
  titleMixed: "Haiti's crisis and the Kenya-led mission, in figures",
  summary: (from, to) => `Reported figures from ${from} to ${to}, each with its date and sources.`,
  summarySameDate: (date) => `Reported figures as of ${date}, each with its sources.`,
  summaryDisputed: 'Where sources differ, every figure is shown.',

  deployedLabel: 'personnel deployed',
  deployedContext: (planned) => `of ${planned} planned`,
  contingentsLabel: (plural) => (plural === 'one' ? 'country has sent personnel' : 'countries have sent personnel'),
  contingentsContext: (pledged) => `of ${pledged} that pledged or sent personnel`,
  pledgedLabel: 'personnel pledged by contributing countries',
  displacedLabel: 'people displaced inside Haiti',
  displacedContext: (first, date, rose) => (rose ? `up from ${first} in ${date}` : `against ${first} in ${date}`),
  killedYearLabel: (year) => `people killed in ${year}`,
  killedPeriodLabel: (from, to) => `people killed between ${from} and ${to}`,
  injuredContext: (injured) => `and ${injured} injured`,
  otherMetricCount: { 'killed-or-injured': (v) => `${v} killed or injured, counted together`, homicides: (v) => `${v} homicides` },
  otherMetricDetail: (counts) => `A different UN count: ${counts}`,
  countedNote: (label, note) => `${label}: ${note}.`,
  rowOtherMetric: { 'killed-or-injured': 'People killed or injured, same period', homicides: 'Homicides, same period' },
  fundingLabel: "received by the mission's UN trust fund",
  fundingContext: (pledged) => `of ${pledged} pledged`,
  fundingFrozen: (amount, date) => `On ${date} the United States froze ${amount} it had not yet paid.`,
  usd: (amount) => `$${amount}`,

  rowPlanned: 'Planned strength',
  rowSentCountries: 'Countries that have sent personnel',
  rowPledgingCountries: 'Countries that pledged or sent personnel',
  rowDisplacedEarlier: 'People displaced inside Haiti, earlier count',
  rowInjured: 'People injured, same period',
  rowFundingPledged: 'Pledged to the trust fund',
  rowFundingFrozen: 'US contributions frozen',
  colFigure: 'Figure',
  colValue: 'Value',
  colDate: 'Date',
  colSources: 'Sources',

  asOf: (date) => `As of ${date}`,
  reported: (date) => `Reported ${date}`,
  sourcesDiffer: (others) => `Sources differ: ${others}`,
  reportWithNote: (value, note) => `${value} (${note})`,
  reportBy: (value, publishers) => `${value} according to ${publishers}`,
  reportsSameOutlet: (reports, publishers) => `${reports}, as reported by ${publishers}`,
  reportSameSource: (value) => `${value} in another count by the same source`,
  moreSources: (count) => `and ${count} more listed below`,

  disputedNote: (label, reports) => `${label}: ${reports}.`,
  approximateNote: (label, value, publishers) =>
    `${label}: ${publishers} reported “${value}”, without an exact number.`,
  contingentsNote: 'Countries are counted from the arrivals and pledges listed in the data; some pledges were reported without a number.',
};

const fr: KeyFiguresStrings = {
  titleMission: 'La mission menée par le Kenya en Haïti, en chiffres',
  titleCrisis: 'La crise en Haïti en chiffres',
  titleMixed: 'La crise en Haïti et la mission menée par le Kenya, en chiffres',
  summary: (from, to) => `Chiffres publiés de ${from} à ${to}, chacun avec sa date et ses sources.`,
  summarySameDate: (date) => `Chiffres publiés pour ${date}, chacun avec ses sources.`,
  summaryDisputed: 'Quand les sources divergent, chaque chiffre est indiqué.',

  deployedLabel: 'membres de la force déployés',
  deployedContext: (planned) => `sur ${planned} prévus`,
  contingentsLabel: (plural) => (plural === 'one' ? 'pays a envoyé des effectifs' : 'pays ont envoyé des effectifs'),
  contingentsContext: (pledged) => `sur ${pledged} qui en ont promis ou envoyé`,
  pledgedLabel: 'effectifs promis par les pays contributeurs',
  displacedLabel: 'personnes déplacées à l’intérieur d’Haïti',
  displacedContext: (first, date) => `contre ${first} en ${date}`,
  killedYearLabel: (year) => `personnes tuées en ${year}`,
  killedPeriodLabel: (from, to) => `personnes tuées entre ${from} et ${to}`,
  injuredContext: (injured) => `et ${injured} blessées`,
  otherMetricCount: { 'killed-or-injured': (v) => `${v} morts ou blessés, comptés ensemble`, homicides: (v) => `${v} homicides` },
  otherMetricDetail: (counts) => `Un autre bilan de l’ONU : ${counts}`,
  countedNote: (label, note) => `${label} : ${note}.`,
  rowOtherMetric: { 'killed-or-injured': 'Personnes tuées ou blessées, même période', homicides: 'Homicides, même période' },
  fundingLabel: 'versés au fonds d’affectation spéciale de l’ONU pour la mission',
  fundingContext: (pledged) => `sur ${pledged} promis`,
  fundingFrozen: (amount, date) => `Le ${date}, les États-Unis ont gelé ${amount} qu’ils n’avaient pas encore versés.`,
  usd: (amount, compact) => (compact ? `${amount} de dollars` : `${amount} dollars`),

  rowPlanned: 'Effectif prévu',
  rowSentCountries: 'Pays ayant envoyé des effectifs',
  rowPledgingCountries: 'Pays ayant promis ou envoyé des effectifs',
  rowDisplacedEarlier: 'Personnes déplacées en Haïti, décompte antérieur',
  rowInjured: 'Personnes blessées, même période',
  rowFundingPledged: 'Promis au fonds d’affectation spéciale',
  rowFundingFrozen: 'Contributions américaines gelées',
  colFigure: 'Chiffre',
  colValue: 'Valeur',
  colDate: 'Date',
  colSources: 'Sources',

  asOf: (date, precision) => (precision === 'day' ? `Au ${date}` : `En ${date}`),
  reported: (date, precision) => (precision === 'day' ? `Publié le ${date}` : `Publié en ${date}`),
  sourcesDiffer: (others) => `Les sources divergent : ${others}`,
  reportWithNote: (value, note) => `${value} (${note})`,
  reportBy: (value, publishers) => `${value} selon ${publishers}`,
  reportsSameOutlet: (reports, publishers) => `${reports}, selon ${publishers}`,
  reportSameSource: (value) => `${value} dans un autre décompte de la même source`,
  moreSources: (count) => `et ${count} autres, listées ci-dessous`,

  disputedNote: (label, reports) => `${label} : ${reports}.`,
  approximateNote: (label, value, publishers) =>
    `${label} : ${publishers} indique « ${value} », sans nombre exact.`,
  contingentsNote:
    'Les pays sont comptés d’après les arrivées et les promesses recensées dans les données ; certaines promesses ont été rapportées sans nombre.',
};

const ht: KeyFiguresStrings = {
  titleMission: 'Misyon Kenya ap dirije ann Ayiti a, an chif',
  titleCrisis: 'Kriz Ayiti a an chif',
  titleMixed: 'Kriz Ayiti a ak misyon Kenya ap dirije a, an chif',
  summary: (from, to) => `Chif ki pibliye soti ${from} rive ${to}, chak ak dat li ak sous li.`,
  summarySameDate: (date) => `Chif ki pibliye jis ${date}, chak ak sous li.`,
  summaryDisputed: 'Lè sous yo pa dakò, nou montre chak chif.',

  deployedLabel: 'moun nan fòs la deplwaye',
  deployedContext: (planned) => `sou ${planned} ki te planifye`,
  contingentsLabel: () => 'peyi voye moun',
  contingentsContext: (pledged) => `sou ${pledged} ki te pwomèt oswa voye moun`,
  pledgedLabel: 'moun peyi k ap kontribye yo pwomèt',
  displacedLabel: 'moun ki deplase andedan Ayiti',
  displacedContext: (first, date) => `kont ${first} nan ${date}`,
  killedYearLabel: (year) => `moun yo touye nan ${year}`,
  killedPeriodLabel: (from, to) => `moun yo touye ant ${from} ak ${to}`,
  injuredContext: (injured) => `ak ${injured} moun blese`,
  otherMetricCount: { 'killed-or-injured': (v) => `${v} moun yo touye oswa blese, konte ansanm`, homicides: (v) => `${v} omisid` },
  otherMetricDetail: (counts) => `Yon lòt kont ONI: ${counts}`,
  countedNote: (label, note) => `${label}: ${note}.`,
  rowOtherMetric: { 'killed-or-injured': 'Moun yo touye oswa blese, menm peryòd', homicides: 'Omisid, menm peryòd' },
  fundingLabel: 'fon fidisyè ONI pou misyon an resevwa',
  fundingContext: (pledged) => `sou ${pledged} yo te pwomèt`,
  fundingFrozen: (amount, date) => `${date}, Etazini bloke ${amount} li pa t ko peye.`,
  usd: (amount) => `${amount} dola ameriken`,

  rowPlanned: 'Efektif ki te planifye',
  rowSentCountries: 'Peyi ki voye moun',
  rowPledgingCountries: 'Peyi ki te pwomèt oswa voye moun',
  rowDisplacedEarlier: 'Moun ki deplase andedan Ayiti, kont anvan',
  rowInjured: 'Moun ki blese, menm peryòd',
  rowFundingPledged: 'Pwomès pou fon fidisyè a',
  rowFundingFrozen: 'Kontribisyon Etazini ki bloke',
  colFigure: 'Chif',
  colValue: 'Valè',
  colDate: 'Dat',
  colSources: 'Sous yo',

  asOf: (date) => `Jis ${date}`,
  reported: (date) => `Pibliye ${date}`,
  sourcesDiffer: (others) => `Sous yo pa dakò: ${others}`,
  reportWithNote: (value, note) => `${value} (${note})`,
  reportBy: (value, publishers) => `${value} dapre ${publishers}`,
  reportsSameOutlet: (reports, publishers) => `${reports}, dapre ${publishers}`,
  reportSameSource: (value) => `${value} nan yon lòt kont menm sous la`,
  moreSources: (count) => `ak ${count} lòt ki nan lis anba a`,

  disputedNote: (label, reports) => `${label}: ${reports}.`,
  approximateNote: (label, value, publishers) =>
    `${label}: ${publishers} bay « ${value} », san kantite egzak la.`,
  contingentsNote: 'Nou konte peyi yo dapre arive ak pwomès ki nan done yo; gen pwomès yo rapòte san yon kantite.',
};

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

const TABLE: Record<UiLanguage, KeyFiguresStrings> = { en, fr, ht, es };

export function keyFiguresStrings(locale: string): KeyFiguresStrings {
  return pick(TABLE, locale);
}
