import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Chart } from 'chart.js';
import '../../src/elements/casualties-chart/casualties-chart.js';
import type { MssCasualtiesChart } from '../../src/elements/casualties-chart/casualties-chart.component.js';
import { sourcesOf } from '../../src/data/figure.js';
import { mss20251208 as frozenData } from '../fixtures/data/mss-2025-12-08.js';
import type { MssDataset } from '../../src/data/types.js';
import { drawn, shadow } from '../fixtures/chart.js';

interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Canvas pixels in a region (CSS pixels): how many are painted, and in how many distinct colours. */
function pixels(chart: Chart, canvas: HTMLCanvasElement, region?: Region): { painted: number; total: number; colours: number } {
  const ctx = canvas.getContext('2d');
  if (!ctx) return { painted: 0, total: 0, colours: 0 };
  const ratio = canvas.width / chart.width;
  const r = region
    ? { x: Math.round(region.x * ratio), y: Math.round(region.y * ratio), width: Math.round(region.width * ratio), height: Math.round(region.height * ratio) }
    : { x: 0, y: 0, width: canvas.width, height: canvas.height };
  const { data } = ctx.getImageData(r.x, r.y, r.width, r.height);
  let painted = 0;
  const colours = new Set<string>();
  for (let i = 0; i < data.length; i += 4) {
    if ((data[i + 3] ?? 0) > 0) painted++;
    colours.add(`${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`);
  }
  return { painted, total: data.length / 4, colours: colours.size };
}

/** The middle of a bar, away from its edges and its label. */
function barCentre(chart: Chart, datasetIndex: number, index: number): Region {
  const bar = chart.getDatasetMeta(datasetIndex).data[index]!.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
  const vertical = chart.options.indexAxis !== 'y';
  const mid = vertical ? { x: bar.x, y: (bar.y + bar.base) / 2 } : { x: (bar.x + bar.base) / 2, y: bar.y };
  return { x: mid.x - 8, y: mid.y - 8, width: 16, height: 16 };
}

const quarters = (frozenData.casualties ?? []).filter((c) => c.period.grain === 'quarter');
const spans = (frozenData.casualties ?? []).filter((c) => c.period.grain === 'span');
const claims = (frozenData.seedClaims ?? []).filter((c) => ['killed-3600', 'children-killed-100'].includes(c.id));

describe('<mss-casualties-chart>', () => {
  it('draws solid bars for the killed and a hatched bar for the killed-or-injured quarter', async () => {
    const el = await fixture<MssCasualtiesChart>(html`<mss-casualties-chart .data=${frozenData} style="width: 640px"></mss-casualties-chart>`);
    const chart = await drawn(el);
    const canvas = shadow(el).querySelector('canvas')!;
    expect(canvas.width).to.be.greaterThan(0);
    expect(pixels(chart, canvas).painted).to.be.greaterThan(5000);
    expect(chart.data.datasets[0]!.data).to.deep.equal([1104, 1660, null, 1223, 1732, 1617, 1520, 1247]);
    expect(chart.data.datasets[1]!.data[2]).to.equal(1379);
    // 2024 Q1 (killed): one solid colour over the whole sample.
    const solid = pixels(chart, canvas, barCentre(chart, 0, 1));
    expect(solid.painted).to.equal(solid.total);
    expect(solid.colours).to.equal(1);
    // 2024 Q2 (killed or injured): stripes, with the page showing through between them.
    const hatched = pixels(chart, canvas, barCentre(chart, 1, 2));
    expect(hatched.painted).to.be.greaterThan(hatched.total * 0.2);
    expect(hatched.painted).to.be.lessThan(hatched.total * 0.9);
    // The Q2 bar stands at 1,379 on the value axis.
    const q2 = chart.getDatasetMeta(1).data[2]!.getProps(['y'], true) as { y: number };
    expect(chart.scales.y!.getValueForPixel(q2.y)).to.be.closeTo(1379, 10);
  });

  it('gives the canvas role="img" and an accessible name with the title and summary', async () => {
    const el = await fixture<MssCasualtiesChart>(html`<mss-casualties-chart .data=${frozenData}></mss-casualties-chart>`);
    const canvas = shadow(el).querySelector('canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    const title = shadow(el).querySelector('[part="title"]')!.textContent!.trim();
    expect(title).to.equal(
      'Since 2024, the UN counted more than 1,200 people killed in Haiti in each of 6 quarters; for April–June 2024 it gave only a count of the killed and injured together',
    );
    const label = canvas.getAttribute('aria-label')!;
    expect(label).to.contain(title);
    expect(label).to.contain('between 1,104 and at least 1,732 people killed per quarter');
    expect(label).to.contain('1,379 people killed or injured, counted together');
  });

  it('lists every quarter in the table, each with what it counts', async () => {
    const el = await fixture<MssCasualtiesChart>(html`<mss-casualties-chart .data=${frozenData}></mss-casualties-chart>`);
    const rows = [...shadow(el).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows.length).to.equal(quarters.length);
    expect(rows.length).to.equal(8);
    expect(rows[0]!.slice(0, 4)).to.deep.equal(['Q4 2023 (October–December 2023)', 'People killed', '1,104', '—']);
    expect(rows[2]!.slice(0, 4)).to.deep.equal(['Q2 2024 (April–June 2024)', 'People killed or injured', '1,379', '—']);
    expect(rows[4]!.slice(0, 4)).to.deep.equal(['Q4 2024 (October–December 2024)', 'People killed', 'at least 1,732', 'at least 411']);
    expect(rows[7]!.slice(0, 5)).to.deep.equal(['Q3 2025 (July–September 2025)', 'People killed', '1,247', '710', 'A News (Anadolu)']);
    const notes = [...shadow(el).querySelectorAll('[part="notes"] li, [part="more-notes"] li')].map((li) => li.textContent ?? '');
    expect(notes[0]).to.contain('not a count of the killed');
    expect(notes.some((n) => n.includes('at least 3,661') && n.includes('September 27, 2024'))).to.equal(true);
  });

  it('names every source of the quarters, spans and checked claims in the footer, as http(s) links', async () => {
    const el = await fixture<MssCasualtiesChart>(html`<mss-casualties-chart .data=${frozenData}></mss-casualties-chart>`);
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('footer a')];
    const ids = new Set([...[...quarters, ...spans].flatMap((c) => [...sourcesOf(c.count), ...(c.injured ? sourcesOf(c.injured) : [])]), ...claims.flatMap((c) => c.sources)]);
    const withUrl = [...ids].filter((id) => frozenData.sources[id]?.url);
    expect(withUrl.length).to.be.greaterThan(8);
    expect(links.length).to.equal(withUrl.length);
    for (const a of links) expect(a.href).to.match(/^https?:\/\//);
    expect(links.map((a) => a.href)).to.include('https://lactualite.info/violence-en-haiti-1379-victimes-au-2e-trimestre-2024-selon-le-binuh');
    const footer = shadow(el).querySelector('footer')!.textContent!;
    expect(footer).to.contain('Kenyan news report (outlet not recorded)');
    expect(footer).to.contain('Figures as of December 8, 2025');
  });

  it('says what a bar counts in its tooltip', async () => {
    const el = await fixture<MssCasualtiesChart>(html`<mss-casualties-chart .data=${frozenData} style="width: 640px"></mss-casualties-chart>`);
    const chart = await drawn(el);
    // The Q2 2024 bar is the one the chart finds under a pointer at its centre…
    const centre = barCentre(chart, 1, 2);
    const position = { x: centre.x + 8, y: centre.y + 8 };
    const hit = chart.getElementsAtEventForMode({ native: null, type: 'mousemove', ...position } as never, 'nearest', { intersect: true }, false);
    expect(hit.map((e) => [e.datasetIndex, e.index])).to.deep.equal([[1, 2]]);
    // …and its tooltip, as Chart.js builds it (synthetic mouse events do not reach Chart.js's throttled listener here).
    chart.tooltip!.setActiveElements([{ datasetIndex: 1, index: 2 }], position);
    chart.update('none');
    const tooltip = chart.tooltip!;
    expect(tooltip.title).to.deep.equal(['April–June 2024 (Q2 2024)']);
    expect(tooltip.body.flatMap((b) => b.lines)).to.deep.equal(['Killed or injured: 1,379', 'Not a count of the killed']);
    expect(tooltip.footer.join(' ')).to.equal("Source: L'Actualité");
    chart.tooltip!.setActiveElements([{ datasetIndex: 0, index: 4 }], position);
    chart.update('none');
    expect(chart.tooltip!.body.flatMap((b) => b.lines)).to.deep.equal(['Killed: at least 1,732', 'Injured: at least 411 (not in the bar)']);
  });

  it('switches to the yearly view in place, with both values of each disputed year', async () => {
    const el = await fixture<MssCasualtiesChart>(html`<mss-casualties-chart .data=${frozenData} style="width: 640px"></mss-casualties-chart>`);
    const chart = await drawn(el);
    el.view = 'yearly';
    const event = await oneEvent(el, 'mss-render');
    expect(event.detail.chart).to.equal('updated');
    expect(el.chartInstance).to.equal(chart);
    expect(el.getAttribute('view')).to.equal('yearly');
    expect(chart.data.labels).to.deep.equal(['2023', '2024']);
    expect(chart.data.datasets[0]!.data).to.deep.equal([4451, 5601]);
    // 2023's 4,789 homicides are their own bar beside the killed; 2024's later count tops its bar.
    expect(chart.data.datasets[1]!.data).to.deep.equal([4789, null]);
    expect(chart.data.datasets[2]!.data).to.deep.equal([null, 25]);
    expect(shadow(el).querySelector('[part="title"]')!.textContent).to.equal('At least 5,601 people were killed in Haiti in 2024, more than in 2023');
    const rows = [...shadow(el).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows.map((r) => [r[0], r[3], r[4]])).to.deep.equal([
      ['2023', '4,451', 'Pledge Times (France 24)'],
      ['2023', '4,789', 'The Haitian Times'],
      ['2024', 'at least 5,601', 'MENAFN (KUNA)'],
      ['2024', '5,626', 'MENAFN (KUNA)'],
      ['January–September 2024', 'at least 3,661', 'Digital Journal (AFP)'],
      ['October 2024 – June 2025', 'more than 4,800', 'Africanews'],
    ]);
    // The hatched homicides bar of 2023 (4,789) is drawn.
    const canvas = shadow(el).querySelector('canvas')!;
    await new Promise((r) => setTimeout(r, 600));
    const top = chart.getDatasetMeta(1).data[0]!.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
    expect(chart.scales.y!.getValueForPixel(top.y)).to.be.closeTo(4789, 20);
    expect(pixels(chart, canvas, { x: top.x - 6, y: top.y + 1, width: 12, height: Math.max(2, top.base - top.y - 2) }).painted).to.be.greaterThan(0);
    el.view = 'quarterly';
    await oneEvent(el, 'mss-render');
    expect(chart.data.labels).to.have.length(8);
  });

  it('fits a 320 px phone column: horizontal bars, every label inside the plot, no sideways scrolling', async () => {
    const el = await fixture<MssCasualtiesChart>(html`<mss-casualties-chart .data=${frozenData} style="width: 320px" lang="es"></mss-casualties-chart>`);
    const chart = await drawn(el);
    expect(chart.options.indexAxis).to.equal('y');
    const plot = shadow(el).querySelector<HTMLElement>('.plot')!.getBoundingClientRect();
    expect(plot.width).to.equal(320);
    // Taller than wide (3 / 4), up to the 70vh cap of a short test viewport.
    expect(plot.height).to.be.greaterThan(plot.width);
    expect(el.scrollWidth).to.be.at.most(320);
    const y = chart.scales.y!;
    expect(Math.abs(y.getPixelForValue(1) - y.getPixelForValue(0))).to.be.at.least(28);
    // Each label, measured in its own font, ends inside the plot area.
    const ctx = shadow(el).querySelector('canvas')!.getContext('2d')!;
    const annotations = (chart.options.plugins as { annotation: { annotations: Record<string, { xValue: number; xAdjust: number; content: string[]; font: { size: number; family: string; weight: number } }> } })
      .annotation.annotations;
    expect(Object.keys(annotations)).to.have.length(8);
    for (const a of Object.values(annotations)) {
      ctx.font = `${a.font.weight} ${a.font.size}px ${a.font.family}`;
      const right = chart.scales.x!.getPixelForValue(a.xValue) + a.xAdjust + Math.max(...a.content.map((t) => ctx.measureText(t).width));
      expect(right, a.content.join(' ')).to.be.at.most(chart.chartArea.right);
    }
    expect(annotations['label-2024-q2']!.content).to.deep.equal(['1379', 'muertos o heridos']);
    expect(shadow(el).querySelector('[part="title"]')!.textContent).to.contain('Desde 2024');
  });

  it('shows a plain error and fires mss-error when the data has no casualty counts', async () => {
    const data: MssDataset = { sources: {}, casualties: [] };
    const el = await fixture<MssCasualtiesChart>(html`<mss-casualties-chart .data=${frozenData}></mss-casualties-chart>`);
    setTimeout(() => (el.data = data));
    const event = await oneEvent(el, 'mss-error');
    expect(event.detail.kind).to.equal('data');
    expect(event.detail.message).to.contain('no casualty counts');
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('no casualty counts');
  });

  it('passes an accessibility audit', async () => {
    const el = await fixture<MssCasualtiesChart>(html`<mss-casualties-chart .data=${frozenData} view="yearly"></mss-casualties-chart>`);
    await drawn(el);
    await expect(el).to.be.accessible();
  });
});
