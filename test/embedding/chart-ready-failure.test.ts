// chartReady() settles when the engine fails to load, with no chart, and the host says `error`. Its own file:
// the page must not have loaded the engine before.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/contingent-chart/contingent-chart.js';
import type { MssContingentChart } from '../../src/elements/contingent-chart/contingent-chart.component.js';
import { failRequests, nextError } from '../fixtures/embedding.js';

describe('chartReady() when the engine fails', () => {
  after(async () => {
    await failRequests(null);
  });

  it('resolves undefined in the turn of the mss-error event, and the host is in the error state', async () => {
    await failRequests('*/src/engine/engine*.ts*');
    const el = document.createElement('mss-contingent-chart') as MssContingentChart;
    const ready = el.chartReady();
    let settled = false;
    void ready.then(() => (settled = true));
    const error = nextError(el, 10_000);
    await fixture(html`<div style="width: 600px">${el}</div>`);
    expect((await error).kind).to.equal('engine');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).to.equal(true);
    expect(await ready).to.equal(undefined);
    expect(el.matches(':state(error)')).to.equal(true);
    expect(el.matches(':state(static)')).to.equal(false);
  });
});
