/* global document */
// Page B of the row-limit page: the same 2,000 rows written by hand with `chart.js/auto`, as a developer
// would chart a JSON file of their own: fetch it, one stacked bar series per country, Chart.js defaults
// (animation included). Bundled and minified by bench/run.mjs (esbuild).
import Chart from 'chart.js/auto';
import series from '../.tmp/series.json';

const { colors } = series;
/** A disputed figure is drawn at its lowest report, as B's other charts draw it. */
const valueOf = (figure) => (figure.kind === 'disputed' ? Math.min(...figure.reports.map((r) => r.value)) : figure.value);

async function draw(canvas) {
  const { deployments } = await (await fetch(canvas.dataset.src)).json();
  const countries = [...new Set(deployments.map((d) => d.country))];
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const datasets = countries.map((country, i) => ({
    label: names.of(country) ?? country,
    data: deployments.map((d) => (d.country === country ? valueOf(d.personnel) : null)),
    backgroundColor: i === 0 ? colors.accent : colors.series[(i - 1) % colors.series.length],
    stack: 'arrivals',
  }));
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: deployments.map((d) => d.date), datasets },
    options: {
      aspectRatio: 16 / 9,
      scales: {
        x: { stacked: true, grid: { display: false }, ticks: { color: colors.muted, maxRotation: 0 } },
        y: { stacked: true, beginAtZero: true, grid: { color: colors.grid }, ticks: { color: colors.muted } },
      },
      plugins: { legend: { position: 'top', align: 'start', labels: { boxWidth: 12 } } },
    },
  });
}

for (const canvas of document.querySelectorAll('canvas[data-src]')) void draw(canvas);
