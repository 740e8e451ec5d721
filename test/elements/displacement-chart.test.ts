import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Chart } from 'chart.js';
import '../../src/elements/displacement-chart/displacement-chart.js';
import type { MssDisplacementChart } from '../../src/elements/displacement-chart/displacement-chart.component.js';
import { sourcesOf } from '../../src/data/figure.js';
import { mss20251208 as frozenData } from '../fixtures/data/mss-2025-12-08.js';
import { parseColor } from '../../src/engine/color.js';
import { drawn, paintedPixels, shadow } from '../fixtures/chart.js';

/** The canvas's RGBA at a point given in chart (CSS) pixels. */
function pixelAt(canvas: HTMLCanvasElement, chart: Chart, x: number, y: number): [number, number, number, number] {
  const ratio = canvas.width / chart.width;
  const data = canvas.getContext('2d')!.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
  return [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0, data[3] ?? 0];
}

const figures = frozenData.displacement ?? [];

describe('<mss-displacement-chart>', () => {
  it('draws the line, its points and the claim marker on the canvas', async () => {
    const el = await fixture<MssDisplacementChart>(html`<mss-displacement-chart .data=${frozenData} theme="light" style="width: 640px"></mss-displacement-chart>`);
    const chart = await drawn(el);
    const canvas = shadow(el).querySelector('canvas')!;
    expect(paintedPixels(canvas)).to.be.greaterThan(20_000);

    // The June 2024 point (578,074) is filled with the accent colour where the chart put it.
    const point = chart.getDatasetMeta(0).data[2]!;
    expect(chart.scales.y!.getValueForPixel(point.y)).to.be.closeTo(578_074, 2_000);
    const accent = parseColor(chart.data.datasets[0]!.borderColor as string)!.rgb;
    const [r, g, b] = pixelAt(canvas, chart, point.x, point.y);
    expect([r, g, b].map((v, i) => Math.abs(v - (accent[i] ?? 0))).every((d) => d < 40), `accent at the point, got ${[r, g, b]}`).to.equal(true);

    // An approximate point (nearly 1.3 million) is hollow: its centre shows the background, not the accent.
    const hollow = chart.getDatasetMeta(0).data[5]!;
    const centre = pixelAt(canvas, chart, hollow.x, hollow.y);
    expect(centre.slice(0, 3).every((v) => v > 200), `hollow centre, got ${centre}`).to.equal(true);

    // The claim's diamond sits at 500,000 and is painted in the claim colour (orange: red above blue).
    const diamond = chart.getDatasetMeta(1).data[0]!;
    expect(chart.scales.y!.getValueForPixel(diamond.y)).to.be.closeTo(500_000, 2_000);
    const [dr, , db] = pixelAt(canvas, chart, diamond.x, diamond.y);
    expect(dr).to.be.greaterThan(db + 60);
  });

  it('keeps the data line below the milestone labels', async () => {
    const el = await fixture<MssDisplacementChart>(html`<mss-displacement-chart .data=${frozenData} style="width: 640px"></mss-displacement-chart>`);
    const chart = await drawn(el);
    const annotations = (chart.options.plugins as { annotation: { annotations: Record<string, { label?: { yAdjust: number; font: { size: number } } }> } })
      .annotation.annotations;
    const labels = Object.entries(annotations).filter(([k]) => k.startsWith('milestone-label-'));
    expect(labels).to.have.length(4);
    const bandBottom = chart.chartArea.top + Math.max(...labels.map(([, a]) => (a.label?.yAdjust ?? 0) + (a.label?.font.size ?? 0)));
    const highest = Math.min(...chart.getDatasetMeta(0).data.map((p) => p.y));
    expect(highest).to.be.greaterThan(bandBottom);
  });

  it('gives the canvas role="img" and an accessible name with the title and summary', async () => {
    const el = await fixture<MssDisplacementChart>(html`<mss-displacement-chart .data=${frozenData}></mss-displacement-chart>`);
    const canvas = shadow(el).querySelector('canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    const title = shadow(el).querySelector('[part="title"]')!.textContent!.trim();
    expect(title).to.equal('Displacement in Haiti has more than quadrupled since December 2023');
    const label = canvas.getAttribute('aria-label')!;
    expect(label).to.contain(title);
    expect(label).to.contain('In December 2023, 315,000 people were internally displaced in Haiti; by October 2025, there were more than 1.4 million.');
  });

  it('lists every figure in the data table, with its qualifier', async () => {
    const el = await fixture<MssDisplacementChart>(html`<mss-displacement-chart .data=${frozenData}></mss-displacement-chart>`);
    const rows = [...shadow(el).querySelectorAll('tbody tr')];
    expect(rows.length).to.equal(figures.length);
    const cells = rows.map((r) => [...r.children].map((c) => c.textContent!.trim()));
    expect(cells[0]!.slice(0, 2)).to.deep.equal(['December 2023', '315,000']);
    expect(cells[2]!.slice(0, 2)).to.deep.equal(['June 2024', '578,074']);
    expect(cells[4]!.slice(0, 2)).to.deep.equal(['December 2024', '1,041,000']);
    expect(cells[5]!.slice(0, 3)).to.deep.equal(['June 2025', 'nearly 1,300,000', 'nearly']);
    expect(cells[6]!.slice(0, 3)).to.deep.equal(['September 30, 2025', 'at least 1,400,000', 'at least']);
    expect(cells[7]!.slice(0, 3)).to.deep.equal(['October 2025', 'more than 1,400,000', 'more than']);
    expect(rows[0]!.querySelector('th')?.getAttribute('scope')).to.equal('row');
  });

  it('explains the seed article’s claim and numbers the milestones in its notes', async () => {
    const el = await fixture<MssDisplacementChart>(html`<mss-displacement-chart .data=${frozenData}></mss-displacement-chart>`);
    const notes = [...shadow(el).querySelectorAll('[part="notes"] li, [part="more-notes"] li')].map((li) => li.textContent!.trim());
    expect(notes.find((n) => n.startsWith('The seed article'))).to.contain('578,074').and.to.contain('1,041,000');
    expect(notes).to.include('3 — February 4, 2025: The United States freezes its unpaid contributions to the mission\'s trust fund.');
  });

  it('names every source of the shown figures in the footer, as http(s) links', async () => {
    const el = await fixture<MssDisplacementChart>(html`<mss-displacement-chart .data=${frozenData}></mss-displacement-chart>`);
    const hrefs = [...shadow(el).querySelectorAll<HTMLAnchorElement>('footer a')].map((a) => a.href);
    for (const href of hrefs) expect(href).to.match(/^https?:\/\//);
    for (const id of new Set(figures.flatMap((d) => sourcesOf(d.idps)))) {
      const url = frozenData.sources[id]?.url;
      if (url) expect(hrefs, id).to.include(new URL(url).href);
    }
    const footer = shadow(el).querySelector('footer')!.textContent!;
    // The seed article has no address: named, not linked.
    expect(footer).to.contain('Kenyan news report (outlet not recorded)');
    expect(footer).to.contain('Figures as of December 8, 2025');
  });

  it('fits a 320 px phone column: numbered milestones, no sideways scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><mss-displacement-chart theme="light"></mss-displacement-chart></div>`);
    const el = wrapper.querySelector('mss-displacement-chart') as MssDisplacementChart;
    const chart = await drawn(el);
    expect(chart.width).to.be.at.most(320);
    expect(chart.height).to.be.greaterThan(chart.width);
    expect(el.scrollWidth).to.be.at.most(320);
    const annotations = (chart.options.plugins as { annotation: { annotations: Record<string, { label?: { content: string } }> } }).annotation
      .annotations;
    const labels = Object.entries(annotations)
      .filter(([k]) => k.startsWith('milestone-label-'))
      .map(([, a]) => a.label?.content);
    expect(labels).to.deep.equal(['1', '2', '3', '4']);
    expect(paintedPixels(shadow(el).querySelector('canvas')!)).to.be.greaterThan(5_000);
  });

  it('speaks the page’s language: Haitian Creole', async () => {
    const el = await fixture<MssDisplacementChart>(html`<mss-displacement-chart .data=${frozenData} lang="ht"></mss-displacement-chart>`);
    expect(shadow(el).querySelector('[part="title"]')!.textContent).to.contain('kat fwa');
    expect(shadow(el).querySelector('[part="summary"]')!.textContent).to.contain('1,4 milyon');
  });

  it('leaves the seed article’s claim out with hide-claim', async () => {
    const el = await fixture<MssDisplacementChart>(html`<mss-displacement-chart .data=${frozenData} hide-claim></mss-displacement-chart>`);
    const chart = await drawn(el);
    expect(chart.data.datasets).to.have.length(1);
    const notes = [...shadow(el).querySelectorAll('[part="notes"] li, [part="more-notes"] li')].map((li) => li.textContent!);
    expect(notes.some((n) => n.includes('seed article'))).to.equal(false);
    el.hideClaim = false;
    await oneEvent(el, 'mss-render');
    expect(el.chartInstance?.data.datasets).to.have.length(2);
  });

  it('shows a plain error, not an exception, for data without displacement figures', async () => {
    const el = await fixture<MssDisplacementChart>(html`<mss-displacement-chart .data=${frozenData}></mss-displacement-chart>`);
    setTimeout(() => (el.data = { sources: {} }));
    const event = await oneEvent(el, 'mss-error');
    expect(event.detail.message).to.match(/no displacement figures/);
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="alert"]')?.textContent).to.contain('no displacement figures');
  });
});
