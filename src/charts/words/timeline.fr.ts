/** French words of the timeline: loaded when a page in French needs them (see Words in src/i18n/language.ts). */
import type { TimelineStrings } from '../timeline.strings.js';

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

export { fr as words };
