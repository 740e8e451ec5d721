// A consumer of the published package: one element's entry (the smallest import), the typed dataset and
// its validator from `mss-charts/data`, the tag typed through HTMLElementTagNameMap and its events through
// GlobalEventHandlersEventMap. Type-checked with tsc, bundled with Rollup, run in Chromium by
// test/node/consumer.test.mjs.
import { MssContingentChart } from 'mss-charts/contingent-chart';
import { mssDataset, validateDataset, arrivalsByContingent, type Deployment, type MssDataset } from 'mss-charts/data';

// The validator narrows unknown JSON to the dataset type.
const checked = validateDataset(JSON.parse(JSON.stringify(mssDataset)) as unknown);
if (!checked.ok) throw new Error(`the shipped dataset did not validate: ${checked.errors[0]?.message}`);
const data: MssDataset = checked.data;
const kenyan: Deployment[] = (data.deployments ?? []).filter((d) => d.country === 'KE');

// createElement returns the element's class, from the tag name alone.
const chart: MssContingentChart = document.createElement('mss-contingent-chart');
chart.view = 'arrivals';
chart.data = data;
chart.lang = 'en';
// @ts-expect-error: not a view of this chart
chart.view = 'pie';

// Events are typed by name: `detail` needs no cast.
chart.addEventListener('mss-render', (event) => {
  const how: 'drawn' | 'updated' = event.detail.chart;
  // The first render is the one to wait for; later ones (a re-read theme) update it in place.
  document.body.dataset.rendered ??= how;
});
chart.addEventListener('mss-error', (event) => {
  document.body.dataset.error = event.detail.message;
});

document.querySelector('main')?.append(chart);
document.body.dataset.kenyanContingents = String(kenyan.length);
document.body.dataset.arrivals = String(arrivalsByContingent(data).length);
document.body.dataset.isClass = String(chart instanceof MssContingentChart);
