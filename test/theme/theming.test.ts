import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { Chart } from 'chart.js';
import type { MssChartElement } from '../../src/elements/base/mss-chart-element.js';
import { PRINT_SCALE } from '../../src/elements/base/print-controller.js';
import { VARIANTS, describeVariant, drawn, mount, nextFrame, pixelAt, shadow, sleep } from '../a11y/helpers.js';

/** The colour in the middle of Kenya's second bar (a solid one) of the arrivals chart. */
function kenyaBarPixel(chart: Chart): [number, number, number] {
  const bar = chart.getDatasetMeta(0).data[1]!.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
  const [r, g, b] = pixelAt(chart.canvas, bar.x, (bar.y + bar.base) / 2);
  return [r, g, b];
}

const close = (a: readonly number[], b: readonly number[]) => a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= 2);

describe('theme attribute', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('light and dark draw their own background and palette on the canvas', async () => {
    const light = await mount<MssChartElement>('mss-contingent-chart', { theme: 'light' });
    const dark = await mount<MssChartElement>('mss-contingent-chart', { theme: 'dark' });
    expect(getComputedStyle(light).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(23, 25, 28)');
    expect(kenyaBarPixel(await drawn(light))).to.deep.equal([11, 92, 173]);
    expect(kenyaBarPixel(await drawn(dark))).to.deep.equal([90, 174, 242]);
  });

  it('auto follows prefers-color-scheme, live', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await mount<MssChartElement>('mss-contingent-chart', { theme: 'auto' });
    const chart = await drawn(el);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(kenyaBarPixel(chart)).to.deep.equal([11, 92, 173]);
    await emulateMedia({ colorScheme: 'dark' });
    await sleep(600);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(23, 25, 28)');
    expect(shadow(el).querySelector('.root')!.classList.contains('scheme-dark')).to.equal(true);
    expect(kenyaBarPixel(chart)).to.deep.equal([90, 174, 242]);
    await emulateMedia({ colorScheme: 'light' });
    await sleep(600);
    expect(kenyaBarPixel(chart)).to.deep.equal([11, 92, 173]);
  });

  it('a site’s dark-mode toggle works by setting the attribute', async () => {
    const el = await mount<MssChartElement>('mss-contingent-chart', { theme: 'light' });
    const chart = await drawn(el);
    el.setAttribute('theme', 'dark');
    await sleep(600);
    expect(kenyaBarPixel(chart)).to.deep.equal([90, 174, 242]);
  });

  it('without the attribute it inherits the page: a dark page gets the dark palette', async () => {
    const el = await mount<MssChartElement>('mss-contingent-chart', {}, 'width: 640px; background: #000; color: #eee');
    const chart = await drawn(el);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(kenyaBarPixel(chart)).to.deep.equal([90, 174, 242]);
  });
});

describe('CSS custom properties', () => {
  it('--mss-color-accent set on an ancestor is read into the canvas, and re-read when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px; --mss-color-accent: rgb(200, 0, 0)"><mss-contingent-chart></mss-contingent-chart></div>`);
    const el = wrapper.querySelector('mss-contingent-chart') as MssChartElement;
    const chart = await drawn(el);
    expect(kenyaBarPixel(chart)).to.deep.equal([200, 0, 0]);
    wrapper.style.setProperty('--mss-color-accent', 'rgb(0, 128, 60)');
    await sleep(600);
    expect(kenyaBarPixel(chart)).to.deep.equal([0, 128, 60]);
    // The HTML legend follows too.
    const swatch = shadow(el).querySelector<HTMLElement>('.legend .swatch')!;
    expect(getComputedStyle(swatch).backgroundColor).to.equal('rgb(0, 128, 60)');
  });

  it('--mss-color-series-1, -text and -grid reach the canvas', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 640px; --mss-color-series-1: rgb(10, 20, 30); --mss-color-text: rgb(40, 50, 60); --mss-color-grid: rgb(70, 80, 90)">
        <mss-contingent-chart></mss-contingent-chart>
      </div>`,
    );
    const el = wrapper.querySelector('mss-contingent-chart') as MssChartElement;
    const chart = await drawn(el);
    expect(chart.data.datasets[1]?.backgroundColor).to.equal('rgb(10, 20, 30)');
    expect((chart.options.scales?.['y'] as { grid: { color: string } }).grid.color).to.equal('rgb(70, 80, 90)');
    expect(getComputedStyle(shadow(el).querySelector('[part="title"]')!).color).to.equal('rgb(40, 50, 60)');
  });
});

describe('::part() hooks and fonts', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = `
      .parts-test::part(title) { color: rgb(1, 2, 3); letter-spacing: 2px; }
      .parts-test::part(summary) { color: rgb(4, 5, 6); }
      .parts-test::part(chart) { outline: 1px solid rgb(7, 8, 9); }
      .parts-test::part(table) { color: rgb(10, 11, 12); }
      .parts-test::part(footer) { color: rgb(13, 14, 15); }
    `;
    document.head.append(style);
  });
  after(() => style.remove());

  for (const variant of VARIANTS) {
    it(`${describeVariant(variant)}: page CSS styles title, summary, table and footer${variant.canvas ? ', chart' : ''}`, async () => {
      const el = await mount(variant.tag, { ...variant.attrs, class: 'parts-test' });
      const part = (name: string) => shadow(el).querySelector(`[part~="${name}"]`);
      expect(getComputedStyle(part('title')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part('title')!).letterSpacing).to.equal('2px');
      expect(getComputedStyle(part('summary')!).color).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(part('table')!).color).to.equal('rgb(10, 11, 12)');
      expect(getComputedStyle(part('footer')!).color).to.equal('rgb(13, 14, 15)');
      if (variant.canvas) expect(getComputedStyle(part('chart')!).outlineColor).to.equal('rgb(7, 8, 9)');
    });
  }

  it('fonts inherit from the page, on the page and on the canvas', async () => {
    const el = await mount<MssChartElement>('mss-contingent-chart', {}, 'width: 640px; font-family: Georgia, serif');
    expect(getComputedStyle(shadow(el).querySelector('[part="title"]')!).fontFamily).to.contain('Georgia');
    expect(getComputedStyle(shadow(el).querySelector('footer button')!).fontFamily).to.contain('Georgia');
    const chart = await drawn(el);
    const ticks = (chart.options.scales?.['y'] as { ticks: { font: { family: string } } }).ticks;
    expect(ticks.font.family).to.contain('Georgia');
  });
});

describe('motion', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('prefers-reduced-motion turns animations off, also when switched while reading', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await mount<MssChartElement>('mss-contingent-chart');
    const chart = await drawn(el);
    expect(chart.options.animation).to.not.equal(false);
    await emulateMedia({ reducedMotion: 'reduce' });
    await sleep(100);
    expect(chart.options.animation).to.equal(false);
    const reduced = await mount<MssChartElement>('mss-contingent-chart');
    expect((await reduced.chartReady())?.options.animation).to.equal(false);
  });
});

describe('printing', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('shows the data table, hides the buttons, and redraws the chart at print resolution', async () => {
    const el = await mount<MssChartElement>('mss-contingent-chart', { theme: 'dark' });
    const chart = await drawn(el);
    const screenRatio = chart.currentDevicePixelRatio;
    expect(screenRatio).to.be.lessThan(PRINT_SCALE);
    await emulateMedia({ media: 'print' });
    await nextFrame();
    const wrap = shadow(el).querySelector('table')!.parentElement!;
    expect(getComputedStyle(wrap).position).to.equal('static');
    expect(wrap.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(getComputedStyle(shadow(el).querySelector('.controls')!).display).to.equal('none');
    expect(chart.currentDevicePixelRatio).to.equal(PRINT_SCALE);
    expect(chart.canvas.width).to.equal(Math.round(chart.width * PRINT_SCALE));
    // A themed chart prints its own background (browsers drop backgrounds by default).
    expect(getComputedStyle(el).getPropertyValue('print-color-adjust')).to.equal('exact');
    await emulateMedia({ media: 'screen' });
    await nextFrame();
    expect(chart.currentDevicePixelRatio).to.equal(screenRatio);
    expect(close(kenyaBarPixel(chart), [90, 174, 242])).to.equal(true);
  });

  it('a chart below the fold that never drew starts drawing when printing starts', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"><div style="height: 4000px"></div><mss-contingent-chart></mss-contingent-chart></div>`);
    const el = wrapper.querySelector('mss-contingent-chart') as MssChartElement;
    await sleep(300);
    expect(el.chartInstance).to.equal(undefined);
    window.dispatchEvent(new Event('beforeprint'));
    const chart = await el.chartReady();
    expect(chart).to.exist;
    expect(chart!.currentDevicePixelRatio).to.equal(PRINT_SCALE);
    window.dispatchEvent(new Event('afterprint'));
    expect(chart!.currentDevicePixelRatio).to.be.lessThan(PRINT_SCALE);
  });
});
