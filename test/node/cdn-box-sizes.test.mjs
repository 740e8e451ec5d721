// dist/cdn/mss-charts.css reserves, for every element, view and language, at every width in em it was
// measured at (wide and compact layouts, several font sizes), the height the element takes once rendered: so a plain tag shifts nothing when its code
// arrives. Also the pre-rendered figure takes the reserved box in place of it. Fails when the
// markup changes and src/cdn/box-sizes.json was not measured again. Needs `npm run build` and a Chrome.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from '../../scripts/find-chrome.mjs';
import { readBoxSizes } from '../../scripts/box-styles.mjs';
import { MEASURE_BODY_STYLE } from '../../scripts/measure-boxes.mjs';
import { dist, startDistServer } from './lib/dist-server.mjs';

const TOLERANCE_PX = 3;
const REMEASURE = 'the table is out of date: run node scripts/measure-boxes.mjs, then npm run build';
const table = readBoxSizes();

/**
 * Every tag, view, language and layout of the table, at each width it was measured at (in em, with its
 * font size), and at a width between two of them in another font size (18 px): the box follows the width
 * in em, whatever the page's font.
 */
function cases() {
  const out = [];
  for (const [tag, views] of Object.entries(table.boxes)) {
    for (const [view, langs] of Object.entries(views)) {
      for (const lang of Object.keys(langs)) {
        for (const [layout, points] of Object.entries(table.points)) {
          for (const { em, font } of points) out.push({ tag, view, lang, layout, width: em * font, font });
        }
      }
    }
  }
  return out;
}

const markup = (list) =>
  list
    .map(
      ({ tag, view, lang, width, font = 16 }, i) =>
        `<div lang="${lang}" style="width: ${width}px; font-size: ${font}px"><${tag} id="c${i}"${view === 'default' ? '' : ` view="${view}"`}></${tag}></div>`,
    )
    .join('');
const page = (body, script = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="/cdn/mss-charts.css">${script}</head>` +
  `<body style="${MEASURE_BODY_STYLE}">${body}</body></html>`;

const all = cases();
const PAGES = {
  '/boxes.html': page(markup(all)),
  // One tag whose code arrives after the first paint: its box must hold from then until its first render.
  '/upgrade.html': page(markup([{ tag: 'mss-casualties-chart', view: 'quarterly', lang: 'en', width: 680 }])),
  // A pre-rendered figure, with the element code held back (/slow/): it must fill the box.
  '/picture.html': page(markup([{ tag: 'mss-contingent-chart', view: 'cumulative', lang: 'en', width: 680 }]), '<script type="module" src="/slow/cdn/mss-charts.js"></script>'),
};

let server;
let browser;

before(async () => {
  if (!existsSync(join(dist, 'cdn/mss-charts.css'))) throw new Error('dist/cdn/mss-charts.css is missing: run `npm run build` first');
  server = await startDistServer(PAGES, { slowMs: 3000 });
  browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

const heights = (tab, count) =>
  tab.evaluate((n) => Array.from({ length: n }, (_, i) => document.getElementById(`c${i}`).getBoundingClientRect().height), count);

test('an undefined tag reserves the height its element renders at, for every element, view, language and width', async () => {
  // Tall enough that no plot reaches its --mss-max-height (70vh) cap, as when the table was measured.
  const tab = await browser.newPage({ viewport: { width: 1280, height: 1200 } });
  await tab.goto(`${server.origin}/boxes.html`);
  const reserved = await heights(tab, all.length);
  await tab.addScriptTag({ url: '/cdn/mss-charts.all.js', type: 'module' });
  await tab.evaluate(async (n) => {
    const elements = Array.from({ length: n }, (_, i) => document.getElementById(`c${i}`));
    await Promise.all(elements.map((e) => customElements.whenDefined(e.localName)));
    await Promise.all(elements.map((e) => e.updateComplete));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }, all.length);
  const rendered = await heights(tab, all.length);
  const off = all
    .map((c, i) => ({ ...c, reserved: reserved[i], rendered: rendered[i] }))
    .filter((c) => !(Math.abs(c.reserved - c.rendered) <= TOLERANCE_PX))
    .map((c) => `${c.tag} ${c.view} ${c.lang} ${c.layout} (${c.width} px at ${c.font} px): reserved ${c.reserved.toFixed(1)} px, rendered ${c.rendered.toFixed(1)} px`);
  assert.deepEqual(off, [], `${REMEASURE}\n${off.join('\n')}`);
  assert.ok(reserved.every((h) => h > 100), 'a tag reserved (almost) no height: is mss-charts.css served?');
  await tab.close();
});

test('a pre-rendered figure takes the reserved box in place of it', async () => {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 1200 } });
  await tab.goto(`${server.origin}/picture.html`);
  const reserved = (await heights(tab, 1))[0];
  await tab.waitForFunction(() => document.getElementById('c0').shadowRoot?.querySelector('[data-mss-prerendered]'), undefined, { timeout: 10_000 });
  assert.equal(await tab.evaluate(() => customElements.get('mss-contingent-chart')), undefined, 'the element code was not held back');
  const withPicture = (await heights(tab, 1))[0];
  assert.ok(Math.abs(withPicture - reserved) <= TOLERANCE_PX, `reserved ${reserved} px, the picture takes ${withPicture} px. ${REMEASURE}`);
  await tab.close();
});

test('a tag keeps its box from its definition to its first render, with no frame in between', async () => {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 1200 } });
  await tab.goto(`${server.origin}/upgrade.html`);
  const reserved = (await heights(tab, 1))[0];
  // Every frame's height, from before the element is defined until it has rendered.
  const frames = await tab.evaluate(async () => {
    const element = document.getElementById('c0');
    const seen = [];
    let rendered = false;
    const sample = () => {
      seen.push({ defined: Boolean(customElements.get(element.localName)), height: element.getBoundingClientRect().height });
      if (!rendered) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
    await import('/cdn/mss-charts.all.js');
    await element.updateComplete;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    rendered = true;
    return seen;
  });
  assert.ok(frames.some((f) => f.defined), 'no frame was sampled after the element was defined');
  const off = frames.filter((f) => !(Math.abs(f.height - reserved) <= TOLERANCE_PX));
  assert.deepEqual(off, [], `reserved ${reserved.toFixed(1)} px; frames of another height: ${JSON.stringify(off)}`);
  await tab.close();
});

test('the stylesheet knows every display state the element sets', async () => {
  const { DISPLAY_STATES } = await import('../../scripts/box-styles.mjs');
  const manifest = JSON.parse(readFileSync(join(dist, '..', 'custom-elements.json'), 'utf8'));
  const states = new Set(
    manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName === 'mss-casualties-chart').flatMap((d) => d.cssStates ?? []).map((s) => s.name),
  );
  assert.deepEqual([...states].sort(), [...DISPLAY_STATES].sort());
});
