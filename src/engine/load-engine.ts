/**
 * The one door to the chart engine. Chart.js is most of the library's weight, so it is fetched with a
 * dynamic import the first time any chart on the page needs to draw; the elements, the data and the
 * accessible table arrive without it. Every chart shares the one import. A map asks for the engine with
 * the map's parts (`'map'`): chartjs-chart-geo and d3-geo, which no other chart loads.
 */
/** What a chart element needs of the engine (the map's engine has the same). */
export type Engine = Pick<typeof import('./engine.js'), 'createChart'>;
export type EngineKind = 'charts' | 'map';

const pending = new Map<EngineKind, Promise<Engine>>();

export function loadEngine(kind: EngineKind = 'charts'): Promise<Engine> {
  let promise = pending.get(kind);
  if (!promise) {
    promise = (kind === 'map' ? import('./engine.map.js') : import('./engine.js')).catch((error: unknown) => {
      // A failed chunk load (flaky network) must not poison every later attempt.
      pending.delete(kind);
      throw error;
    });
    pending.set(kind, promise);
  }
  return promise;
}
