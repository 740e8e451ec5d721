import { expect } from '@open-wc/testing';
import { VARIANTS, describeVariant, mount, shadow } from './helpers.js';

/**
 * axe-core (through chai-a11y-axe) over every element and view, in both themes, in each UI language,
 * with the data table hidden (still in the accessibility tree) and shown.
 */
const THEMES = ['light', 'dark'] as const;
const LANGS = ['en', 'fr', 'ht', 'es'] as const;

describe('axe finds nothing to report', () => {
  it('(control) axe sees inside the shadow root: a page that makes the notes pale fails', async () => {
    const el = await mount('mss-contingent-chart', { theme: 'light', style: '--mss-color-muted: #c8c8c8' });
    await expect(el).not.to.be.accessible();
  });

  for (const variant of VARIANTS) {
    describe(describeVariant(variant), () => {
      for (const theme of THEMES) {
        for (const lang of LANGS) {
          it(`${theme}, lang=${lang}, table hidden and shown`, async () => {
            const el = await mount(variant.tag, { ...variant.attrs, theme, lang });
            expect(shadow(el).querySelector('table'), 'data table').to.exist;
            await expect(el).to.be.accessible();
            el.showData = true;
            await el.updateComplete;
            const wrap = shadow(el).querySelector('table')!.parentElement!;
            expect(getComputedStyle(wrap).position).to.not.equal('absolute');
            await expect(el).to.be.accessible();
          });
        }
      }

      it('on a dark page without a theme attribute (inherits the page)', async () => {
        const el = await mount(variant.tag, variant.attrs ?? {}, 'width: 640px; background: #101214; color: #f2f2f2');
        await expect(el).to.be.accessible();
      });
    });
  }
});
