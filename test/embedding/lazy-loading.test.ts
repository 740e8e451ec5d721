// A chart far down the page costs no Chart.js download until the reader scrolls near it, and a page with the
// built-in data never downloads the validator. This file must not import the engine (src/engine/engine.ts, engine.bars.ts)
// or the validator (src/data/validate.ts): the page would then have them before any chart asked.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/contingent-chart/contingent-chart.js';
import type { MssContingentChart } from '../../src/elements/contingent-chart/contingent-chart.component.js';
import { mssDataset } from '../../src/data/mss-dataset.js';
import { firstContingents, shadow, sleep } from '../fixtures/embedding.js';

/** Requests for the engine module or Chart.js itself made by this page so far. */
function engineRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/src\/engine\/engine(\.bars)?\.ts|\/chart\.js\/|chart\.js(\?|$)|\/chunks\/engine/.test(name));
}

function validatorRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/src\/data\/validate\.ts|\/valibot\//.test(name));
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

  it('loads the validator only when a chart is given its own data', async () => {
    const el = await fixture<MssContingentChart>(html`<mss-contingent-chart></mss-contingent-chart>`);
    await sleep(200);
    expect(validatorRequests(), 'validator requests with the built-in data').to.deep.equal([]);
    el.data = firstContingents(2);
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(2);
    expect(validatorRequests().length).to.be.greaterThan(0);
  });
});
