/** French words of every element (buttons, table, notes, errors): loaded when a page in French needs them (see Words in src/i18n/language.ts). */
import type { UiStrings } from '../strings.js';

const fr: UiStrings = {
  qualifier: {
    about: (v) => `environ ${v}`,
    nearly: (v) => `près de ${v}`,
    'at-least': (v) => `au moins ${v}`,
    'more-than': (v) => `plus de ${v}`,
    below: (v) => `moins de ${v}`,
  },
  undisclosed: 'nombre non communiqué',
  disputedValues: (list) => `${list} (les sources divergent)`,
  disputed: 'contesté',
  approximate: 'approximatif',
  source: 'Source',
  sources: 'Sources',
  colon: '\u00a0:',
  asOf: (date) => `Données au ${date}`,
  showData: 'Afficher les données',
  hideData: 'Masquer les données',
  downloadCsv: 'Télécharger les données (CSV)',
  downloadPng: 'Télécharger l’image (PNG)',
  loading: 'Chargement du graphique…',
  errorTitle: 'Impossible d’afficher ce graphique',
  staleData: 'Les derniers chiffres chargés restent affichés.',
  // French puts a no-break space before a colon, so the colon never starts a line.
  chartLabel: (title) => `Graphique\u00a0: ${title}`,
  tableCaption: (title) => `Données\u00a0: ${title}`,
  notes: 'Notes',
  moreNotes: (count) => `Notes sur ces chiffres (${count})`,
  keyboardHint:
    'Les flèches gauche et droite lisent les chiffres un à un, haut et bas changent de série, Début et Fin vont au premier et au dernier chiffre, Échap quitte le graphique.',
  pointPosition: (position, total) => `${position} sur ${total}`,
  engineError: 'Le graphique n’a pas pu être dessiné. Les chiffres figurent dans le tableau.',
  staticChartNote: 'Le graphique interactif n’a pas pu être chargé ; ce graphique statique montre les mêmes chiffres, qui figurent aussi dans le tableau.',
  csvSources: 'Sources (média, titre, lien)',
  csvAsOf: 'Données au',
  seedClaim: 'Affirmation vérifiée',
};

export { fr as words };
