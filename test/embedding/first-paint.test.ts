// The first chart of a page is drawn before Chart.js is asked for: its SVG first paint is on screen, then
// the engine is requested, then Chart.js takes over and the picture goes. Its own file: the page must not
// have loaded the engine before (a page asks for it once).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/contingent-chart/contingent-chart.js';
import type { MssContingentChart } from '../../src/elements/contingent-chart/contingent-chart.component.js';
import { drawn, shadow } from '../fixtures/chart.js';

/** The full engine or the bar engine (a bar chart's page asks for that one). */
const ENGINE = /^\/src\/engine\/engine(\.bars)?\.ts$/;

function engineRequestedAt(): number | undefined {
  return performance
    .getEntriesByType('resource')
    .find((entry) => ENGINE.test(new URL(entry.name).pathname))?.startTime;
}

describe('first paint before the engine', () => {
  it('draws the SVG picture, then asks for Chart.js, then hands over to the canvas', async () => {
    expect(engineRequestedAt(), 'no engine before any chart').to.equal(undefined);
    const el = document.createElement('mss-contingent-chart') as MssContingentChart;
    // The first frame in which the picture had bars, on the page clock (the resource timings' clock).
    let pictureAt: number | undefined;
    const watch = (time: number) => {
      const bars = el.shadowRoot?.querySelectorAll('svg.static-chart rect').length ?? 0;
      if (bars > 5) pictureAt = time;
      else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    await fixture(html`<div style="width: 720px">${el}</div>`);
    const chart = await drawn(el);

    const requestedAt = engineRequestedAt();
    expect(pictureAt, 'the picture was drawn').to.be.a('number');
    expect(requestedAt, 'the engine was requested').to.be.a('number');
    expect(pictureAt!, 'picture painted before the engine was asked for').to.be.lessThan(requestedAt!);

    // Chart.js has taken over: the picture fades out and is removed.
    expect(chart.canvas.width).to.be.greaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await el.updateComplete;
    expect(shadow(el).querySelector('svg.static-chart')).to.equal(null);
    expect(shadow(el).querySelector('.status'), 'no "Loading" words once drawn').to.equal(null);
  });

  it('a second chart on the page does not wait for its own picture: the engine is already there', async () => {
    // Another bar chart (the arrivals again, in the phone layout): the same engine serves it.
    const el = document.createElement('mss-contingent-chart') as MssContingentChart;
    await fixture(html`<div style="width: 480px">${el}</div>`);
    const chart = await drawn(el);
    expect(el.chartInstance).to.equal(chart);
    expect(chart.canvas.width).to.be.greaterThan(0);
    expect(performance.getEntriesByType('resource').filter((e) => ENGINE.test(new URL(e.name).pathname))).to.have.length(1);
  });
});
