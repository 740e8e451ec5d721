/**
 * UI text shared by every chart, per language. Sentences are whole templates per language (word order and
 * agreement differ), never English fragments glued together.
 */
import type { Qualifier } from '../data/types.js';
import { pick, type UiLanguage } from './language.js';

export interface UiStrings {
  qualifier: Record<Qualifier, (value: string) => string>;
  undisclosed: string;
  /** Wraps a list of disagreeing values: "400 or about 200 (reports differ)". */
  disputedValues: (list: string) => string;
  disputed: string;
  approximate: string;
  source: string;
  sources: string;
  /** What follows a label ("Sources: …"); French puts a no-break space before it. */
  colon: string;
  asOf: (date: string) => string;
  showData: string;
  hideData: string;
  downloadCsv: string;
  downloadPng: string;
  loading: string;
  errorTitle: string;
  staleData: string;
  chartLabel: (title: string) => string;
  tableCaption: (title: string) => string;
  notes: string;
  /** The summary of the closed disclosure that holds the notes that are not key ones; `count` is formatted. */
  moreNotes: (count: string) => string;
  /** Read by screen readers when the chart takes focus: how to move through the figures. */
  keyboardHint: string;
  /** Where the focused figure sits in its series: "3 of 13". */
  pointPosition: (position: string, total: string) => string;
  /** Shown when the chart engine (Chart.js) failed to load or draw. */
  engineError: string;
  /** Shown under the still first-paint picture when the chart engine failed to load: the picture stays. */
  /** Under the static chart when Chart.js could not load. */
  staticChartNote: string;
  /** CSV column with each row's sources in full. */
  csvSources: string;
  /** CSV column with the date the figures are current to. */
  csvAsOf: string;
  seedClaim: string;
}

const en: UiStrings = {
  qualifier: {
    about: (v) => `about ${v}`,
    nearly: (v) => `nearly ${v}`,
    'at-least': (v) => `at least ${v}`,
    'more-than': (v) => `more than ${v}`,
    below: (v) => `below ${v}`,
  },
  undisclosed: 'number not disclosed',
  disputedValues: (list) => `${list} (reports differ)`,
  disputed: 'disputed',
  approximate: 'approximate',
  source: 'Source',
  sources: 'Sources',
  colon: ':',
  asOf: (date) => `Figures as of ${date}`,
  showData: 'Show data',
  hideData: 'Hide data',
  downloadCsv: 'Download data (CSV)',
  downloadPng: 'Download image (PNG)',
  loading: 'Loading chart…',
  errorTitle: 'This chart could not be shown',
  staleData: 'Showing the last figures that loaded.',
  chartLabel: (title) => `Chart: ${title}`,
  tableCaption: (title) => `Data: ${title}`,
  notes: 'Notes',
  moreNotes: (count) => `Notes on these figures (${count})`,
  keyboardHint:
    'Left and right arrows read the figures one by one, up and down change series, Home and End jump to the first and last figure, Escape leaves the chart.',
  pointPosition: (position, total) => `${position} of ${total}`,
  engineError: 'The chart could not be drawn. The figures are in the table.',
  staticChartNote: 'The interactive chart could not be loaded; this static chart shows the same figures, which are also in the table.',
  csvSources: 'Sources (publisher, title, link)',
  csvAsOf: 'Figures as of',
  seedClaim: 'Claim checked',
};

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

const ht: UiStrings = {
  qualifier: {
    about: (v) => `anviwon ${v}`,
    nearly: (v) => `prèske ${v}`,
    'at-least': (v) => `omwen ${v}`,
    'more-than': (v) => `plis pase ${v}`,
    below: (v) => `mwens pase ${v}`,
  },
  undisclosed: 'kantite a pa te pibliye',
  disputedValues: (list) => `${list} (sous yo pa dakò)`,
  disputed: 'konteste',
  approximate: 'apeprè',
  source: 'Sous',
  sources: 'Sous yo',
  colon: ':',
  asOf: (date) => `Chif yo jiska ${date}`,
  showData: 'Montre done yo',
  hideData: 'Kache done yo',
  downloadCsv: 'Telechaje done yo (CSV)',
  downloadPng: 'Telechaje imaj la (PNG)',
  loading: 'Grafik la ap chaje…',
  errorTitle: 'Nou pa t ka montre grafik sa a',
  staleData: 'N ap montre dènye chif ki te chaje yo.',
  chartLabel: (title) => `Grafik: ${title}`,
  tableCaption: (title) => `Done: ${title}`,
  notes: 'Nòt',
  moreNotes: (count) => `Nòt sou chif sa yo (${count})`,
  keyboardHint:
    'Flèch goch ak dwat yo li chif yo youn apre lòt, flèch anwo ak anba yo chanje seri, Home ak End mennen w sou premye ak dènye chif la, Esc fè w soti nan grafik la.',
  pointPosition: (position, total) => `${position} sou ${total}`,
  engineError: 'Nou pa t ka desinen grafik la. Chif yo nan tablo a.',
  staticChartNote: 'Nou pa t ka chaje grafik entèaktif la; grafik fiks sa a montre menm chif yo, ki nan tablo a tou.',
  csvSources: 'Sous (piblikatè, tit, lyen)',
  csvAsOf: 'Chif yo jiska',
  seedClaim: 'Deklarasyon nou verifye',
};

const es: UiStrings = {
  qualifier: {
    about: (v) => `unos ${v}`,
    nearly: (v) => `casi ${v}`,
    'at-least': (v) => `al menos ${v}`,
    'more-than': (v) => `más de ${v}`,
    below: (v) => `menos de ${v}`,
  },
  undisclosed: 'cifra no revelada',
  disputedValues: (list) => `${list} (las fuentes difieren)`,
  disputed: 'en disputa',
  approximate: 'aproximado',
  source: 'Fuente',
  sources: 'Fuentes',
  colon: ':',
  asOf: (date) => `Datos al ${date}`,
  showData: 'Mostrar datos',
  hideData: 'Ocultar datos',
  downloadCsv: 'Descargar datos (CSV)',
  downloadPng: 'Descargar imagen (PNG)',
  loading: 'Cargando el gráfico…',
  errorTitle: 'No se pudo mostrar este gráfico',
  staleData: 'Se muestran las últimas cifras cargadas.',
  chartLabel: (title) => `Gráfico: ${title}`,
  tableCaption: (title) => `Datos: ${title}`,
  notes: 'Notas',
  moreNotes: (count) => `Notas sobre estas cifras (${count})`,
  keyboardHint:
    'Las flechas izquierda y derecha leen las cifras una a una, arriba y abajo cambian de serie, Inicio y Fin saltan a la primera y la última cifra, Esc sale del gráfico.',
  pointPosition: (position, total) => `${position} de ${total}`,
  engineError: 'No se pudo dibujar el gráfico. Las cifras están en la tabla.',
  staticChartNote: 'No se pudo cargar el gráfico interactivo; este gráfico estático muestra las mismas cifras, que también están en la tabla.',
  csvSources: 'Fuentes (medio, título, enlace)',
  csvAsOf: 'Datos al',
  seedClaim: 'Afirmación verificada',
};

const TABLE: Record<UiLanguage, UiStrings> = { en, fr, ht, es };

export function stringsFor(locale: string): UiStrings {
  return pick(TABLE, locale);
}
