/**
 * Reads of computed style (the page's text colour, the theme probes) made together, once per frame, for every
 * element that needs one. A read forces the browser to recalculate styles that the page or another element
 * has just changed; thirty charts upgrading one after another each forced it anew (the largest cost of an
 * article's first render in the bench's profile). In one frame callback, the first read pays and the rest
 * find the styles clean. A hidden page paints no frames, so there the read is made at once. The promise
 * resolves with what `read` returned.
 */
let pending: (() => void)[] | undefined;

export function readStyleSoon<T>(read: () => T): Promise<T> {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
    return Promise.resolve(read());
  }
  return new Promise((resolve) => {
    if (!pending) {
      pending = [];
      requestAnimationFrame(() => {
        const reads = pending ?? [];
        pending = undefined;
        for (const each of reads) each();
      });
    }
    pending.push(() => resolve(read()));
  });
}
