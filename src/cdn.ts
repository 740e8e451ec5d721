/**
 * The CDN entry (`dist/cdn/mss-charts.js`): a small loader that fetches each element's code only when its
 * tag appears on the page, so an article with one chart never downloads the other charts. Chart.js itself
 * is fetched later still, when a chart comes near the viewport (see engine/load-engine.ts).
 *
 * Tags are found in the document and in anything added to it later. A tag created inside another
 * component's shadow root is not seen: such pages import `mss-charts.all.js` (every element, eagerly).
 */
const LOADERS: Record<string, () => Promise<unknown>> = {
  'mss-contingent-chart': () => import('./elements/contingent-chart/contingent-chart.js'),
  'mss-pledges-chart': () => import('./elements/pledges-chart/pledges-chart.js'),
  'mss-displacement-chart': () => import('./elements/displacement-chart/displacement-chart.js'),
  'mss-casualties-chart': () => import('./elements/casualties-chart/casualties-chart.js'),
  'mss-key-figures': () => import('./elements/key-figures/key-figures.js'),
};

const requested = new Map<string, Promise<unknown>>();
const selector = Object.keys(LOADERS).join(',');

/** Loads the code of one tag (once); resolves when the element is defined. */
export function load(tag: string): Promise<unknown> {
  const loader = LOADERS[tag];
  if (!loader) return Promise.reject(new Error(`mss-charts: unknown element <${tag}>`));
  let pending = requested.get(tag);
  if (!pending) {
    pending = loader().catch((error: unknown) => {
      requested.delete(tag);
      console.warn(`mss-charts: the code of <${tag}> could not be loaded`, error);
    });
    requested.set(tag, pending);
  }
  return pending;
}

function scan(root: ParentNode): void {
  if (root instanceof Element && root.matches(selector)) void load(root.localName);
  for (const element of root.querySelectorAll(selector)) void load(element.localName);
}

if (typeof document !== 'undefined') {
  scan(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}
