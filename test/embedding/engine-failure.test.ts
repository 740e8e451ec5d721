// The chart engine is a lazily loaded chunk: when it cannot be fetched (flaky network), the chart keeps its
// still first-paint picture, says so under it, and keeps its words and table; without a picture (its box
// never had a size), the box itself says the chart could not be drawn. Its own file: the page must not have
// loaded the engine before.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/contingent-chart/contingent-chart.js';
import type { MssContingentChart } from '../../src/elements/contingent-chart/contingent-chart.component.js';
import { mssDataset } from '../../src/data/mss-dataset.js';
import { failRequests, nextError, shadow, textOf, watchUncaught } from '../fixtures/embedding.js';

describe('the chart engine fails to load', () => {
  after(async () => {
    await failRequests(null);
  });

  it('keeps the static chart and says so under it, keeps the words and the table, throws nothing', async () => {
    await failRequests('*/src/engine/engine*.ts*');
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
      const picture = shadow(el).querySelector('svg.static-chart');
      expect(picture, 'the static chart stays').to.not.equal(null);
      expect(picture!.querySelectorAll('rect').length).to.be.greaterThan(10);
      expect(shadow(el).querySelector('.plot .error'), 'nothing covers the picture').to.equal(null);
      const note = shadow(el).querySelector('.static-chart-note');
      expect(note?.getAttribute('role')).to.equal('status');
      expect(textOf(el, '.static-chart-note')).to.contain('this static chart shows the same figures, which are also in the table.');
      const buttons = [...shadow(el).querySelectorAll('button')].map((b) => b.textContent?.trim());
      expect(buttons, 'the data can still be downloaded').to.include('Download data (CSV)');
      expect(buttons, 'the image is drawn by the static renderer, without Chart.js').to.include('Download image (PNG)');
      const png = await el.toImageBlob();
      expect(png?.type).to.equal('image/png');
      expect(png!.size).to.be.greaterThan(10_000);
      expect(textOf(el, '[part="title"]')).to.match(/Kenya/);
      expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(mssDataset.deployments?.length ?? 0);
      expect(shadow(el).querySelector('.plot')!.getBoundingClientRect().height).to.be.greaterThan(300);
      // A later re-render (the reader resizes the window) keeps the message rather than an empty box.
      el.style.width = '500px';
      await new Promise((resolve) => setTimeout(resolve, 300));
      await el.updateComplete;
      expect(textOf(el, '.static-chart-note')).to.contain('static chart');
      expect(shadow(el).querySelector('svg.static-chart')!.querySelectorAll('rect').length).to.be.greaterThan(10);
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = original;
      uncaught.stop();
    }
    expect(uncaught.errors).to.deep.equal([]);
  });
});
