import { fixture, html } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/elements/casualties-chart/casualties-chart.js';
import '../../src/elements/contingent-chart/contingent-chart.js';
import '../../src/elements/displacement-chart/displacement-chart.js';
import '../../src/elements/pledges-chart/pledges-chart.js';
import type { MssChartElement } from '../../src/elements/base/mss-chart-element.js';
import { failRequests } from '../fixtures/embedding.js';

/**
 * Pixel baselines of each chart's static chart: what a reader sees before Chart.js arrives, and
 * keeps (with a line under it) when Chart.js never does. The engine is blocked for this whole file.
 */
async function staticChartShown(el: MssChartElement): Promise<void> {
  await new Promise((resolve) => el.addEventListener('mss-error', resolve, { once: true }));
  // The picture may be drawn just after the error (a later chart asks for the engine without waiting).
  const until = performance.now() + 5000;
  while (!el.shadowRoot?.querySelector('.static-chart-note')) {
    if (performance.now() > until) throw new Error('no static chart with its note');
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!el.shadowRoot.querySelector('svg.static-chart rect, svg.static-chart path')) throw new Error('no static chart');
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

const cases = [
  { name: 'static-contingent-light', tag: 'mss-contingent-chart', theme: 'light', width: 720 },
  { name: 'static-pledges-light', tag: 'mss-pledges-chart', theme: 'light', width: 720 },
  { name: 'static-displacement-dark', tag: 'mss-displacement-chart', theme: 'dark', width: 720 },
  { name: 'static-casualties-phone', tag: 'mss-casualties-chart', theme: 'light', width: 320 },
] as const;

describe('static charts (Chart.js blocked)', () => {
  before(async () => {
    await failRequests('*/src/engine/engine*.ts*');
  });
  after(async () => {
    await failRequests(null);
  });

  for (const c of cases) {
    it(c.name, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="width: ${c.width}px; font-family: 'DejaVu Sans', sans-serif; font-size: 16px"></div>
      `);
      const el = document.createElement(c.tag) as MssChartElement;
      el.setAttribute('theme', c.theme);
      el.setAttribute('lang', 'en-GB');
      const shown = staticChartShown(el);
      wrapper.append(el);
      await shown;
      await visualDiff(wrapper, c.name);
    });
  }
});
