// Lifecycle on a busy page: removal releases everything, moving re-renders, reduced motion turns
// animation off, and a second copy of the library steps aside.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/contingent-chart/contingent-chart.js';
import { MssContingentChart } from '../../src/elements/contingent-chart/contingent-chart.component.js';
import { defineElement } from '../../src/elements/define.js';
import { liveChartCount } from '../../src/engine/engine.js';
import { firstContingents, heapUsed, liveObjects, paintedPixels, serve, shadow, sleep, until, watchUncaught } from '../fixtures/embedding.js';
import { warningsDuring } from '../fixtures/chart.js';

type Chart = MssContingentChart;

function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} could not be loaded: run \`npm run build\` first`));
    document.head.append(script);
  });
}

describe('removal and re-insertion', () => {
  it('1,000 add/remove cycles leave no live chart, element or canvas, and no growing heap', async function () {
    this.timeout(240_000);
    const host = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
    // Every chart of the run shares one hosted file, as charts of one article would.
    const src = await serve('cycles', firstContingents(5));
    let chartClass: (abstract new (...args: never[]) => unknown) | undefined;
    const cycles = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const el = document.createElement('mss-contingent-chart');
        el.src = src;
        host.append(el);
        await el.chartReady();
        if (!el.chartInstance) throw new Error(`cycle ${i}: no chart was drawn`);
        chartClass ??= el.chartInstance.constructor as unknown as typeof chartClass;
        el.remove();
      }
    };
    await cycles(100); // warm-up: engine loaded, code compiled, caches filled
    const before = await heapUsed();
    await cycles(500);
    const middle = await heapUsed();
    await cycles(500);
    const after = await heapUsed();
    const live = await liveObjects({ element: MssContingentChart, chart: chartClass!, canvas: HTMLCanvasElement });
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
    console.log(
      `heap after warm-up ${kib(before)}, +${kib(middle - before)} after 500 cycles, +${kib(after - middle)} after 500 more; live: ${JSON.stringify(live)}`,
    );
    expect(liveChartCount()).to.equal(0);
    // One element may wait on a microtask when measured; a leak would leave hundreds.
    expect(live.element, 'live chart elements').to.be.at.most(2);
    expect(live.chart, 'live Chart.js instances').to.equal(0);
    expect(live.canvas, 'live canvases').to.be.at.most(3);
    // A leaked chart with its canvas and data is tens of KiB per cycle: many megabytes here.
    expect(after - before, 'heap growth over 1,000 cycles').to.be.below(1024 * 1024);
    expect(after - middle, 'heap growth over the last 500 cycles').to.be.below(256 * 1024);
  });

  it('re-renders an element moved to another container', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <div id="a" style="width: 600px"><mss-contingent-chart></mss-contingent-chart></div>
      <div id="b" style="width: 400px"></div>
    </div>`);
    const el = page.querySelector('mss-contingent-chart') as Chart;
    const first = await el.chartReady();
    const live = liveChartCount();
    page.querySelector('#b')!.append(el);
    expect(first?.canvas, 'the old chart is destroyed').to.equal(null);
    const second = await el.chartReady();
    await sleep(300);
    expect(second).to.exist.and.not.equal(first);
    expect(second!.width).to.be.closeTo(400, 1);
    expect(paintedPixels(shadow(el).querySelector('canvas'))).to.be.greaterThan(1000);
    expect(liveChartCount()).to.equal(live);
  });

  it('re-renders after a quick remove and insert before anything drew', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 500px"></div>`);
    const el = document.createElement('mss-contingent-chart');
    host.append(el);
    el.remove();
    host.append(el);
    const chart = await el.chartReady();
    expect(chart?.width).to.be.closeTo(500, 1);
  });
});

describe('reduced motion', () => {
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('animates by default', async () => {
    const el = await fixture<Chart>(html`<mss-contingent-chart></mss-contingent-chart>`);
    const chart = await el.chartReady();
    expect(chart?.options.animation).not.to.equal(false);
  });

  it('draws without animation when the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<Chart>(html`<mss-contingent-chart></mss-contingent-chart>`);
    const chart = await el.chartReady();
    expect(chart?.options.animation).to.equal(false);
    // Without animation the bars are complete on the first frame.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(paintedPixels(shadow(el).querySelector('canvas'))).to.be.greaterThan(2000);
  });

  it('stops animating when the preference changes while the chart is shown', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await fixture<Chart>(html`<mss-contingent-chart></mss-contingent-chart>`);
    const chart = await el.chartReady();
    expect(chart?.options.animation).not.to.equal(false);
    await emulateMedia({ reducedMotion: 'reduce' });
    await until(() => el.chartInstance?.options.animation === false, 'the chart to turn its animation off');
    expect(el.chartInstance).to.equal(chart);
  });
});

describe('the library loaded twice', () => {
  it('skips a second definition of a tag with one warning, without throwing', async () => {
    class SecondCopy extends MssContingentChart {}
    const warnings = await warningsDuring(async () => {
      defineElement('mss-contingent-chart', SecondCopy);
      defineElement('mss-contingent-chart', class ThirdCopy extends MssContingentChart {});
    });
    expect(customElements.get('mss-contingent-chart')).to.not.equal(SecondCopy);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<mss-contingent-chart> is already defined');
  });

  it('two more copies of the built library (IIFE, two URLs) each warn once and break nothing', async () => {
    const uncaught = watchUncaught();
    const warnings = await warningsDuring(async () => {
      await loadClassicScript('/dist/cdn/mss-charts.iife.js?copy=1');
      await loadClassicScript('/dist/cdn/mss-charts.iife.js?copy=2');
    });
    uncaught.stop();
    expect(uncaught.errors).to.deep.equal([]);
    const copies = warnings.filter((w) => w.includes('already defined on this page'));
    expect(copies, warnings.join('\n')).to.have.length(2);
    // Charts still work with the first definition.
    const el = await fixture<Chart>(html`<mss-contingent-chart></mss-contingent-chart>`);
    expect(el).to.be.instanceOf(MssContingentChart);
    expect(await el.chartReady()).to.exist;
  });
});
