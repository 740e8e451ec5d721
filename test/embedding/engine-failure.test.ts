// The chart engine is a lazily loaded chunk: when it cannot be fetched (flaky network), the chart says so in
// its box and keeps its words and table. Its own file: the page must not have loaded the engine before.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/contingent-chart/contingent-chart.js';
import type { MssContingentChart } from '../../src/elements/contingent-chart/contingent-chart.component.js';
import { mssDataset } from '../../src/data/mss-dataset.js';
import { failRequests, nextError, shadow, textOf, watchUncaught } from '../fixtures/embedding.js';

describe('the chart engine fails to load', () => {
  after(async () => {
    await failRequests(null);
  });

  it('shows an error in the chart box, keeps the words and the table, throws nothing', async () => {
    await failRequests('*/src/engine/engine.ts*');
    const uncaught = watchUncaught();
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = document.createElement('mss-contingent-chart') as MssContingentChart;
      const error = nextError(el, 10_000);
      await fixture(html`<div style="width: 600px">${el}</div>`);
      const detail = await error;
      await el.updateComplete;
      expect(detail).to.include({ kind: 'engine', message: 'The chart engine could not be loaded.' });
      expect(el.chartInstance).to.equal(undefined);
      expect(shadow(el).querySelector('.error')?.getAttribute('role')).to.equal('alert');
      expect(textOf(el, '.error')).to.contain('The chart could not be drawn. The figures are in the table.');
      expect(textOf(el, '[part="title"]')).to.match(/Kenya/);
      expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(mssDataset.deployments?.length ?? 0);
      expect(shadow(el).querySelector('.plot')!.getBoundingClientRect().height).to.be.greaterThan(300);
      // A later re-render (the reader resizes the window) keeps the message rather than an empty box.
      el.style.width = '500px';
      await new Promise((resolve) => setTimeout(resolve, 300));
      await el.updateComplete;
      expect(textOf(el, '.error')).to.contain('The chart could not be drawn.');
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = original;
      uncaught.stop();
    }
    expect(uncaught.errors).to.deep.equal([]);
  });
});
