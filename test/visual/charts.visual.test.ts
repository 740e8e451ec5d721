import { fixture, html } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import { settled } from '../fixtures/chart.js';
import '../../src/elements/casualties-chart/casualties-chart.js';
import '../../src/elements/displacement-chart/displacement-chart.js';
import '../../src/elements/pledges-chart/pledges-chart.js';
import type { MssChartElement } from '../../src/elements/base/mss-chart-element.js';

/**
 * Pixel baselines of the pledges, displacement and casualties charts as Chart.js draws them (the contingent
 * chart has its own file). A changed chart fails with a diff image under test/screenshots/…/failed; update on
 * purpose with `npm test -- --update-visual-baseline`.
 */

const cases = [
  { name: 'pledges-light', tag: 'mss-pledges-chart', theme: 'light', view: '', width: 720 },
  { name: 'pledges-phone-dark', tag: 'mss-pledges-chart', theme: 'dark', view: '', width: 320 },
  { name: 'displacement-light', tag: 'mss-displacement-chart', theme: 'light', view: '', width: 720 },
  { name: 'displacement-phone-dark', tag: 'mss-displacement-chart', theme: 'dark', view: '', width: 320 },
  { name: 'casualties-quarterly-light', tag: 'mss-casualties-chart', theme: 'light', view: 'quarterly', width: 720 },
  { name: 'casualties-yearly-dark', tag: 'mss-casualties-chart', theme: 'dark', view: 'yearly', width: 720 },
] as const;

describe('chart visual baselines (Chart.js)', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="width: ${c.width}px; font-family: 'DejaVu Sans', sans-serif; font-size: 16px"></div>
      `);
      const el = document.createElement(c.tag) as MssChartElement;
      el.setAttribute('theme', c.theme);
      el.setAttribute('lang', 'en-GB');
      if (c.view) el.setAttribute('view', c.view);
      wrapper.append(el);
      await settled(el);
      await visualDiff(wrapper, c.name);
    });
  }
});
