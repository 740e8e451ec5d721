// The demo pages as `npm start` serves them, in headless Chromium: the gallery's panels edit their element
// and keep the embed snippets in step, the article draws its charts and its correction box from the data,
// and the API page names every element. Needs a Chrome (scripts/find-chrome.mjs) and, for api.html, a build.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from '../../scripts/find-chrome.mjs';
import { elementsOf, readManifest } from '../../scripts/manifest.mjs';
import config from '../../web-dev-server.config.mjs';

let server;
let origin;
let browser;

before(async () => {
  server = await startDevServer({
    config: { ...config, open: false, watch: false, port: 0 },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  origin = `http://localhost:${server.server.address().port}`;
  browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(path, width = 1280) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}${path}`);
  return { page, errors };
}

test('gallery: every card has a live panel whose snippets follow the element', async () => {
  const { page, errors } = await open('/demo/');
  try {
    await page.waitForFunction(() => document.querySelectorAll('.gallery-panel').length > 0, null, { timeout: 30_000 });
    const cards = await page.evaluate(() =>
      [...document.querySelectorAll('main .card')]
        .map((card) => ({
          tag: [...card.querySelectorAll('*')].find((n) => n.localName.startsWith('mss-'))?.localName,
          panel: Boolean(card.querySelector('.gallery-panel')),
        }))
        .filter((c) => c.tag),
    );
    assert.ok(cards.length >= 10, `only ${cards.length} cards`);
    assert.deepEqual(cards.filter((c) => !c.panel), [], 'cards without a panel');

    // The contingent chart's first card: switch view, theme and language, then read the snippets.
    const card = page.locator('#contingent .card').first();
    await card.locator('details.gallery-panel').evaluate((d) => (d.open = true));
    await card.locator('.gallery-field:has(label:text-is("view")) select').selectOption('cumulative');
    await card.locator('.gallery-field:has(label:text-is("theme")) select').selectOption('dark');
    await card.locator('.gallery-field:has(label:text-is("lang")) select').selectOption('fr');
    await card.locator('.gallery-field:has(label:text-is("chart-title")) input').fill('Une force qui grandit');
    await card.locator('.gallery-check:has(label:text-is("show-data")) input').check();
    const state = await card.evaluate((node) => {
      const chart = node.querySelector('mss-contingent-chart');
      const snippets = [...node.querySelectorAll('.gallery-snippet pre')].map((pre) => pre.textContent);
      return {
        view: chart.view,
        theme: chart.getAttribute('theme'),
        lang: chart.getAttribute('lang'),
        title: chart.shadowRoot.querySelector('[part=title]').textContent.trim(),
        tableShown: !chart.shadowRoot.querySelector('.table-wrap').classList.contains('visually-hidden'),
        dark: node.classList.contains('dark'),
        snippets,
      };
    });
    assert.equal(state.view, 'cumulative');
    assert.equal(state.theme, 'dark');
    assert.equal(state.lang, 'fr');
    assert.equal(state.title, 'Une force qui grandit');
    assert.ok(state.tableShown, 'show-data did not show the table');
    assert.ok(state.dark, 'the card did not turn dark with the theme');
    const [cdn, prerendered, image, npm] = state.snippets;
    const tag = '<mss-contingent-chart theme="dark" view="cumulative" lang="fr" chart-title="Une force qui grandit" show-data></mss-contingent-chart>';
    // The stylesheet that reserves the chart's box comes before the loader, from the same version.
    assert.match(
      cdn,
      /^<link rel="stylesheet" href="https:\/\/cdn\.jsdelivr\.net\/npm\/mss-charts@(\d+\.\d+\.\d+)\/dist\/cdn\/mss-charts\.css">\n<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/mss-charts@\1\/dist\/cdn\/mss-charts\.js"><\/script>\n/,
    );
    assert.ok(cdn.endsWith(tag), `CDN snippet: ${cdn}`);
    // Pre-rendered: the render command with the tag, and the tag's stylesheet and the loader for the head.
    assert.ok(prerendered.includes(`render '${tag}' > chart.html`), `pre-rendered snippet: ${prerendered}`);
    assert.match(prerendered, /href="https:\/\/cdn\.jsdelivr\.net\/npm\/mss-charts@[\d.]+\/dist\/cdn\/styles\/mss-contingent-chart\.css"/);
    // Image: the French cumulative picture made at build time, its alt the title and summary, its sources linked.
    assert.match(image, /<img src="https:\/\/cdn\.jsdelivr\.net\/npm\/mss-charts@[\d.]+\/dist\/static\/mss-contingent-chart\.cumulative\.fr\.png" width="680" alt="Une force qui grandit\. [^"]{40,}">/);
    assert.match(image, /<figcaption><a href="https:\/\/[^"]+">[^<]+<\/a>/);
    assert.match(image, /default figures and words/, 'the image snippet says the card\'s own title is not in the image');
    assert.ok(npm.includes("import 'mss-charts/contingent-chart';"), `npm snippet: ${npm}`);
    assert.ok(npm.includes(tag), `npm snippet: ${npm}`);

    // Key figures: the figure picker writes the `figures` attribute in the order the boxes are ticked.
    const figures = page.locator('#key-figures .card').first();
    await figures.locator('details.gallery-panel').evaluate((d) => (d.open = true));
    await figures.locator('.gallery-figures input[value="funding"]').check();
    await figures.locator('.gallery-figures input[value="deployed"]').uncheck();
    const attribute = await figures.evaluate((node) => node.querySelector('mss-key-figures').getAttribute('figures'));
    assert.equal(attribute, 'displaced killed-2024 funding');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('article: the charts draw between the paragraphs and the correction box lists the outdated claims', async () => {
  for (const width of [1280, 390]) {
    const { page, errors } = await open('/demo/article.html', width);
    try {
      const charts = await page.evaluate(() =>
        [...document.querySelectorAll('.story .embed > *')].map((el) => el.localName),
      );
      assert.ok(charts.length >= 5, `embeds: ${charts.join(', ')}`);
      // Scroll each chart into view: they start only near the viewport, as on a real page.
      for (let i = 0; i < charts.length; i++) {
        await page.locator('.story .embed > *').nth(i).scrollIntoViewIfNeeded();
      }
      await page.waitForFunction(
        () => [...document.querySelectorAll('.story .embed > *')].every((el) => !('chartReady' in el) || el.chartInstance),
        null,
        { timeout: 30_000 },
      );
      const article = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        corrections: [...document.querySelectorAll('#correction li')].map((li) => li.textContent),
        errors: [...document.querySelectorAll('.story .embed > *')].filter((el) => el.shadowRoot?.querySelector('.error')).map((el) => el.localName),
        widths: [...document.querySelectorAll('.story .embed > *')].map((el) => el.getBoundingClientRect().width),
      }));
      assert.equal(article.overflow, 0, `the page scrolls sideways at ${width} px`);
      assert.deepEqual(article.errors, [], 'charts showing an error');
      assert.ok(article.widths.every((w) => w > 300), `embed widths at ${width} px: ${article.widths.join(', ')}`);
      assert.ok(article.corrections.some((c) => c.includes('578,074') && c.includes('1,041,000')), 'the displacement correction is missing');
      assert.ok(article.corrections.some((c) => /Disputed/i.test(c) && c.includes('144')), 'the fourth-contingent dispute is missing');
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  }
});

test('api.html names every element of the manifest', async () => {
  const { page, errors } = await open('/demo/api.html');
  try {
    const sections = await page.evaluate(() => [...document.querySelectorAll('main section')].map((s) => s.id));
    assert.deepEqual(sections, elementsOf(readManifest()).map((e) => e.tagName));
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});
