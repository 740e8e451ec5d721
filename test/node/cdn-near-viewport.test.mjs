// The CDN loader asks for an element's code only when one of its tags comes near the viewport (1.5 screens),
// in headless Chromium against the built dist/cdn/: an article whose charts are all far down costs the
// reader the loader alone until they scroll; define(), defineAll() and discover() load on request.
// Needs `npm run build` and a Chrome (scripts/find-chrome.mjs).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from '../../scripts/find-chrome.mjs';
import { gzipSize } from '../../scripts/check-size.mjs';
import { dist, startDistServer } from './lib/dist-server.mjs';

const VIEWPORT = { width: 1000, height: 800 };
const KiB = 1024;
const prose = (screens) => `<div class="prose" style="height: ${screens * VIEWPORT.height}px">Article text.</div>`;
const page = (body) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
  '<link rel="stylesheet" href="/cdn/mss-charts.css"><script type="module" src="/cdn/mss-charts.js"></script></head>' +
  `<body style="margin: 0"><main style="width: 680px">${body}</main></body></html>`;

const PAGES = {
  // Every chart at least two screens below the first one, as in a long article.
  '/far.html': page(
    `${prose(3)}<mss-contingent-chart></mss-contingent-chart>${prose(3)}<mss-pledges-chart></mss-pledges-chart>` +
      `${prose(3)}<mss-casualties-chart view="yearly"></mss-casualties-chart>`,
  ),
  '/empty.html': page('<p>No chart yet.</p>'),
  // One chart on the first screen, with its own data (so no pre-rendered figure stands in for it).
  '/first-screen.html': page('<mss-casualties-chart view="yearly" lang="en" theme="dark"></mss-casualties-chart>'),
  // One chart on the first screen with its default data: the loader shows its pre-rendered figure.
  '/first-screen-figure.html': page('<mss-casualties-chart view="yearly"></mss-casualties-chart>'),
  // Key figures only: no chart, so no engine.
  '/cards.html': page('<mss-key-figures></mss-key-figures>'),
  '/timeline.html': page('<mss-timeline kinds="resolutions"></mss-timeline>'),
  // A bar chart on the first screen and a line chart far below: one engine for both, the full one.
  '/bars-and-lines.html': page(`<mss-contingent-chart></mss-contingent-chart>${prose(3)}<mss-displacement-chart></mss-displacement-chart>`),
  '/hidden.html': page('<mss-displacement-chart hidden></mss-displacement-chart><mss-key-figures style="display: none"></mss-key-figures>'),
};

let server;
let browser;

before(async () => {
  if (!existsSync(join(dist, 'cdn/mss-charts.js'))) throw new Error('dist/cdn/mss-charts.js is missing: run `npm run build` first');
  server = await startDistServer(PAGES);
  browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a page and records the path of every request and every page error. */
async function open(path) {
  const tab = await browser.newPage({ viewport: VIEWPORT });
  const requests = [];
  const errors = [];
  tab.on('request', (r) => requests.push(new URL(r.url()).pathname));
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  // Two frames and a pause: intersection observers report after a rendering update.
  await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)))));
  return { tab, requests, errors };
}

const chunks = (requests, name = '') => requests.filter((p) => p.startsWith('/cdn/chunks/') && p.includes(name));
const defined = (tab, tag) => tab.evaluate((t) => customElements.get(t) !== undefined, tag);
const waitDefined = (tab, tag) =>
  tab.waitForFunction((t) => customElements.get(t), tag, { timeout: 10_000 }).catch(() => assert.fail(`<${tag}> was never defined`));

/** Bytes (gzip -9) of the JS files the page has requested, as a CDN would send them. */
function jsGzip(requests) {
  return [...new Set(requests.filter((p) => p.endsWith('.js')))].reduce((sum, p) => sum + gzipSize(readFileSync(join(dist, p))), 0);
}

test('an article whose charts are all two screens below the first loads at most 10 KiB of JS before the reader scrolls', async () => {
  const { tab, requests, errors } = await open('/far.html');
  const bytes = jsGzip(requests);
  assert.ok(bytes > 0, 'the loader itself was not counted');
  assert.ok(bytes <= 10 * KiB, `${(bytes / KiB).toFixed(1)} KiB gzip of JS before scrolling (${requests.filter((p) => p.endsWith('.js')).join(', ')})`);
  assert.deepEqual(chunks(requests), [], 'element code was requested before any chart came near the viewport');
  assert.equal(await defined(tab, 'mss-contingent-chart'), false);

  // Scrolled to one screen above the first chart: within 1.5 screens, its code loads, not the others'.
  await tab.evaluate(() => window.scrollTo(0, document.querySelector('mss-contingent-chart').offsetTop - 2 * innerHeight));
  await waitDefined(tab, 'mss-contingent-chart');
  assert.ok(chunks(requests, 'contingent-chart').length > 0);
  assert.deepEqual(chunks(requests, 'pledges-chart'), [], 'the pledges chart, three screens further down, loaded too early');
  assert.equal(await defined(tab, 'mss-casualties-chart'), false);
  assert.deepEqual(errors, []);
  await tab.close();
});

test('beforeprint loads every tag found, so a printed article has all its charts', async () => {
  const { tab } = await open('/far.html');
  await tab.evaluate(() => dispatchEvent(new Event('beforeprint')));
  for (const tag of ['mss-contingent-chart', 'mss-pledges-chart', 'mss-casualties-chart']) await waitDefined(tab, tag);
  await tab.close();
});

test('define() loads a tag\'s code at once and resolves with its class; defineAll() defines every element', async () => {
  const { tab, requests, errors } = await open('/far.html');
  const same = await tab.evaluate(async () => {
    const { define } = await import('/cdn/mss-charts.js');
    const constructor = await define('mss-key-figures');
    return constructor === customElements.get('mss-key-figures') && document.createElement('mss-key-figures') instanceof constructor;
  });
  assert.equal(same, true, 'define() resolved with another class than the one defined');
  assert.ok(chunks(requests, 'key-figures').length > 0);
  assert.equal(await defined(tab, 'mss-pledges-chart'), false, 'define() of one tag loaded another');
  const unknown = await tab.evaluate(async () => {
    const { define } = await import('/cdn/mss-charts.js');
    return define('mss-no-such-chart').then(() => 'resolved', (error) => error.message);
  });
  assert.match(unknown, /unknown element <mss-no-such-chart>/);
  await tab.evaluate(async () => (await import('/cdn/mss-charts.js')).defineAll());
  for (const tag of ['mss-contingent-chart', 'mss-pledges-chart', 'mss-displacement-chart', 'mss-casualties-chart']) assert.equal(await defined(tab, tag), true, tag);
  assert.deepEqual(errors, []);
  await tab.close();
});

test('discover(shadowRoot) loads a tag inside another component\'s shadow root, and one added to it later', async () => {
  const { tab, requests, errors } = await open('/empty.html');
  await tab.evaluate(() => {
    const host = document.createElement('div');
    host.id = 'host';
    host.attachShadow({ mode: 'open' }).innerHTML = '<mss-pledges-chart></mss-pledges-chart>';
    document.querySelector('main').append(host);
  });
  await tab.waitForTimeout(500);
  assert.deepEqual(chunks(requests), [], 'a tag in a shadow root was found without discover()');
  await tab.evaluate(async () => (await import('/cdn/mss-charts.js')).discover(document.getElementById('host').shadowRoot));
  await waitDefined(tab, 'mss-pledges-chart');
  await tab.evaluate(() => document.getElementById('host').shadowRoot.append(document.createElement('mss-casualties-chart')));
  await waitDefined(tab, 'mss-casualties-chart');
  assert.deepEqual(errors, []);
  await tab.close();
});

test('a tag added by a script near the viewport loads; one far below waits', async () => {
  const { tab, requests } = await open('/empty.html');
  await tab.evaluate(() => {
    const far = document.createElement('div');
    far.style.height = `${4 * innerHeight}px`;
    document.querySelector('main').append(far, document.createElement('mss-displacement-chart'));
  });
  await tab.waitForTimeout(500);
  assert.deepEqual(chunks(requests, 'displacement-chart'), [], 'a tag four screens down loaded at once');
  await tab.evaluate(() => document.querySelector('main').prepend(document.createElement('mss-contingent-chart')));
  await waitDefined(tab, 'mss-contingent-chart');
  await tab.close();
});

test('a hidden tag loads when it is shown near the viewport', async () => {
  const { tab, requests } = await open('/hidden.html');
  assert.deepEqual(chunks(requests), [], 'a hidden tag loaded its code');
  await tab.evaluate(() => document.querySelector('mss-displacement-chart').removeAttribute('hidden'));
  await waitDefined(tab, 'mss-displacement-chart');
  assert.equal(await defined(tab, 'mss-key-figures'), false, 'a display: none tag loaded its code');
  await tab.evaluate(() => document.querySelector('mss-key-figures').style.removeProperty('display'));
  await waitDefined(tab, 'mss-key-figures');
  await tab.close();
});

test('a chart on the first screen with no picture fetches the chart engine and the static chart\'s drawing code together with its own code, in few requests', async () => {
  const { tab, requests, errors } = await open('/first-screen.html');
  const preload = await tab.evaluate(() => [...document.querySelectorAll('link[rel=modulepreload]')].map((l) => new URL(l.href).pathname));
  assert.equal(preload.length, 2, `modulepreload hints: ${preload.join(', ')}`);
  // A bar chart, on a page of bar charts only: the bar engine.
  const engine = preload.find((p) => /^\/cdn\/chunks\/engine\.bars-[\w-]+\.js$/.test(p));
  const drawing = preload.find((p) => /^\/cdn\/chunks\/static-chart-[\w-]+\.js$/.test(p));
  assert.ok(engine && drawing, `modulepreload hints: ${preload.join(', ')}`);
  for (const chunk of preload) assert.ok(existsSync(join(dist, chunk)), `${chunk} is not in the build`);
  // Asked for in the same moment as the element's code, not after its first render.
  const elementAt = requests.findIndex((p) => p.startsWith('/cdn/chunks/casualties-chart-'));
  assert.deepEqual(chunks(requests, '/engine-'), [], 'a page of bar charts asked for the full engine too');
  for (const chunk of [engine, drawing]) {
    const at = requests.findIndex((p) => p === chunk);
    assert.ok(at >= 0 && elementAt >= 0 && at < elementAt, `${chunk} was not asked for with the element's code: ${requests.join(', ')}`);
  }
  await waitDefined(tab, 'mss-casualties-chart');
  await tab.waitForFunction(() => document.querySelector('mss-casualties-chart').shadowRoot?.querySelector('canvas'), undefined, { timeout: 15_000 });
  // Loader, base, the element and its data, the engine: every request of the page's JS.
  const js = [...new Set(requests.filter((p) => p.endsWith('.js')))];
  // Eight: the loader, base, chart-base, the static chart's drawing code, the element, its slice of the
  // dataset, the seed-article checks, the engine.
  assert.ok(js.length <= 8, `${js.length} JS requests for one chart: ${js.join(", ")}`);
  assert.deepEqual(errors, []);
  await tab.close();
});

test('with a pre-rendered figure, the element code is asked for once the figure has arrived, and Chart.js takes over from that figure', async () => {
  const tab = await browser.newPage({ viewport: VIEWPORT });
  // When the loader marks the host as showing its figure (src/cdn.ts, showPrerendered).
  await tab.addInitScript(() => {
    new MutationObserver((records) => {
      if (records.some((r) => r.attributeName === 'prerendered')) window.__shownAt ??= performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['prerendered'] });
    // Whether the element ever drew a static chart of its own in place of the loader's picture.
    const watch = () => {
      const root = document.querySelector('mss-casualties-chart')?.shadowRoot;
      // Not the loader's figure itself (before the element adopts its picture).
      if (root?.querySelector('svg.static-chart:not(.adopted):not([data-mss-prerendered] *)')) window.__ownStatic = true;
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await tab.goto(`${server.origin}/first-screen-figure.html`, { waitUntil: 'load' });
  await waitDefined(tab, 'mss-casualties-chart');
  const { shownAt, figureAt, elementAt } = await tab.evaluate(() => {
    const start = (part) => performance.getEntriesByType('resource').find((e) => e.name.includes(part))?.startTime;
    return { shownAt: window.__shownAt, figureAt: start('/prerendered/mss-casualties-chart.yearly.'), elementAt: start('/chunks/casualties-chart-') };
  });
  assert.ok(typeof shownAt === 'number', 'the pre-rendered figure was never shown');
  assert.ok(figureAt < elementAt, `the figure (${figureAt}) was not asked for before the element code (${elementAt})`);
  assert.ok(elementAt < shownAt, `the element code (${elementAt}) waited for the figure to be shown (${shownAt})`);
  // Chart.js takes over from the loader's picture: the element does not draw the same chart in between,
  // nor fetch the code that would draw it.
  await tab.waitForFunction(() => document.querySelector('mss-casualties-chart').matches(':state(interactive)'), undefined, { timeout: 15_000 });
  assert.equal(await tab.evaluate(() => window.__ownStatic ?? false), false, 'the element drew its own static chart over the loader\'s picture');
  const fetched = await tab.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  assert.deepEqual(chunks(fetched, '/static-chart-'), [], 'the static chart\'s drawing code was fetched behind a picture');
  await tab.close();
});

test('a page whose charts are all bars loads the bar engine; one with a line chart anywhere loads the full engine alone, for every chart', async () => {
  const { tab, requests } = await open('/bars-and-lines.html');
  await tab.waitForFunction(() => document.querySelector('mss-contingent-chart').matches(':state(interactive)'), undefined, { timeout: 15_000 });
  await tab.evaluate(() => document.querySelector('mss-displacement-chart').scrollIntoView());
  await tab.waitForFunction(() => document.querySelector('mss-displacement-chart').matches(':state(interactive)'), undefined, { timeout: 15_000 });
  assert.equal(chunks(requests, '/engine-').length, 1, `engines: ${chunks(requests, '/engine').join(', ')}`);
  assert.deepEqual(chunks(requests, '/engine.bars-'), [], 'the bar engine was loaded beside the full one');
  // Both charts drew with the one Chart.js.
  assert.equal(await tab.evaluate(() => document.querySelector('mss-contingent-chart').chartInstance.constructor === document.querySelector('mss-displacement-chart').chartInstance.constructor), true, 'the two charts drew with two copies of Chart.js');
  await tab.close();
});

test('a page of key figures (no chart) and a page of far charts fetch no engine before it is needed', async () => {
  for (const path of ['/cards.html', '/far.html']) {
    const { tab, requests } = await open(path);
    if (path === '/cards.html') await waitDefined(tab, 'mss-key-figures');
    assert.deepEqual(chunks(requests, '/engine-'), [], `${path} asked for the engine`);
    assert.equal(await tab.evaluate(() => document.querySelectorAll('link[rel=modulepreload]').length), 0, path);
    await tab.close();
  }
});
test('a timeline near the viewport loads its own chunk and never a chart\'s or the chart engine', async () => {
  const { tab, requests, errors } = await open('/timeline.html');
  await waitDefined(tab, 'mss-timeline');
  const count = await tab.waitForFunction(() => document.querySelector('mss-timeline').shadowRoot?.querySelectorAll('[part="entry"]').length).then((h) => h.jsonValue());
  assert.equal(count, 3, 'the timeline did not render its three Security Council decisions');
  assert.ok(chunks(requests, 'timeline').length > 0, 'no timeline chunk');
  for (const other of ['chart-base', 'chart-element', 'key-figures', 'contingent-chart', 'engine', 'chart.js']) {
    assert.deepEqual(chunks(requests, other), [], `the timeline loaded ${other}`);
  }
  assert.deepEqual(errors, []);
  await tab.close();
});
