/** Set once this copy of the library has said it is not the first: one warning per copy, not per tag. */
let warned = false;

/**
 * Registers a tag once. Pages sometimes load the library twice (two embeds, two versions); a second
 * `customElements.define` of the same tag throws, so the later copy steps aside with one warning.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== constructor && !warned) {
      warned = true;
      console.warn(
        `mss-charts: <${tag}> is already defined on this page (another copy of mss-charts?); the first definition of each element is kept.`,
      );
    }
    return;
  }
  customElements.define(tag, constructor);
}
