import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MssPledgesChart } from '../../src/elements/pledges-chart/pledges-chart.component.js';
import { mss20251208 as frozenData } from '../fixtures/data/mss-2025-12-08.js';
import { shadow } from '../fixtures/chart.js';

/** The map's chunk never arrives (a flaky network): a loader that fails, as the dynamic import would. */
class FailingMap extends MssPledgesChart {
  protected static override mapCode = { loaded: () => undefined, load: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')) };
}
customElements.define('test-failing-map', FailingMap);

describe('<mss-pledges-chart view="map"> when the map code cannot load', () => {
  it('says so in its own box, fires mss-error, and throws nothing', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('test-failing-map') as FailingMap;
    el.setAttribute('view', 'map');
    el.data = frozenData;
    const event = oneEvent(el, 'mss-error');
    holder.append(el);
    const { detail } = await event;
    await el.updateComplete;
    window.removeEventListener('error', onError);
    expect(detail.kind).to.equal('data');
    const alert = shadow(el).querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('The map could not be loaded.');
    expect(errors).to.deep.equal([]);
  });

  it('still draws the bars view, which needs no map code', async () => {
    const el = await fixture<FailingMap>(html`<test-failing-map .data=${frozenData}></test-failing-map>`);
    await el.chartReady();
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    expect(el.chartInstance?.options.indexAxis).to.equal('y');
  });
});
