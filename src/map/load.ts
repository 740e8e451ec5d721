/**
 * The map view's code — its builder, words, geometry and static map — is one lazy chunk, fetched the first
 * time a page shows `view="map"`: the other views and elements carry none of its bytes.
 */
export type MapModule = typeof import('../charts/pledges-map.js');

/** Said in the element's box when a page that loads the classic script asks for the map. */
export const MAP_NOT_IN_BUILD =
  'The map view is not part of mss-charts.iife.js (the classic-script build): load dist/cdn/mss-charts.js as a module script to show it.';

let loaded: MapModule | undefined;
let pending: Promise<MapModule> | undefined;

/** The map's code, once it has arrived (the element builds its spec synchronously). */
export function loadedMap(): MapModule | undefined {
  return loaded;
}

export function loadMap(): Promise<MapModule> {
  pending ??= import('../charts/pledges-map.js').then(
    (module) => {
      // The classic-script build (mss-charts.iife.js) leaves the map out: 72 KiB that every page of it
      // would download (rollup.config.mjs, withoutMap).
      if (typeof module.buildPledgesMapSpec !== 'function') throw new Error(MAP_NOT_IN_BUILD);
      return (loaded = module);
    },
    (error: unknown) => {
      // A failed chunk load (flaky network) must not poison every later attempt.
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
