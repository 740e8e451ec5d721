// The chart element's controllers: custom states in order, chartReady() settled by a promise (no polling),
// the static chart controller's drawing, fading and reset, and the theme controller's probes.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import { canvasMeasure } from '../../src/static-chart/measure.js';
import '../../src/elements/contingent-chart/contingent-chart.js';
import '../../src/elements/key-figures/key-figures.js';
import type { MssContingentChart } from '../../src/elements/contingent-chart/contingent-chart.component.js';
import { StaticChartController } from '../../src/elements/base/static-chart-controller.js';
import type { ChartSpec } from '../../src/charts/spec.js';
import { PLACEHOLDER_THEME } from '../../src/elements/base/mss-element.js';

const STATES = ['loading', 'static', 'interactive', 'error'];

function statesOf(el: Element): string[] {
  return STATES.filter((s) => el.matches(`:state(${s})`));
}

describe('custom states and chartReady()', () => {
  it('go loading → static → interactive, one at a time, and chartReady() resolves with mss-render without a timer poll', async () => {
    const el = document.createElement('mss-contingent-chart') as MssContingentChart;
    const seen: string[] = [];
    const record = () => {
      const now = statesOf(el);
      expect(now.length, `one state at a time: ${now.join(', ')}`).to.be.at.most(1);
      if (now[0] && seen[seen.length - 1] !== now[0]) seen.push(now[0]);
    };
    const observer = setInterval(record, 0);
    const timers: number[] = [];
    const original = window.setTimeout;
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
      timers.push(ms ?? 0);
      return original(fn, ms, ...rest);
    }) as typeof window.setTimeout;
    try {
      const ready = el.chartReady();
      const rendered = oneEvent(el, 'mss-render');
      await fixture(html`<div style="width: 600px">${el}</div>`);
      await rendered;
      let settled = false;
      void ready.then(() => (settled = true));
      // A macrotask after mss-render: a promise settled on draw has resolved by then; a poll would not have.
      await new Promise((resolve) => original(resolve, 0));
      expect(settled, 'chartReady() resolved in the turn of mss-render').to.equal(true);
      expect(await ready).to.equal(el.chartInstance);
      expect(timers, 'no 16 ms polling').to.not.include(16);
      record();
    } finally {
      window.setTimeout = original;
      clearInterval(observer);
    }
    expect(seen[seen.length - 1]).to.equal('interactive');
    expect(seen.indexOf('interactive')).to.be.greaterThan(seen.indexOf('static'));
    expect(seen[0]).to.be.oneOf(['loading', 'static']);
  });

  it('says error on bad data, and chartReady() resolves without a chart', async () => {
    const el = await fixture<MssContingentChart>(html`<mss-contingent-chart style="width: 600px"></mss-contingent-chart>`);
    el.data = { sources: {}, arrivals: 'nonsense' } as unknown as MssContingentChart['data'];
    await el.updateComplete;
    await el.chartReady();
    expect(statesOf(el)).to.deep.equal(['error']);
  });

  it('key figures are interactive once their cards are rendered', async () => {
    const el = await fixture(html`<mss-key-figures></mss-key-figures>`);
    await (el as MssContingentChart).updateComplete;
    expect(statesOf(el)).to.deep.equal(['interactive']);
  });
});

describe('StaticChartController', () => {
  function host(shadow?: string) {
    const el = document.createElement('div');
    if (shadow !== undefined) el.attachShadow({ mode: 'open' }).innerHTML = shadow;
    const updates: number[] = [];
    return {
      h: Object.assign(el, { addController() {}, removeController() {}, requestUpdate: () => updates.push(1), updateComplete: Promise.resolve(true) }),
      updates,
    };
  }
  /** What the controller renders, in a container of its own. */
  function drawn(controller: StaticChartController): SVGSVGElement | null {
    const box = document.createElement('div');
    render(controller.render(), box);
    return box.querySelector('svg.static-chart');
  }

  it('draws once per spec, theme and size, then fades on hide and resets on disconnect', async () => {
    const el = await fixture<MssContingentChart>(html`<mss-contingent-chart style="width: 600px"></mss-contingent-chart>`);
    const spec = (el as unknown as { spec: ChartSpec }).spec;
    const { h, updates } = host();
    const controller = new StaticChartController(h);
    const input = { spec, theme: PLACEHOLDER_THEME, width: 400, height: 250, measure: canvasMeasure(), idPrefix: 't', words: 'w' };
    controller.draw(input);
    expect(controller.drawn).to.equal(true);
    expect(controller.shows).to.equal(true);
    expect(drawn(controller)?.getAttribute('viewBox')).to.equal('0 0 400 250');
    const count = updates.length;
    controller.draw(input);
    expect(updates.length, 'same key: not redrawn').to.equal(count);
    controller.draw({ ...input, width: 300 });
    expect(drawn(controller)?.getAttribute('viewBox'), 'new size: redrawn').to.equal('0 0 300 250');
    controller.hide(false);
    expect(controller.phase).to.equal('fading');
    expect(controller.shows).to.equal(false);
    controller.hostDisconnected();
    expect(controller.phase).to.equal('shown');
    expect(controller.drawn).to.equal(false);
    controller.hide(true);
    expect(controller.phase, 'nothing drawn: gone at once').to.equal('gone');
  });

  it('keeps a server-rendered drawing while the words, layout and colours are the same', async () => {
    const el = await fixture<MssContingentChart>(html`<mss-contingent-chart style="width: 600px"></mss-contingent-chart>`);
    const spec = (el as unknown as { spec: ChartSpec }).spec;
    const server = `<div class="root scheme-light"><div part="title">T</div><p part="summary">S</p><div class="plot"><svg class="static-chart" viewBox="0 0 680 383"></svg></div></div>`;
    const { h, updates } = host(server);
    const controller = new StaticChartController(h);
    expect(controller.shows, 'the server drawing counts as drawn').to.equal(true);
    const input = { spec, theme: PLACEHOLDER_THEME, width: 640, height: 360, measure: canvasMeasure(), idPrefix: 't', words: 'T\nS' };
    controller.draw(input);
    expect(updates.length, 'same words, wide layout, light colours: kept').to.equal(0);
    controller.draw({ ...input, width: 360 });
    expect(updates.length, 'the phone layout: drawn anew').to.equal(1);
    const other = new StaticChartController(host(server).h);
    other.draw({ ...input, words: 'T\nS2' });
    expect(drawn(other), 'other words: drawn anew').to.not.equal(null);
  });
});
