/** Haitian Creole words of the key figures: loaded when a page in Haitian Creole needs them (see Words in src/i18n/language.ts). */
import type { KeyFiguresStrings } from '../key-figures.strings.js';

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

export { ht as words };
