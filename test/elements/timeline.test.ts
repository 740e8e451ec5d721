import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/timeline/timeline.js';
import type { MssTimeline } from '../../src/elements/timeline/timeline.component.js';
import type { MssErrorDetail } from '../../src/elements/base/mss-element.js';
import { mss20251208 as frozenData } from '../fixtures/data/mss-2025-12-08.js';
import { shadow } from '../fixtures/chart.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const entries = (el: HTMLElement) => [...shadow(el).querySelectorAll<HTMLLIElement>('[part="entry"]')];
const list = (el: HTMLElement) => shadow(el).querySelector<HTMLOListElement>('[part="entries"]') as HTMLOListElement;
const live = (el: HTMLElement) => shadow(el).querySelector('[role="status"]');

async function mount(attrs: string, width = 640): Promise<MssTimeline> {
  const wrapper = await fixture<HTMLDivElement>(`<div style="width: ${width}px"><mss-timeline ${attrs}></mss-timeline></div>`);
  const el = wrapper.querySelector('mss-timeline') as MssTimeline;
  el.data = frozenData;
  await el.updateComplete;
  return el;
}

describe('<mss-timeline>', () => {
  it('renders an ordered list of dated, sourced events', async () => {
    const el = await mount('kinds="resolutions"');
    expect(list(el).localName).to.equal('ol');
    const items = entries(el);
    expect(items.map((li) => li.dataset.entry)).to.deep.equal(['resolution-2699', 'mandate-renewed-2024', 'resolution-2793']);
    const time = items[0]?.querySelector('time');
    expect(time?.getAttribute('datetime')).to.equal('2023-10-02');
    expect(text(time)).to.equal('October 2, 2023');
    expect(text(items[1]?.querySelector('.text'))).to.equal("The Security Council unanimously extends the mission's authorisation by one year");
    const link = items[1]?.querySelector<HTMLAnchorElement>('.sources a');
    expect(link?.href).to.equal(frozenData.sources['eagle-news-feed-2024-09-30-mission-renewed']?.url);
    expect(link?.rel).to.equal('noopener noreferrer');
  });

  it('keeps a month-only date a month in <time> and in words', async () => {
    const el = await mount('kinds="funding" from="2024-12" to="2024-12" lang="es"');
    const times = entries(el).map((li) => li.querySelector('time'));
    expect(times.map((t) => t?.getAttribute('datetime'))).to.deep.equal(['2024-12', '2024-12']);
    expect(text(times[0])).to.equal('hacia diciembre de 2024');
  });

  it('marks disputed figures with the hatched swatch and their words', async () => {
    const el = await mount('kinds="arrivals" to="2024-06"');
    const first = entries(el)[0];
    expect(text(first?.querySelector('.figure'))).to.equal('Personnel: 400 or 200 (reports differ)');
    expect(first?.querySelector('.figure .swatch.hatched')?.getAttribute('aria-hidden')).to.equal('true');
    expect(text(shadow(el).querySelector('[part="notes"]'))).to.contain('sources differ: 400 according to Diaspora Messenger');
  });

  it('follows kinds, from and to when they change', async () => {
    const el = await mount('kinds="resolutions"');
    el.setAttribute('kinds', 'milestones');
    await oneEvent(el, 'mss-render');
    expect(entries(el).map((li) => li.dataset.entry)).to.deep.equal(['mss-mandate-expires']);
    el.removeAttribute('kinds');
    el.setAttribute('from', '2025-12');
    await oneEvent(el, 'mss-render');
    expect(entries(el).map((li) => li.dataset.entry)).to.deep.equal(['fifth-contingent']);
  });

  it('shows a bad attribute as a visible alert in its box and fires mss-error once', async () => {
    const errors: MssErrorDetail[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('mss-timeline');
    el.setAttribute('kinds', 'battles');
    el.addEventListener('mss-error', (e) => errors.push(e.detail));
    wrapper.append(el);
    await el.updateComplete;
    const alert = shadow(el).querySelector('[role="alert"]') as HTMLElement;
    expect(text(alert)).to.contain('Unknown kind “battles” in kinds');
    expect(alert.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(errors.map((e) => e.kind)).to.deep.equal(['data']);
    el.setAttribute('from', '2024-02-30');
    el.setAttribute('kinds', 'funding');
    await el.updateComplete;
    expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain('The from attribute “2024-02-30” is not a date');
    expect(errors.length).to.equal(2);
    el.removeAttribute('from');
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    expect(entries(el).length).to.be.greaterThan(0);
  });

  it('walks the events with the arrow keys and announces each in the live region', async () => {
    const el = await mount('kinds="resolutions"');
    list(el).focus();
    expect(list(el).getAttribute('aria-describedby')).to.equal(shadow(el).querySelector('.visually-hidden[id$="-keys"]')?.id);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.activeEntry?.id).to.equal('resolution-2699');
    expect(text(live(el))).to.match(/^October 2, 2023\. UN Security Council Resolution 2699 .*\(1 of 3\)$/);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.activeEntry?.id).to.equal('mandate-renewed-2024');
    expect(entries(el)[1]?.classList.contains('active')).to.equal(true);
    expect(text(live(el))).to.contain('(2 of 3)');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.activeEntry?.id).to.equal('resolution-2793');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.activeEntry?.id, 'stays on the last').to.equal('resolution-2793');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.activeEntry?.id).to.equal('resolution-2699');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.activeEntry?.id, 'stays on the first').to.equal('resolution-2699');
  });

  it('runs down a line on phones and across an axis labelled by year on wide screens', async () => {
    const narrow = await mount('', 375);
    const n = entries(narrow);
    expect(n[1]!.getBoundingClientRect().top).to.be.greaterThan(n[0]!.getBoundingClientRect().bottom - 1);
    expect(getComputedStyle(shadow(narrow).querySelector('.year')!).display).to.equal('none');
    const wide = await mount('', 1000);
    const w = entries(wide);
    expect(w[1]!.getBoundingClientRect().left).to.be.greaterThan(w[0]!.getBoundingClientRect().left);
    expect(w[1]!.getBoundingClientRect().top).to.equal(w[0]!.getBoundingClientRect().top);
    const years = [...shadow(wide).querySelectorAll('.year')];
    expect(years.map((y) => text(y))).to.deep.equal(['2023', '2024', '2025']);
    expect(getComputedStyle(years[0]!).display).to.equal('block');
    // The axis scrolls inside the element's box; the page does not.
    expect(wide.getBoundingClientRect().width).to.equal(1000);
    expect(list(wide).scrollWidth).to.be.greaterThan(list(wide).clientWidth);
  });

  it('prints every event down the line, none hidden in the scrolling axis', async () => {
    const el = await mount('', 1000);
    try {
      await emulateMedia({ media: 'print' });
      const items = entries(el);
      expect(items[1]!.getBoundingClientRect().top).to.be.greaterThan(items[0]!.getBoundingClientRect().bottom - 1);
      expect(list(el).scrollWidth).to.equal(list(el).clientWidth);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('shows its own data given as inline JSON, validated like every element', async () => {
    const own = {
      sources: { un: { publisher: 'United Nations', title: 'A press release', url: 'https://press.un.org/x', confidence: 'H' } },
      milestones: [{ id: 'resolution-1', date: '2026-03', event: 'A new resolution', sources: ['un'] }],
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('mss-timeline');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(own);
    el.append(script);
    wrapper.append(el);
    await el.updateComplete;
    expect(entries(el).map((li) => li.dataset.entry)).to.deep.equal(['resolution-1']);
    expect(text(entries(el)[0]?.querySelector('.meta'))).to.equal('March 2026 Security Council');
    const errors: MssErrorDetail[] = [];
    el.addEventListener('mss-error', (e) => errors.push(e.detail));
    el.data = { sources: {}, milestones: [{ id: 'm', date: 'yesterday', event: 'x', sources: [] }] } as never;
    await el.updateComplete;
    expect(errors.length).to.equal(1);
    expect(text(shadow(el).querySelector('[role="alert"]'))).to.not.equal('');
  });

  it('is accessible', async () => {
    const el = await mount('');
    await expect(el).to.be.accessible();
  });
});
