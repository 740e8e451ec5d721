// The numbers the hand-written pages (B: Chart.js, C: ECharts) draw, taken from the library's own dataset
// and selectors so that A, B and C chart the same figures. A newsroom developer would paste such numbers
// into the page; the benchmark writes them to a JSON file that the page scripts import and bundle.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Colours of mss-charts' light theme, so B and C look like A. */
export const COLORS = {
  accent: '#0b5cad',
  series: ['#c4510a', '#00795a', '#9a4b94', '#876800', '#5f6368', '#1f1f1f'],
  muted: '#5c6670',
  grid: '#e1e4e8',
  text: '#1f1f1f',
};

const SUBJECT = 'KE';

/** Reads the dataset through the built npm entry (dist/lib/data), the same code the elements run. */
export async function loadSeries(root) {
  const entry = join(root, 'dist', 'lib', 'data', 'index.js');
  if (!existsSync(entry)) throw new Error('dist/lib/data/index.js is missing: run `npm run build` first');
  const data = await import(pathToFileURL(entry).href);
  const dataset = data.mssDataset;
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const dateLabel = (iso) => {
    const [y, m = '1', d = '1'] = iso.split('-');
    const options = { timeZone: 'UTC', year: 'numeric', month: 'short', ...(iso.length > 7 ? { day: 'numeric' } : {}) };
    return new Intl.DateTimeFormat('en-GB', options).format(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  };

  const arrivals = data.arrivalsByContingent(dataset);
  const dates = [...new Set(arrivals.map((a) => a.date))];
  const countries = [...new Set(arrivals.map((a) => a.country))];
  let next = 0;
  const colorOf = new Map(countries.map((c) => [c, c === SUBJECT ? COLORS.accent : COLORS.series[next++ % COLORS.series.length]]));
  const at = (country, date) => arrivals.filter((a) => a.country === country && a.date === date);
  const sum = (rows, f) => rows.reduce((total, r) => total + f(r), 0);

  const arrivalSeries = {
    labels: dates.map(dateLabel),
    countries: countries.map((code) => ({
      name: names.of(code) ?? code,
      color: colorOf.get(code),
      // The lowest report, and what only some sources report on top (as the library stacks them).
      low: dates.map((d) => (at(code, d).length ? sum(at(code, d), (r) => r.low) : null)),
      extra: dates.map((d) => sum(at(code, d), (r) => r.high - r.low) || null),
    })),
  };

  const steps = data.cumulativeStrengthByCountry(dataset);
  const heads = data.reportedStrength(dataset).filter((h) => h.totalRange);
  const cumulativeSeries = {
    xMin: steps[0]?.time,
    xMax: Math.max(data.dateToTime(dataset.meta?.asOf ?? steps[steps.length - 1].date), ...steps.map((p) => p.time)),
    countries: countries.map((code) => ({
      name: names.of(code) ?? code,
      color: colorOf.get(code),
      points: steps.map((p) => [p.time, p.byCountry[code]?.low ?? 0]),
    })),
    range: steps.map((p) => [p.time, p.high - p.low]),
    headcounts: heads.flatMap((h) =>
      h.totalRange.low === h.totalRange.high
        ? [[h.time, h.totalRange.low]]
        : [
            [h.time, h.totalRange.low],
            [h.time, h.totalRange.high],
          ],
    ),
  };
  return { colors: COLORS, arrivals: arrivalSeries, cumulative: cumulativeSeries };
}

/**
 * The row-limit page's own dataset: the shipped deployments repeated to MAX_SECTION_ROWS rows, each on a
 * day of its own (so the chart has as many bars as the table has rows), with the sources they cite.
 * Both A (`src`) and B (`fetch`) load this same file.
 */
export async function rowLimitDataset(root) {
  const data = await import(pathToFileURL(join(root, 'dist', 'lib', 'data', 'index.js')).href);
  const base = data.mssDataset.deployments;
  const deployments = Array.from({ length: data.MAX_SECTION_ROWS }, (_, i) => ({
    ...base[i % base.length],
    id: `row-${i}`,
    date: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10),
  }));
  const cited = new Set(JSON.stringify(base).match(/"sources":\[[^\]]*\]/g)?.flatMap((list) => JSON.parse(list.slice(10))));
  const sources = Object.fromEntries(Object.entries(data.mssDataset.sources).filter(([id]) => cited.has(id)));
  const dataset = { sources, deployments };
  if (!data.validateDataset(dataset).ok) throw new Error('the row-limit dataset does not validate: has the schema changed?');
  return dataset;
}
