// The title's heading level fits the page: one below the nearest heading before the element.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/key-figures/key-figures.js';
import { headingLevelAfter } from '../../src/elements/base/mss-element.js';

async function levelIn(template: ReturnType<typeof html>): Promise<string | null> {
  const root = await fixture(template);
  const el = root.matches('mss-key-figures') ? root : root.querySelector('mss-key-figures');
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return el!.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level');
}

describe('heading level', () => {
  it('is 2 after an h1', async () => {
    expect(await levelIn(html`<div><h1>Haiti</h1><p>Text</p><mss-key-figures></mss-key-figures></div>`)).to.equal('2');
  });

  it('is 3 after an h2 inside a section, read through the ancestors and a nested header', async () => {
    const level = await levelIn(html`<main>
      <header><h1>Haiti</h1></header>
      <section><h2>The mission</h2><div><p>Text</p><mss-key-figures></mss-key-figures></div></section>
    </main>`);
    expect(level).to.equal('3');
  });

  it('is 3 with no heading before it (a heading after it does not count)', async () => {
    expect(await levelIn(html`<div><p>Text</p><mss-key-figures></mss-key-figures><h1>Later</h1></div>`)).to.equal('3');
  });

  it('stays at 6 after an h6', async () => {
    expect(await levelIn(html`<div><h6>Deep</h6><mss-key-figures></mss-key-figures></div>`)).to.equal('6');
  });

  it('reads role="heading" with its aria-level', async () => {
    expect(await levelIn(html`<div><div role="heading" aria-level="4">Box</div><mss-key-figures></mss-key-figures></div>`)).to.equal('5');
  });

  it('lets the heading-level attribute win, and follows it when it changes', async () => {
    const root = await fixture(html`<div><h1>Haiti</h1><mss-key-figures heading-level="4"></mss-key-figures></div>`);
    const el = root.querySelector('mss-key-figures')!;
    await el.updateComplete;
    const title = () => el.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level');
    expect(title()).to.equal('4');
    el.setAttribute('heading-level', '5');
    await el.updateComplete;
    expect(title()).to.equal('5');
    el.removeAttribute('heading-level');
    await el.updateComplete;
    expect(title()).to.equal('2');
  });

  it('reads only back to the nearest heading: siblings after it are never queried', () => {
    const root = document.createElement('div');
    root.innerHTML = '<section><h2>Near</h2><p>x</p><span id="target"></span></section>';
    const far = document.createElement('div');
    const query = far.querySelectorAll.bind(far);
    let calls = 0;
    far.querySelectorAll = ((s: string) => {
      calls++;
      return query(s);
    }) as typeof far.querySelectorAll;
    root.prepend(far);
    expect(headingLevelAfter(root.querySelector('#target')!)).to.equal(3);
    expect(calls, 'the walk stopped at the h2').to.equal(0);
  });
});
