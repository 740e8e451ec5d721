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
  keyboardHint: string;
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
  keyboardHint: 'Use the arrow keys to read the figures one by one.',
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
  asOf: (date) => `Données au ${date}`,
  showData: 'Afficher les données',
  hideData: 'Masquer les données',
  downloadCsv: 'Télécharger les données (CSV)',
  downloadPng: 'Télécharger l’image (PNG)',
  loading: 'Chargement du graphique…',
  errorTitle: 'Impossible d’afficher ce graphique',
  staleData: 'Les derniers chiffres chargés restent affichés.',
  chartLabel: (title) => `Graphique : ${title}`,
  tableCaption: (title) => `Données : ${title}`,
  notes: 'Notes',
  keyboardHint: 'Utilisez les flèches pour lire les chiffres un à un.',
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
  asOf: (date) => `Chif yo jis ${date}`,
  showData: 'Montre done yo',
  hideData: 'Kache done yo',
  downloadCsv: 'Telechaje done yo (CSV)',
  downloadPng: 'Telechaje imaj la (PNG)',
  loading: 'Grafik la ap chaje…',
  errorTitle: 'Nou pa t ka montre grafik sa a',
  staleData: 'N ap montre dènye chif ki te chaje yo.',
  chartLabel: (title) => `Grafik : ${title}`,
  tableCaption: (title) => `Done : ${title}`,
  notes: 'Nòt',
  keyboardHint: 'Sèvi ak flèch yo pou li chif yo youn apre lòt.',
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
  keyboardHint: 'Use las flechas para leer las cifras una a una.',
  seedClaim: 'Afirmación verificada',
};

const TABLE: Record<UiLanguage, UiStrings> = { en, fr, ht, es };

export function stringsFor(locale: string): UiStrings {
  return pick(TABLE, locale);
}
