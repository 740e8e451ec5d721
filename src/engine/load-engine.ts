/**
 * The one door to the chart engine. Chart.js is most of the library's weight, so it is fetched with a
 * dynamic import the first time any chart on the page needs to draw; the elements, the data and the
 * accessible table arrive without it. Every chart of a kind shares the one import. There are three engines:
 * - `'bars'` (engine.bars.ts): bar charts alone, the lightest; the CDN build bundles it with its own Chart.js;
 * - `'charts'` (engine.ts): every chart but the map, lines and areas too;
 * - `'map'` (engine.map.ts): the full engine with chartjs-chart-geo and d3-geo, which no other chart loads.
 * A bar chart takes the full engine when the page has asked for it already, or when the CDN loader found a
 * chart that needs it among the page's tags (it sets `Symbol.for('mss-charts.full-engine')` on the global
 * object): a page loads one Chart.js, not two.
 */
import type { ChartConfiguration } from 'chart.js';
import { lazyModule } from '../lazy-module.js';
import type { EngineApi } from './engine-api.js';

export type EngineKind = 'bars' | 'charts' | 'map';
/** What a chart element needs of the engine (every engine has the same), and which engine it is. */
export type LoadedEngine = EngineApi & { kind: EngineKind };

/** Set by the CDN loader when a tag on the page needs the full engine. */
const FULL_ENGINE = Symbol.for('mss-charts.full-engine');

/** The engine a configuration needs: bars alone get the bar engine. */
export function engineKindOf(config: ChartConfiguration): EngineKind {
  if (config.type === ('choropleth' as string)) return 'map';
  const barsOnly = config.type === 'bar' && config.data.datasets.every((dataset) => dataset.type === undefined || dataset.type === 'bar');
  return barsOnly ? 'bars' : 'charts';
}

/** Whether charts needing `needed` can be drawn by the engine `kind`: the map's has the full one's parts, which has the bars'. */
export function engineServes(kind: EngineKind, needed: EngineKind): boolean {
  return kind === needed || needed === 'bars' || kind === 'map';
}

/** The loaded module as the elements use it; naming liveChartCount keeps it in the CDN's engine chunk (the bench counts live charts). */
const loaded = (kind: EngineKind) => (module: EngineApi): LoadedEngine => ({ createChart: module.createChart, liveChartCount: module.liveChartCount, kind });
const loaders: Record<EngineKind, () => Promise<LoadedEngine>> = {
  bars: lazyModule(() => import('./engine.bars.js').then(loaded('bars'))),
  charts: lazyModule(() => import('./engine.js').then(loaded('charts'))),
  map: lazyModule(() => import('./engine.map.js').then(loaded('map'))),
};
/** The engines asked for on this page, so a later bar chart joins the full engine rather than load a second Chart.js. */
const asked = new Set<EngineKind>();

export function loadEngine(wanted: EngineKind = 'charts'): Promise<LoadedEngine> {
  const fullWanted = (globalThis as Record<symbol, unknown>)[FULL_ENGINE] === true || asked.has('charts') || asked.has('map');
  const kind = wanted === 'bars' && fullWanted ? 'charts' : wanted;
  asked.add(kind);
  return loaders[kind]();
}
