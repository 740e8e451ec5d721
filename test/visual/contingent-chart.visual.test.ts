import { fixture, html } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/elements/contingent-chart/contingent-chart.js';
import type { MssContingentChart } from '../../src/elements/contingent-chart/contingent-chart.component.js';

/**
 * Pixel baselines of the contingent chart in both views and both themes. A changed chart fails with a
 * diff image under test/screenshots/…/failed; update on purpose with `npm test -- --update-visual-baseline`.
 */
async function settle(el: MssContingentChart): Promise<void> {
  if (!(await el.chartReady())) throw new Error('chart was not drawn');
  // Wait until the element stops updating its chart (theme and size settle just after the first draw).
  let last = performance.now();
  const onRender = () => (last = performance.now());
  el.addEventListener('mss-render', onRender);
  while (performance.now() - last < 400) await new Promise((r) => setTimeout(r, 100));
  el.removeEventListener('mss-render', onRender);
  // Stop the animation so the baseline is the final frame, not a frame in between.
  const chart = el.chartInstance!;
  chart.stop();
  chart.options.animation = false;
  chart.update('none');
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

const cases = [
  { name: 'contingent-arrivals-light', view: 'arrivals', theme: 'light', width: 720 },
  { name: 'contingent-arrivals-dark', view: 'arrivals', theme: 'dark', width: 720 },
  { name: 'contingent-cumulative-light', view: 'cumulative', theme: 'light', width: 720 },
  { name: 'contingent-cumulative-dark', view: 'cumulative', theme: 'dark', width: 720 },
  { name: 'contingent-arrivals-phone', view: 'arrivals', theme: 'light', width: 320 },
] as const;

describe('<mss-contingent-chart> visual baselines', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="width: ${c.width}px; font-family: 'DejaVu Sans', sans-serif; font-size: 16px">
          <mss-contingent-chart theme=${c.theme} view=${c.view} lang="en-GB"></mss-contingent-chart>
        </div>
      `);
      const el = wrapper.querySelector('mss-contingent-chart') as MssContingentChart;
      await settle(el);
      await visualDiff(wrapper, c.name);
    });
  }
});
