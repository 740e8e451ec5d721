/** French words of the key figures: loaded when a page in French needs them (see Words in src/i18n/language.ts). */
import type { KeyFiguresStrings } from '../key-figures.strings.js';

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

export { fr as words };
