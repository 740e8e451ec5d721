/* global document, window */
// Page B: the same two charts written by hand with `chart.js/auto`, as a newsroom developer would after the
// Chart.js "Getting started" guide: one script, the numbers pasted in, every <canvas data-chart> drawn at
// load. Bundled and minified by bench/run.mjs (esbuild).
import Chart from 'chart.js/auto';
import series from '../.tmp/series.json';

const { colors } = series;
const month = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const number = new Intl.NumberFormat('en-GB');

const valueAxis = {
  beginAtZero: true,
  stacked: true,
  border: { display: false },
  grid: { color: colors.grid },
  ticks: { color: colors.muted, callback: (v) => number.format(v) },
  title: { display: true, text: 'Personnel', color: colors.muted },
};

function arrivalsConfig() {
  const { labels, countries } = series.arrivals;
  const datasets = countries.map((c) => ({ label: c.name, data: c.low, backgroundColor: c.color, stack: 'arrivals' }));
  for (const c of countries) {
    if (c.extra.every((v) => v === null)) continue;
    datasets.push({
      label: `${c.name} (reports differ)`,
      data: c.extra,
      backgroundColor: `${c.color}55`,
      borderColor: c.color,
      borderWidth: 1.5,
      stack: 'arrivals',
    });
  }
  return {
    type: 'bar',
    data: { labels, datasets },
    options: {
      aspectRatio: 16 / 9,
      scales: { x: { stacked: true, grid: { display: false }, ticks: { color: colors.muted, maxRotation: 0 } }, y: valueAxis },
      plugins: { legend: { position: 'top', align: 'start', labels: { boxWidth: 12 } } },
    },
  };
}

function cumulativeConfig() {
  const { countries, range, headcounts, xMin, xMax } = series.cumulative;
  const xy = ([x, y]) => ({ x, y });
  const datasets = countries.map((c, i) => ({
    label: c.name,
    data: c.points.map(xy),
    stepped: 'before',
    borderColor: c.color,
    backgroundColor: c.color,
    borderWidth: 1.5,
    pointRadius: 0,
    fill: i === 0 ? 'origin' : '-1',
    stack: 'arrived',
  }));
  datasets.push({
    label: 'Reports differ',
    data: range.map(xy),
    stepped: 'before',
    borderColor: colors.muted,
    backgroundColor: `${colors.muted}33`,
    borderWidth: 1,
    pointRadius: 0,
    fill: '-1',
    stack: 'arrived',
  });
  datasets.push({
    type: 'scatter',
    label: 'Reported head-count',
    data: headcounts.map(xy),
    borderColor: colors.text,
    backgroundColor: '#ffffff',
    borderWidth: 2,
    pointRadius: 5,
    stack: 'reported',
  });
  return {
    type: 'line',
    data: { datasets },
    options: {
      aspectRatio: 16 / 9,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales: {
        x: {
          type: 'linear',
          min: xMin,
          max: xMax,
          grid: { display: false },
          ticks: { color: colors.muted, maxRotation: 0, maxTicksLimit: 8, callback: (v) => month.format(v) },
        },
        y: valueAxis,
      },
      plugins: { legend: { position: 'top', align: 'start', labels: { boxWidth: 12 } } },
    },
  };
}

/** Draws one chart on a canvas; returns the Chart.js instance. */
export function create(kind, canvas) {
  return new Chart(canvas, kind === 'cumulative' ? cumulativeConfig() : arrivalsConfig());
}

for (const canvas of document.querySelectorAll('canvas[data-chart]')) create(canvas.dataset.chart, canvas);

// For the add/remove page of the benchmark: the same calls a page that swaps charts would make.
window.benchLib = {
  create(kind, box) {
    const canvas = document.createElement('canvas');
    box.append(canvas);
    return create(kind, canvas);
  },
  destroy(chart) {
    chart.destroy();
  },
  live: () => Object.keys(Chart.instances).length,
};
