// Key notes under the chart; the others under a closed disclosure that stays one line tall, opens for
// printing, and whose notes stay readable to assistive technology through a visually hidden copy.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/casualties-chart/casualties-chart.js';
import type { MssCasualtiesChart } from '../../src/elements/casualties-chart/casualties-chart.component.js';

async function chart(lang = 'en'): Promise<MssCasualtiesChart> {
  const el = await fixture<MssCasualtiesChart>(html`<mss-casualties-chart lang=${lang} style="width: 640px"></mss-casualties-chart>`);
  await el.updateComplete;
  return el;
}

const texts = (nodes: Iterable<Element>) => [...nodes].map((n) => n.textContent?.trim() ?? '');

describe('notes', () => {
  it('shows key notes as a list and the others under a closed, one-line disclosure with their count', async () => {
    const root = (await chart()).shadowRoot!;
    const key = texts(root.querySelectorAll('[part="notes"] li'));
    expect(key).to.have.length(2);
    expect(key[0]).to.match(/^April–June 2024: 1,379 people killed or injured/);
    const details = root.querySelector<HTMLDetailsElement>('details.more-notes')!;
    expect(details.open).to.equal(false);
    expect(details.getAttribute('part')).to.equal('more-notes');
    expect(root.querySelector('summary')!.textContent!.trim()).to.equal('Notes on these figures (4)');
    const summaryHeight = root.querySelector('summary')!.getBoundingClientRect().height;
    expect(details.getBoundingClientRect().height).to.be.closeTo(summaryHeight, 1);
  });

  it('keeps the other notes in the accessibility tree while closed, once (the disclosure copy is hidden)', async () => {
    const el = await chart();
    const root = el.shadowRoot!;
    const copy = root.querySelector('ul.visually-hidden')!;
    expect(copy.getAttribute('aria-label')).to.equal('Notes on these figures (4)');
    expect(texts(copy.querySelectorAll('li'))).to.deep.equal(texts(root.querySelectorAll('details .notes li')));
    expect(root.querySelector('details .notes')!.getAttribute('aria-hidden')).to.equal('true');
    expect(copy.getBoundingClientRect().height).to.be.at.most(1);
    await expect(el).to.be.accessible();
  });

  it('says the summary in every language', async () => {
    const words = { fr: 'Notes sur ces chiffres (4)', ht: 'Nòt sou chif sa yo (4)', es: 'Notas sobre estas cifras (4)' };
    for (const [lang, text] of Object.entries(words)) {
      const root = (await chart(lang)).shadowRoot!;
      expect(root.querySelector('summary')!.textContent!.trim()).to.equal(text);
    }
  });

  it('opens for printing and closes again after', async () => {
    const root = (await chart()).shadowRoot!;
    const details = root.querySelector<HTMLDetailsElement>('details.more-notes')!;
    window.dispatchEvent(new Event('beforeprint'));
    expect(details.open).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(details.open).to.equal(false);
  });

  it('prints the notes by the print stylesheet alone, without the events', async () => {
    const root = (await chart()).shadowRoot!;
    const list = root.querySelector('details .notes')!;
    // A closed disclosure skips its content (content-visibility), which measuring would lay out anyway.
    expect(list.checkVisibility()).to.equal(false);
    await emulateMedia({ media: 'print' });
    try {
      expect(list.checkVisibility()).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
