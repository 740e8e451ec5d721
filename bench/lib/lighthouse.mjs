// Lighthouse 12 (its Node API, default mobile settings with simulated throttling) on the demo article as
// a newsroom would publish it, once per variant: performance and accessibility scores, layout shift and
// total blocking time. A variant is a page of the article served by the bench server; "plain tags" is
// the one-script-tag embed. Server-rendered markup (mss-charts/ssr) is a second variant: pass its page
// with `--lighthouse-page "pre-rendered markup=path/to/article.html"` (see bench/run.mjs) once it exists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_ARGS, requireChrome } from '../../scripts/find-chrome.mjs';

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
  let page = replace(html, '<script type="module" src="../src/index.ts"></script>', '<link rel="stylesheet" href="/cdn/mss-charts.css" />\n    <script type="module" src="/cdn/mss-charts.js"></script>');
  page = replace(page, '<script type="module" src="./article.ts"></script>', '<script type="module" src="/tmp/article.js"></script>');
  page = replace(page, 'href="./demo.css"', 'href="/demo/demo.css"');
  return page;
}

/** Variants by label: path → HTML to serve. Extra pages come from the command line (`label=file`). */
export function lighthouseVariants(root, extraPages = []) {
  const variants = [{ label: 'plain tags', path: '/lighthouse/plain-tags.html', html: plainTagsArticle(root) }];
  for (const [i, spec] of extraPages.entries()) {
    const [label, file] = spec.split('=');
    if (!label || !file) throw new Error(`--lighthouse-page takes "label=path/to/page.html", not "${spec}"`);
    variants.push({ label, path: `/lighthouse/extra-${i}.html`, html: readFileSync(file, 'utf8') });
  }
  return variants;
}

/** One Lighthouse run of one URL in its own Chromium (Lighthouse drives the browser itself). */
export async function runLighthouse(url) {
  const chrome = await chromeLauncher.launch({ chromePath: requireChrome(), chromeFlags: CHROME_ARGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    const { categories, audits } = result.lhr;
    const runtimeError = result.lhr.runtimeError?.message;
    return {
      performance: categories.performance.score === null ? null : Math.round(categories.performance.score * 100),
      accessibility: categories.accessibility.score === null ? null : Math.round(categories.accessibility.score * 100),
      cumulativeLayoutShift: audits['cumulative-layout-shift'].numericValue ?? null,
      totalBlockingTime: audits['total-blocking-time'].numericValue ?? null,
      largestContentfulPaint: audits['largest-contentful-paint'].numericValue ?? null,
      ...(runtimeError ? { error: runtimeError } : {}),
    };
  } finally {
    await chrome.kill();
  }
}
