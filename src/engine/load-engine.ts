/**
 * The one door to the chart engine. Chart.js is most of the library's weight, so it is fetched with a
 * dynamic import the first time any chart on the page needs to draw; the elements, the data and the
 * accessible table arrive without it. Every chart shares the one import.
 */
export type Engine = typeof import('./engine.js');

let pending: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  pending ??= import('./engine.js').catch((error: unknown) => {
    // A failed chunk load (flaky network) must not poison every later attempt.
    pending = undefined;
    throw error;
  });
  return pending;
}
