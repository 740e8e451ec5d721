// Pre-rendered figures (dist/cdn/prerendered/, scripts/build-prerendered.mjs), as a page without a
// bundler gets them from the CDN loader, in headless Chromium with the element code held back: the picture
// comes first, the element takes over in the same box, and tags it would misrepresent get none.
// Needs `npm run build` and a Chrome (scripts/find-chrome.mjs).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from '../../scripts/find-chrome.mjs';
import { readPrerenderedVariants } from '../../scripts/prerendered-variants.mjs';
import { STRICT_CSP } from '../server/test-server.mjs';
import { dist, startDistServer } from './lib/dist-server.mjs';
import { openWatched } from './lib/watched-page.mjs';

const prerenderedDir = join(dist, 'cdn', 'prerendered');
const PRERENDERED = readPrerenderedVariants();

/** A page of the held-back CDN build; `styled: false` for the strict-CSP page, which allows no inline style. */
const page = (body, lang = 'en', styled = true) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><script type="module" src="/slow/cdn/mss-charts.js"></script></head>` +
  (styled ? `<body style="margin: 16px; font-family: sans-serif"><main style="width: 680px">` : '<body><main>') +
  `${body}</main></body></html>`;

const PAGES = {
  // en-US is formatted as en: it gets the English picture.
  '/one.html': page('<p>Before.</p><mss-contingent-chart></mss-contingent-chart><p>After.</p>', 'en-US'),
  '/timeline.html': page('<p>Before.</p><mss-timeline></mss-timeline><p>After.</p>', 'es'),
  '/strict.html': { html: page('<mss-pledges-chart></mss-pledges-chart><mss-key-figures></mss-key-figures>', 'fr', false), headers: { 'content-security-policy': STRICT_CSP } },
  '/ineligible.html': page(
    [
      '<mss-contingent-chart id="own-src" src="/cdn/no-such.json"></mss-contingent-chart>',
      '<mss-contingent-chart id="own-title" chart-title="Our own title"></mss-contingent-chart>',
      '<mss-contingent-chart id="other-lang" lang="en-GB"></mss-contingent-chart>',
      '<mss-contingent-chart id="inline"><script type="application/json">{}</script></mss-contingent-chart>',
      '<div style="height: 4000px"></div><mss-casualties-chart id="far-below"></mss-casualties-chart>',
    ].join(''),
  ),
};

let server;
let browser;

before(async () => {
  if (!existsSync(prerenderedDir)) throw new Error('dist/cdn/prerendered is missing: run `npm run build` first');
  server = await startDistServer(PAGES, { slowMs: 2000 });
  browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open(path) {
  return openWatched(browser, `${server.origin}${path}`);
}

/** What a tag's shadow root shows: the loader's picture, the element's own render, the drawing. */
function state(tab, selector) {
  return tab.evaluate((s) => {
    const host = document.querySelector(s);
    const root = host.shadowRoot;
    const prerendered = root?.querySelector('[data-mss-prerendered]');
    return {
      defined: customElements.get(host.localName) !== undefined,
      prerendered: Boolean(prerendered),
      inertButtons: prerendered ? [...prerendered.querySelectorAll('button')].every((b) => b.inert) : null,
      buttons: prerendered ? prerendered.querySelectorAll('button').length : 0,
      liveLinks: prerendered ? [...prerendered.querySelectorAll('a[href^="http"]')].filter((a) => !a.closest('[inert]')).length : 0,
      marks: root ? root.querySelectorAll('svg rect, svg path').length : 0,
      title: root?.querySelector('[part="title"]')?.textContent?.trim() ?? null,
      roots: root ? root.querySelectorAll('.root').length : 0,
      height: host.getBoundingClientRect().height,
      canvas: Boolean(root?.querySelector('canvas')),
    };
  }, selector);
}

test('every view, language, layout and scheme has a pre-rendered figure, and each tag its styles', () => {
  for (const [tag, views] of Object.entries(PRERENDERED.views)) {
    assert.ok(existsSync(join(prerenderedDir, `${tag}.css.js`)), `${tag}.css.js`);
    for (const view of views)
      for (const lang of PRERENDERED.langs)
        for (const layout of Object.keys(PRERENDERED.layouts))
          for (const scheme of PRERENDERED.schemes) {
            const file = join(prerenderedDir, `${tag}.${view}.${lang}.${layout}.${scheme}.js`);
            assert.ok(existsSync(file), file);
            const text = readFileSync(file, 'utf8');
            assert.match(text, /"part":"title"/, `${file} has a title`);
            if (tag.endsWith('-chart')) assert.match(text, /\["svg",\{[^}]*"viewBox"/, `${file} has its picture`);
          }
  }
  assert.equal(readdirSync(prerenderedDir).filter((f) => f.endsWith('.js')).length > 100, true);
});

test('a chart near the viewport shows its pre-rendered figure before its code arrives; the element takes over in the same box', async () => {
  const { tab, requests, errors } = await open('/one.html');
  await tab.waitForFunction(() => document.querySelector('mss-contingent-chart').shadowRoot?.querySelector('[data-mss-prerendered]'), null, { timeout: 10_000 });
  const before = await state(tab, 'mss-contingent-chart');
  assert.equal(before.defined, false, 'the element code had not arrived yet (held back by the test server)');
  assert.equal(before.prerendered, true);
  assert.ok(before.buttons >= 2 && before.inertButtons, 'its buttons (no code behind them yet) cannot be focused or clicked');
  assert.ok(before.liveLinks > 5, `its source links work (${before.liveLinks})`);
  assert.ok(before.marks > 10, `the picture has bars (${before.marks} marks)`);
  assert.match(before.title, /Kenya/);
  assert.ok(before.height > 400, `the tag has its size already (${before.height} px)`);
  // The engine's preload hint (a chart on the first screen) may go first; the element code may not.
  const firstChunk = requests.findIndex((p) => p.includes('/cdn/chunks/') && !p.includes('/engine-'));
  const prerenderedRequest = requests.findIndex((p) => p.includes('/cdn/prerendered/mss-contingent-chart.arrivals.en.wide.light.js'));
  assert.ok(prerenderedRequest >= 0 && prerenderedRequest < firstChunk, 'the picture was asked for before the element code');

  await tab.waitForFunction(() => document.querySelector('mss-contingent-chart').chartInstance, null, { timeout: 20_000 });
  await tab.waitForTimeout(400);
  const afterTakeover = await state(tab, 'mss-contingent-chart');
  assert.equal(afterTakeover.prerendered, false, 'the picture is gone');
  assert.equal(afterTakeover.roots, 1, 'one render in the shadow root, not two');
  assert.equal(afterTakeover.title, before.title, 'the same words');
  assert.ok(Math.abs(afterTakeover.height - before.height) <= 1, `no layout shift at the takeover: ${before.height} → ${afterTakeover.height} px`);
  assert.equal(afterTakeover.canvas, true);
  assert.deepEqual(errors, []);
  await tab.close();
});

test('a timeline near the viewport shows its pre-rendered list, then the element takes it over in the same box, with no engine', async () => {
  const { tab, requests, errors } = await open('/timeline.html');
  await tab.waitForFunction(() => document.querySelector('mss-timeline').shadowRoot?.querySelector('[data-mss-prerendered]'), null, { timeout: 10_000 });
  const before = await state(tab, 'mss-timeline');
  assert.equal(before.defined, false, 'the element code had not arrived yet (held back by the test server)');
  const entries = () => tab.evaluate(() => document.querySelector('mss-timeline').shadowRoot.querySelectorAll('[part="entry"] time[datetime]').length);
  const count = await entries();
  assert.ok(count >= 20, `the picture lists the events (${count})`);
  assert.match(before.title, /Kenia/);
  await tab.waitForFunction(() => customElements.get('mss-timeline') && !document.querySelector('mss-timeline').shadowRoot.querySelector('[data-mss-prerendered]'), null, { timeout: 20_000 });
  const after = await state(tab, 'mss-timeline');
  assert.equal(after.roots, 1, 'one render in the shadow root, not two');
  assert.equal(after.title, before.title, 'the same words');
  assert.equal(await entries(), count, 'the same events');
  assert.ok(Math.abs(after.height - before.height) <= 1, `no layout shift at the takeover: ${before.height} → ${after.height} px`);
  assert.deepEqual(requests.filter((p) => /engine|chart-element/.test(p)), [], 'the timeline asked for the chart engine');
  assert.deepEqual(errors, []);
  await tab.close();
});

test('under a strict CSP with Trusted Types the pictures (French, key figures too) show without one violation', async () => {
  const { tab, errors } = await open('/strict.html');
  await tab.waitForFunction(
    () => ['mss-pledges-chart', 'mss-key-figures'].every((t) => document.querySelector(t).shadowRoot?.querySelector('[data-mss-prerendered]')),
    null,
    { timeout: 10_000 },
  );
  const pledges = await state(tab, 'mss-pledges-chart');
  assert.equal(pledges.defined, false);
  assert.match(pledges.title, /promesses/i, 'the French picture');
  await tab.waitForFunction(() => document.querySelector('mss-pledges-chart').chartInstance, null, { timeout: 20_000 });
  // The key figures' element takes over too (its own render replaces the picture).
  await tab.waitForFunction(() => !document.querySelector('mss-key-figures').shadowRoot.querySelector('[data-mss-prerendered]'), null, { timeout: 20_000 });
  const keyFigures = await state(tab, 'mss-key-figures');
  assert.equal(keyFigures.prerendered, false);
  assert.equal(keyFigures.defined, true);
  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await tab.close();
});

test('no picture for a tag with its own data or words, another locale, inline JSON, or far below the viewport', async () => {
  const { tab, requests } = await open('/ineligible.html');
  await tab.waitForFunction(() => customElements.get('mss-contingent-chart'), null, { timeout: 20_000 });
  assert.equal(await tab.evaluate(() => customElements.get('mss-casualties-chart')), undefined, 'a tag four screens down loaded its code');
  // Scrolled until the far tag is within the loader's reach (1.5 screens) but not yet near enough for a picture.
  await tab.evaluate(() => window.scrollTo(0, document.getElementById('far-below').offsetTop - innerHeight - 1000));
  await tab.waitForFunction(() => customElements.get('mss-casualties-chart'), null, { timeout: 20_000 });
  assert.deepEqual(requests.filter((p) => p.includes('/prerendered/')), []);
  for (const id of ['own-title', 'other-lang', 'far-below']) {
    assert.equal((await state(tab, `#${id}`)).prerendered, false, id);
  }
  await tab.close();
});
