import { expect, fixture, html } from '@open-wc/testing';
import type { Chart, ChartConfiguration } from 'chart.js';
import { buildCasualtiesSpec } from '../../src/charts/casualties.js';
import { buildContingentSpec } from '../../src/charts/contingent.js';
import { buildDisplacementSpec } from '../../src/charts/displacement.js';
import { buildPledgesSpec } from '../../src/charts/pledges.js';
import type { BuildContext, ChartSpec, ChartTheme } from '../../src/charts/spec.js';
import { mssDataset } from '../../src/data/mss-dataset.js';
import { pledgedVsDeployed } from '../../src/data/selectors.js';
import { loadEngine } from '../../src/engine/load-engine.js';
import { hatchColor, hatchPattern } from '../../src/engine/theme.js';
import { canvasMeasure, linearTicks, renderStaticChart, staticChartModel, type StaticChartModel } from '../../src/static-chart/index.js';
import '../../src/elements/contingent-chart/contingent-chart.js';
import type { MssContingentChart } from '../../src/elements/contingent-chart/contingent-chart.component.js';
import { shadow } from '../fixtures/chart.js';
import '../../src/i18n/all-words.js';

const theme: ChartTheme = {
  text: 'rgb(31, 31, 31)',
  muted: 'rgb(92, 102, 112)',
  grid: 'rgb(225, 228, 232)',
  background: 'rgb(255, 255, 255)',
  accent: 'rgb(11, 92, 173)',
  series: ['rgb(196, 81, 10)', 'rgb(0, 121, 90)', 'rgb(154, 75, 148)', 'rgb(127, 79, 36)', 'rgb(95, 99, 104)', 'rgb(31, 31, 31)'],
  disputedFill: hatchPattern('rgb(92, 102, 112)'),
  hatch: hatchPattern,
  fontFamily: 'Arial, sans-serif',
  fontSize: 12,
};

const ctx = (compact: boolean): BuildContext => ({ locale: 'en', theme, compact, reducedMotion: true });

interface View {
  name: string;
  build: (compact: boolean) => ChartSpec;
}

const VIEWS: View[] = [
  { name: 'contingent arrivals', build: (c) => buildContingentSpec(mssDataset, { view: 'arrivals' }, ctx(c)) },
  { name: 'contingent cumulative', build: (c) => buildContingentSpec(mssDataset, { view: 'cumulative' }, ctx(c)) },
  { name: 'pledges', build: (c) => buildPledgesSpec(mssDataset, {}, ctx(c)) },
  { name: 'displacement', build: (c) => buildDisplacementSpec(mssDataset, {}, ctx(c)) },
  { name: 'casualties quarterly', build: (c) => buildCasualtiesSpec(mssDataset, { view: 'quarterly' }, ctx(c)) },
  { name: 'casualties yearly', build: (c) => buildCasualtiesSpec(mssDataset, { view: 'yearly' }, ctx(c)) },
];

const SIZES = [
  { compact: false, width: 720, height: 405 },
  { compact: true, width: 360, height: 450 },
];

const measure = canvasMeasure();
const modelOf = (config: ChartConfiguration, t: ChartTheme, width = 640, height = 360) => staticChartModel(config, t, { width, height, measure });

/** The static chart's markup, parsed as a strict XML parser reads it (a parse error fails the test). */
function parseSvg(markup: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), markup.slice(0, 200)).to.equal(null);
  return document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
}

/** Draws a model at a size, as an element in the page (so its geometry can be read). */
function draw(model: StaticChartModel, width: number, height: number): SVGSVGElement {
  return parseSvg(renderStaticChart(model, { width, height, measure }));
}

/** The same configuration drawn by Chart.js (at 1 device pixel per CSS pixel, no animation) and by the static chart. */
async function pair(spec: ChartSpec, width: number, height: number): Promise<{ chart: Chart; model: StaticChartModel; svg: SVGSVGElement }> {
  const engine = await loadEngine();
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  host.append(canvas);
  const config = {
    ...spec.config,
    options: { ...spec.config.options, responsive: false, animation: false, devicePixelRatio: 1 },
  } as ChartConfiguration;
  const chart = engine.createChart(canvas, config);
  const model = modelOf(spec.config, theme, width, height);
  const svg = draw(model, width, height);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  host.append(svg);
  return { chart, model, svg };
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function chartBars(chart: Chart): Box[] {
  const boxes: Box[] = [];
  chart.data.datasets.forEach((dataset, i) => {
    const meta = chart.getDatasetMeta(i);
    if (meta.type !== 'bar' || !chart.isDatasetVisible(i)) return;
    const horizontal = chart.options.indexAxis === 'y';
    meta.data.forEach((el, j) => {
      const value = dataset.data[j];
      if (value === null || value === undefined) return;
      const { x, y, base, width, height } = el.getProps(['x', 'y', 'base', 'width', 'height'], true) as Record<string, number>;
      // A transparent bar (the pledges chart's row highlight) is not drawn.
      const fill = (dataset as { backgroundColor?: unknown }).backgroundColor;
      if (typeof fill === 'string' && /,\s*0\)$/.test(fill)) return;
      boxes.push(
        horizontal
          ? { left: Math.min(x, base), right: Math.max(x, base), top: y - height / 2, bottom: y + height / 2 }
          : { left: x - width / 2, right: x + width / 2, top: Math.min(y, base), bottom: Math.max(y, base) },
      );
    });
  });
  return boxes;
}

function svgBars(svg: SVGSVGElement): Box[] {
  return [...svg.querySelectorAll('.data > rect')].map((r) => {
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(r.getAttribute(a)));
    return { left: x!, right: x! + w!, top: y!, bottom: y! + h! };
  });
}

const near = (a: Box, b: Box, tolerance: number) =>
  Math.abs(a.left - b.left) <= tolerance &&
  Math.abs(a.right - b.right) <= tolerance &&
  Math.abs(a.top - b.top) <= tolerance &&
  Math.abs(a.bottom - b.bottom) <= tolerance;

function chartPoints(chart: Chart): [number, number][] {
  const points: [number, number][] = [];
  chart.data.datasets.forEach((_, i) => {
    const meta = chart.getDatasetMeta(i);
    if (meta.type === 'bar') return;
    for (const el of meta.data) {
      const { x, y } = el.getProps(['x', 'y'], true) as { x: number; y: number };
      if (((el as unknown as { options: { radius: number } }).options.radius ?? 0) > 0) points.push([x, y]);
    }
  });
  return points;
}

function svgPoints(svg: SVGSVGElement): [number, number][] {
  return [...svg.querySelectorAll('.data > circle, .data > path:not([fill="none"])')].flatMap((el): [number, number][] => {
    if (el.localName === 'circle') return [[Number(el.getAttribute('cx')), Number(el.getAttribute('cy'))]];
    const d = el.getAttribute('d') ?? '';
    // A diamond marker: M(x-r) y L x (y-r) …
    const m = /^M([\d.-]+) ([\d.-]+)L([\d.-]+) ([\d.-]+)L[\d.-]+ [\d.-]+L[\d.-]+ [\d.-]+Z$/.exec(d);
    return m ? [[Number(m[3]), Number(m[2])]] : [];
  });
}

describe('static chart', () => {
  for (const view of VIEWS) {
    for (const size of SIZES) {
      const label = `${view.name}, ${size.compact ? 'compact' : 'wide'}`;

      it(`${label}: value ticks are the ones Chart.js computes, with its labels`, async () => {
        const spec = view.build(size.compact);
        const { chart, model } = await pair(spec, size.width, size.height);
        const horizontal = chart.options.indexAxis === 'y';
        for (const id of ['x', 'y'] as const) {
          const axis = model[id];
          if (axis.cat || (spec.config.options?.scales?.[id] as { display?: boolean })?.display === false) continue;
          const scale = chart.scales[id]!;
          // Before Chart.js's label skipping (the static chart skips when it lays out, as Chart.js does).
          const ticks = scale.ticks.map((t) => t.value);
          const mine = axis.ticks.map((t) => t.value);
          expect(mine, `${label}: ${id} ticks`).to.include.members(ticks);
          expect(mine.length - ticks.length, `${label}: ${id} ticks skipped by Chart.js`).to.be.at.most(id === 'x' && !horizontal ? 3 : 0);
          for (const t of scale.ticks) {
            const own = axis.ticks.find((m) => m.value === t.value);
            expect(own?.label, `${label}: label of ${t.value}`).to.deep.equal(t.label);
          }
        }
      });

      it(`${label}: bars and markers sit within 2 px of Chart.js's`, async () => {
        const spec = view.build(size.compact);
        const { chart, svg } = await pair(spec, size.width, size.height);
        const theirs = chartBars(chart);
        const mine = svgBars(svg);
        expect(mine.length, `${label}: bar count`).to.equal(theirs.length);
        for (const bar of theirs) {
          const match = mine.find((m) => near(m, bar, 2));
          expect(match, `${label}: a bar near ${JSON.stringify(bar)}; closest ${JSON.stringify(closest(mine, bar))}`).to.exist;
        }
        const points = chartPoints(chart);
        const markers = svgPoints(svg);
        expect(markers.length, `${label}: marker count`).to.equal(points.length);
        for (const [x, y] of points) {
          // Chart.js keeps a few more pixels right of the compact displacement chart (from an earlier layout
          // pass the static chart does not repeat): its markers sit up to 7 px left of the static chart's.
          const slack = view.name === 'displacement' && size.compact ? 7 : 2;
          const match = markers.find(([mx, my]) => Math.abs(mx - x) <= slack && Math.abs(my - y) <= 2);
          expect(match, `${label}: a marker near ${x.toFixed(1)}, ${y.toFixed(1)}`).to.exist;
        }
      });
    }
  }

  it('draws the disputed parts hatched, in the colour of their series', () => {
    const model = modelOf(buildContingentSpec(mssDataset, { view: 'arrivals' }, ctx(false)).config, theme);
    const hatched = model.bars.flatMap((b) => (b.fill && typeof b.fill == 'object' ? [b.fill.hatch] : []));
    expect(hatched.length).to.be.greaterThan(0);
    expect(hatched.every((color) => color === theme.accent || theme.series.includes(color))).to.equal(true);
    const svg = draw(model, 600, 340);
    const patterns = svg.querySelectorAll('pattern');
    expect(patterns.length).to.be.greaterThan(0);
    const ids = [...patterns].map((p) => p.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(svg.querySelector(`.data rect[fill="url(#${ids[0]})"]`)).to.exist;
    // Another drawing never reuses the ids: two static charts share one shadow root's id space at most briefly.
    const again = draw(model, 600, 340);
    expect([...again.querySelectorAll('pattern')].some((p) => ids.includes(p.id))).to.equal(false);
  });

  it('remembers the colour of each hatch pattern', () => {
    const pattern = hatchPattern('rgb(1, 2, 3)');
    expect(typeof pattern).to.not.equal('string');
    expect(hatchColor(pattern as CanvasPattern)).to.equal('rgb(1, 2, 3)');
  });

  it('leaves undisclosed pledges without a bar, not a bar of 0', () => {
    const spec = buildPledgesSpec(mssDataset, {}, ctx(false));
    const model = modelOf(spec.config, theme);
    const labels = spec.config.data.labels as string[];
    // Pledge bars are the wide ones (categoryPercentage 0.84 × barPercentage 0.92).
    const pledged = model.bars.filter((b) => Math.abs(b.w - 0.84 * 0.92) < 1e-9);
    // The first row is left for the reference lines' labels.
    const undisclosedRows = pledgedVsDeployed(mssDataset).flatMap((r, i) => (r.undisclosed ? [i + 1] : []));
    expect(undisclosedRows.length).to.be.greaterThan(0);
    expect(labels.length).to.equal(pledgedVsDeployed(mssDataset).length + 1);
    expect(pledged.length, 'the disclosed pledges').to.be.greaterThan(3);
    for (const row of undisclosedRows) expect(pledged.some((b) => b.c === row)).to.equal(false);
    // Their words are there instead.
    expect(model.texts.some((t) => [t.content].flat().join(' ').match(/not disclosed/i))).to.equal(true);
  });

  it('draws approximate displacement figures hollow, reached by a dashed segment', () => {
    const model = modelOf(buildDisplacementSpec(mssDataset, {}, ctx(false)).config, theme);
    const line = model.lines[0]!;
    const hollow = model.points.filter((p) => p.fill === 'rgb(255, 255, 255)');
    const solid = model.points.filter((p) => p.fill === theme.accent);
    expect(hollow.length).to.be.greaterThan(0);
    expect(solid.length).to.be.greaterThan(0);
    expect(line.dash.some((d) => d.length > 0)).to.equal(true);
    expect(line.dash.some((d) => d.length === 0)).to.equal(true);
    // The milestones are dotted lines; the seed claim a diamond marker.
    expect(model.shapes.filter((s) => s.borderDash?.join() === '2,3').length).to.be.greaterThan(0);
    expect(model.points.some((p) => p.style === 'rectRot')).to.equal(true);
  });

  it("keeps the pledges chart's reference lines and their labels", () => {
    const model = modelOf(buildPledgesSpec(mssDataset, {}, ctx(false)).config, theme);
    const lines = model.shapes.filter((s) => s.type == 'line' && s.borderDash?.join() === '5,3');
    expect(lines.length).to.be.greaterThan(0);
    expect(model.texts.some((t) => /planned|pledged/i.test([t.content].flat().join(' ')))).to.equal(true);
    const svg = draw(model, 600, 400);
    expect(svg.querySelectorAll('.notes path[stroke-dasharray="5 3"]').length).to.equal(lines.length);
  });

  it('stacks contingents of one date on each other', () => {
    const model = modelOf(buildContingentSpec(mssDataset, { view: 'arrivals' }, ctx(false)).config, theme);
    const bars = model.bars;
    const starts = bars.filter((b) => b.a > 0);
    expect(starts.length).to.be.greaterThan(0);
    for (const b of starts) expect(bars.some((o) => o !== b && Math.abs(o.c - b.c) < 1e-9 && o.b === b.a)).to.equal(true);
  });

  it('is plain JSON: no functions or patterns', () => {
    // Only strings, numbers, booleans and null in arrays and plain objects (a field left undefined, such as
    // the border colour of a bar without a border, is simply not written).
    const plain = (v: unknown): boolean =>
      v === null ||
      v === undefined ||
      ['string', 'number', 'boolean'].includes(typeof v) ||
      (Array.isArray(v) && v.every(plain)) ||
      (Object.getPrototypeOf(v) === Object.prototype && Object.values(v as object).every(plain));
    for (const view of VIEWS) expect(plain(modelOf(view.build(false).config, theme)), view.name).to.equal(true);
  });

  it('generates nice ticks as Chart.js does, bounds included or not', () => {
    expect(linearTicks(0, 2612, {}, 7, 20)).to.deep.equal([0, 500, 1000, 1500, 2000, 2500, 3000]);
    expect(linearTicks(0, 3300, { min: 0, max: 3300, ticks: { includeBounds: false } }, 5, 20)).to.deep.equal([0, 1000, 2000, 3000]);
  });

  it('writes no style attribute and no markup', () => {
    for (const view of VIEWS) {
      const svg = draw(modelOf(view.build(true).config, theme, 360, 450), 360, 450);
      expect(svg.querySelector('[style]')).to.equal(null);
      expect(svg.querySelectorAll('*').length).to.be.greaterThan(20);
    }
  });
});

function closest(boxes: Box[], to: Box): Box | undefined {
  const distance = (b: Box) => Math.abs(b.left - to.left) + Math.abs(b.right - to.right) + Math.abs(b.top - to.top) + Math.abs(b.bottom - to.bottom);
  return [...boxes].sort((a, b) => distance(a) - distance(b))[0];
}

describe('the static chart in a chart element', () => {
  it('shows the static chart at first render, before the engine has drawn, then removes it', async () => {
    const el = await fixture<MssContingentChart>(html`<mss-contingent-chart style="width: 640px"></mss-contingent-chart>`);
    // Frame by frame until the plot has its size and the static chart is drawn: Chart.js is not drawn yet then.
    const drawnSvg = () => shadow(el).querySelector('.plot .static-chart-frame > svg.static-chart');
    for (let frame = 0; frame < 20 && !drawnSvg(); frame++) await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    const svg = drawnSvg();
    expect(svg, 'static chart').to.exist;
    expect(el.chartInstance, 'no chart yet').to.equal(undefined);
    expect(svg!.closest('[aria-hidden="true"]'), 'hidden from assistive technology').to.exist;
    expect(svg!.querySelectorAll('.data rect').length).to.be.greaterThan(5);
    expect(shadow(el).querySelector('.status'), 'no "Loading chart…" over the static chart').to.equal(null);
    await el.chartReady();
    await new Promise((r) => setTimeout(r, 400));
    await el.updateComplete;
    expect(shadow(el).querySelector('svg.static-chart')).to.equal(null);
    expect(shadow(el).querySelector('canvas')!.getAttribute('role')).to.equal('img');
  });
});
