import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/contingent-chart/contingent-chart.js';
import type { MssContingentChart } from '../../src/elements/contingent-chart/contingent-chart.component.js';
import { mss20251208 as frozenData } from '../fixtures/data/mss-2025-12-08.js';
import { liveChartCount } from '../../src/engine/engine.js';
import { drawn, paintedPixels, shadow } from '../fixtures/chart.js';

describe('<mss-contingent-chart>', () => {
  it('draws pixels on its canvas with the default dataset', async () => {
    const el = await fixture<MssContingentChart>(html`<mss-contingent-chart .data=${frozenData} style="width: 640px"></mss-contingent-chart>`);
    await drawn(el);
    const canvas = shadow(el).querySelector('canvas')!;
    expect(canvas.width).to.be.greaterThan(0);
    expect(paintedPixels(canvas)).to.be.greaterThan(2000);
  });

  it('draws its one stack of bars ungrouped, each bar where and as wide as in a group of one', async () => {
    for (const width of [640, 360]) {
      const el = await fixture<MssContingentChart>(html`<mss-contingent-chart .data=${frozenData} style=${`width: ${width}px`}></mss-contingent-chart>`);
      const chart = (await el.chartReady())!;
      const datasets = chart.data.datasets as { grouped?: boolean; stack?: string }[];
      expect(new Set(datasets.map((d) => d.stack)).size, 'one stack').to.equal(1);
      expect(datasets.every((d) => d.grouped === false)).to.equal(true);
      const bars = () => chart.data.datasets.flatMap((_, i) => chart.getDatasetMeta(i).data.map((bar) => bar.getProps(['x', 'y', 'width', 'height'], true)));
      const ungrouped = bars();
      datasets.forEach((d) => (d.grouped = true));
      chart.update('none');
      expect(ungrouped.length).to.be.greaterThan(0);
      expect(bars()).to.deep.equal(ungrouped);
    }
  });

  it('gives the canvas role="img" and an accessible name with the title and summary', async () => {
    const el = await fixture<MssContingentChart>(html`<mss-contingent-chart .data=${frozenData}></mss-contingent-chart>`);
    const canvas = shadow(el).querySelector('canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    const title = shadow(el).querySelector('[part="title"]')!.textContent!.trim();
    const label = canvas.getAttribute('aria-label')!;
    expect(title).to.match(/Kenya/);
    expect(label).to.contain(title);
    expect(label).to.match(/Between June 2024 and December 2025/);
  });

  it('lists every arrival in the data table, with the disputed first contingent', async () => {
    const el = await fixture<MssContingentChart>(html`<mss-contingent-chart .data=${frozenData}></mss-contingent-chart>`);
    const rows = [...shadow(el).querySelectorAll('tbody tr')];
    expect(rows.length).to.equal(frozenData.deployments?.length);
    const first = rows[0]!.textContent!;
    expect(first).to.contain('June 25, 2024');
    expect(first).to.contain('Kenya');
    expect(first).to.match(/400/);
    expect(first).to.match(/200/);
    expect(shadow(el).querySelector('caption')!.textContent).to.match(/^Data:/);
  });

  it('names every source of the shown figures in the footer, as http(s) links', async () => {
    const el = await fixture<MssContingentChart>(html`<mss-contingent-chart .data=${frozenData}></mss-contingent-chart>`);
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('footer a')];
    const expected = new Set((frozenData.deployments ?? []).flatMap((d) => (d.personnel.kind === 'disputed' ? d.personnel.reports.flatMap((r) => r.sources) : d.personnel.sources)));
    const withUrl = [...expected].filter((id) => frozenData.sources[id]?.url);
    expect(links.length).to.equal(withUrl.length);
    for (const a of links) expect(a.href).to.match(/^https?:\/\//);
    expect(shadow(el).querySelector('footer')!.textContent).to.contain('Figures as of December 8, 2025');
  });

  it('reserves its plot space before the engine draws', async () => {
    const el = await fixture<MssContingentChart>(html`<mss-contingent-chart .data=${frozenData} style="width: 600px"></mss-contingent-chart>`);
    const plot = shadow(el).querySelector<HTMLElement>('.plot')!;
    const { width, height } = plot.getBoundingClientRect();
    expect(el.chartInstance).to.equal(undefined);
    expect(width).to.equal(600);
    expect(height).to.be.closeTo(600 * (9 / 16), 1);
  });

  it('resizes the chart with its container', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 700px"><mss-contingent-chart></mss-contingent-chart></div>`);
    const el = wrapper.querySelector('mss-contingent-chart') as MssContingentChart;
    const chart = await drawn(el);
    expect(chart.width).to.be.closeTo(700, 1);
    wrapper.style.width = '360px';
    await new Promise((r) => setTimeout(r, 300));
    expect(chart.width).to.be.closeTo(360, 1);
    // Narrow containers switch to horizontal bars.
    expect(el.chartInstance?.options.indexAxis).to.equal('y');
  });

  it('draws when a container that started hidden is shown', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="display: none; width: 500px"><mss-contingent-chart></mss-contingent-chart></div>`);
    const el = wrapper.querySelector('mss-contingent-chart') as MssContingentChart;
    await new Promise((r) => setTimeout(r, 300));
    expect(el.chartInstance).to.equal(undefined);
    wrapper.style.display = 'block';
    const chart = await drawn(el);
    expect(chart.width).to.be.closeTo(500, 1);
    expect(paintedPixels(shadow(el).querySelector('canvas')!)).to.be.greaterThan(1000);
  });

  it('destroys its chart on disconnect and draws again when reconnected', async () => {
    const el = await fixture<MssContingentChart>(html`<mss-contingent-chart .data=${frozenData}></mss-contingent-chart>`);
    await drawn(el);
    const before = liveChartCount();
    const parent = el.parentElement!;
    el.remove();
    expect(el.chartInstance).to.equal(undefined);
    expect(liveChartCount()).to.equal(before - 1);
    parent.append(el);
    await drawn(el);
    expect(liveChartCount()).to.equal(before);
  });

  it('updates in place when the view changes', async () => {
    const el = await fixture<MssContingentChart>(html`<mss-contingent-chart .data=${frozenData}></mss-contingent-chart>`);
    await drawn(el);
    el.view = 'cumulative';
    await oneEvent(el, 'mss-render');
    expect((el.chartInstance?.config as { type?: string }).type).to.equal('line');
    expect(shadow(el).querySelector('[part="title"]')!.textContent).to.contain('980');
  });
});
