/**
 * The language a chart speaks: its own `lang`, else the closest ancestor's (crossing shadow roots, since
 * a chart may sit inside another component), else the document's, else English.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang !== null && lang.trim() !== '') return lang.trim();
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` when any `lang` attribute in the document changes, so charts follow a page that switches
 * language at runtime. One observer serves every chart; it stops when the last chart unsubscribes.
 */
export function onLangChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
