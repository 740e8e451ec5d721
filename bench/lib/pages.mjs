// Renders the page templates of bench/pages/ for each library: the same article, the same slots, the
// markup each library asks for in place of `{{chart …}}`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prerenderPage } from './prerender.mjs';

export const LIBRARIES = {
  // A as the gallery's snippet embeds it: the stylesheet that reserves each chart's box, then the loader.
  A: { name: 'mss-charts', script: '/cdn/mss-charts.js', stylesheet: '/cdn/mss-charts.css' },
  B: { name: 'Chart.js (chart.js/auto)', script: '/tmp/chartjs.js' },
  C: { name: 'ECharts (echarts/core)', script: '/tmp/echarts.js' },
  // A's pages with every tag server-rendered (mss-charts/ssr) at bench start: see prerenderPages().
  S: { name: 'mss-charts, pre-rendered markup', prerenderedFrom: 'A', pages: ['one', 'article'] },
};

/** The libraries measured on a page: S only where its pre-rendered pages exist. */
export const librariesOn = (page, libs) =>
  libs.filter((lib) => (!LIBRARIES[lib].pages || LIBRARIES[lib].pages.includes(page)) && (!PAGES[page]?.libs || PAGES[page].libs.includes(lib)));

export const PAGES = {
  one: { file: 'one-chart.html', title: 'One chart', inFirstScreen: 1 },
  article: { file: 'article.html', title: 'Article, 30 charts (3 in the first screen)', inFirstScreen: 3 },
  cycles: { file: 'cycles.html', title: 'Add and remove a chart 1,000 times' },
  // Measured before any scroll: the JS an article costs a reader who never reaches its charts.
  far: { file: 'far.html', title: 'Article whose charts are all more than two screens down, before scrolling', beforeScroll: true },
  // The chart's tag is not in the HTML: the page's own script adds it once the page has loaded, as a
  // newsroom's app or a lazy block of the article would.
  inserted: { file: 'inserted.html', title: 'One chart inserted by script after load', inFirstScreen: 1 },
  // Own data at the validator's row limit (MAX_SECTION_ROWS deployments, fetched as JSON): what the page
  // freezes for. B draws the same rows with chart.js/auto from the same file; ECharts has no such page.
  rowlimit: { file: 'rowlimit.html', title: 'One chart of 2,000 rows of own data (the row limit)', inFirstScreen: 1, libs: ['A', 'B'], scripts: { B: '/tmp/chartjs-rows.js' } },
};

/** The own dataset of the row-limit page, served at this path (written by bench/run.mjs at start). */
export const ROWLIMIT_DATA = '/tmp/rowlimit.json';

const TITLES = {
  arrivals: 'Contingents arriving in Haiti, by country',
  cumulative: 'Personnel arrived, added up over time',
};

function chartMarkup(lib, kind, src) {
  if (lib === 'A') return `<mss-contingent-chart view="${kind}"${src ? ` src="${src}"` : ''}></mss-contingent-chart>`;
  const title = TITLES[kind];
  const data = src ? `data-src="${src}"` : `data-chart="${kind}"`;
  const plot =
    lib === 'B'
      ? // The Chart.js getting-started markup: a canvas in a plain div (Chart.js sizes it when it draws).
        `<div><canvas ${data} role="img" aria-label="${title}"></canvas></div>`
      : `<div class="echarts" ${data} role="img" aria-label="${title}"></div>`;
  return `<figure class="chart"><figcaption>${title}</figcaption>${plot}<p class="source">Source: the mss-charts dataset</p></figure>`;
}

/**
 * An empty slot and the page's own script that fills it once the page has loaded: A creates the tag (the
 * loader in the head finds it), B and C their figure and chart through the page script's `create()`.
 */
function insertedMarkup(lib, kind) {
  const title = TITLES[kind];
  const fill =
    lib === 'A'
      ? `const chart = document.createElement('mss-contingent-chart'); chart.setAttribute('view', '${kind}'); slot.append(chart);`
      : `const figure = document.createElement('figure'); figure.className = 'chart';
      figure.innerHTML = '<figcaption>${title}</figcaption><div${lib === 'C' ? ' class="echarts"' : ''}></div><p class="source">Source: the mss-charts dataset</p>';
      slot.append(figure); window.benchLib.create('${kind}', figure.querySelector('div'));`;
  return `<div id="slot"></div>
    <script type="module">
      addEventListener('load', () => {
        const slot = document.getElementById('slot');
        ${fill}
      });
    </script>`;
}

const SENTENCES = [
  'This paragraph stands in for the reporting that surrounds the charts in a long article.',
  'It is long enough to push the next chart well below the first screen, as prose does in a real story.',
  'Readers scroll through several screens of text before they reach each of the later charts.',
  'Nothing in this text is a figure; the numbers are in the charts and their tables.',
  'A newsroom page also carries images, advertisements and other scripts, which this page leaves out.',
];

function prose(count, seed) {
  const paragraphs = [];
  for (let p = 0; p < count; p += 1) {
    const sentences = [];
    for (let s = 0; s < 6; s += 1) sentences.push(SENTENCES[(seed + p + s) % SENTENCES.length]);
    paragraphs.push(`<p>${sentences.join(' ')}</p>`);
  }
  return paragraphs.join('\n');
}

function sections(lib, count) {
  const out = [];
  for (let i = 0; i < count; i += 1) {
    const kind = i % 2 === 0 ? 'cumulative' : 'arrivals';
    out.push(`<h2>Section ${i + 1}</h2>\n${prose(4, i)}\n${chartMarkup(lib, kind)}`);
  }
  return out.join('\n');
}

/** Every page for every library, by URL path ("/A/article.html"). */
export function renderPages(pagesDir) {
  const rendered = new Map();
  for (const [page, { file }] of Object.entries(PAGES)) {
    const template = readFileSync(join(pagesDir, file), 'utf8');
    for (const [lib, { name, script: libScript, stylesheet, prerenderedFrom }] of Object.entries(LIBRARIES)) {
      if (prerenderedFrom || !librariesOn(page, [lib]).length) continue;
      const script = PAGES[page].scripts?.[lib] ?? libScript;
      let seed = 0;
      const html = template
        .replaceAll('{{library}}', name)
        .replaceAll('{{head}}', headOf({ script, stylesheet }))
        .replace(/\{\{chart (\w+)\}\}/g, (_, kind) => chartMarkup(lib, kind))
        .replace(/\{\{inserted (\w+)\}\}/g, (_, kind) => insertedMarkup(lib, kind))
        .replace(/\{\{rowlimit (\w+)\}\}/g, (_, kind) => chartMarkup(lib, kind, ROWLIMIT_DATA))
        .replace(/\{\{prose (\d+)\}\}/g, (_, n) => prose(Number(n), seed++))
        .replace(/\{\{sections (\d+)\}\}/g, (_, n) => sections(lib, Number(n)));
      if (html.includes('{{')) throw new Error(`${file}: a template token was not replaced`);
      rendered.set(`/${lib}/${page}.html`, html);
    }
  }
  return rendered;
}

export const headOf = ({ script, stylesheet }) =>
  `${stylesheet ? `<link rel="stylesheet" href="${stylesheet}" />` : ''}<script type="module" src="${script}"></script>`;

/** Adds S's pages to `rendered`: A's pages run through render() of mss-charts/ssr, stylesheets from /cdn/. */
export async function prerenderPages(root, rendered) {
  for (const [lib, { prerenderedFrom, pages }] of Object.entries(LIBRARIES)) {
    if (!prerenderedFrom) continue;
    const { script, stylesheet } = LIBRARIES[prerenderedFrom];
    for (const page of pages) {
      const html = rendered.get(`/${prerenderedFrom}/${page}.html`);
      const prerendered = await prerenderPage(root, html, {
        base: '/cdn/',
        loaderTag: `<script type="module" src="${script}"></script>`,
        boxStylesheetTag: `<link rel="stylesheet" href="${stylesheet}" />`,
      });
      rendered.set(`/${lib}/${page}.html`, prerendered.replace(/\(mss-charts\)<\/title>/, `(${LIBRARIES[lib].name})</title>`));
    }
  }
}
