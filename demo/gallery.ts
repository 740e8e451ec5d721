/**
 * The gallery's live panels: every card with an mss-charts element gets a panel that edits the element's
 * attributes (view, theme, language, title, table, the element's own options) and embed snippets — the CDN
 * script tag, pre-rendered markup, an image for where no script runs, and npm — that always match what the
 * card shows. A producer sets the chart up here and
 * pastes the snippet into the CMS.
 *
 * The controls come from each element's declared reactive properties (Lit's `elementProperties`), so an
 * attribute added to an element gets a control without touching this file.
 */
import { DEFAULT_KEY_FIGURES, KEY_FIGURE_IDS } from '../src/charts/key-figures.js';
import { mssDataset } from '../src/data/mss-dataset.js';
import { countryName } from '../src/i18n/format.js';

/** What the panel needs from a Lit element class. */
interface ReactiveClass {
  elementProperties: Map<PropertyKey, { attribute?: string | boolean; type?: unknown; state?: boolean }>;
}

interface Attribute {
  name: string;
  kind: 'boolean' | 'string' | 'number';
}

const LANGUAGES: [string, string][] = [
  ['', 'page language'],
  ['en', 'English'],
  ['fr', 'Français'],
  ['ht', 'Kreyòl ayisyen'],
  ['es', 'Español'],
];
const THEMES: [string, string][] = [
  ['', 'inherit the page'],
  ['light', 'light'],
  ['dark', 'dark'],
  ['auto', 'auto (reader’s system)'],
];
/** Attributes that make no sense to edit here: data loading belongs to the README, not to a live panel. */
const SKIPPED = new Set(['src', 'timeout', 'summary']);

let uid = 0;
let version = 'latest';

function attributesOf(element: HTMLElement): Attribute[] {
  const ctor = customElements.get(element.localName) as unknown as ReactiveClass | undefined;
  if (!ctor?.elementProperties) return [];
  const attributes: Attribute[] = [];
  for (const [key, options] of ctor.elementProperties) {
    if (options.state || options.attribute === false || typeof key !== 'string') continue;
    const name = typeof options.attribute === 'string' ? options.attribute : key.toLowerCase();
    if (SKIPPED.has(name)) continue;
    const kind = options.type === Boolean ? 'boolean' : options.type === Number ? 'number' : 'string';
    // Numbers (heading-level) change nothing visible; the README documents them.
    if (kind !== 'number') attributes.push({ name, kind });
  }
  // The common ones first, in the order a producer thinks of them; the element's own after.
  const order = ['view', 'theme', 'lang', 'chart-title', 'figures', 'kinds', 'from', 'to', 'highlight', 'show-data'];
  const rank = (a: Attribute) => (order.includes(a.name) ? order.indexOf(a.name) : order.length);
  return attributes.sort((a, b) => rank(a) - rank(b));
}

/** A DOM node with properties (not attributes: `className`, `htmlFor`, `checked`) and children. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

function select(options: [string, string][], value: string, onChange: (value: string) => void): HTMLSelectElement {
  const control = el('select');
  for (const [optionValue, label] of options) control.append(el('option', { value: optionValue, textContent: label }));
  control.value = value;
  control.addEventListener('change', () => onChange(control.value));
  return control;
}

function field(label: string, control: HTMLElement, wide = false): HTMLElement {
  const id = `gallery-control-${++uid}`;
  control.id = id;
  return el('div', { className: `gallery-field${wide ? ' wide' : ''}` }, el('label', { htmlFor: id, textContent: label }), control);
}

/** Values of `view` used anywhere in the element's section, plus its own default: the views the element has. */
function viewsOf(element: HTMLElement): string[] {
  const section = element.closest('section') ?? document;
  const views = new Set<string>();
  const current = (element as HTMLElement & { view?: unknown }).view;
  if (typeof current === 'string') views.add(current);
  for (const other of section.querySelectorAll(element.localName)) {
    const view = other.getAttribute('view');
    if (view) views.add(view);
  }
  return [...views];
}

/** The figure-picker of <mss-key-figures>: one checkbox per card id, in the order they are ticked. */
function figuresControl(element: HTMLElement, onChange: () => void): HTMLElement {
  const box = el('fieldset', { className: 'gallery-field wide gallery-figures' }, el('legend', { textContent: 'figures' }));
  // Without the attribute the element shows its default set; the boxes say so.
  const shown = (): string[] => {
    const attribute = element.getAttribute('figures');
    return attribute ? attribute.split(/[\s,]+/).filter(Boolean) : [...DEFAULT_KEY_FIGURES];
  };
  const chosen = shown();
  for (const id of KEY_FIGURE_IDS) {
    const checkbox = el('input', { type: 'checkbox', checked: chosen.includes(id), value: id });
    checkbox.addEventListener('change', () => {
      const now = shown();
      const next = checkbox.checked ? [...now, id] : now.filter((x) => x !== id);
      if (next.length > 0) element.setAttribute('figures', next.join(' '));
      else element.removeAttribute('figures');
      onChange();
    });
    box.append(el('label', {}, checkbox, ` ${id}`));
  }
  return box;
}

function controlFor(element: HTMLElement, attribute: Attribute, onChange: () => void): HTMLElement | undefined {
  const value = element.getAttribute(attribute.name) ?? '';
  const set = (next: string) => {
    if (next === '') element.removeAttribute(attribute.name);
    else element.setAttribute(attribute.name, next);
    onChange();
  };
  if (attribute.kind === 'boolean') {
    const checkbox = el('input', { type: 'checkbox', checked: element.hasAttribute(attribute.name) });
    checkbox.addEventListener('change', () => {
      element.toggleAttribute(attribute.name, checkbox.checked);
      onChange();
    });
    const id = `gallery-control-${++uid}`;
    checkbox.id = id;
    return el('div', { className: 'gallery-field gallery-check' }, checkbox, el('label', { htmlFor: id, textContent: attribute.name }));
  }
  switch (attribute.name) {
    case 'view': {
      const views = viewsOf(element);
      return views.length > 1 ? field('view', select(views.map((v) => [v, v]), value || views[0] || '', set)) : undefined;
    }
    case 'theme':
      return field('theme', select(THEMES, value, set));
    case 'lang':
      return field('lang', select(LANGUAGES, value, set));
    case 'figures':
      return figuresControl(element, onChange);
    case 'highlight': {
      const codes = [...new Set((mssDataset.pledges ?? []).map((p) => p.country))];
      const current = value || String((element as HTMLElement & { highlight?: unknown }).highlight ?? '');
      return field('highlight', select(codes.map((c) => [c, `${c} · ${countryName(c, 'en')}`]), current, set));
    }
    default: {
      const input = el('input', { type: 'text', value, placeholder: 'generated from the data' });
      input.addEventListener('input', () => set(input.value.trim()));
      return field(attribute.name, input, true);
    }
  }
}

/** The element's tag as a producer would paste it: only the attributes that differ from the defaults. */
function markupOf(element: HTMLElement): string {
  const attributes = [...element.attributes]
    .filter((a) => !a.name.startsWith('data-gallery'))
    .map((a) => (a.value === '' ? a.name : `${a.name}="${a.value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`));
  return `<${element.localName}${attributes.length ? ` ${attributes.join(' ')}` : ''}></${element.localName}>`;
}

interface Snippets {
  cdn: string;
  prerendered: string;
  image: string;
  npm: string;
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

function snippets(element: HTMLElement): Snippets {
  const tag = markupOf(element);
  const entry = element.localName.replace(/^mss-/, '');
  const pkg = `https://cdn.jsdelivr.net/npm/mss-charts@${version}/dist`;
  const cdn = `${pkg}/cdn`;
  return {
    // The stylesheet first: it reserves the chart's box before the page is first drawn (no layout shift).
    cdn: `<link rel="stylesheet" href="${cdn}/mss-charts.css">\n<script type="module" src="${cdn}/mss-charts.js"></script>\n${tag}`,
    prerendered: [
      '# Server rendering: the chart is in the page\'s HTML before any script runs (no layout shift, readable without JavaScript)',
      `npx mss-charts@${version} render '${tag}' > chart.html`,
      '',
      '<!-- in the <head>, then chart.html where the chart goes: -->',
      `<link rel="stylesheet" href="${cdn}/styles/${element.localName}.css">`,
      `<script type="module" src="${cdn}/mss-charts.js"></script>`,
    ].join('\n'),
    image: imageSnippet(element, `${pkg}/static`),
    npm: `// npm install mss-charts\nimport 'mss-charts/${entry}';\n\n// in your page or template:\n// ${tag}`,
  };
}

/**
 * For where no script runs (newsletters, RSS, Apple News, social cards): the image made at build time, with the
 * element's title and summary as its alt text, and its source links and date under it.
 */
function imageSnippet(element: HTMLElement, base: string): string {
  const root = element.shadowRoot;
  const view = element.getAttribute('view');
  const lang = (element as HTMLElement & { resolvedLocale?: string }).resolvedLocale?.split('-')[0] ?? 'en';
  if (!element.localName.endsWith('-chart') || !root) return `<!-- ${element.localName} has no image: it is not a chart. -->`;
  const title = root.querySelector('[part~="title"]')?.textContent?.trim() ?? '';
  const summary = root.querySelector('[part~="summary"]')?.textContent?.trim() ?? '';
  const links = [...root.querySelectorAll<HTMLAnchorElement>('footer .sources a')].map((a) => `<a href="${escapeHtml(a.href)}">${escapeHtml(a.textContent ?? '')}</a>`);
  const asOf = root.querySelector('footer .sources')?.textContent?.match(/[^.]+\.\s*$/)?.[0].trim() ?? '';
  const own = [...element.attributes].some((a) => !['view', 'lang', 'theme'].includes(a.name) && !a.name.startsWith('data-gallery'));
  const src = `${base}/${element.localName}${view ? `.${view}` : ''}.${['en', 'fr', 'ht', 'es'].includes(lang) ? lang : 'en'}.png`;
  return [
    ...(own ? ['<!-- The image shows the default figures and words, without this card\'s own options. -->'] : []),
    '<figure>',
    `  <img src="${src}" width="680" alt="${escapeHtml(`${title}. ${summary}`)}">`,
    `  <figcaption>${links.join(', ')}. ${escapeHtml(asOf)}</figcaption>`,
    '</figure>',
  ].join('\n');
}

async function copy(text: string, button: HTMLButtonElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = 'Copied';
  } catch {
    button.textContent = 'Select and copy';
  }
  setTimeout(() => (button.textContent = 'Copy'), 1500);
}

function snippetBlock(label: string, get: () => string): { node: HTMLElement; refresh: () => void } {
  const code = el('code');
  const button = el('button', { type: 'button', className: 'gallery-copy', textContent: 'Copy' });
  button.setAttribute('aria-label', `Copy the ${label} snippet`);
  button.addEventListener('click', () => void copy(get(), button));
  const node = el('div', { className: 'gallery-snippet' }, el('div', { className: 'gallery-snippet-head' }, el('span', { textContent: label }), button), el('pre', {}, code));
  return { node, refresh: () => (code.textContent = get()) };
}

/** Light and dark cards: the card's background follows the element's theme, as a page around it would. */
function syncCard(card: HTMLElement, element: HTMLElement): void {
  const theme = element.getAttribute('theme');
  const dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  card.classList.toggle('dark', dark);
  card.classList.toggle('light', !dark);
}

function enhance(card: HTMLElement, element: HTMLElement, open: boolean): void {
  const controls = el('div', { className: 'gallery-controls' });
  const blocks = [
    snippetBlock('CDN (paste into the article)', () => snippets(element).cdn),
    snippetBlock('Pre-rendered (server or static site)', () => snippets(element).prerendered),
    snippetBlock('Image (newsletters, RSS, social cards)', () => snippets(element).image),
    snippetBlock('npm', () => snippets(element).npm),
  ];
  const refresh = () => {
    for (const block of blocks) block.refresh();
    syncCard(card, element);
  };
  for (const attribute of attributesOf(element)) {
    const control = controlFor(element, attribute, refresh);
    if (control) controls.append(control);
  }
  const panel = el(
    'details',
    { className: 'gallery-panel', open },
    el('summary', { textContent: 'Attributes and embed code' }),
    controls,
    ...blocks.map((block) => block.node),
  );
  card.append(panel);
  refresh();
}

async function main(): Promise<void> {
  try {
    const pkg = (await (await fetch('../package.json')).json()) as { version?: string };
    if (pkg.version) version = pkg.version;
  } catch {
    // The snippet then names the latest version; the gallery works without the file.
  }
  const tags = [...new Set([...document.querySelectorAll('main *')].map((n) => n.localName).filter((n) => n.startsWith('mss-')))];
  if (tags.length === 0) return;
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  const seen = new Set<Element>();
  for (const card of document.querySelectorAll<HTMLElement>('main .card')) {
    const element = card.querySelector<HTMLElement>(tags.join(','));
    if (!element) continue;
    // The first card of each section opens its panel, so the gallery shows what the panels do.
    const section = card.closest('section') ?? card;
    enhance(card, element, !seen.has(section));
    seen.add(section);
  }
}

void main();
