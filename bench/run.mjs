// `npm run bench`: mss-charts (A) against the same charts hand-written with chart.js/auto (B) and with
// Apache ECharts (C), in headless Chromium, on four pages: one chart, a 30-chart article, a page that
// adds and removes a chart 1,000 times, and an article whose charts are all far down (JS before scrolling).
// S is A's one-chart and article pages server-rendered with mss-charts/ssr at bench start. Then Lighthouse
// on the demo article, plain tags and pre-rendered (bench/lib/lighthouse.mjs). Prints a Markdown table of medians with A/B and A/C ratios and
// the goals as PASS/MISS lines, and writes bench/results/<time>.json, latest.json and latest.md.
//
//   node bench/run.mjs [--runs 5] [--network slow4g,none] [--cycles 1000] [--cycle-runs 1]
//                      [--pages one,article,inserted,rowlimit,cycles,far,lighthouse] [--libs A,S,B,C] [--no-write]
//   --network takes one or more of slow4g, fast3g, none: the load pages are measured on each, the first
//   one's tables and goals come first (the others' pages are keyed "<page>@<network>").
//                      [--lighthouse-page "label=page.html"]   another variant of the article for Lighthouse
//                      [--lighthouse-runs 3]   Lighthouse runs per variant (medians reported)
//   node bench/run.mjs --profile article     where the main thread's time goes, by original module
//   node bench/run.mjs --cdn <dir>           measure another build of A (e.g. a patched copy's dist/cdn)
// Run `npm run build` first: A is whatever dist/cdn/ holds.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from '../scripts/find-chrome.mjs';
import { lighthouseVariants, runLighthouse } from './lib/lighthouse.mjs';
import { NETWORKS, loadFigures, measureBeforeScroll, measureCycles, measureLoad } from './lib/measure.mjs';
import { LIBRARIES, PAGES, librariesOn, prerenderPages, renderPages } from './lib/pages.mjs';
import { attribute, formatAttribution, inside, profileLoad } from './lib/profile.mjs';
import {
  BEFORE_SCROLL_ROWS,
  CYCLE_ROWS,
  LIGHTHOUSE_ROWS,
  LOAD_ROWS,
  checkGoals,
  goalLine,
  issueTable,
  markdownTable,
  networkText,
  summarise,
  variantTable,
  lighthouseMedians,
} from './lib/report.mjs';
import { loadSeries, rowLimitDataset } from './lib/series.mjs';
import { elementPayloads, mapViewFiles, measure as measureFiles } from '../scripts/check-size.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = join(benchDir, '..');
const tmpDir = join(benchDir, '.tmp');
// A is served from a copy of dist/cdn taken at start, so a rebuild during the run cannot mix two builds.
const cdnDir = join(tmpDir, 'cdn');
const resultsDir = join(benchDir, 'results');
const VIEWPORT = { width: 1600, height: 900 };

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'lighthouse-runs': { type: 'string', default: '3' },
    network: { type: 'string', default: 'slow4g,none' },
    cycles: { type: 'string', default: '1000' },
    'cycle-runs': { type: 'string', default: '1' },
    warmup: { type: 'string', default: '1' },
    pages: { type: 'string', default: 'one,article,inserted,rowlimit,cycles,far,lighthouse' },
    'lighthouse-page': { type: 'string', multiple: true, default: [] },
    libs: { type: 'string', default: 'A,S,B,C' },
    'quiet-ms': { type: 'string', default: '1000' },
    'no-write': { type: 'boolean', default: false },
    profile: { type: 'string' },
    cdn: { type: 'string', default: join(root, 'dist', 'cdn') },
  },
});
const options = {
  runs: Number(args.runs),
  lighthouseRuns: Number(args['lighthouse-runs']),
  networks: args.network.split(',').map((n) => n.trim()),
  cycles: Number(args.cycles),
  cycleRuns: Number(args['cycle-runs']),
  warmup: Number(args.warmup),
  pages: args.pages.split(',').map((p) => p.trim()),
  libs: args.libs.split(',').map((l) => l.trim().toUpperCase()),
  quietMs: Number(args['quiet-ms']),
  viewport: VIEWPORT,
};
for (const network of options.networks) if (!(network in NETWORKS)) throw new Error(`--network must be one or more of ${Object.keys(NETWORKS).join(', ')}`);
options.network = options.networks[0];
for (const lib of options.libs) if (!(lib in LIBRARIES)) throw new Error(`unknown library "${lib}" (${Object.keys(LIBRARIES).join(', ')})`);
for (const page of options.pages) if (!(page in PAGES) && page !== 'lighthouse') throw new Error(`unknown page "${page}" (${Object.keys(PAGES).join(', ')}, lighthouse)`);

const log = (line = '') => process.stderr.write(`${line}\n`);

function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

/** A is the CDN build as it is: its entry, and the chunk that exports liveChartCount (read, not hard-coded). */
function inspectCdn() {
  // --cdn measures another build of A (say, a patched copy built elsewhere) against the same B and C.
  const builtCdnDir = resolve(args.cdn);
  const builtEntry = join(builtCdnDir, 'mss-charts.js');
  if (!existsSync(builtEntry)) throw new Error('dist/cdn/mss-charts.js is missing: run `npm run build` first');
  rmSync(cdnDir, { recursive: true, force: true });
  cpSync(builtCdnDir, cdnDir, { recursive: true });
  const jsFiles = listFiles(cdnDir).filter((f) => f.endsWith('.js'));
  // The engines' chunks (engine, engine.bars, engine.map: a page may load any of them), each exporting
  // liveChartCount by name or inside the engine module's namespace.
  const engines = jsFiles
    .filter((f) => f.includes(`${sep}chunks${sep}`) && /^engine(\.\w+)?-[\w-]+\.js$/.test(basename(f)))
    .filter((f) => /export\s*\{[^}]*\bliveChartCount\b[^}]*\}|\bliveChartCount:/.test(readFileSync(f, 'utf8')));
  if (engines.length === 0) throw new Error('no file in dist/cdn exports liveChartCount (the engine chunk): has the build changed?');
  const newestSource = Math.max(...listFiles(join(root, 'src')).map((f) => statSync(f).mtimeMs));
  if (newestSource > statSync(builtEntry).mtimeMs) {
    log('warning: src/ has changed since dist/cdn was built; A is measured as last built (run `npm run build`).');
  }
  return { engineUrls: engines.map((engine) => `/cdn/${relative(cdnDir, engine).split(sep).join('/')}`) };
}

/** B's and C's page scripts, bundled and minified as their developer would ship them. */
async function bundlePeers() {
  mkdirSync(tmpDir, { recursive: true });
  writeFileSync(join(tmpDir, 'series.json'), JSON.stringify(await loadSeries(root)));
  writeFileSync(join(tmpDir, 'rowlimit.json'), JSON.stringify(await rowLimitDataset(root)));
  const built = await esbuild.build({
    entryPoints: {
      chartjs: join(benchDir, 'src', 'chartjs.js'),
      'chartjs-rows': join(benchDir, 'src', 'chartjs-rows.js'),
      echarts: join(benchDir, 'src', 'echarts.js'),
    },
    outdir: tmpDir,
    // External maps (no sourceMappingURL comment, so not one byte more is served) for --profile.
    sourcemap: 'external',
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const composition = {};
  for (const [file, output] of Object.entries(built.metafile.outputs)) {
    const packages = {};
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? 'page script';
      packages[name] = (packages[name] ?? 0) + bytesInOutput;
    }
    composition[file.split('/').pop()] = packages;
  }
  return composition;
}

/** The demo article's own script (its correction box), bundled so the bench server can serve it. */
async function bundleArticleScript() {
  await esbuild.build({
    entryPoints: { article: join(root, 'demo', 'article.ts') },
    outdir: tmpDir,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'),
    legalComments: 'none',
    logLevel: 'warning',
  });
}

function environment(browserVersion) {
  let commit = null;
  let dirty = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: root, encoding: 'utf8' }).trim() !== '';
  } catch {
    // not a git checkout
  }
  const version = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  return {
    date: new Date().toISOString(),
    commit,
    srcChangedSinceCommit: dirty,
    chromium: browserVersion,
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    versions: { 'chart.js': version('chart.js'), echarts: version('echarts'), lit: version('lit') },
  };
}

async function main() {
  const { engineUrls } = inspectCdn();
  log('bundling B (chart.js/auto) and C (echarts/core) with esbuild…');
  const composition = await bundlePeers();
  const rendered = renderPages(join(benchDir, 'pages'));
  if (options.libs.some((lib) => LIBRARIES[lib].prerenderedFrom)) await prerenderPages(root, rendered);
  const variants = options.pages.includes('lighthouse') ? await lighthouseVariants(root, args['lighthouse-page']) : [];
  if (variants.length) await bundleArticleScript();
  for (const { path, html } of variants) if (html !== undefined) rendered.set(path, html);
  const { startServer } = await import('./lib/server.mjs');
  const server = await startServer({
    mounts: { '/cdn/': cdnDir, '/tmp/': tmpDir, '/pages/': join(benchDir, 'pages'), '/demo/': join(root, 'demo') },
    render: (path) => rendered.get(path),
  });
  const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS, headless: true });
  const libs = options.libs;
  if (args.profile) {
    const network = NETWORKS[options.network];
    try {
      await profileMode(browser, server, args.profile, libs, network);
    } finally {
      await browser.close();
      await server.close();
    }
    return;
  }
  const results = { options: { ...options, engineUrls }, environment: environment(browser.version()), bundles: composition, pages: {} };
  const warnings = [];
  const started = Date.now();

  try {
    const loadPages = options.pages.filter((p) => p !== 'cycles' && p !== 'lighthouse' && !PAGES[p].beforeScroll);
    // Each load page once per network: the first network's results under the page's name, the others'
    // under "<page>@<network>".
    const loads = options.networks.flatMap((network, n) =>
      loadPages.map((page) => ({ page, network, key: n === 0 ? page : `${page}@${network}` })),
    );
    for (const { page, network, key } of loads) {
      results.pages[key] = { page, network, title: `${PAGES[page].title}${key === page ? '' : ` (${networkText(network)})`}`, samples: Object.fromEntries(librariesOn(page, libs).map((l) => [l, []])), failed: [] };
    }
    // Warm-up loads are thrown away; then each run loads every page with every library, the libraries in
    // a rotating order so that none always goes first.
    for (let run = -options.warmup; run < options.runs; run += 1) {
      for (const { page, network, key } of loads) {
        const pageLibs = librariesOn(page, libs);
        const order = pageLibs.map((_, i) => pageLibs[(i + Math.max(run, 0)) % pageLibs.length]);
        for (const lib of order) {
          const url = `${server.origin}/${lib}/${page}.html`;
          const seen = await measureLoad(browser, server, url, { viewport: options.viewport, network: NETWORKS[network], quietMs: options.quietMs, maxMs: 60000 });
          const label = `${run < 0 ? 'warm-up' : `run ${run + 1}/${options.runs}`} ${key} ${lib}`;
          if (seen.timedOut) warnings.push(`${label}: no chart was drawn, or the page did not settle, within 60 s`);
          for (const error of seen.errors) warnings.push(`${label}: ${error}`);
          if (run < 0) continue;
          const figures = loadFigures(seen);
          if (seen.firstChart === null || seen.timedOut) {
            // Kept in the JSON, left out of the medians: a load that never drew would read as "0 ms, 0 bytes".
            results.pages[key].failed.push({ lib, run: run + 1, ...figures });
            warnings.push(`${label}: left out of the medians (no chart drawn, or the page never settled)`);
            log(`${label}: FAILED (no chart drawn or never settled)`);
            continue;
          }
          if (figures.chartsDrawnInViewport !== PAGES[page].inFirstScreen) {
            warnings.push(`${label}: ${figures.chartsDrawnInViewport} charts drawn in the first screen, expected ${PAGES[page].inFirstScreen}`);
          }
          results.pages[key].samples[lib].push(figures);
          log(`${label}: first chart ${Math.round(figures.timeToFirstChart)} ms, TBT ${Math.round(figures.totalBlockingTime)} ms, ${figures.chartsDrawn} charts drawn`);
        }
      }
    }
    for (const { key } of loads) results.pages[key].summary = summarise(results.pages[key].samples, LOAD_ROWS.map(([row]) => row));

    if (options.pages.includes('cycles')) {
      const cycleLibs = librariesOn('cycles', libs);
      results.pages.cycles = { title: PAGES.cycles.title, samples: Object.fromEntries(cycleLibs.map((l) => [l, []])) };
      for (let run = 0; run < options.cycleRuns; run += 1) {
        for (const lib of cycleLibs) {
          const url = `${server.origin}/${lib}/cycles.html`;
          const figures = await measureCycles(browser, url, lib, { viewport: options.viewport, count: options.cycles, warmup: 20, engineUrls });
          for (const error of figures.errors) warnings.push(`cycles ${lib}: ${error}`);
          delete figures.errors;
          results.pages.cycles.samples[lib].push(figures);
          log(`cycles ${lib}: heap +${(figures.heapGrowth / 1024).toFixed(1)} KiB, ${figures.liveCharts} live, ${figures.msPerCycle.toFixed(1)} ms/cycle`);
        }
      }
      results.pages.cycles.summary = summarise(results.pages.cycles.samples, CYCLE_ROWS.map(([key]) => key));
    }

    for (const page of options.pages.filter((p) => PAGES[p]?.beforeScroll)) {
      // Bytes and shifts only, no timings: one unthrottled load per library is enough.
      const pageLibs = librariesOn(page, libs);
      results.pages[page] = { title: PAGES[page].title, samples: Object.fromEntries(pageLibs.map((l) => [l, []])) };
      for (const lib of pageLibs) {
        const figures = await measureBeforeScroll(browser, server, `${server.origin}/${lib}/${page}.html`, { viewport: options.viewport, network: null, quietMs: options.quietMs, maxMs: 30000 });
        for (const error of figures.errors) warnings.push(`${page} ${lib}: ${error}`);
        delete figures.errors;
        results.pages[page].samples[lib].push(figures);
        log(`${page} ${lib}: ${(figures.beforeScrollJsGzip / 1024).toFixed(1)} KiB of JS before scrolling, CLS ${figures.beforeScrollLayoutShift.toFixed(3)}`);
      }
      results.pages[page].summary = summarise(results.pages[page].samples, BEFORE_SCROLL_ROWS.map(([key]) => key));
    }

    if (variants.length) {
      results.lighthouse = {};
      // Lighthouse starts a Chromium of its own: close ours first, so two browsers never share 2 cores.
      await browser.close();
      // Total blocking time moves by 100 ms and more between loads of the same page on a busy machine:
      // each variant is run `--lighthouse-runs` times, in turn, and the medians reported.
      const samples = Object.fromEntries(variants.map(({ label }) => [label, []]));
      for (let run = 0; run < options.lighthouseRuns; run += 1) {
        for (const { label, path } of variants) {
          const reportFile = join(tmpDir, `lighthouse-${label.replace(/\W+/g, '-')}.json`);
          const figures = await runLighthouse(`${server.origin}${path}`, { reportFile });
          if (figures.error) warnings.push(`Lighthouse ${label}: ${figures.error}`);
          samples[label].push(figures);
          log(`Lighthouse ${label} (${run + 1}/${options.lighthouseRuns}): performance ${figures.performance}, accessibility ${figures.accessibility}, CLS ${figures.cumulativeLayoutShift?.toFixed(3)}, TBT ${Math.round(figures.totalBlockingTime ?? 0)} ms`);
        }
      }
      for (const [label, runs] of Object.entries(samples)) results.lighthouse[label] = lighthouseMedians(runs);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  results.goals = checkGoals(results);
  results.weights = buildWeights(args.cdn);
  results.warnings = [...new Set(warnings)];
  results.seconds = Math.round((Date.now() - started) / 1000);
  const markdown = renderMarkdown(results);
  process.stdout.write(`${markdown}\n`);
  if (!args['no-write']) {
    mkdirSync(resultsDir, { recursive: true });
    const stamp = results.environment.date.replace(/[:.]/g, '-');
    const json = `${JSON.stringify(results, null, 2)}\n`;
    writeFileSync(join(resultsDir, `${stamp}.json`), json);
    writeFileSync(join(resultsDir, 'latest.json'), json);
    writeFileSync(join(resultsDir, 'latest.md'), `${markdown}\n`);
    log(`wrote bench/results/${stamp}.json, latest.json and latest.md (${results.seconds} s)`);
  }
}

/** One profiled load per library; prints the main thread's time by original module and function. */
async function profileMode(browser, server, page, libs, network) {
  if (!(page in PAGES) || page === 'cycles') throw new Error('--profile takes a load page: one or article');
  const mounts = { '/cdn/': cdnDir, '/tmp/': tmpDir };
  const fileOf = (url) => {
    if (!URL.canParse(url)) return undefined; // V8's own frames ("v8/gc") have no address
    const { pathname } = new URL(url);
    const prefix = Object.keys(mounts).find((p) => pathname.startsWith(p));
    return prefix ? join(mounts[prefix], pathname.slice(prefix.length)) : undefined;
  };
  mkdirSync(join(tmpDir, 'profiles'), { recursive: true });
  for (const lib of libs) {
    const url = `${server.origin}/${lib}/${page}.html`;
    const { seen, profile } = await profileLoad(browser, server, url, { viewport: options.viewport, network, quietMs: options.quietMs, maxMs: 60000 });
    const file = join(tmpDir, 'profiles', `${page}-${lib}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    const all = attribute(profile, fileOf);
    const inLongTasks = seen.longTasks.length ? attribute(profile, fileOf, inside(seen.longTasks)) : undefined;
    process.stdout.write(`${formatAttribution(lib, LIBRARIES[lib].name, seen, all, inLongTasks)}\n  (DevTools profile: ${relative(root, file)})\n\n`);
  }
}

function renderMarkdown(results) {
  const { options: o, environment: env } = results;
  const out = [];
  out.push(
    `Medians of ${o.runs} runs, ${o.networks.map(networkText).join(' and ')}, viewport ${o.viewport.width}×${o.viewport.height}, ` +
      `Chromium ${env.chromium}, ${env.cores} × ${env.cpu}, commit ${env.commit ?? '?'}${env.srcChangedSinceCommit ? ' (src/ modified)' : ''}, ${env.date.slice(0, 10)}. ` +
      `Chart.js ${env.versions['chart.js']}, ECharts ${env.versions.echarts}.`,
  );
  out.push(
    '',
    'A loads `dist/cdn/mss-charts.js` (the autoloader: a pre-rendered figure for each chart near the viewport, then the element code, then Chart.js, each on demand); B is one ' +
      'esbuild-minified script with `chart.js/auto` drawing every chart at load; C the same with ECharts ' +
      '(`echarts/core`, only the parts used). Same numbers, same page, fresh cache each load. ' +
      '*First payload*: JS that had arrived when a chart\'s figures first became readable (a data-table row in a component, or a drawn chart). *First chart*: the first animation frame in ' +
      'which, in the viewport, a canvas has a non-transparent pixel or an SVG of at least 100 × 50 px has three or more marks ' +
      '(A draws an SVG first paint before Chart.js arrives; B and C draw canvases only). *First canvas*: the same for canvases alone, ' +
      'i.e. when A\'s Chart.js chart (tooltips, keyboard) has taken over. *Blocking time*: long tasks\' time over ' +
      '50 ms, from navigation until the page settled. Bytes are each response\'s gzip -9 / brotli 11 size.',
  );
  out.push('', '### The issue\'s rows (A/B: ratio to the hand-written Chart.js page)', '');
  out.push(issueTable(results, LIBRARIES));
  for (const [key, data] of Object.entries(results.pages)) {
    const page = data.page ?? key;
    out.push('', `### ${data.title}`, '');
    out.push(markdownTable(data.summary, page === 'cycles' ? CYCLE_ROWS : PAGES[page].beforeScroll ? BEFORE_SCROLL_ROWS : LOAD_ROWS, LIBRARIES));
  }
  if (results.weights) {
    out.push('', "### Weights of A's build (gzip -9, each file on its own)", '', '| | gzip |', '|---|---:|');
    for (const [label, bytes] of results.weights) out.push(`| ${label} | ${(bytes / 1024).toFixed(1)} KiB |`);
  }
  if (results.lighthouse) {
    out.push('', `### Lighthouse 12 (mobile, simulated slow 4G and 4× CPU throttling; medians of ${results.options.lighthouseRuns} runs per variant)`, '');
    out.push(variantTable(results.lighthouse, LIGHTHOUSE_ROWS));
  }
  out.push('', '### Goals (ratios to B from this run)', '', '```');
  for (const goal of results.goals) out.push(goalLine(goal));
  out.push('```');
  if (results.warnings.length) {
    out.push('', '### Warnings', '');
    for (const w of results.warnings.slice(0, 30)) out.push(`- ${w}`);
    if (results.warnings.length > 30) out.push(`- … and ${results.warnings.length - 30} more (see the JSON)`);
  }
  return out.join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

/**
 * What A's build weighs, part by part: each element's code before Chart.js (the loader included), the
 * chart engine, and the pledges chart's map view beyond the engine (its code and geometry, loaded only
 * when a map is shown).
 */
function buildWeights(cdn) {
  const entry = join(cdn, 'mss-charts.js');
  if (!existsSync(entry)) return undefined;
  const elements = new Map();
  for (const p of elementPayloads(entry)) {
    const name = basename(p.chunk).replace(/-[\w-]{8}\.js$/, '');
    if (/^(\w+-chart|key-figures|timeline)$/.test(name)) elements.set(name, p.gzip);
  }
  const rows = [...elements].map(([name, gzip]) => [`${name}: element code before Chart.js (loader included)`, gzip]);
  const engine = readdirSync(join(cdn, 'chunks')).find((f) => /^engine-[\w-]{8}\.js$/.test(f));
  if (engine) rows.push(['Chart.js engine, full (the parts the charts use: bars, lines, areas)', measureFiles([join(cdn, 'chunks', engine)]).gzip]);
  const bars = readdirSync(join(cdn, 'chunks')).find((f) => /^engine\.bars-[\w-]{8}\.js$/.test(f));
  if (bars) rows.push(['Chart.js engine, bars alone (a page whose charts are all bars)', measureFiles([join(cdn, 'chunks', bars)]).gzip]);
  rows.push(['Map view (pledges chart, view="map"), beyond the engine', measureFiles(mapViewFiles(entry)).gzip]);
  return rows;
}
