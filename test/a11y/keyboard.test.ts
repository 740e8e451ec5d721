import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Chart } from 'chart.js';
import type { MssChartElement } from '../../src/elements/base/mss-chart-element.js';
import { CHART_VARIANTS, describeVariant, drawn, shadow, text } from './helpers.js';

/** Renders a chart after a button, focuses the button, and tabs into the chart. */
async function tabIntoChart(tag: string, attrs: Record<string, string> = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"><button id="before">before</button></div>`);
  const el = document.createElement(tag) as MssChartElement;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  wrapper.append(el);
  const chart = await drawn(el);
  wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
  await sendKeys({ press: 'Tab' });
  const canvas = shadow(el).querySelector('canvas')!;
  return { el, chart, canvas };
}

const live = (el: HTMLElement) => text(shadow(el).querySelector('[aria-live="polite"]'));
const focusOption = (chart: Chart) => (chart.options.plugins as Record<string, { datasetIndex?: number; index?: number } | undefined>)['mssFocus'];
const specPoints = (el: MssChartElement) => (el as unknown as { spec: { points: { datasetIndex: number; index: number; text: string }[] } }).spec.points;

describe('keyboard access to the charts', () => {
  for (const variant of CHART_VARIANTS) {
    describe(describeVariant(variant), () => {
      it('is one tab stop, described by a keyboard hint, with a visible focus ring', async () => {
        const { el, canvas } = await tabIntoChart(variant.tag, variant.attrs);
        expect(shadow(el).activeElement, 'focused element after Tab').to.equal(canvas);
        expect(canvas.getAttribute('tabindex')).to.equal('0');
        const hint = shadow(el).getElementById(canvas.getAttribute('aria-describedby')!);
        expect(text(hint)).to.match(/arrow/i);
        const style = getComputedStyle(canvas);
        expect(style.outlineStyle).to.equal('solid');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
        // The next Tab leaves the chart: the canvas is one stop, not one per point.
        await sendKeys({ press: 'Tab' });
        expect(shadow(el).activeElement).to.not.equal(canvas);
      });

      it('reaches every data point with the arrow keys and announces each one politely', async () => {
        const { el } = await tabIntoChart(variant.tag, variant.attrs);
        const points = specPoints(el);
        expect(points.length, 'points in the spec').to.be.greaterThan(0);
        const region = shadow(el).querySelector('[aria-live]')!;
        expect(region.getAttribute('aria-live')).to.equal('polite');
        const heard = new Set<string>();
        for (let i = 0; i < points.length + 2; i++) {
          await sendKeys({ press: 'ArrowRight' });
          heard.add(live(el).replace(/\s*\(\d+ of \d+\)$/, ''));
        }
        for (const p of points) expect(heard, `announced: ${p.text}`).to.include(p.text.replace(/\s+/g, ' ').trim());
      });
    });
  }

  describe('<mss-contingent-chart> in detail', () => {
    it('announces value, date and source of the first arrival, and rings it on the canvas with the tooltip', async () => {
      const { el, chart, canvas } = await tabIntoChart('mss-contingent-chart');
      const before = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data.slice();
      await sendKeys({ press: 'ArrowRight' });
      const said = live(el);
      expect(said).to.contain('Kenya');
      expect(said).to.contain('June 25, 2024');
      expect(said).to.match(/400/);
      expect(said).to.match(/200/);
      expect(said).to.contain('Le Nouvelliste');
      expect(said).to.match(/\(1 of 5\)$/);
      expect(focusOption(chart)).to.deep.include({ datasetIndex: 0, index: 0 });
      expect(chart.tooltip?.getActiveElements().map((a) => [a.datasetIndex, a.index])).to.deep.equal([[0, 0]]);
      await new Promise((r) => setTimeout(r, 500));
      const after = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let changed = 0;
      for (let i = 0; i < after.length; i += 4) if (after[i] !== before[i] || after[i + 1] !== before[i + 1]) changed++;
      expect(changed, 'pixels changed by the ring and tooltip').to.be.greaterThan(500);
    });

    it('moves within a series with Left/Right, across series with Up/Down, to the ends with Home/End', async () => {
      const { el, chart } = await tabIntoChart('mss-contingent-chart');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(live(el)).to.match(/^Kenya, .*\(2 of 5\)$/);
      await sendKeys({ press: 'ArrowLeft' });
      expect(live(el)).to.match(/June 25, 2024.*\(1 of 5\)$/);
      await sendKeys({ press: 'ArrowDown' });
      // Dataset 1 is Jamaica, the next series in the legend.
      expect(focusOption(chart)?.datasetIndex).to.equal(1);
      expect(live(el)).to.match(/^Jamaica/);
      await sendKeys({ press: 'ArrowUp' });
      expect(focusOption(chart)?.datasetIndex).to.equal(0);
      await sendKeys({ press: 'End' });
      const points = specPoints(el);
      const last = [...points].sort((a, b) => a.datasetIndex - b.datasetIndex).filter((p, _, all) => p.datasetIndex === all[all.length - 1]!.datasetIndex);
      expect(live(el)).to.contain(last[last.length - 1]!.text);
      await sendKeys({ press: 'Home' });
      expect(live(el)).to.match(/June 25, 2024.*\(1 of 5\)$/);
    });

    it('Escape leaves the chart and clears the highlight', async () => {
      const { el, chart, canvas } = await tabIntoChart('mss-contingent-chart');
      await sendKeys({ press: 'ArrowRight' });
      expect(chart.tooltip?.getActiveElements()).to.have.length(1);
      await sendKeys({ press: 'Escape' });
      expect(shadow(el).activeElement).to.not.equal(canvas);
      expect(chart.tooltip?.getActiveElements()).to.have.length(0);
      expect(focusOption(chart)?.datasetIndex).to.equal(undefined);
    });

    it('keeps the highlight when the chart is rebuilt (language change) and speaks the new language', async () => {
      const { el, chart } = await tabIntoChart('mss-contingent-chart');
      await sendKeys({ press: 'ArrowRight' });
      el.lang = 'fr';
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      expect(focusOption(chart)).to.deep.include({ datasetIndex: 0, index: 0 });
      await sendKeys({ press: 'ArrowRight' });
      expect(live(el)).to.match(/Kenya.*\(2 sur 5\)$/);
    });
  });
});
