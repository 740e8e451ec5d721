import { fixture, html } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import { settled } from '../fixtures/chart.js';
import '../../src/elements/pledges-chart/pledges-chart.js';
import type { MssChartElement } from '../../src/elements/base/mss-chart-element.js';

/**
 * Pixel baselines of the pledges chart's map view as chartjs-chart-geo draws it: the whole world on a wide
 * column, the stacked regional insets on a phone. Update on purpose with `npm test -- --update-visual-baseline`.
 */
const cases = [
  { name: 'pledges-map-light', theme: 'light', width: 720 },
  { name: 'pledges-map-phone-dark', theme: 'dark', width: 320 },
] as const;

describe('pledges map visual baselines (chartjs-chart-geo)', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="width: ${c.width}px; font-family: 'DejaVu Sans', sans-serif; font-size: 16px"></div>
      `);
      const el = document.createElement('mss-pledges-chart') as MssChartElement;
      el.setAttribute('theme', c.theme);
      el.setAttribute('lang', 'en-GB');
      el.setAttribute('view', 'map');
      wrapper.append(el);
      await settled(el);
      await visualDiff(wrapper, c.name);
    });
  }
});
