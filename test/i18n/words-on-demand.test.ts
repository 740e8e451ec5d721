// The words of French, Creole and Spanish are loaded on demand (Words, src/i18n/language.ts): this file
// imports no language but English, as a page does, so what it sees is what a reader's page loads.
import { expect, fixture, html } from '@open-wc/testing';
import { Words } from '../../src/i18n/language.js';
import { uiWords } from '../../src/i18n/strings.js';
import { contingentWords } from '../../src/charts/contingent.strings.js';
import '../../src/elements/contingent-chart/contingent-chart.js';
import type { MssContingentChart } from '../../src/elements/contingent-chart/contingent-chart.component.js';

const titleOf = (el: HTMLElement) => el.shadowRoot?.querySelector('[role="heading"], h2, h3, .title')?.textContent?.trim() ?? '';

describe('words loaded on demand', () => {
  it('a page in English has only English; a French element loads French before its first render, never English first', async () => {
    expect(uiWords.ready('fr')).to.equal(false);
    expect(contingentWords.ready('fr')).to.equal(false);
    const titles: string[] = [];
    const host = document.createElement('div');
    host.lang = 'fr';
    document.body.append(host);
    const el = document.createElement('mss-contingent-chart') as MssContingentChart;
    // Every title the shadow root ever shows, from the first render on.
    const watch = new MutationObserver(() => {
      const title = titleOf(el);
      if (title && titles.at(-1) !== title) titles.push(title);
    });
    host.append(el);
    watch.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    watch.disconnect();
    expect(uiWords.ready('fr') && contingentWords.ready('fr')).to.equal(true);
    expect(titles.length).to.be.greaterThan(0);
    expect(titles[0]).to.match(/Haïti|contingent|effectifs/i);
    expect(titles.join(' | ')).not.to.match(/arrived|personnel in Haiti/i);
    // Spanish and Creole were not loaded along with French.
    expect(uiWords.ready('es') || uiWords.ready('ht') || contingentWords.ready('es')).to.equal(false);
    host.remove();
  });

  it('a lang changed at run time loads that language and re-renders in it', async () => {
    const el = await fixture<MssContingentChart>(html`<mss-contingent-chart lang="en"></mss-contingent-chart>`);
    const english = titleOf(el);
    el.lang = 'es';
    await el.updateComplete;
    expect(contingentWords.ready('es')).to.equal(true);
    expect(titleOf(el)).not.to.equal(english);
    expect(titleOf(el)).to.match(/Haití|contingente|efectivos|llegad/i);
  });

  it('a failed load falls back to English, is forgotten, and the next attempt loads', async () => {
    let attempts = 0;
    const words = new Words<{ hello: string }>(
      { hello: 'Hello' },
      {
        fr: () => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ words: { hello: 'Bonjour' } })),
        ht: () => Promise.resolve({ words: { hello: 'Bonjou' } }),
        es: () => Promise.resolve({ words: { hello: 'Hola' } }),
      },
    );
    expect(words.pick('fr-CA').hello).to.equal('Hello');
    let failed = false;
    await words.load('fr').catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(words.pick('fr').hello).to.equal('Hello');
    await words.load('fr');
    expect(attempts).to.equal(2);
    expect(words.pick('fr').hello).to.equal('Bonjour');
    expect(words.ready('de')).to.equal(true);
    expect(words.pick('de').hello).to.equal('Hello');
  });
});
