// `--profile <page>`: one load of the page per library with V8's sampling profiler on, each sample's
// time attributed through the bundles' source maps to the original module (src/charts/contingent.ts,
// chart.js/dist/chart.js, …). Answers "what does the page spend its main thread on while it loads".
import { existsSync, readFileSync } from 'node:fs';
import { measureLoad } from './measure.mjs';
import { parseSourceMap } from './sourcemap.mjs';

export async function profileLoad(browser, server, url, options) {
  const seen = await measureLoad(browser, server, url, {
    ...options,
    hooks: {
      async beforeLoad(cdp) {
        await cdp.send('Performance.enable');
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      },
      async afterSettle(cdp) {
        const { profile } = await cdp.send('Profiler.stop');
        // The page clock (performance.now) starts at navigation; the profile's clock is the monotonic one.
        const { metrics } = await cdp.send('Performance.getMetrics');
        const navigationStart = metrics.find((m) => m.name === 'NavigationStart')?.value;
        return { ...profile, navigationStartMicros: navigationStart === undefined ? undefined : navigationStart * 1e6 };
      },
    },
  });
  return { seen, profile: seen.extra };
}

/** "../../node_modules/chart.js/dist/chart.js" → "chart.js/dist/chart.js"; "../../src/x.ts" → "src/x.ts". */
function shortSource(source) {
  const inPackage = source.match(/node_modules\/(.+)$/);
  if (inPackage) return inPackage[1];
  return source.replace(/^(\.\.\/)+/, '').replace(/^webpack:\/\/\//, '');
}

/**
 * Self time (ms) per original module and per function, from a CPU profile. `fileOf(url)` gives the
 * served file behind a URL; its `.map` beside it, when there is one, names the original module.
 */
export function attribute(profile, fileOf, within) {
  const maps = new Map();
  const mapFor = (url) => {
    if (!maps.has(url)) {
      const file = fileOf(url);
      maps.set(url, file && existsSync(`${file}.map`) ? parseSourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))) : undefined);
    }
    return maps.get(url);
  };
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMicros = new Map();
  let time = profile.startTime;
  profile.samples.forEach((id, i) => {
    time += profile.timeDeltas[i] ?? 0;
    // `within(ms on the page clock)`: only samples inside the given windows (the long tasks) count.
    if (within && profile.navigationStartMicros !== undefined && !within((time - profile.navigationStartMicros) / 1000)) return;
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  const modules = new Map();
  const functions = new Map();
  const add = (table, key, micros) => table.set(key, (table.get(key) ?? 0) + micros / 1000);
  for (const [id, micros] of selfMicros) {
    const { callFrame } = nodes.get(id);
    if (callFrame.functionName === '(idle)') continue;
    if (!callFrame.url) {
      // (program) is the browser's own work outside JS: parsing, style, layout, paint.
      add(modules, callFrame.functionName || '(native)', micros);
      continue;
    }
    const position = mapFor(callFrame.url)?.lookup(callFrame.lineNumber, callFrame.columnNumber);
    const module = position ? shortSource(position.source) : URL.canParse(callFrame.url) ? new URL(callFrame.url).pathname : callFrame.url;
    add(modules, module, micros);
    add(functions, `${callFrame.functionName || '(anonymous)'} (${module}:${position?.line ?? callFrame.lineNumber + 1})`, micros);
  }
  const sorted = (table) => [...table].sort((a, b) => b[1] - a[1]).map(([name, ms]) => ({ name, ms: Math.round(ms * 10) / 10 }));
  const total = [...modules.values()].reduce((a, b) => a + b, 0);
  return { totalMs: Math.round(total), modules: sorted(modules), functions: sorted(functions) };
}

export function formatAttribution(lib, name, seen, all, inLongTasks, top = 12) {
  const tasks = seen.longTasks.map((t) => `${Math.round(t.duration)} ms at ${Math.round(t.start)} ms`).join(', ');
  const lines = [`${lib} (${name}): ${all.totalMs} ms on the main thread until settled; long tasks: ${tasks || 'none'}`];
  const table = (title, rows) => {
    lines.push(`  ${title}`);
    for (const { name: label, ms } of rows.slice(0, top)) lines.push(`    ${String(ms).padStart(8)} ms  ${label}`);
  };
  table('by module (self time):', all.modules);
  table('by function (self time):', all.functions);
  if (inLongTasks) table(`inside the long tasks (${inLongTasks.totalMs} ms), by module:`, inLongTasks.modules);
  return lines.join('\n');
}

/** A test for "is this page-clock time inside one of the long tasks". */
export const inside = (tasks) => (ms) => tasks.some((t) => ms >= t.start && ms <= t.start + t.duration);
