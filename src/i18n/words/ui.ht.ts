/** Haitian Creole words of every element (buttons, table, notes, errors): loaded when a page in Haitian Creole needs them (see Words in src/i18n/language.ts). */
import type { UiStrings } from '../strings.js';

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

export { ht as words };
