/**
 * The CDN entry (`dist/cdn/mss-charts.js`): a small loader that fetches each element's code only when one
 * of its tags comes near the viewport, so an article never downloads the code of charts the reader has not
 * scrolled towards (and a page with one chart never downloads the other charts' code).
 *
 * The first chart comes quickly despite the laziness (measured in bench/, see README "Performance"):
 * - A tag near the viewport with its default data gets a pre-rendered figure (~2–4 KiB,
 *   dist/cdn/prerendered/, scripts/build-prerendered.mjs): the element as it renders before Chart.js, in the
 *   page's language, layout and colour scheme. It is inserted into the tag's shadow root before the
 *   element's code is even asked for; the element then takes over in the same box (MssElement).
 * - An element's code comes in few requests, all asked for in one round trip: the shared `base` (Lit, the
 *   base element) and, for charts, `chart-base` (the chart element, the static chart), the element's own
 *   chunk and its slice of the dataset (rollup.config.mjs, cdnChunk).
 * - The chart engine (Chart.js, most of the bytes) is fetched together with the element's code when a chart
 *   is on the first screen (a modulepreload hint: fetched and compiled, not run), so the interactive chart
 *   is not one more round trip behind the static one. A chart further down asks for the engine once its
 *   static chart is on screen.
 * - A page with server-rendered markup (`mss-charts/ssr`) gets Lit's hydration support before any element
 *   code, so the elements take that markup over.
 *
 * Tags are found in the document and in anything added to it later; `discover(shadowRoot)` extends that
 * to another component's shadow root. `define(tag)` and `defineAll()` load code at once, for scripts that
 * need a defined element now. The box each tag will take is reserved by `mss-charts.css` (built from
 * src/cdn/box-sizes.json), not here: a module script runs after the first paint.
 */
import { needsFullEngine } from './cdn/full-engine.js';
import { PRERENDERED } from './prerendered-variants.js';

const chartBase = () => import('./elements/base/mss-chart-element.js');

const LOADERS: Record<string, () => Promise<unknown>> = {
  'mss-contingent-chart': () => Promise.all([chartBase(), import('./elements/contingent-chart/contingent-chart.js')]),
  'mss-pledges-chart': () => Promise.all([chartBase(), import('./elements/pledges-chart/pledges-chart.js')]),
  'mss-displacement-chart': () => Promise.all([chartBase(), import('./elements/displacement-chart/displacement-chart.js')]),
  'mss-casualties-chart': () => Promise.all([chartBase(), import('./elements/casualties-chart/casualties-chart.js')]),
  'mss-key-figures': () => Promise.all([import('./elements/base/mss-element.js'), import('./elements/key-figures/key-figures.js')]),
  'mss-timeline': () => Promise.all([import('./elements/base/mss-element.js'), import('./elements/timeline/timeline.js')]),
};
/** Whether a tag draws with the chart engine (the key figures and the timeline are plain HTML). */
function drawsChart(tag: string): boolean {
  return tag !== 'mss-key-figures' && tag !== 'mss-timeline';
}
const requested = new Map<string, Promise<void>>();
/**
 * Set once a tag with server-rendered markup (a declarative shadow root, `mss-charts/ssr`) is found: Lit's
 * hydration support then loads before any element code, so the element takes that markup over.
 */
let hydration: Promise<unknown> | undefined;
const selector = Object.keys(LOADERS).join(',');

/**
 * Loads the code of one tag (once); resolves when its module has run (the element is then defined). A
 * failed load is forgotten, so the next request tries again.
 */
export function load(tag: string): Promise<void> {
  const loader = LOADERS[tag];
  if (!loader) return Promise.reject(new Error(`mss-charts: unknown element <${tag}>`));
  let pending = requested.get(tag);
  if (!pending) {
    stopWatching(tag);
    pending = (hydration ?? Promise.resolve()).then(loader).then(() => undefined);
    pending.catch((error: unknown) => {
      requested.delete(tag);
      console.warn(`mss-charts: the code of <${tag}> could not be loaded`, error);
    });
    requested.set(tag, pending);
  }
  return pending;
}

/** Attributes that leave a tag's default picture as it is; any other (own data, own words, options) means none. */
const PLAIN_ATTRIBUTES = new Set(['view', 'lang', 'id', 'class']);
/** Custom properties that would change the picture: a page that sets any gets none. */
const PICTURE_PROPERTIES = [
  'text', 'muted', 'grid', 'background', 'accent', 'disputed', 'series-1', 'series-2', 'series-3', 'series-4', 'series-5', 'series-6',
].map((token) => `--mss-color-${token}`).concat('--mss-font-family', '--mss-aspect-ratio', '--mss-aspect-ratio-narrow', '--mss-max-height');

/** Locales written like a picture's language: Intl formats "en-US" as "en", "fr-FR" as "fr", and so on. */
const SAME_AS: Record<string, string> = { 'en-us': 'en', 'fr-fr': 'fr', 'es-es': 'es', 'ht-ht': 'ht' };

/**
 * The language the element will speak: resolve-lang.ts for tags in the document. Written out here, like
 * isLightText below, because importing the element's modules would put a shared chunk in front of the
 * loader: one more round trip before any picture.
 */
function langOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const lang = node.getAttribute('lang')?.trim().toLowerCase();
    if (lang) return SAME_AS[lang] ?? lang;
  }
  return 'en';
}

/** Light text means a dark page: the element's own scheme detection (isLightColor in engine/color.ts). */
function isLightText(color: string): boolean {
  const [r = 0, g = 0, b = 0] = (/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color) ?? []).slice(1).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.4;
}

/**
 * The name of the pre-rendered figure this tag would show, when one was made for it (scripts/build-prerendered.mjs):
 * a tag near the viewport, with its default data and words, in one of the four languages, on a page that
 * does not restyle the charts. Undefined otherwise; the element then draws its own pre-rendered figure.
 */
function prerenderedName(element: HTMLElement): string | undefined {
  const views: readonly string[] | undefined = (PRERENDERED.views as Record<string, readonly string[]>)[element.localName];
  if (!views || element.shadowRoot || Object.prototype.hasOwnProperty.call(element, 'data') || element.firstElementChild) return undefined;
  for (const { name, value } of element.attributes) {
    if (!(PLAIN_ATTRIBUTES.has(name) || (name === 'theme' && value === 'auto'))) return undefined;
  }
  const view = element.getAttribute('view') ?? views[0]!;
  const lang = langOf(element);
  if (!views.includes(view) || !(PRERENDERED.langs as readonly string[]).includes(lang)) return undefined;
  const box = element.getBoundingClientRect();
  if (box.top > innerHeight + 300 || box.bottom < -300) return undefined;
  const style = getComputedStyle(element);
  if (PICTURE_PROPERTIES.some((property) => style.getPropertyValue(property).trim())) return undefined;
  const parent = element.parentElement;
  if (!parent) return undefined;
  const parentStyle = getComputedStyle(parent);
  const width = parent.clientWidth - parseFloat(parentStyle.paddingLeft) - parseFloat(parentStyle.paddingRight);
  if (!(width > 0)) return undefined;
  const layout = width < 480 ? 'compact' : 'wide';
  const scheme = isLightText(style.color) ? 'dark' : 'light';
  return `${element.localName}.${view}.${lang}.${layout}.${scheme}`;
}

type PrerenderedNode = [string, Record<string, string>, ...(PrerenderedNode | string)[]];

/** Builds pre-rendered markup's element tree; styles through the CSSOM and no markup parsing, so a strict CSP allows it. */
function build([tag, attributes, ...children]: PrerenderedNode, inSvg = false): Element {
  const svg = inSvg || tag === 'svg';
  const node = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name !== 'style') node.setAttribute(name, value);
    else
      for (const declaration of value.split(';')) {
        const colon = declaration.indexOf(':');
        if (colon > 0) (node as HTMLElement).style.setProperty(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
      }
  }
  for (const child of children) node.append(typeof child === 'string' ? child : build(child, svg));
  return node;
}

/** Constructed once per tag and shared by its figures: parsing a tag's styles is the largest cost of showing one. */
const sheets = new Map<string, CSSStyleSheet[]>();

function sheetsOf(tag: string, texts: readonly string[]): CSSStyleSheet[] {
  let list = sheets.get(tag);
  if (!list) {
    list = texts.map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    });
    sheets.set(tag, list);
  }
  return list;
}

/**
 * Resolves in a new task (`scheduler.yield()` where the browser has it, else a message to ourselves): what
 * mss-element.ts yieldToMain does, written out for the reason given at langOf.
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

let intlWarmed = false;

/**
 * The page's first `Intl.NumberFormat` costs 30–45 ms (warmIntl in yield-to-main.ts says why): paid here,
 * in two tasks of its own while the element code downloads, not inside an element's first render. The
 * steps are written out for the reason given at langOf.
 */
function warmIntl(): void {
  if (intlWarmed) return;
  intlWarmed = true;
  void nextTask()
    .then(() => typeof Intl.Locale === 'function' && new Intl.Locale('en').maximize())
    .then(nextTask)
    .then(() => new Intl.NumberFormat().format(0));
}

interface PrerenderedFiles {
  tree: { default: PrerenderedNode };
  styles: { default: string[] };
}

/** The files of a pre-rendered figure: its element tree and its tag's styles. */
function fetchPrerendered(tag: string, name: string): Promise<PrerenderedFiles> {
  return Promise.all([
    import(`./prerendered/${name}.js`) as Promise<{ default: PrerenderedNode }>,
    import(`./prerendered/${tag}.css.js`) as Promise<{ default: string[] }>,
  ]).then(([tree, styles]) => ({ tree, styles }));
}

/** Shows the pre-rendered figure, unless the element's own code got there first; says whether it did. */
async function showPrerendered(element: HTMLElement, { tree, styles }: PrerenderedFiles): Promise<boolean> {
  // Each figure is built in a task of its own: a page of several charts is not one long task.
  await nextTask();
  if (element.shadowRoot || !element.isConnected) return false;
  const root = element.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheetsOf(element.localName, styles.default);
  const picture = build(tree.default) as HTMLElement;
  picture.setAttribute('data-mss-prerendered', '');
  // Its buttons have no code behind them until the element takes over; its words and source links work
  // (and stay, should the element's code never arrive).
  for (const button of picture.querySelectorAll('button')) button.inert = true;
  root.append(picture);
  // The figure takes the box mss-charts.css reserved for the tag, in place of it, as server-rendered
  // markup does: that stylesheet reserves no box for a host marked `prerendered`.
  element.setAttribute('prerendered', '');
  return true;
}

/** Chunks relative to this file: the CDN build writes their hashed names in (rollup.config.mjs, chunkPaths, barsEngine). */
const ENGINE_CHUNK = './chunks/engine-XXXXXXXX.js';
const BARS_ENGINE_CHUNK = './chunks/engine.bars-XXXXXXXX.js';
const STATIC_CHART_CHUNK = './chunks/static-chart-XXXXXXXX.js';
const preloaded = new Set<string>();

/** Fetches and compiles a chunk without running it (a modulepreload hint), once. */
function preload(chunk: string): void {
  if (preloaded.has(chunk)) return;
  preloaded.add(chunk);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = new URL(chunk, import.meta.url).href;
  document.head.append(link);
}

/**
 * Which engine the page's charts will load (load-engine.ts): the bar engine, the lightest, while every tag
 * found is a bar chart; the full engine as soon as one needs lines, areas or the map, which load-engine.ts
 * learns from this global flag, so that a page loads one Chart.js, not two.
 */
const FULL_ENGINE = Symbol.for('mss-charts.full-engine');
const fullEngine = () => (globalThis as Record<symbol, unknown>)[FULL_ENGINE] === true;

function noteEngine(element: Element): void {
  if (needsFullEngine(element.localName, element.getAttribute('view'))) (globalThis as Record<symbol, unknown>)[FULL_ENGINE] = true;
}

/**
 * A chart on the first screen will want Chart.js as soon as its code has drawn the static chart: the
 * engine's chunk is fetched now, with the element's code, instead of one round trip after it. A
 * modulepreload hint fetches and compiles without running it, so the element's first render is not delayed.
 */
function preloadEngine(): void {
  preload(fullEngine() ? ENGINE_CHUNK : BARS_ENGINE_CHUNK);
}

/** On the first screen now, from the observer's entry (no layout is forced to know it). */
function onScreen(entry: IntersectionObserverEntry): boolean {
  const box = entry.boundingClientRect;
  return box.bottom > 0 && box.top < innerHeight;
}

/**
 * Each tag's code is asked for once the pre-rendered figures of the batch have arrived (or failed): on a
 * slow link they come first. It is not kept waiting for them to be shown. When a chart's pre-rendered
 * figure is on screen, the reader already sees it, so Chart.js need not wait for the element's own static
 * chart: it is started with the element code. The page's first Intl cost is paid after the figures show.
 */
function loadNear(elements: readonly Element[]): void {
  const arrivals: Promise<unknown>[] = [];
  const pictures: Promise<string | undefined>[] = [];
  for (const element of elements) {
    // A page with server-rendered markup hydrates its elements: a picture built by the loader cannot be hydrated.
    const name = !hydration && element instanceof HTMLElement && !customElements.get(element.localName) ? prerenderedName(element) : undefined;
    if (!name) {
      // No picture stands for this chart: it draws its own static chart, whose code comes with its element's.
      if (drawsChart(element.localName) && !element.shadowRoot) preload(STATIC_CHART_CHUNK);
      continue;
    }
    const files = fetchPrerendered(element.localName, name);
    arrivals.push(files.catch(() => undefined));
    pictures.push(files.then((f) => showPrerendered(element as HTMLElement, f)).then((shown) => (shown ? element.localName : undefined), () => undefined));
  }
  const tags = new Set(elements.map((e) => e.localName));
  const loadAll = () => tags.forEach((tag) => void load(tag).catch(() => undefined));
  if (pictures.length === 0) {
    loadAll();
    if (elements.length > 0) warmIntl();
    return;
  }
  void Promise.all(arrivals).then(loadAll);
  void Promise.all(pictures).then((shown) => {
    warmIntl();
    if (shown.some((tag) => tag !== undefined && drawsChart(tag))) {
      // A failure here is harmless: the element asks again and reports the error itself.
      // The lightest engine that serves the page: load-engine.ts reads the flag set by noteEngine.
      import('./engine/load-engine.js').then((m) => m.loadEngine('bars')).catch(() => undefined);
    }
  });
}

/** Found tags whose code has not been asked for yet, by tag name: what `beforeprint` loads. */
const waiting = new Map<string, Set<Element>>();
const found = new WeakSet<Element>();

/**
 * A tag's code is asked for when the tag comes within 1.5 viewports above or below the screen, so an
 * article whose charts are far down downloads only this loader before the reader scrolls. A tag with no
 * box (display: none) never intersects; it loads once it is shown near the viewport.
 */
const nearViewport =
  typeof IntersectionObserver === 'undefined'
    ? undefined
    : new IntersectionObserver(
        (entries) => {
          const near = entries.filter((entry) => entry.isIntersecting && waiting.has(entry.target.localName));
          // After loadNear, which asks for the pre-rendered figures first: on a slow link they come before the engine.
          loadNear(near.map((entry) => entry.target));
          if (near.some((entry) => drawsChart(entry.target.localName) && onScreen(entry))) preloadEngine();
        },
        { rootMargin: '150% 0px' },
      );

function stopWatching(tag: string): void {
  for (const element of waiting.get(tag) ?? []) nearViewport?.unobserve(element);
  waiting.delete(tag);
}

/** Watches each mss-* tag in (and including) `root` once, until its element's code is asked for. */
function scan(root: ParentNode): void {
  const elements = [...(root instanceof Element && root.matches(selector) ? [root] : []), ...root.querySelectorAll(selector)];
  if (elements.some((e) => e.shadowRoot && !customElements.get(e.localName) && !e.shadowRoot.querySelector('[data-mss-prerendered]'))) {
    hydration ??= import('./elements/base/hydrate-support.js');
  }
  for (const element of elements) {
    const tag = element.localName;
    noteEngine(element);
    if (found.has(element) || requested.has(tag)) continue;
    found.add(element);
    if (!nearViewport) {
      void load(tag).catch(() => undefined);
      continue;
    }
    let pending = waiting.get(tag);
    if (!pending) waiting.set(tag, (pending = new Set()));
    pending.add(element);
    nearViewport.observe(element);
  }
}

const watched = new WeakSet<Node>();

/**
 * Finds the mss-* tags in `root` and in anything added to it later, and loads each one's code when it
 * comes near the viewport. The loader does this for the document; call it for a shadow root whose
 * tags it cannot see (as Shoelace's autoloader asks components to do).
 */
export function discover(root: ParentNode): void {
  scan(root);
  if (watched.has(root)) return;
  watched.add(root);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }).observe(root, { childList: true, subtree: true });
}

/** Loads a tag's code now, wherever its tags are; resolves with the element's class once it is defined. */
export async function define(tag: string): Promise<CustomElementConstructor> {
  await load(tag);
  return customElements.whenDefined(tag);
}

/** Loads every element's code now; resolves once all are defined. */
export async function defineAll(): Promise<void> {
  await Promise.all(Object.keys(LOADERS).map((tag) => define(tag)));
}

if (typeof document !== 'undefined') {
  discover(document.documentElement);
  // A printed article has every chart, not only those the reader scrolled past.
  addEventListener('beforeprint', () => [...waiting.keys()].forEach((tag) => void load(tag).catch(() => undefined)));
}
