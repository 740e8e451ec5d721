/** Haitian Creole words of the contingent chart: loaded when a page in Haitian Creole needs them (see Words in src/i18n/language.ts). */
import type { ContingentStrings } from '../contingent.strings.js';

const ht: ContingentStrings = {
  titleLeader: (country) => `Se ${country} ki voye pifò moun ki rive ann Ayiti`,
  titleArrivals: 'Moun ki rive ann Ayiti, pa kontenjan',
  titleCumulative: (total, date) => `Fòs la te gen ${total} moun nan ${date}`,
  titleCumulativeNoCount: 'Moun ki rive ann Ayiti, total sou tan',
  summaryArrivals: (p) =>
    // Creole nouns do not change for the plural.
    `${p.to ? `Ant ${p.from} ak ${p.to}` : `Nan ${p.from}`}, ${p.contingents.text} kontenjan ki soti nan ${p.countries.text} peyi rive ann Ayiti; ${p.leaderContingents.text} kontenjan ${p.leader} te mennen ${p.leaderPersonnel} moun.`,
  summaryCumulative: (p) =>
    p.headcount
      ? `Lè n adisyone tout moun yo di ki rive, sa bay ${p.arrived} moun jis ${p.date}; misyon an li menm te konte ${p.headcount} moun ${p.headcountDate}, paske se pa tout wotasyon yo anonse.`
      : `Lè n adisyone tout moun yo di ki rive, sa bay ${p.arrived} moun jis ${p.date}.`,
  axisPersonnel: 'Moun',
  disputedRange: 'Konteste: sous yo pa dakò',
  reportedHeadcount: 'Kantite moun fòs la anonse',
  colDate: 'Dat li rive',
  colCountry: 'Peyi',
  colContingent: 'Kontenjan',
  colPersonnel: 'Moun',
  colService: 'Kò',
  colSources: 'Sous yo',
  colArrivedLow: 'Rive (chif ki pi ba)',
  colArrivedHigh: 'Rive (chif ki pi wo)',
  colHeadcount: 'Kantite yo anonse',
  service: { police: 'polis', military: 'militè', mixed: 'polis ak militè' },
  disputedNote: (p) => `${p.label} (${p.date}): ${p.reports}.`,
  reportBy: (value, publishers) => `${value} dapre ${publishers}`,
  cumulativeNote:
    'Zòn anpile yo adisyone moun yo di ki rive; yo raman anonse depa ak wotasyon, kidonk total la ka depase kantite yo konte (pwen yo).',
  servedUntil: (label, country, date) => `${country}, ${label}: kite Ayiti ${date}.`,
  headcountPoint: (date, value) => `Kantite moun ${date}: ${value}`,
  arrivalPoint: (p) => `${p.country}, ${p.label}, rive ${p.date}: ${p.value} moun. Sous: ${p.sources}.`,
};

export { ht as words };
