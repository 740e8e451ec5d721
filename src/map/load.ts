/**
 * The map view's code — its builder, words, geometry and static map — is one lazy chunk, fetched the first
 * time a page shows `view="map"`: the other views and elements carry none of its bytes.
 */
export type MapModule = typeof import('../charts/pledges-map.js');

let loaded: MapModule | undefined;
let pending: Promise<MapModule> | undefined;

/** The map's code, once it has arrived (the element builds its spec synchronously). */
export function loadedMap(): MapModule | undefined {
  return loaded;
}

export function loadMap(): Promise<MapModule> {
  pending ??= import('../charts/pledges-map.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      // A failed chunk load (flaky network) must not poison every later attempt.
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
