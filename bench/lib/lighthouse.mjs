// Lighthouse 12 (its Node API, default mobile settings with simulated throttling) on the demo article as
// a newsroom would publish it, once per variant: performance and accessibility scores, layout shift and
// total blocking time, and their causes (what moved, the long tasks, the scripts' time). A variant is a
// page of the article served by the bench server: the one-script-tag embed ("plain tags") and the same
// article server-rendered with mss-charts/ssr ("pre-rendered markup"), and the bench's one-chart page
// with A and with B (hand-written Chart.js), every run; more with
// `--lighthouse-page "label=path/to/article.html"` (see bench/run.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_ARGS, requireChrome } from '../../scripts/find-chrome.mjs';
import { prerenderPage } from './prerender.mjs';

/**
 * demo/article.html with the CDN embed in place of the dev server's sources: the stylesheet and the
 * loader from /cdn/, the page's own correction-box script bundled to /tmp/article.js, its CSS from /demo/.
 */
export function plainTagsArticle(root) {
  const html = readFileSync(join(root, 'demo', 'article.html'), 'utf8');
  const replace = (text, from, to) => {
    if (!text.includes(from)) throw new Error(`demo/article.html no longer contains ${from}: update bench/lib/lighthouse.mjs`);
    return text.replace(from, to);
  };
  let page = replace(html, '<script type="module" src="../src/index.ts"></script>', `${BOX_STYLESHEET_TAG}\n    ${LOADER_TAG}`);
  page = replace(page, '<script type="module" src="./article.ts"></script>', '<script type="module" src="/tmp/article.js"></script>');
  page = replace(page, 'href="./demo.css"', 'href="/demo/demo.css"');
  return page;
}

const LOADER_TAG = '<script type="module" src="/cdn/mss-charts.js"></script>';
const BOX_STYLESHEET_TAG = '<link rel="stylesheet" href="/cdn/mss-charts.css" />';

/**
 * Variants by label: path → HTML to serve. "plain tags" is the one-script-tag embed; "pre-rendered markup"
 * the same article run through render() of mss-charts/ssr. Extra pages come from the command line (`label=file`).
 */
export async function lighthouseVariants(root, extraPages = []) {
  const plain = plainTagsArticle(root);
  const prerendered = await prerenderPage(root, plain, { base: '/cdn/', loaderTag: LOADER_TAG, boxStylesheetTag: BOX_STYLESHEET_TAG });
  const variants = [
    { label: 'plain tags', path: '/lighthouse/plain-tags.html', html: plain },
    { label: 'pre-rendered markup', path: '/lighthouse/pre-rendered.html', html: prerendered },
    // The bench's one-chart page with A and with B (bench/pages/one-chart.html, served as rendered): what a
    // hand-written Chart.js chart costs on the same machine, the yardstick for A's blocking time.
    { label: 'one chart, plain tag', path: '/A/one.html' },
    { label: 'one chart, hand-written Chart.js', path: '/B/one.html' },
  ];
  for (const [i, spec] of extraPages.entries()) {
    const [label, file] = spec.split('=');
    if (!label || !file) throw new Error(`--lighthouse-page takes "label=path/to/page.html", not "${spec}"`);
    variants.push({ label, path: `/lighthouse/extra-${i}.html`, html: readFileSync(file, 'utf8') });
  }
  return variants;
}

/** What moved and what blocked, from Lighthouse's own audits: the causes behind CLS and TBT. */
function causes(audits) {
  const items = (id) => audits[id]?.details?.items ?? [];
  const label = (node) => node?.selector ?? node?.snippet ?? '?';
  return {
    layoutShifts: items('layout-shifts').map((s) => ({ score: Number((s.score ?? 0).toFixed(4)), element: label(s.node) })),
    longTasks: items('long-tasks').map((t) => ({ url: t.url, start: Math.round(t.startTime), duration: Math.round(t.duration) })),
    bootup: items('bootup-time').slice(0, 5).map((b) => ({ url: b.url, scripting: Math.round(b.scripting), total: Math.round(b.total) })),
  };
}

/**
 * One Lighthouse run of one URL in its own Chromium (Lighthouse drives the browser itself). With
 * `reportFile`, the whole report (JSON, for the Lighthouse viewer) is written there.
 */
export async function runLighthouse(url, { reportFile } = {}) {
  const chrome = await chromeLauncher.launch({ chromePath: requireChrome(), chromeFlags: CHROME_ARGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    if (reportFile) writeFileSync(reportFile, result.report);
    const { categories, audits } = result.lhr;
    const runtimeError = result.lhr.runtimeError?.message;
    return {
      performance: categories.performance.score === null ? null : Math.round(categories.performance.score * 100),
      accessibility: categories.accessibility.score === null ? null : Math.round(categories.accessibility.score * 100),
      cumulativeLayoutShift: audits['cumulative-layout-shift'].numericValue ?? null,
      totalBlockingTime: audits['total-blocking-time'].numericValue ?? null,
      largestContentfulPaint: audits['largest-contentful-paint'].numericValue ?? null,
      causes: causes(audits),
      ...(runtimeError ? { error: runtimeError } : {}),
    };
  } finally {
    await chrome.kill();
  }
}
