// The CDN files as a page without a bundler uses them, in headless Chromium: they define every element,
// the ESM build fetches its chart engine only once a chart is on the page, the IIFE fetches nothing.
// Needs `npm run build` and a Chrome (scripts/find-chrome.mjs).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from '../../scripts/find-chrome.mjs';
import { dist, root, startDistServer } from './lib/dist-server.mjs';

/** Tag names, read from each registering module's `HTMLElementTagNameMap` declaration (see STYLE.md). */
const elements = readdirSync(join(root, 'src/elements'), { withFileTypes: true })
  .map((e) => join(root, 'src/elements', e.name, `${e.name}.ts`))
  .filter((file) => existsSync(file))
  .flatMap((file) => {
    const map = /interface\s+HTMLElementTagNameMap\s*{([^}]*)}/.exec(readFileSync(file, 'utf8'));
    return map ? [...map[1].matchAll(/['"]([a-z][a-z0-9]*-[a-z0-9-]*)['"]\s*:/g)].map((m) => m[1]) : [];
  });

const PAGES = {
  '/esm.html': '<!doctype html><html lang="en"><script type="module" src="/cdn/mss-charts.js"></script><body></body></html>',
  '/all.html': '<!doctype html><html lang="en"><script type="module" src="/cdn/mss-charts.all.js"></script><body></body></html>',
  '/iife.html': '<!doctype html><html lang="en"><script src="/cdn/mss-charts.iife.js"></script><body></body></html>',
};

let server;
let origin;
let browser;

before(async () => {
  for (const file of ['cdn/mss-charts.js', 'cdn/mss-charts.iife.js']) {
    if (!existsSync(join(dist, file))) throw new Error(`dist/${file} is missing: run \`npm run build\` first`);
  }
  server = await startDistServer(PAGES);
  origin = server.origin;
  browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a page, recording script requests and every error the page reports; waits for every tag unless told not to. */
async function open(path, { waitForElements = true } = {}) {
  const page = await browser.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location().url}`));
  assert.ok(elements.length > 0, 'no HTMLElementTagNameMap entry found in src/elements/<name>/<name>.ts');
  await page.goto(`${origin}${path}`);
  if (!waitForElements) return { page, requests, errors };
  await page
    .waitForFunction((names) => names.every((n) => customElements.get(n)), elements, { timeout: 10_000 })
    .catch(() => assert.fail(`${path}: not every element of ${elements.join(', ')} was defined. Page errors: ${errors.join(' | ')}`));
  return { page, requests, errors };
}

/** Adds one of each element and gives them time to load the engine and draw. */
async function addEveryElement(page) {
  await page.evaluate((names) => {
    for (const name of names) document.body.append(document.createElement(name));
  }, elements);
  await page.waitForTimeout(1_500);
}

test('the ESM loader fetches an element\'s code only when its tag appears, and the engine only when a chart does', async () => {
  const { page, requests, errors } = await open('/esm.html', { waitForElements: false });
  await page.waitForTimeout(500);
  assert.deepEqual(
    requests.filter((p) => p.startsWith('/cdn/chunks/')),
    [],
    'a page without any mss-* tag fetched element code',
  );
  // One contingent chart: its own chunk and the shared ones, not the other elements' code.
  // The bar engine: a page whose charts are all bars.
  const drawn = page.waitForRequest((r) => /\/cdn\/chunks\/engine\.bars-/.test(new URL(r.url()).pathname), { timeout: 15_000 });
  await page.evaluate(() => document.body.append(document.createElement('mss-contingent-chart')));
  await page.waitForFunction(() => customElements.get('mss-contingent-chart'), undefined, { timeout: 10_000 });
  await drawn.catch(() => assert.fail('a contingent chart on the page never fetched the chart engine'));
  const fetched = requests.filter((p) => p.startsWith('/cdn/chunks/'));
  for (const other of elements.filter((n) => n !== 'mss-contingent-chart')) {
    const chunk = other.replace(/^mss-/, '');
    assert.ok(!fetched.some((p) => p.includes(`/${chunk}-`)), `the page fetched ${chunk}'s code without a <${other}> on it`);
    assert.equal(await page.evaluate((n) => customElements.get(n) === undefined, other), true, `<${other}> was defined early`);
  }
  // Tags added later are still found.
  await addEveryElement(page);
  await page
    .waitForFunction((names) => names.every((n) => customElements.get(n)), elements, { timeout: 10_000 })
    .catch(() => assert.fail(`not every element of ${elements.join(', ')} was defined after its tag was added`));
  assert.deepEqual(errors, []);
  await page.close();
});

test('mss-charts.all.js defines every element at once and loads the engine only when a chart is added', async () => {
  const { page, requests, errors } = await open('/all.html');
  assert.ok(!requests.some((p) => /\/engine-/.test(p)), 'the engine loaded before any chart was on the page');
  const engineRequest = page.waitForRequest((r) => /\/cdn\/chunks\/engine-/.test(new URL(r.url()).pathname), { timeout: 15_000 });
  await addEveryElement(page);
  await engineRequest.catch(() => assert.fail('adding the elements fetched no engine chunk'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('the IIFE defines every element, exposes window.MssCharts and fetches no other script', async () => {
  const { page, requests, errors } = await open('/iife.html');
  assert.equal(await page.evaluate(() => typeof window.MssCharts), 'object');
  await addEveryElement(page);
  assert.deepEqual(requests.filter((p) => p.endsWith('.js')), ['/cdn/mss-charts.iife.js']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the IIFE leaves the map out: a map view says in its box that it needs the module build, and fires mss-error', async () => {
  const { page, requests, errors } = await open('/iife.html');
  const result = await page.evaluate(async () => {
    const el = document.createElement('mss-pledges-chart');
    el.setAttribute('view', 'map');
    const failed = new Promise((resolve) => el.addEventListener('mss-error', (e) => resolve(e.detail?.message ?? String(e.detail))));
    document.body.append(el);
    const message = await Promise.race([failed, new Promise((resolve) => setTimeout(() => resolve('no mss-error'), 8000))]);
    await el.updateComplete;
    const alert = el.shadowRoot.querySelector('[role="alert"]');
    return { message, alert: alert?.textContent ?? '' };
  });
  assert.match(result.message, /mss-charts\.js/, `mss-error said: ${result.message}`);
  assert.match(result.alert, /module/i, `the box said: ${result.alert}`);
  assert.deepEqual(requests.filter((p) => p.endsWith('.js')), ['/cdn/mss-charts.iife.js']);
  assert.deepEqual(errors.filter((e) => !/mss-charts/.test(e)), []);
  await page.close();
});
