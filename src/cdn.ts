/**
 * The CDN entry (`dist/cdn/mss-charts.js`): a small loader that fetches each element's code only when its
 * tag appears on the page, so an article with one chart never downloads the other charts' code.
 *
 * The first chart stays quick despite the laziness (measured in bench/, see README "Performance"): an
 * element's shared base chunk is requested together with the element's own chunk instead of after it, and
 * the chart engine (Chart.js, most of the bytes) is not requested here at all: each chart draws an SVG
 * first paint from the element code alone and asks for the engine once that is on screen, so on a slow
 * link the engine never competes with the code that draws the first picture.
 *
 * Tags are found in the document and in anything added to it later. A tag created inside another
 * component's shadow root is not seen: such pages import `mss-charts.all.js` (every element, eagerly).
 */
const chartBase = () => import('./elements/base/mss-chart-element.js');

const LOADERS: Record<string, () => Promise<unknown>> = {
  'mss-contingent-chart': () => Promise.all([chartBase(), import('./elements/contingent-chart/contingent-chart.js')]),
  'mss-pledges-chart': () => Promise.all([chartBase(), import('./elements/pledges-chart/pledges-chart.js')]),
  'mss-displacement-chart': () => Promise.all([chartBase(), import('./elements/displacement-chart/displacement-chart.js')]),
  'mss-casualties-chart': () => Promise.all([chartBase(), import('./elements/casualties-chart/casualties-chart.js')]),
  'mss-key-figures': () => Promise.all([import('./elements/base/mss-element.js'), import('./elements/key-figures/key-figures.js')]),
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

function found(element: Element): void {
  void load(element.localName);
}

function scan(root: ParentNode): void {
  if (root instanceof Element && root.matches(selector)) found(root);
  for (const element of root.querySelectorAll(selector)) found(element);
}

if (typeof document !== 'undefined') {
  scan(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}
