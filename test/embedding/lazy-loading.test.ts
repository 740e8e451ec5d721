// A chart far down the page costs no Chart.js download until the reader scrolls near it. This file must not
// import the engine (src/engine/engine.ts): the page would then have Chart.js before any chart asked.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/contingent-chart/contingent-chart.js';
import type { MssContingentChart } from '../../src/elements/contingent-chart/contingent-chart.component.js';
import { mssDataset } from '../../src/data/mss-dataset.js';
import { shadow, sleep } from '../fixtures/embedding.js';

/** Requests for the engine module or Chart.js itself made by this page so far. */
function engineRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/src\/engine\/engine\.ts|\/chart\.js\/|chart\.js(\?|$)|\/chunks\/engine/.test(name));
}

describe('lazy loading', () => {
  it('loads Chart.js only when a chart comes near the viewport', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 3000px">article text</div>
      <mss-contingent-chart style="width: 600px"></mss-contingent-chart>
    </div>`);
    const el = page.querySelector('mss-contingent-chart') as MssContingentChart;
    await sleep(500);
    // Before: the words, the table and the reserved space, without the engine.
    expect(engineRequests(), 'engine requests before scrolling').to.deep.equal([]);
    expect(el.chartInstance).to.equal(undefined);
    expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(mssDataset.deployments?.length ?? 0);
    expect(shadow(el).querySelector('.plot')!.getBoundingClientRect().height).to.be.greaterThan(300);

    // Scrolled to 150 px above the chart: inside the 300 px margin, still out of view.
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight - 150);
    const chart = await el.chartReady();
    expect(chart).to.exist;
    expect(el.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight);
    expect(engineRequests().length, 'engine requests after scrolling').to.be.greaterThan(0);
    window.scrollTo(0, 0);
  });
});
