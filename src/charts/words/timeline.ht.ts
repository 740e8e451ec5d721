/** Haitian Creole words of the timeline: loaded when a page in Haitian Creole needs them (see Words in src/i18n/language.ts). */
import type { TimelineStrings } from '../timeline.strings.js';

const ht: TimelineStrings = {
  title: 'Misyon Kenya ap dirije an Ayiti a, dat pa dat',
  summary: (from, to, kinds) => `Evènman ki gen dat soti ${from} rive ${to}: ${kinds}, chak ak sous li yo.`,
  summaryOneYear: (year, kinds) => `Evènman ki gen dat nan ${year}: ${kinds}, chak ak sous li yo.`,
  kindList: {
    milestones: 'etap misyon an',
    arrivals: 'kontenjan ki rive',
    resolutions: 'desizyon Konsèy Sekirite a',
    funding: 'finansman misyon an',
  },
  kindLabel: { milestones: 'Etap', arrivals: 'Arive', resolutions: 'Konsèy Sekirite', funding: 'Finansman' },
  arrival: (label, country) => `${country}: ${label} rive an Ayiti`,
  funding: {
    deposited: 'Lajan yo depoze nan fon fidisyè ONI pou misyon an',
    pledged: 'Lajan yo pwomèt fon fidisyè ONI pou misyon an',
    received: 'Lajan fon fidisyè ONI pou misyon an resevwa',
    frozen: 'Kontribisyon nan fon fidisyè ONI pou misyon an bloke',
  },
  personnel: (figure) => `Efektif: ${figure}`,
  amount: (figure) => `Montan: ${figure}`,
  aboutDate: (date) => `anviwon ${date}`,
  keyboardHint: 'Flèch yo li evènman yo youn apre lòt; Home ak End mennen w sou premye ak dènye a.',
  disputedNote: (entry, reports) => `${entry} — sous yo pa dakò: ${reports}.`,
  approximateNote: (entry, value, publishers) => `${entry} — ${publishers} te rapòte “${value}”, san yon chif egzak.`,
  approximateDateNote: (entry) => `${entry} — dat la apwoksimatif.`,
  reportBy: (value, publishers) => `${value} dapre ${publishers}`,
  recordNote: (entry, note) => `${entry} — ${note}`,
  colDate: 'Dat',
  colKind: 'Kalite',
  colEvent: 'Evènman',
  colFigure: 'Chif',
  colSources: 'Sous',
  unknownKind: (token, known) => `Kalite “${token}” nan kinds pa egziste. Sèvi ak: ${known}.`,
  badDate: (name, value) => `Atribi ${name} “${value}” a pa yon dat: ekri l YYYY, YYYY-MM oswa YYYY-MM-DD.`,
  emptyRange: 'Pa gen okenn evènman nan kalite yo chwazi ant dat sa yo.',
};

export { ht as words };
