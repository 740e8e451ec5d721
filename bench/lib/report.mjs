// Medians, ratios and the Markdown table of a benchmark run, and the goals checked against them.

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A / B, or null when it has no meaning (a missing value, or 0 / 0 which counts as 1: both are nothing). */
export function ratio(a, b) {
  if (a === null || b === null || a === undefined || b === undefined) return null;
  if (b === 0) return a === 0 ? 1 : null;
  return a / b;
}

const kib = (bytes) => (bytes === null ? '–' : `${(bytes / 1024).toFixed(1)} KiB`);
const ms = (value) => (value === null ? '–' : `${Math.round(value)} ms`);
/** A lowest–highest pair of milliseconds. */
const range = (value) => (Array.isArray(value) ? `${Math.round(value[0])}–${Math.round(value[1])} ms` : '–');
const plain = (digits) => (value) => (value === null ? '–' : value.toFixed(digits));
const count = (value) => (value === null ? '–' : String(Math.round(value)));

/** How a network condition reads in a title: "slow 4G", "no network throttling". */
export const networkText = (network) => (network === 'none' ? 'no network throttling' : network === 'slow4g' ? 'slow 4G' : `network throttled to "${network}"`);

/** The result of `page` on `network`: the first network's pages are keyed by name, the others "<page>@<network>". */
export function pageOn(results, page, network) {
  const first = results.options.networks?.[0] ?? results.options.network;
  return results.pages[network === first ? page : `${page}@${network}`];
}

/**
 * The figures the issue "interactive as soon as hand-written Chart.js, and no heavier in total" asks for,
 * one row each, per network where time depends on it: [label, page, key, format, per network].
 */
export const ISSUE_ROWS = [
  ['JS in total, gzip, one chart', 'one', 'totalJsGzip', kib, false],
  ['JS in total, gzip, 30-chart article', 'article', 'totalJsGzip', kib, false],
  ['Requests, one chart (all types)', 'one', 'requests', count, false],
  ['Time to the Chart.js chart interactive (first canvas drawn), tag in the HTML\'s first screen', 'one', 'timeToFirstCanvas', ms, true],
  ['Time to the Chart.js chart interactive (first canvas drawn), tag inserted by script', 'inserted', 'timeToFirstCanvas', ms, true],
  ['Time to first chart seen, tag inserted by script', 'inserted', 'timeToFirstChart', ms, true],
  ['Longest main-thread task, one chart of 2,000 rows (the row limit)', 'rowlimit', 'longestTask', ms, true],
];

/** One table of the issue's rows: a column per library, and A/B (every row has B). */
export function issueTable(results, libraries) {
  const networks = results.options.networks ?? [results.options.network];
  const rows = [];
  for (const [label, page, key, format, perNetwork] of ISSUE_ROWS) {
    for (const network of perNetwork ? networks : networks.slice(0, 1)) {
      const summary = pageOn(results, page, network)?.summary;
      if (summary) rows.push({ label: perNetwork ? `${label}, ${networkText(network)}` : label, summary, key, format });
    }
  }
  const libs = Object.keys(libraries).filter((lib) => rows.some((r) => r.summary.medians[lib]));
  const header = ['', ...libs.map((lib) => `${lib}: ${libraries[lib].name}`), 'A/B'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const { label, summary, key, format } of rows) {
    const cells = libs.map((lib) => (summary.medians[lib] ? format(summary.medians[lib][key]) : ''));
    const r = summary.ratios['A/B']?.[key];
    lines.push(`| ${[label, ...cells, r === null || r === undefined ? '–' : `${r.toFixed(2)}×`].join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The rows of each page's table: key, label, format. */
export const LOAD_ROWS = [
  ['firstPayloadGzip', 'JS first payload (arrived before the first figures were readable), gzip', kib],
  ['firstPayloadBrotli', 'JS first payload, brotli', kib],
  ['beforeChartGzip', 'JS arrived before the first chart was drawn, gzip', kib],
  ['beforeChartBrotli', 'JS arrived before the first chart was drawn, brotli', kib],
  ['totalJsGzip', 'JS in total, gzip', kib],
  ['totalJsBrotli', 'JS in total, brotli', kib],
  ['requests', 'Requests (all types)', count],
  ['timeToFirstChart', 'Time to first chart drawn', ms],
  ['timeToFirstCanvas', 'Time to first canvas drawn (Chart.js / ECharts)', ms],
  ['beforeCanvasGzip', 'JS arrived before the first canvas was drawn, gzip', kib],
  ['totalBlockingTime', 'Total blocking time (load)', ms],
  ['longestTask', 'Longest main-thread task (0: none over 50 ms)', ms],
  ['layoutShift', 'Cumulative layout shift', plain(3)],
  ['chartsDrawn', 'Charts drawn by the time the page settled', count],
  ['chartsDrawnInViewport', 'Charts drawn in the first screen', count],
];

export const BEFORE_SCROLL_ROWS = [
  ['beforeScrollJsGzip', 'JS loaded before the reader scrolls, gzip', kib],
  ['beforeScrollJsFiles', 'JS files loaded before the reader scrolls', count],
  ['beforeScrollLayoutShift', 'Cumulative layout shift before scrolling', plain(3)],
];

/** Lighthouse's figures, one column per variant of the demo article. */
export const LIGHTHOUSE_ROWS = [
  ['performance', 'Lighthouse performance score', count],
  ['accessibility', 'Lighthouse accessibility score', count],
  ['cumulativeLayoutShift', 'Cumulative layout shift (Lighthouse)', plain(3)],
  ['totalBlockingTime', 'Total blocking time (Lighthouse, simulated mobile)', ms],
  ['totalBlockingTimeRange', 'Total blocking time, lowest–highest run', range],
  ['largestContentfulPaint', 'Largest contentful paint (Lighthouse, simulated mobile)', ms],
];

/**
 * One variant's Lighthouse figures over several runs: the median of each score and metric, the range of
 * total blocking time (the noisiest), and the causes listed by the run whose blocking time is the median.
 */
export function lighthouseMedians(runs) {
  const keys = LIGHTHOUSE_ROWS.map(([key]) => key).filter((key) => key !== 'totalBlockingTimeRange');
  const figures = Object.fromEntries(keys.map((key) => [key, median(runs.map((r) => r[key]))]));
  const times = runs.map((r) => r.totalBlockingTime).filter((v) => typeof v === 'number');
  figures.totalBlockingTimeRange = times.length ? [Math.min(...times), Math.max(...times)] : null;
  const middle = [...runs].sort((a, b) => (a.totalBlockingTime ?? 0) - (b.totalBlockingTime ?? 0))[Math.floor(runs.length / 2)];
  figures.causes = middle?.causes;
  figures.runs = runs.length;
  const error = runs.find((r) => r.error)?.error;
  if (error) figures.error = error;
  return figures;
}

/** A table with one column per variant (label → figures). */
export function variantTable(byLabel, rows) {
  const labels = Object.keys(byLabel);
  const lines = [`| | ${labels.join(' | ')} |`, `|---|${labels.map(() => '---:').join('|')}|`];
  for (const [key, label, format] of rows) lines.push(`| ${label} | ${labels.map((l) => format(byLabel[l][key] ?? null)).join(' | ')} |`);
  return lines.join('\n');
}

export const CYCLE_ROWS = [
  ['heapBefore', 'JS heap before (after GC)', kib],
  ['heapAfter', 'JS heap after the cycles (after GC)', kib],
  ['heapGrowth', 'JS heap growth', kib],
  ['liveCharts', 'Live chart instances after', count],
  ['nodesGrowth', 'DOM nodes growth', count],
  ['listenersGrowth', 'Event listeners growth', count],
  ['msPerCycle', 'Time per add/draw/remove cycle', plain(1)],
];

/** Medians per library of every figure, and A/B, A/C of the medians. */
export function summarise(samplesByLib, keys) {
  const medians = {};
  for (const [lib, samples] of Object.entries(samplesByLib)) {
    medians[lib] = Object.fromEntries(keys.map((key) => [key, median(samples.map((s) => s[key]))]));
  }
  const ratios = {};
  for (const other of ['B', 'C']) {
    if (!medians.A || !medians[other]) continue;
    ratios[`A/${other}`] = Object.fromEntries(keys.map((key) => [key, ratio(medians.A[key], medians[other][key])]));
  }
  return { medians, ratios };
}

export function markdownTable(summary, rows, libraries) {
  const libs = Object.keys(summary.medians);
  const ratioKeys = Object.keys(summary.ratios);
  const header = ['', ...libs.map((lib) => `${lib}: ${libraries[lib].name}`), ...ratioKeys];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const [key, label, format] of rows) {
    const cells = libs.map((lib) => format(summary.medians[lib][key]));
    const ratios = ratioKeys.map((r) => {
      const value = summary.ratios[r][key];
      return value === null ? '–' : `${value.toFixed(2)}×`;
    });
    lines.push(`| ${[label, ...cells, ...ratios].join(' | ')} |`);
  }
  return lines.join('\n');
}

/**
 * The issue's goals, as ratios to B measured in the same run (so they hold on any machine), and the
 * absolute memory goal. Each result says PASS or MISS with the numbers behind it.
 */
export function checkGoals(results) {
  const goals = [];
  const byRatio = (page, key, limit, label, format) => {
    const summary = results.pages[page]?.summary;
    if (!summary?.ratios['A/B']) return;
    const a = summary.medians.A[key];
    const b = summary.medians.B[key];
    const r = summary.ratios['A/B'][key];
    const pass = r !== null && r <= limit;
    goals.push({
      goal: `${label} (${results.pages[page].title}): A ≤ ${limit} × B`,
      pass,
      measured: r === null ? `A ${format(a)}, B ${format(b)}: no ratio` : `A ${format(a)} = ${r.toFixed(2)} × B (${format(b)})`,
    });
  };
  const networks = results.options.networks ?? [results.options.network];
  const keysOf = (page) => networks.map((network) => (network === networks[0] ? page : `${page}@${network}`));
  for (const page of ['one', 'article']) byRatio(page, 'firstPayloadGzip', 0.3, 'first payload, gzip', kib);
  for (const page of ['one', 'article']) byRatio(page, 'totalJsGzip', 1.0, 'JS in total, gzip', kib);
  for (const key of [...keysOf('one'), ...keysOf('inserted')]) byRatio(key, 'timeToFirstCanvas', 1.0, 'Chart.js chart interactive', ms);
  for (const key of keysOf('inserted')) byRatio(key, 'timeToFirstChart', 1.0, 'first chart seen', ms);
  const requests = results.pages.one?.summary?.medians.A?.requests;
  if (requests !== undefined) goals.push({ goal: `requests for one chart (A) ≤ 5`, pass: requests !== null && requests <= 5, measured: `A ${count(requests)}` });
  for (const key of keysOf('rowlimit')) {
    const longest = results.pages[key]?.summary?.medians.A?.longestTask;
    if (longest === undefined) continue;
    goals.push({ goal: `longest main-thread task (${results.pages[key].title}, A) ≤ 200 ms`, pass: longest !== null && longest <= 200, measured: `A ${ms(longest)}` });
  }
  for (const page of ['one', 'article']) byRatio(page, 'timeToFirstChart', 1.0, 'time to first chart', ms);
  byRatio('article', 'totalBlockingTime', 0.3, 'total blocking time', ms);
  // Layout shift: absolute goals (a shift is a shift on any machine), plain tags and pre-rendered markup.
  const atMost = (measured, limit) => typeof measured === 'number' && measured <= limit;
  for (const [page, lib, limit] of [['one', 'A', 0.02], ['article', 'A', 0.02], ['one', 'S', 0], ['article', 'S', 0]]) {
    const value = results.pages[page]?.summary?.medians[lib]?.layoutShift;
    if (value === undefined) continue;
    goals.push({ goal: `layout shift (${results.pages[page].title}, ${lib}) ≤ ${limit}`, pass: atMost(value, limit), measured: `${lib} ${plain(3)(value)}` });
  }
  const LIGHTHOUSE_GOALS = [
    ['plain tags', 'performance', (v) => v >= 98, '≥ 98'],
    ['plain tags', 'accessibility', (v) => v === 100, '= 100'],
    ['plain tags', 'cumulativeLayoutShift', (v) => v <= 0.02, '≤ 0.02'],
    ['plain tags', 'totalBlockingTime', (v) => v <= 50, '≤ 50 ms'],
    ['pre-rendered markup', 'cumulativeLayoutShift', (v) => v === 0, '= 0'],
  ];
  const oneA = results.lighthouse?.['one chart, plain tag']?.totalBlockingTime;
  const oneB = results.lighthouse?.['one chart, hand-written Chart.js']?.totalBlockingTime;
  if (typeof oneA === 'number' && typeof oneB === 'number') {
    goals.push({ goal: 'Lighthouse one chart: total blocking time A ≤ B (hand-written Chart.js)', pass: oneA <= oneB, measured: `A ${ms(oneA)}, B ${ms(oneB)}` });
  }
  for (const [label, key, test, limit] of LIGHTHOUSE_GOALS) {
    const value = results.lighthouse?.[label]?.[key];
    if (value === undefined) continue;
    const row = LIGHTHOUSE_ROWS.find(([k]) => k === key);
    goals.push({ goal: `Lighthouse ${label}: ${row[1]} ${limit}`, pass: typeof value === 'number' && test(value), measured: row[2](value ?? null) });
  }
  const cycles = results.pages.cycles?.summary?.medians.A;
  if (cycles) {
    const pass = cycles.heapGrowth !== null && cycles.heapGrowth <= 1024 * 1024 && cycles.liveCharts === 0;
    goals.push({
      goal: `heap growth ≤ 1 MiB and 0 live charts after ${results.options.cycles} add/remove cycles (A)`,
      pass,
      measured: `A heap growth ${kib(cycles.heapGrowth)}, ${count(cycles.liveCharts)} live charts`,
    });
  }
  return goals;
}

export const goalLine = (g) => `${g.pass ? 'PASS' : 'MISS'}  ${g.goal} — ${g.measured}`;
