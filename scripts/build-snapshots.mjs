// First pictures made ahead of time (`dist/cdn/snapshots/`): each chart element, rendered with its default
// data in headless Chromium for every view, language, layout and colour scheme, exactly as a reader sees it
// before Chart.js arrives (title, summary, legend, the still SVG picture, notes, sources, buttons), written
// as a small module of plain element trees. The CDN loader inserts the right one into a tag near the
// viewport before the element's own code has arrived; the element takes over in the same box (see
// src/cdn.ts and MssElement). About 2 KiB gzip each, against ~43 KiB for the element's code.
//
//   node scripts/build-snapshots.mjs      (run by `npm run build` after Rollup)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from './find-chrome.mjs';
import { readSnapshotVariants } from './snapshot-variants.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cdnDir = join(root, 'dist', 'cdn');
const outDir = join(cdnDir, 'snapshots');

/** The table the loader reads too (src/snapshot-variants.ts): views per tag, languages, layouts, schemes. */
const SNAPSHOTS = readSnapshotVariants();

const ORIGIN = 'http://snapshots.mss-charts.invalid';

function variants() {
  const list = [];
  for (const [tag, views] of Object.entries(SNAPSHOTS.views))
    for (const view of views)
      for (const lang of SNAPSHOTS.langs)
        for (const [layout, width] of Object.entries(SNAPSHOTS.layouts))
          for (const scheme of SNAPSHOTS.schemes) list.push({ tag, view, lang, layout, width, scheme, file: `${tag}.${view}.${lang}.${layout}.${scheme}.js` });
  return list;
}

/** In the page: renders every variant, waits for each still picture, returns the trees and each tag's CSS. */
async function renderAll(list) {
  const SKIP = 'canvas, .probes, .status, .error, .still-note, .table-wrap, .visually-hidden, [role="status"]';
  const serialize = (node) => {
    // Only ASCII white space collapses, as HTML does: no-break spaces in numbers ("2 000") stay.
    if (node.nodeType === Node.TEXT_NODE) return node.data.replace(/[ \t\n\r\f]+/g, ' ');
    if (node.nodeType !== Node.ELEMENT_NODE || node.matches(SKIP)) return null;
    const attrs = {};
    const inSvg = node instanceof SVGElement;
    for (const a of node.attributes) {
      if (a.name === 'tabindex') continue;
      // Tenths of a pixel are plenty for a picture that is scaled to the reader's box anyway.
      attrs[a.name] = inSvg ? a.value.replace(/-?\d*\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)) : a.value;
    }
    const children = [];
    for (const child of node.childNodes) {
      const c = serialize(child);
      if (c === null || c === '') continue;
      // Adjacent text (Lit splits text at its markers) is merged; a lone space between two blocks kept.
      if (typeof c === 'string' && typeof children.at(-1) === 'string') children[children.length - 1] += c;
      else children.push(c);
    }
    return [node.localName, attrs, ...children];
  };
  const results = [];
  const hosts = list.map((v) => {
    const box = document.createElement('div');
    box.style.width = `${v.width}px`;
    // No theme attribute: like a tag pasted into an article, the element follows the page's colours.
    box.style.color = v.scheme === 'dark' ? '#e8e8e8' : '#1a1a1a';
    box.style.background = v.scheme === 'dark' ? '#121212' : '#ffffff';
    const el = document.createElement(v.tag);
    el.setAttribute('lang', v.lang);
    if (v.view !== 'default') el.setAttribute('view', v.view);
    box.append(el);
    document.body.append(box);
    return el;
  });
  for (const [i, el] of hosts.entries()) {
    el.scrollIntoView();
    const until = performance.now() + 15000;
    // A chart is ready when its still picture is drawn (the engine never answers here); key figures at once.
    const ready = () => {
      const root = el.shadowRoot;
      if (!root || !root.querySelector('.root')) return false;
      if (!el.localName.endsWith('-chart')) return true;
      return root.querySelectorAll('svg.preview rect, svg.preview path').length > 2;
    };
    while (!ready()) {
      if (performance.now() > until) throw new Error(`no still picture for ${list[i].file}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    await el.updateComplete;
    const svg = el.shadowRoot.querySelector('svg.preview');
    if (svg) {
      // The picture scales to the reader's box: its drawing size becomes its coordinate system.
      const { width, height } = svg.getBoundingClientRect();
      svg.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height)}`);
    }
    const rootNode = el.shadowRoot.querySelector('.root');
    results.push({ file: list[i].file, tree: serialize(rootNode) });
    el.parentElement.remove();
  }
  const css = {};
  for (const tag of new Set(list.map((v) => v.tag))) {
    css[tag] = customElements.get(tag).elementStyles.map((s) => s.cssText);
  }
  return { results, css };
}

async function main() {
  const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')) });
  try {
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(`${ORIGIN}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      // The engine is never answered: every chart stays at its first picture, as a reader sees it first.
      if (/\/chunks\/engine-/.test(path)) return;
      if (path === '/') {
        await route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html><head><meta charset="utf-8"><script type="module" src="/mss-charts.all.js"></script></head><body style="margin:0;font-family:system-ui,sans-serif"></body></html>`,
        });
        return;
      }
      try {
        await route.fulfill({ path: join(cdnDir, path), contentType: 'text/javascript' });
      } catch {
        await route.fulfill({ status: 404 });
      }
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => customElements.get('mss-contingent-chart') !== undefined);
    const list = variants();
    const { results, css } = await page.evaluate(renderAll, list);
    if (errors.length) throw new Error(`the page threw while rendering snapshots: ${errors.join('; ')}`);
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    for (const { file, tree } of results) writeFileSync(join(outDir, file), `export default ${JSON.stringify(tree)};\n`);
    for (const [tag, sheets] of Object.entries(css)) writeFileSync(join(outDir, `${tag}.css.js`), `export default ${JSON.stringify(sheets)};\n`);
    console.log(`snapshots: wrote ${results.length} first pictures and ${Object.keys(css).length} style modules to dist/cdn/snapshots/`);
  } finally {
    await browser.close();
  }
}

await main();
