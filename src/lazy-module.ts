/**
 * A chunk fetched on first use, once per page, shared by every caller. A failed fetch (flaky network) is
 * forgotten, so the next call asks again rather than every later attempt failing with it.
 */
export function lazyModule<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
