/** Words of the timeline, per language: whole templates, not glued fragments. */
import type { DatePrecision } from '../data/selectors.js';
import { pick, type UiLanguage } from '../i18n/language.js';

/** What an entry of the timeline is; the `kinds` attribute filters by these. */
export type TimelineKind = 'milestones' | 'arrivals' | 'resolutions' | 'funding';

export interface TimelineStrings {
  title: string;
  /** The years covered and the kinds of entries shown ("contingent arrivals and funding"). */
  summary: (from: string, to: string, kinds: string) => string;
  summaryOneYear: (year: string, kinds: string) => string;
  /** The kinds as they read in the summary's list. */
  kindList: Record<TimelineKind, string>;
  /** The short badge of an entry. */
  kindLabel: Record<TimelineKind, string>;
  /** An arrival from the deployments: its label ("First contingent") and the country it came from. */
  arrival: (label: string, country: string) => string;
  /** A funding record by what happened to the money. */
  funding: Record<'deposited' | 'pledged' | 'received' | 'frozen', string>;
  /** The figure of an entry, as reported (a disputed one lists every report). */
  personnel: (figure: string) => string;
  amount: (figure: string) => string;
  /** A date the dataset marks as approximate, at the precision it gives (French and Spanish put an article before a day). */
  aboutDate: (date: string, precision: DatePrecision) => string;
  /** Keys of the timeline; the live region says the entry and its position. */
  keyboardHint: string;
  disputedNote: (entry: string, reports: string) => string;
  approximateNote: (entry: string, value: string, publishers: string) => string;
  approximateDateNote: (entry: string) => string;
  reportBy: (value: string, publishers: string) => string;
  /** A record's own note, in the reader's language, named by its entry. */
  recordNote: (entry: string, note: string) => string;
  colDate: string;
  colKind: string;
  colEvent: string;
  colFigure: string;
  colSources: string;
  /** Errors of the element's own attributes. */
  unknownKind: (token: string, known: string) => string;
  badDate: (name: string, value: string) => string;
  emptyRange: string;
}

const en: TimelineStrings = {
  title: 'The Kenya-led mission in Haiti, date by date',
  summary: (from, to, kinds) => `Dated events from ${from} to ${to}: ${kinds}, each with its sources.`,
  summaryOneYear: (year, kinds) => `Dated events of ${year}: ${kinds}, each with its sources.`,
  kindList: {
    milestones: 'milestones of the mission',
    arrivals: 'contingent arrivals',
    resolutions: 'Security Council decisions',
    funding: 'funding of the mission',
  },
  kindLabel: { milestones: 'Milestone', arrivals: 'Arrival', resolutions: 'Security Council', funding: 'Funding' },
  arrival: (label, country) => `${country}: ${label} arrives in Haiti`,
  funding: {
    deposited: "Money deposited in the mission's UN trust fund",
    pledged: "Money pledged to the mission's UN trust fund",
    received: "Money received by the mission's UN trust fund",
    frozen: "Contributions to the mission's UN trust fund frozen",
  },
  personnel: (figure) => `Personnel: ${figure}`,
  amount: (figure) => `Amount: ${figure}`,
  aboutDate: (date) => `around ${date}`,
  keyboardHint: 'Arrow keys read the events one by one; Home and End jump to the first and the last.',
  disputedNote: (entry, reports) => `${entry} — sources differ: ${reports}.`,
  approximateNote: (entry, value, publishers) => `${entry} — ${publishers} reported “${value}”, without an exact number.`,
  approximateDateNote: (entry) => `${entry} — the date is approximate.`,
  reportBy: (value, publishers) => `${value} according to ${publishers}`,
  recordNote: (entry, note) => `${entry} — ${note}`,
  colDate: 'Date',
  colKind: 'Kind',
  colEvent: 'Event',
  colFigure: 'Figure',
  colSources: 'Sources',
  unknownKind: (token, known) => `Unknown kind “${token}” in kinds. Use any of: ${known}.`,
  badDate: (name, value) => `The ${name} attribute “${value}” is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.`,
  emptyRange: 'No event of the chosen kinds falls between these dates.',
};

const fr: TimelineStrings = {
  title: 'La mission menée par le Kenya en Haïti, date par date',
  summary: (from, to, kinds) => `Événements datés de ${from} à ${to} : ${kinds}, chacun avec ses sources.`,
  summaryOneYear: (year, kinds) => `Événements datés de ${year} : ${kinds}, chacun avec ses sources.`,
  kindList: {
    milestones: 'étapes de la mission',
    arrivals: 'arrivées des contingents',
    resolutions: 'décisions du Conseil de sécurité',
    funding: 'financement de la mission',
  },
  kindLabel: { milestones: 'Étape', arrivals: 'Arrivée', resolutions: 'Conseil de sécurité', funding: 'Financement' },
  arrival: (label, country) => `${country} : arrivée en Haïti — ${label}`,
  funding: {
    deposited: "Argent versé au fonds d'affectation spéciale de l'ONU pour la mission",
    pledged: "Argent promis au fonds d'affectation spéciale de l'ONU pour la mission",
    received: "Argent reçu par le fonds d'affectation spéciale de l'ONU pour la mission",
    frozen: "Contributions au fonds d'affectation spéciale de l'ONU pour la mission gelées",
  },
  personnel: (figure) => `Effectif : ${figure}`,
  amount: (figure) => `Montant : ${figure}`,
  aboutDate: (date, precision) => (precision === 'day' ? `vers le ${date}` : `vers ${date}`),
  keyboardHint: 'Les flèches lisent les événements un à un ; Début et Fin vont au premier et au dernier.',
  disputedNote: (entry, reports) => `${entry} — les sources divergent : ${reports}.`,
  approximateNote: (entry, value, publishers) => `${entry} — chiffre rapporté par ${publishers} : « ${value} », sans chiffre exact.`,
  approximateDateNote: (entry) => `${entry} — la date est approximative.`,
  reportBy: (value, publishers) => `${value} selon ${publishers}`,
  recordNote: (entry, note) => `${entry} — ${note}`,
  colDate: 'Date',
  colKind: 'Type',
  colEvent: 'Événement',
  colFigure: 'Chiffre',
  colSources: 'Sources',
  unknownKind: (token, known) => `Type inconnu « ${token} » dans kinds. Utilisez : ${known}.`,
  badDate: (name, value) => `L'attribut ${name} « ${value} » n'est pas une date : écrivez-le AAAA, AAAA-MM ou AAAA-MM-JJ.`,
  emptyRange: 'Aucun événement des types choisis ne tombe entre ces dates.',
};

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

const es: TimelineStrings = {
  title: 'La misión liderada por Kenia en Haití, fecha por fecha',
  summary: (from, to, kinds) => `Hechos fechados de ${from} a ${to}: ${kinds}, cada uno con sus fuentes.`,
  summaryOneYear: (year, kinds) => `Hechos fechados de ${year}: ${kinds}, cada uno con sus fuentes.`,
  kindList: {
    milestones: 'hitos de la misión',
    arrivals: 'llegadas de contingentes',
    resolutions: 'decisiones del Consejo de Seguridad',
    funding: 'financiación de la misión',
  },
  kindLabel: { milestones: 'Hito', arrivals: 'Llegada', resolutions: 'Consejo de Seguridad', funding: 'Financiación' },
  arrival: (label, country) => `${country}: llegada a Haití — ${label}`,
  funding: {
    deposited: 'Dinero depositado en el fondo fiduciario de la ONU para la misión',
    pledged: 'Dinero prometido al fondo fiduciario de la ONU para la misión',
    received: 'Dinero recibido por el fondo fiduciario de la ONU para la misión',
    frozen: 'Contribuciones al fondo fiduciario de la ONU para la misión congeladas',
  },
  personnel: (figure) => `Efectivos: ${figure}`,
  amount: (figure) => `Monto: ${figure}`,
  aboutDate: (date, precision) => (precision === 'day' ? `hacia el ${date}` : `hacia ${date}`),
  keyboardHint: 'Las flechas leen los hechos uno a uno; Inicio y Fin saltan al primero y al último.',
  disputedNote: (entry, reports) => `${entry} — las fuentes difieren: ${reports}.`,
  approximateNote: (entry, value, publishers) => `${entry} — dato de ${publishers}: «${value}», sin una cifra exacta.`,
  approximateDateNote: (entry) => `${entry} — la fecha es aproximada.`,
  reportBy: (value, publishers) => `${value} según ${publishers}`,
  recordNote: (entry, note) => `${entry} — ${note}`,
  colDate: 'Fecha',
  colKind: 'Tipo',
  colEvent: 'Hecho',
  colFigure: 'Cifra',
  colSources: 'Fuentes',
  unknownKind: (token, known) => `Tipo desconocido «${token}» en kinds. Use: ${known}.`,
  badDate: (name, value) => `El atributo ${name} «${value}» no es una fecha: escríbalo AAAA, AAAA-MM o AAAA-MM-DD.`,
  emptyRange: 'Ningún hecho de los tipos elegidos cae entre estas fechas.',
};

const TABLE: Record<UiLanguage, TimelineStrings> = { en, fr, ht, es };

export function timelineStrings(locale: string): TimelineStrings {
  return pick(TABLE, locale);
}
