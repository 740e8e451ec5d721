// Measures the box every element takes once rendered, for each view, layout and language, and writes
// src/cdn/box-sizes.json: the table the build turns into dist/cdn/mss-charts.css, which reserves each
// undefined tag's box before the first paint (no layout shift when the code arrives).
//   node scripts/measure-boxes.mjs            re-measure and rewrite the table (after any change in markup)
//   node scripts/measure-boxes.mjs --check    exit 1 if the table is out of date
// A box is its plot (CSS aspect ratio: width / ratio) plus its text parts (title, summary, legend, notes,
// footer), kept in em so the reserved box follows the page's font size. How many lines the text wraps to
// depends on the width in em, not in pixels: an article set in 18 px wraps a 380 px column like a 16 px
// one wraps 338 px. So each layout is measured at several widths in em (MEASURE_POINTS), and the
// stylesheet picks the nearest by a container query in em. Runs the sources through the dev server in
// headless Chromium; `npm run build` itself needs no browser.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDemoSession } from './demo-session.mjs';
import { allViews, readPrerenderedVariants } from './prerendered-variants.mjs';

const root = join(import.meta.dirname, '..');
export const BOX_SIZES_FILE = join(root, 'src', 'cdn', 'box-sizes.json');
const MEASURE_PAGE = '/__measure-boxes.html';
/**
 * The page font the boxes are measured in: most news sites set their graphics in a sans-serif, and text in
 * one wraps much like in another (a browser's default serif, Times, is far narrower than any of them).
 */
export const MEASURE_BODY_STYLE = 'margin: 0; font: 16px system-ui, sans-serif';

/**
 * The widths each layout is measured at, in em, with the font size that gives it (the elements switch to
 * the compact layout under 480 px whatever the font, so a wide layout under 30 em is measured in a larger
 * font). From a phone column in a large font (17.5 em: 315 px in 18 px) to a wide desktop one (50 em).
 */
export const MEASURE_POINTS = {
  compact: [17.5, 19, 21, 23.5, 26.5].map((em) => ({ em, font: 16 })),
  wide: [
    { em: 27, font: 20 },
    ...[31, 35, 39, 43.5, 50].map((em) => ({ em, font: 16 })),
  ],
};

/** In the page: renders each tag at each point and returns its text height (em) and plot ratio. */
async function measureInPage({ views, langs, points }) {
  await import('/src/index.ts');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const boxes = {};
  for (const [tag, tagViews] of Object.entries(views)) {
    for (const view of tagViews) {
      for (const lang of langs) {
        for (const [layout, list] of Object.entries(points)) {
          for (const { em, font } of list) {
            const box = document.createElement('div');
            box.lang = lang;
            box.style.width = `${em * font}px`;
            box.style.fontSize = `${font}px`;
            const element = document.createElement(tag);
            if (view !== 'default') element.setAttribute('view', view);
            box.append(element);
            document.body.append(box);
            await element.updateComplete;
            await frame();
            await frame();
            const height = element.getBoundingClientRect().height;
            const plot = element.shadowRoot.querySelector('.plot')?.getBoundingClientRect();
            const fontSize = parseFloat(getComputedStyle(element).fontSize);
            const textHeight = height - (plot?.height ?? 0);
            const entry = { em, text: Math.round((textHeight / fontSize) * 1000) / 1000 };
            if (plot) entry.ratio = Math.round((plot.width / plot.height) * 10000) / 10000;
            (((boxes[tag] ??= {})[view] ??= {})[lang] ??= {})[layout] ??= [];
            boxes[tag][view][lang][layout].push(entry);
            box.remove();
          }
        }
      }
    }
  }
  return boxes;
}

/** The table for the current sources. */
export async function measureBoxes() {
  const { langs } = readPrerenderedVariants();
  const views = allViews();
  const { origin, browser, close } = await openDemoSession();
  try {
    // A viewport tall enough that no plot reaches its --mss-max-height (70vh) cap at the standard widths.
    const page = await browser.newPage({ viewport: { width: 1280, height: 1200 }, deviceScaleFactor: 1 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(`${origin}${MEASURE_PAGE}`, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body style="${MEASURE_BODY_STYLE}"></body></html>` }),
    );
    await page.goto(`${origin}${MEASURE_PAGE}`);
    await page.evaluate(() => document.fonts.ready);
    const boxes = await page.evaluate(measureInPage, { views, langs, points: MEASURE_POINTS });
    if (errors.length) throw new Error(`the page reported errors: ${errors.join(' | ')}`);
    return { points: MEASURE_POINTS, compactBelow: 480, boxes };
  } finally {
    await close();
  }
}

const serialise = (table) => `${JSON.stringify(table, null, 2)}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = await measureBoxes();
  if (process.argv.includes('--check')) {
    const current = readFileSync(BOX_SIZES_FILE, 'utf8');
    if (current !== serialise(table)) {
      console.error('src/cdn/box-sizes.json is out of date: run node scripts/measure-boxes.mjs');
      process.exit(1);
    }
    console.log('src/cdn/box-sizes.json is up to date');
  } else {
    writeFileSync(BOX_SIZES_FILE, serialise(table));
    console.log(`wrote ${BOX_SIZES_FILE.slice(root.length + 1)}`);
  }
}
