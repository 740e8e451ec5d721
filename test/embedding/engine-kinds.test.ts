// Chart.js comes as a light engine for bar charts and a full one for lines and areas (src/engine/load-engine.ts).
// A chart whose view turns from bars to lines while the bar engine loads is drawn by the full engine; one
// whose spec Chart.js throws on is not tried again and again. Its own file: no other test may have loaded
// the full engine first (its parts would then be registered for every chart of the page).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { needsFullEngine } from '../../src/cdn/full-engine.js';
import '../../src/elements/contingent-chart/contingent-chart.js';
import '../../src/elements/pledges-chart/pledges-chart.js';
import '../../src/elements/casualties-chart/casualties-chart.js';
import '../../src/elements/displacement-chart/displacement-chart.js';
import type { MssContingentChart } from '../../src/elements/contingent-chart/contingent-chart.component.js';
import { engineKindOf, loadEngine } from '../../src/engine/load-engine.js';
import { nextError, watchUncaught } from '../fixtures/embedding.js';

describe('the bar engine and the full engine', () => {
  it('gives bars alone the bar engine and lines the full one', async () => {
    const bars = { type: 'bar' as const, data: { datasets: [{ data: [1] }, { type: 'bar' as const, data: [2] }] } };
    const mixed = { type: 'bar' as const, data: { datasets: [{ data: [1] }, { type: 'line' as const, data: [2] }] } };
    expect(engineKindOf(bars)).to.equal('bars');
    expect(engineKindOf(mixed)).to.equal('charts');
    expect(engineKindOf({ type: 'line', data: { datasets: [] } })).to.equal('charts');
  });

  it('draws a chart whose view became lines while the bar engine loaded with the full engine', async () => {
    const uncaught = watchUncaught();
    const el = document.createElement('mss-contingent-chart') as MssContingentChart;
    await fixture(html`<div style="width: 640px">${el}</div>`);
    // The arrivals (bars) ask for the bar engine once their picture is painted; the view changes meanwhile.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    el.view = 'cumulative';
    const chart = await el.chartReady();
    uncaught.stop();
    expect(chart, 'the chart was drawn').to.not.equal(undefined);
    const rootType = (chart!.config as { type?: string }).type;
    expect(chart!.data.datasets.some((d) => (d.type ?? rootType) !== 'bar'), 'the cumulative view has lines').to.equal(true);
    expect(el.matches(':state(interactive)')).to.equal(true);
    expect(uncaught.errors).to.deep.equal([]);
    // The bar engine cannot draw it: asked for lines, the loader gives the full engine.
    expect((await loadEngine(engineKindOf(chart!.config as never))).kind).to.equal('charts');
  });

  it('does not try again and again a spec Chart.js throws on', async () => {
    const el = document.createElement('mss-contingent-chart') as MssContingentChart;
    await fixture(html`<div style="width: 640px">${el}</div>`);
    await el.chartReady();
    // A chart Chart.js cannot draw: a controller no engine registers.
    let updates = 0;
    const host = el as unknown as { updated: (changed: Map<string, unknown>) => void };
    const original = host.updated.bind(el);
    host.updated = (changed) => {
      updates += 1;
      original(changed);
    };
    const spec = (el as unknown as { spec: { config: { type: string } } }).spec;
    const error = nextError(el);
    (el as unknown as { spec: unknown }).spec = { ...spec, config: { ...spec.config, type: 'no-such-chart' } };
    el.chartInstance?.destroy();
    el.requestUpdate();
    await error;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(updates, 'updates after the failure').to.be.below(10);
  });

  // The CDN loader chooses the engine from the tags alone (src/cdn/full-engine.ts), before any element code
  // has come: it must choose as the elements' own charts will need.
  const views: [tag: string, view: string | null][] = [
    ['mss-contingent-chart', 'arrivals'],
    ['mss-contingent-chart', 'cumulative'],
    ['mss-pledges-chart', 'bars'],
    ['mss-pledges-chart', 'map'],
    ['mss-casualties-chart', 'quarterly'],
    ['mss-casualties-chart', 'yearly'],
    ['mss-displacement-chart', null],
  ];
  for (const [tag, view] of views) {
    it(`agrees with the loader on the engine of ${tag}${view ? ` view=${view}` : ''}`, async () => {
      const el = document.createElement(tag);
      if (view) el.setAttribute('view', view);
      await fixture(html`<div style="width: 640px">${el}</div>`);
      const built = () => (el as unknown as { spec?: { config: Parameters<typeof engineKindOf>[0] } }).spec;
      await waitUntil(() => built() !== undefined, `${tag} built its chart`);
      const kind = engineKindOf(built()!.config);
      expect(needsFullEngine(tag, view), `the engine of ${kind}`).to.equal(kind !== 'bars');
    });
  }
});
