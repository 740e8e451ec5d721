/** Spanish words of every element (buttons, table, notes, errors): loaded when a page in Spanish needs them (see Words in src/i18n/language.ts). */
import type { UiStrings } from '../strings.js';

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

export { es as words };
