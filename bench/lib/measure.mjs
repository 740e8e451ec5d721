// What one page load and one add/remove session measure. The definitions are the same for A, B and C;
// bench/README-style notes on each live in the README "Performance" section.
import { probe } from './probe.mjs';

/** Chrome DevTools' "Slow 4G" (Lighthouse's mobile throttling): 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up. */
export const NETWORKS = {
  none: null,
  slow4g: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  fast3g: { latency: 562.5, downloadThroughput: (1.44 * 1024 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 },
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function openPage(browser, { viewport, network, withProbe }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  if (withProbe) await context.addInitScript({ content: `(${probe})();` });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`console.${message.type()}: ${message.text()}`);
  });
  const cdp = await context.newCDPSession(page);
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  }
  return { context, page, cdp, errors };
}

/** The largest burst of layout shifts (session window: gaps under 1 s, at most 5 s), as Chrome defines CLS. */
export function cumulativeLayoutShift(shifts) {
  let best = 0;
  let current = 0;
  let windowStart = -Infinity;
  let previous = -Infinity;
  for (const shift of shifts.filter((s) => !s.input).sort((a, b) => a.start - b.start)) {
    if (shift.start - previous > 1000 || shift.start - windowStart > 5000) {
      current = 0;
      windowStart = shift.start;
    }
    current += shift.value;
    previous = shift.start;
    best = Math.max(best, current);
  }
  return best;
}

/** Sum of each long task's time over 50 ms: how long input would have waited. */
export const totalBlockingTime = (tasks, until = Infinity) =>
  tasks.filter((t) => t.start < until).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);

/** The longest main-thread task (ms); 0 when none reached the 50 ms a long task is reported from. */
export const longestTask = (tasks) => tasks.reduce((longest, t) => Math.max(longest, t.duration), 0);

/**
 * Loads a page in a fresh browser context (empty cache) and waits until it has settled: a canvas was drawn
 * and nothing happened (no long task, layout shift, response or newly drawn canvas) for `quietMs`.
 */
export async function measureLoad(browser, server, url, { viewport, network, quietMs, maxMs, hooks = {} }) {
  const { context, page, cdp, errors } = await openPage(browser, { viewport, network, withProbe: true });
  await hooks.beforeLoad?.(cdp);
  server.reset();
  const started = Date.now();
  let timedOut = false;
  try {
    await page.goto(url, { waitUntil: 'commit' });
    for (;;) {
      await sleep(100);
      const status = await page.evaluate(() => {
        const s = window.__bench;
        const times = [
          ...performance.getEntriesByType('resource').map((r) => r.responseEnd),
          ...s.longTasks.map((t) => t.start + t.duration),
          ...s.shifts.map((t) => t.start),
          ...s.drawn,
        ];
        return { now: performance.now(), first: s.firstCanvas, last: Math.max(0, ...times) };
      });
      // Settled once a canvas is drawn (A's first chart may be its SVG: Chart.js, what makes the chart
      // interactive, follows, and at the row limit more than `quietMs` later) and nothing happened since.
      if (status.first !== null && status.now - Math.max(status.last, status.first) >= quietMs) break;
      if (Date.now() - started > maxMs) {
        timedOut = true;
        break;
      }
    }
    const seen = await page.evaluate(() => {
      const s = window.__bench;
      s.stop = true;
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        settledAt: performance.now(),
        firstChart: s.firstChart,
        firstFigures: s.firstFigures,
        firstCanvas: s.firstCanvas,
        drawn: s.drawn,
        longTasks: s.longTasks,
        shifts: s.shifts,
        longTaskUnsupported: Boolean(s.longtaskUnsupported),
        domContentLoaded: nav?.domContentLoadedEventStart ?? null,
        resources: performance.getEntriesByType('resource').map((r) => ({ url: r.name, start: r.startTime, end: r.responseEnd })),
        census: s.census(),
      };
    });
    const extra = await hooks.afterSettle?.(cdp);
    return { ...seen, timedOut, served: server.take(), errors, extra };
  } finally {
    await context.close();
  }
}

/** Bytes of the JS responses that had arrived by `time` (page clock), from the server's own sizes. */
function jsArrivedBy(seen, time) {
  const sizes = new Map(seen.served.filter((r) => r.js).map((r) => [r.path, r]));
  const total = { files: 0, raw: 0, gzip: 0, brotli: 0 };
  if (time === null) return null;
  for (const resource of seen.resources) {
    const entry = sizes.get(new URL(resource.url).pathname);
    if (!entry || resource.end > time) continue;
    total.files += 1;
    total.raw += entry.raw;
    total.gzip += entry.gzip;
    total.brotli += entry.brotli;
  }
  return total;
}

/** The figures of one load. */
export function loadFigures(seen) {
  const js = seen.served.filter((r) => r.js);
  const sum = (rows, key) => rows.reduce((total, r) => total + r[key], 0);
  // What a reader waits for before any figure is readable: for mss-charts the element, the data, its SVG
  // first paint and the accessible table (Chart.js follows); for a hand-written Chart.js or ECharts page,
  // the drawn chart.
  const firstPayload = jsArrivedBy(seen, seen.firstFigures ?? seen.firstChart);
  const beforeFirstChart = jsArrivedBy(seen, seen.firstChart);
  return {
    firstPayloadGzip: firstPayload?.gzip ?? null,
    firstPayloadBrotli: firstPayload?.brotli ?? null,
    beforeChartGzip: beforeFirstChart?.gzip ?? null,
    beforeChartBrotli: beforeFirstChart?.brotli ?? null,
    totalJsGzip: sum(js, 'gzip'),
    totalJsBrotli: sum(js, 'brotli'),
    jsFiles: js.length,
    requests: seen.served.length,
    bytesSent: sum(seen.served, 'sent'),
    timeToFirstChart: seen.firstChart,
    timeToFirstCanvas: seen.firstCanvas,
    beforeCanvasGzip: jsArrivedBy(seen, seen.firstCanvas)?.gzip ?? null,
    domContentLoaded: seen.domContentLoaded,
    totalBlockingTime: totalBlockingTime(seen.longTasks, seen.settledAt),
    longestTask: longestTask(seen.longTasks),
    longTasks: seen.longTasks.length,
    layoutShift: cumulativeLayoutShift(seen.shifts),
    chartsDrawn: seen.census.drawn,
    chartsInViewport: seen.census.inViewport,
    chartsDrawnInViewport: seen.census.drawnInViewport,
    shiftList: seen.shifts.map((s) => ({ start: Math.round(s.start), value: Number(s.value.toFixed(4)), sources: s.sources })),
    longTaskList: seen.longTasks.map((t) => ({ start: Math.round(t.start), duration: Math.round(t.duration) })),
    /** The request waterfall: each response, when it was asked for and when it had arrived (page clock, ms). */
    files: seen.resources.map((r) => {
      const path = new URL(r.url).pathname;
      const served = seen.served.find((s) => s.path === path);
      return { path, start: Math.round(r.start), end: Math.round(r.end), gzip: served?.gzip ?? null, brotli: served?.brotli ?? null };
    }),
  };
}

/**
 * Loads a page and, without scrolling, waits until no response has arrived for `quietMs`: the JS a reader
 * downloads before scrolling (bytes from the server's own log), and the layout shift until then.
 */
export async function measureBeforeScroll(browser, server, url, { viewport, network, quietMs, maxMs }) {
  const { context, page, errors } = await openPage(browser, { viewport, network, withProbe: true });
  server.reset();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const started = Date.now();
    for (let seen = -1; ; ) {
      await sleep(quietMs);
      const count = await page.evaluate(() => performance.getEntriesByType('resource').length);
      if (count === seen || Date.now() - started > maxMs) break;
      seen = count;
    }
    const shifts = await page.evaluate(() => window.__bench.shifts);
    const js = server.take().filter((r) => r.js);
    return {
      beforeScrollJsGzip: js.reduce((sum, r) => sum + r.gzip, 0),
      beforeScrollJsFiles: js.length,
      beforeScrollLayoutShift: cumulativeLayoutShift(shifts),
      errors,
    };
  } finally {
    await context.close();
  }
}

/** In the page: adds a chart, waits until it is drawn and one frame more, removes it; `from`…`to` times. */
async function driveCycles({ lib, from, to }) {
  const stage = document.getElementById('stage');
  const state = (window.__cycles ??= { ids: [] });
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const within = (promise, ms, what) => {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  };
  for (let i = from; i < to; i += 1) {
    const kind = i % 2 === 0 ? 'arrivals' : 'cumulative';
    if (lib === 'A') {
      const element = document.createElement('mss-contingent-chart');
      element.setAttribute('view', kind);
      const drawn = new Promise((resolve, reject) => {
        element.addEventListener('mss-render', resolve, { once: true });
        element.addEventListener('mss-error', (event) => reject(new Error(event.detail?.message ?? 'mss-error')), { once: true });
      });
      stage.append(element);
      await within(drawn, 20000, `mss-render of cycle ${i}`);
      await frame();
      element.remove();
    } else {
      const box = document.createElement('div');
      if (lib === 'C') box.className = 'echarts';
      stage.append(box);
      const chart = window.benchLib.create(kind, box);
      if (lib === 'C') state.ids.push(chart.id);
      await frame();
      window.benchLib.destroy(chart);
      box.remove();
    }
  }
}

/** A: the charts alive in every engine (a page may have loaded the bar engine, the full one or both). */
async function liveCharts({ lib, engineUrls }) {
  if (lib === 'A') {
    // The map's engine hands on the full engine's counter: each counter is read once.
    const counters = new Set();
    for (const url of engineUrls) {
      const chunk = await import(url);
      const engine = typeof chunk.liveChartCount === 'function' ? chunk : Object.values(chunk).find((v) => typeof v?.liveChartCount === 'function');
      counters.add(engine.liveChartCount);
    }
    return [...counters].reduce((live, count) => live + count(), 0);
  }
  return window.benchLib.live(window.__cycles?.ids ?? []);
}

/** JS heap after full garbage collections, and the DOM's own counts (nodes, listeners, documents). */
async function heapAfterGc(page, cdp) {
  // Let timers, animations and observers of removed charts run out before collecting.
  await sleep(1500);
  for (let i = 0; i < 3; i += 1) {
    await page.evaluate(() => window.gc?.());
    await cdp.send('HeapProfiler.collectGarbage');
  }
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes, listeners: jsEventListeners };
}

/** Adds and removes a chart `count` times after `warmup` cycles (which load the code and warm the JIT). */
export async function measureCycles(browser, url, lib, { viewport, count, warmup, engineUrls }) {
  // No probe here: its per-frame canvas scan would add to every cycle and its records to the heap.
  const { context, page, cdp, errors } = await openPage(browser, { viewport, network: null, withProbe: false });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(driveCycles, { lib, from: 0, to: warmup });
    const before = await heapAfterGc(page, cdp);
    const started = performance.now();
    await page.evaluate(driveCycles, { lib, from: warmup, to: warmup + count });
    const elapsed = performance.now() - started;
    const after = await heapAfterGc(page, cdp);
    const live = await page.evaluate(liveCharts, { lib, engineUrls });
    return {
      heapBefore: before.heap,
      heapAfter: after.heap,
      heapGrowth: after.heap - before.heap,
      nodesGrowth: after.nodes - before.nodes,
      listenersGrowth: after.listeners - before.listeners,
      liveCharts: live,
      msPerCycle: elapsed / count,
      errors,
    };
  } finally {
    await context.close();
  }
}
