// Server-rendered markup (`mss-charts/ssr`) in headless Chromium, as a reader gets it: readable with
// JavaScript off (chart, words, table, source links); under a strict CSP with Trusted Types, no violation;
// the element takes the markup over with no second drawing and no change of size; no unstyled flash.
// Needs `npm run build` and a Chrome (scripts/find-chrome.mjs).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from '../../scripts/find-chrome.mjs';
import { STRICT_CSP } from '../server/test-server.mjs';
import { dist, startDistServer } from './lib/dist-server.mjs';
import { openWatched } from './lib/watched-page.mjs';

const TAGS = ['mss-contingent-chart', 'mss-pledges-chart', 'mss-casualties-chart', 'mss-key-figures', 'mss-timeline'];
const BODY = [
  '<h1>An article</h1><p>First paragraph.</p>',
  '<mss-contingent-chart view="cumulative" lang="fr"></mss-contingent-chart>',
  '<p>Second paragraph.</p><mss-pledges-chart></mss-pledges-chart>',
  '<mss-casualties-chart view="yearly"></mss-casualties-chart><mss-key-figures></mss-key-figures><mss-timeline></mss-timeline><p>End.</p>',
].join('');

let server;
let browser;

/** A page of rendered markup: its stylesheets linked in the head (render-blocking), the CDN script or none. */
function page(rendered, { script = true, slowCss = false } = {}) {
  const css = (tag) => `<link rel="stylesheet" href="${slowCss ? '/slow' : ''}/cdn/styles/${tag}.css">`;
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
    // The plain tags' stylesheet too, as a page with both kinds of embed has it: it must reserve nothing here.
    (script ? '<link rel="stylesheet" href="/cdn/mss-charts.css">' : '') +
    TAGS.map(css).join('') +
    (script ? '<script type="module" src="/slow/cdn/mss-charts.js"></script>' : '') +
    `</head><body><main>${rendered}</main></body></html>`
  );
}

before(async () => {
  const entry = join(dist, 'lib', 'ssr', 'index.js');
  if (!existsSync(entry)) throw new Error('dist/lib/ssr/index.js is missing: run `npm run build` first');
  const { render } = await import(entry);
  const rendered = await render(BODY, { base: '/cdn/' });
  const slowCss = await render(BODY, { base: '/slow/cdn/' });
  server = await startDistServer(
    {
      '/nojs.html': page(rendered, { script: false }),
      '/hydrate.html': { html: page(rendered), headers: { 'content-security-policy': STRICT_CSP } },
      '/fouc.html': page(slowCss, { script: false, slowCss: true }),
    },
    { slowMs: 1500 },
  );
  browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

function open(path, options = {}) {
  return openWatched(browser, `${server.origin}${path}`, options);
}

/** What a reader sees of one element: its box, and the boxes of its parts (0 when not shown). */
function look(tab, tag) {
  return tab.evaluate((tag) => {
    const el = document.querySelector(tag);
    const root = el.shadowRoot;
    const size = (node) => {
      if (!node) return { width: 0, height: 0 };
      const box = node.getBoundingClientRect();
      return { width: Math.round(box.width), height: Math.round(box.height) };
    };
    const svg = root?.querySelector('svg.static-chart');
    return {
      defined: customElements.get(tag) !== undefined,
      height: el.getBoundingClientRect().height,
      roots: root?.querySelectorAll('.root').length ?? 0,
      title: root?.querySelector('[part~="title"]')?.textContent.trim() ?? '',
      titleWeight: root ? getComputedStyle(root.querySelector('[part~="title"]')).fontWeight : '',
      svg: size(svg),
      svgMarks: svg?.querySelectorAll('rect, path, circle').length ?? 0,
      table: size(root?.querySelector('.table-wrap')),
      links: [...(root?.querySelectorAll('footer a[href^="https://"]') ?? [])].filter((a) => a.getBoundingClientRect().width > 0).length,
      buttons: [...(root?.querySelectorAll('footer button') ?? [])].filter((b) => b.getBoundingClientRect().width > 0).length,
    };
  }, tag);
}

test('with JavaScript off, every element shows its chart, words, data table and source links', async () => {
  const { tab, errors, close } = await open('/nojs.html', { javaScriptEnabled: false });
  for (const tag of TAGS) {
    const seen = await look(tab, tag);
    assert.ok(seen.title.length > 10, `${tag}: no title`);
    assert.equal(seen.titleWeight, '700', `${tag}: the title is not styled (the stylesheet did not apply)`);
    if (tag.endsWith('-chart')) {
      assert.ok(seen.svg.width > 300 && seen.svg.height > 150, `${tag}: the static chart is ${seen.svg.width}×${seen.svg.height}`);
      assert.ok(seen.svgMarks >= 3, `${tag}: the static chart has ${seen.svgMarks} marks`);
    }
    assert.ok(seen.table.height > 60, `${tag}: the data table is not shown (${seen.table.height} px)`);
    assert.ok(seen.links >= 1, `${tag}: no visible source link`);
    assert.equal(seen.buttons, 0, `${tag}: buttons that need a script are shown`);
  }
  assert.deepEqual(errors, []);
  await close();
});

test('the element takes the markup over under a strict CSP: no violation, same drawing, same size', async () => {
  const { tab, errors, close } = await open('/hydrate.html');
  // The element code is held back (/slow/): this is the markup alone, as the page first paints.
  const before = {};
  for (const tag of TAGS) {
    before[tag] = await look(tab, tag);
    assert.equal(before[tag].defined, false, `${tag} was defined before its code was held back`);
  }
  // Any static chart added to a shadow root from now on would be a second drawing (its removal, when
  // Chart.js takes over, is not).
  await tab.evaluate((tags) => {
    window.__redrawn = [];
    for (const tag of tags) {
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node.nodeType === 1 && (node.matches('svg.static-chart') || node.querySelector('svg.static-chart'))) window.__redrawn.push(tag);
      }).observe(document.querySelector(tag).shadowRoot, { childList: true, subtree: true });
    }
  }, TAGS);
  // The loader asks for a tag's code near the viewport only; a page script can ask for all of them now.
  await tab.evaluate(() => import('/slow/cdn/mss-charts.js').then((m) => m.defineAll()));
  await tab.waitForFunction((tags) => tags.every((t) => customElements.get(t)), TAGS, { timeout: 20_000 });
  await tab.evaluate((tags) => Promise.all(tags.map((t) => document.querySelector(t).updateComplete)), TAGS);
  for (const tag of TAGS) {
    const after = await look(tab, tag);
    assert.equal(after.roots, 1, `${tag}: rendered twice into its shadow root`);
    assert.equal(after.title, before[tag].title, `${tag}: the words changed`);
    assert.ok(Math.abs(after.height - before[tag].height) <= 1, `${tag}: ${before[tag].height} → ${after.height} px at the takeover`);
  }
  assert.deepEqual(await tab.evaluate(() => window.__redrawn), [], 'a static chart was drawn again at the takeover');
  // Chart.js then takes over in the same box.
  await tab.waitForFunction(() => document.querySelector('mss-pledges-chart').chartInstance, null, { timeout: 20_000 });
  const drawn = await look(tab, 'mss-pledges-chart');
  assert.ok(Math.abs(drawn.height - before['mss-pledges-chart'].height) <= 1, `Chart.js changed the height: ${before['mss-pledges-chart'].height} → ${drawn.height}`);
  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await close();
});

test('no unstyled flash: the page paints only once the stylesheets the shadow roots link have arrived', async () => {
  const { tab, requests, close } = await open('/fouc.html');
  await tab.waitForLoadState('load');
  await tab.waitForFunction(() => performance.getEntriesByType('paint').length > 0, null, { timeout: 10_000 });
  const timing = await tab.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? performance.getEntriesByName('first-paint')[0]?.startTime;
    const css = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.css'));
    return { paint, cssEnd: Math.max(...css.map((e) => e.responseEnd)), count: css.length };
  });
  assert.ok(timing.paint !== undefined, 'no paint recorded');
  assert.ok(timing.paint >= timing.cssEnd, `painted at ${timing.paint} ms before the stylesheets arrived at ${timing.cssEnd} ms`);
  // The shadow roots link the same files as the head: each is fetched once.
  const cssRequests = requests.filter((p) => p.endsWith('.css') && !p.endsWith('noscript.css'));
  assert.equal(new Set(cssRequests).size, cssRequests.length, `a stylesheet was fetched twice: ${cssRequests.join(', ')}`);
  assert.equal((await look(tab, 'mss-pledges-chart')).titleWeight, '700');
  await close();
});
