import { fixture, html } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/elements/timeline/timeline.js';
import type { MssTimeline } from '../../src/elements/timeline/timeline.component.js';
import { mss20251208 as frozenData } from '../fixtures/data/mss-2025-12-08.js';

/**
 * Pixel baselines of <mss-timeline>: the horizontal axis of wide screens (light) and the vertical line of
 * phones (dark), on the frozen dataset so that a data update does not move them. Update on purpose with
 * `npm test -- --update-visual-baseline`.
 */
const cases = [
  { name: 'timeline-wide-light', theme: 'light', width: 960, attrs: {} },
  { name: 'timeline-phone-dark', theme: 'dark', width: 360, attrs: { from: '2025' } },
] as const;

describe('timeline visual baselines', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="width: ${c.width}px; font-family: 'DejaVu Sans', sans-serif; font-size: 16px"></div>
      `);
      const el = document.createElement('mss-timeline') as MssTimeline;
      el.setAttribute('theme', c.theme);
      el.setAttribute('lang', 'en-GB');
      for (const [name, value] of Object.entries(c.attrs)) el.setAttribute(name, value);
      el.data = frozenData;
      wrapper.append(el);
      await el.updateComplete;
      await document.fonts.ready;
      await visualDiff(wrapper, c.name);
    });
  }
});
