import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/pledges-chart/pledges-chart.js';
import type { MssPledgesChart } from '../../src/elements/pledges-chart/pledges-chart.component.js';
import { PLEDGES_DATASETS } from '../../src/charts/pledges.js';
import { mss20251208 as frozenData } from '../fixtures/data/mss-2025-12-08.js';
import { pledgedVsDeployed } from '../../src/data/selectors.js';
import type { MssDataset } from '../../src/data/types.js';
import { drawn, paintedPixels, shadow } from '../fixtures/chart.js';

/** Counts canvas pixels that are not transparent: proof the engine drew something. */
const rows = pledgedVsDeployed(frozenData);

describe('<mss-pledges-chart>', () => {
  it('draws horizontal bars on its canvas with the default dataset', async () => {
    const el = await fixture<MssPledgesChart>(html`<mss-pledges-chart .data=${frozenData} style="width: 640px"></mss-pledges-chart>`);
    const chart = await drawn(el);
    expect(chart.options.indexAxis).to.equal('y');
    const canvas = shadow(el).querySelector('canvas')!;
    expect(paintedPixels(canvas)).to.be.greaterThan(5000);
    // Benin's pledge bar (its lowest report, 1,500) is painted where the chart put it.
    const bar = chart.getDatasetMeta(PLEDGES_DATASETS.pledged).data[1]!.getProps(['x', 'y', 'base'], true) as {
      x: number;
      y: number;
      base: number;
    };
    expect(chart.scales.x!.getValueForPixel(bar.x)).to.be.closeTo(1500, 5);
    const ratio = canvas.width / chart.width;
    const region = { x: Math.round((bar.base + 4) * ratio), y: Math.round((bar.y - 2) * ratio), width: 20, height: 4 };
    expect(paintedPixels(canvas, region)).to.equal(80);
  });

  it('gives the canvas role="img" and an accessible name with the title and summary', async () => {
    const el = await fixture<MssPledgesChart>(html`<mss-pledges-chart .data=${frozenData}></mss-pledges-chart>`);
    const canvas = shadow(el).querySelector('canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    const title = shadow(el).querySelector('[part="title"]')!.textContent!.trim();
    expect(title).to.equal('Pledges far exceeded the personnel sent');
    const label = canvas.getAttribute('aria-label')!;
    expect(label).to.contain(title);
    expect(label).to.contain('11 countries pledged personnel, 4 of them without saying how many, and 6 have sent personnel.');
  });

  it('shows the summary with the key numbers, and the notes', async () => {
    const el = await fixture<MssPledgesChart>(html`<mss-pledges-chart .data=${frozenData}></mss-pledges-chart>`);
    const summary = shadow(el).querySelector('[part="summary"]')!.textContent!;
    expect(summary).to.contain('between 1,310 and 1,566 personnel, against a planned strength of 2,500');
    const notes = [...shadow(el).querySelectorAll('[part="notes"] li, [part="more-notes"] li')].map((li) => li.textContent ?? '');
    expect(notes.some((n) => n.includes('including teams that later went home') && n.includes('HMBS Bahamas'))).to.equal(true);
    expect(notes.some((n) => n.includes('2,000 according to Radio Jamaica News'))).to.equal(true);
  });

  it('lists every country in the data table, undisclosed pledges in words and disputed ones with both values', async () => {
    const el = await fixture<MssPledgesChart>(html`<mss-pledges-chart .data=${frozenData}></mss-pledges-chart>`);
    const trs = [...shadow(el).querySelectorAll('tbody tr')];
    expect(trs.length).to.equal(rows.length);
    expect(trs.length).to.equal(11);
    const text = trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(text[0]!.slice(0, 3)).to.deep.equal(['Benin', 'about 1,500 or 2,000 (reports differ)', '0']);
    expect(text[1]!.slice(0, 3)).to.deep.equal(['Kenya', '1,000', '991–1,247']);
    expect(text[2]!.slice(0, 3)).to.deep.equal(['Jamaica', '200 or 250 (reports differ)', '24']);
    const chad = text.find((t) => t[0] === 'Chad')!;
    expect(chad[1]).to.equal('number not disclosed');
    expect(shadow(el).querySelector('tbody tr th[scope="row"]')!.textContent).to.equal('Benin');
  });

  it('names every source in the footer as http(s) links', async () => {
    const el = await fixture<MssPledgesChart>(html`<mss-pledges-chart .data=${frozenData}></mss-pledges-chart>`);
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('footer a')];
    const ids = new Set([
      ...rows.flatMap((r) => r.sources),
      'stening-simpson-2024-06-kenyan-police-land',
      'eagle-news-feed-2024-09-30-mission-renewed',
      'legalbrief-reuters-2025-01-kenya-reinforcements',
      'businessday-reuters-2025-12-09-un-expands-mission',
    ]);
    const withUrl = [...ids].filter((id) => frozenData.sources[id]?.url);
    expect(links.length).to.equal(withUrl.length);
    for (const a of links) expect(a.href).to.match(/^https?:\/\//);
    const hrefs = links.map((a) => a.href);
    expect(hrefs).to.include('https://radiojamaicanewsonline.com/regional/benin-pledges-2000-troops-for-haiti-stabilisation-mission');
    const footer = shadow(el).querySelector('footer')!.textContent!;
    expect(footer).to.contain('Kenyan news report (outlet not recorded)');
    expect(footer).to.contain('Figures as of December 8, 2025');
  });

  it('stays readable at phone width: a taller plot, wrapped names, rows at least 28 px apart', async () => {
    const el = await fixture<MssPledgesChart>(html`<mss-pledges-chart .data=${frozenData} style="width: 320px"></mss-pledges-chart>`);
    // Own data is validated before the rows are known: measure once the chart is drawn.
    const chart = await drawn(el);
    const plot = shadow(el).querySelector<HTMLElement>('.plot')!;
    const { width, height } = plot.getBoundingClientRect();
    expect(width).to.equal(320);
    // 11 countries and the row of reference labels: far taller than the shared 4 / 5 phone shape (256 px).
    expect(height).to.be.greaterThan(13 * 32);
    expect(chart.height).to.be.closeTo(height, 1);
    const y = chart.scales.y!;
    expect(Math.abs(y.getPixelForValue(2) - y.getPixelForValue(1))).to.be.at.least(28);
    expect(chart.data.labels![8]).to.deep.equal(['Antigua &', 'Barbuda']);
    // Short reference labels on a phone.
    const annotations = (chart.options.plugins as { annotation: { annotations: Record<string, { content: unknown }> } }).annotation
      .annotations;
    expect(annotations['ref-planned-strength-label']!.content).to.equal('Planned: 2,500');
    expect(chart.scales.x!.width).to.be.greaterThan(160);
  });

  it('shows a tooltip on a row whose pledge has no bar', async () => {
    const el = await fixture<MssPledgesChart>(html`<mss-pledges-chart .data=${frozenData} style="width: 640px"></mss-pledges-chart>`);
    const chart = await drawn(el);
    // Chad is the last row; point at the middle of the plot on that row, where nothing is drawn. Chart.js
    // throttles pointer events to animation frames, which a background test page may not get, so the
    // chart's own interaction mode is asked directly.
    const position = { native: {}, x: (chart.chartArea.left + chart.chartArea.right) / 2, y: chart.scales.y!.getPixelForValue(11) };
    const { mode, ...interaction } = chart.options.interaction as { mode: 'index'; axis: 'y'; intersect: boolean };
    const active = chart.getElementsAtEventForMode(position as unknown as Event, mode, interaction, false);
    expect(active.map((a) => a.index)).to.include(11);
    chart.tooltip!.setActiveElements(active, position);
    chart.update('none');
    const tooltip = chart.tooltip!;
    expect(tooltip.title).to.deep.equal(['Chad']);
    expect(tooltip.body.flatMap((b) => b.lines)).to.deep.equal(['Pledged: number not disclosed', 'Sent: 0']);
    expect(tooltip.footer.join(' ')).to.contain('Radio station website (SoCast)');
  });

  it('writes its words in French', async () => {
    const el = await fixture<MssPledgesChart>(html`<mss-pledges-chart .data=${frozenData} lang="fr"></mss-pledges-chart>`);
    expect(shadow(el).querySelector('[part="title"]')!.textContent).to.equal('Les promesses ont largement dépassé les effectifs envoyés');
    const chad = [...shadow(el).querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes('Tchad'))!;
    expect(chad.textContent).to.contain('nombre non communiqué');
  });

  it('puts another country in the accent colour with highlight', async () => {
    const el = await fixture<MssPledgesChart>(html`<mss-pledges-chart .data=${frozenData} highlight="jm"></mss-pledges-chart>`);
    const chart = await drawn(el);
    const colors = chart.data.datasets[PLEDGES_DATASETS.sent]!.backgroundColor as string[];
    expect(colors[3]).to.not.equal(colors[2]);
    el.highlight = 'KE';
    await oneEvent(el, 'mss-render');
    const after = chart.data.datasets[PLEDGES_DATASETS.sent]!.backgroundColor as string[];
    expect(after[2]).to.equal(colors[3]);
    expect(after[3]).to.equal(colors[2]);
  });

  it('shows a plain error and fires mss-error when the data has no pledges', async () => {
    const data: MssDataset = { sources: {}, deployments: [] };
    const el = await fixture<MssPledgesChart>(html`<mss-pledges-chart .data=${frozenData}></mss-pledges-chart>`);
    setTimeout(() => (el.data = data));
    const event = await oneEvent(el, 'mss-error');
    expect(event.detail.kind).to.equal('data');
    expect(event.detail.message).to.contain('no personnel pledges');
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('no personnel pledges');
  });

  it('passes an accessibility audit', async () => {
    const el = await fixture<MssPledgesChart>(html`<mss-pledges-chart .data=${frozenData}></mss-pledges-chart>`);
    await drawn(el);
    await expect(el).to.be.accessible();
  });
});
