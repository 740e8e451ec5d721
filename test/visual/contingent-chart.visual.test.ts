import { fixture, html } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import { settled } from '../fixtures/chart.js';
import '../../src/elements/contingent-chart/contingent-chart.js';
import type { MssContingentChart } from '../../src/elements/contingent-chart/contingent-chart.component.js';

/**
 * Pixel baselines of the contingent chart in both views and both themes. A changed chart fails with a
 * diff image under test/screenshots/…/failed; update on purpose with `npm test -- --update-visual-baseline`.
 */

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
      await settled(el);
      await visualDiff(wrapper, c.name);
    });
  }
});
