import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/key-figures/key-figures.js';
import type { MssKeyFigures } from '../../src/elements/key-figures/key-figures.component.js';
import type { MssErrorDetail } from '../../src/elements/base/mss-element.js';
import { mss20251208 as frozenData } from '../fixtures/data/mss-2025-12-08.js';
import { shadow } from '../fixtures/chart.js';

/** Text as a reader hears it: whitespace collapsed, in DOM order. */
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const cards = (el: HTMLElement) => [...shadow(el).querySelectorAll<HTMLLIElement>('[part="card"]')];

/** Attaches an element and collects the `mss-error` events it fires from its first update on. */
async function attachWatchingErrors(figures: string) {
  const el = document.createElement('mss-key-figures');
  el.figures = figures;
  const errors: MssErrorDetail[] = [];
  el.addEventListener('mss-error', (e) => errors.push(e.detail));
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return { el, errors };
}

describe('<mss-key-figures>', () => {
  it('goes back to the default cards when the figures attribute is removed', async () => {
    const el = await fixture<MssKeyFigures>(html`<mss-key-figures figures="funding"></mss-key-figures>`);
    const cards = () => el.shadowRoot!.querySelectorAll('[part~="card"], .card').length;
    const one = cards();
    el.removeAttribute('figures');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(cards()).to.be.greaterThan(one);
  });

  it('renders the default cards as text, number first, in order', async () => {
    const el = await fixture<MssKeyFigures>(html`<mss-key-figures .data=${frozenData}></mss-key-figures>`);
    const list = cards(el);
    expect(list.map((c) => c.dataset.figure)).to.deep.equal(['deployed', 'displaced', 'killed-2024']);
    expect(text(list[0]?.querySelector('.headline'))).to.equal('980 personnel deployed of 2,500 planned');
    expect(text(list[1]?.querySelector('.headline'))).to.equal('more than 1.4 million people displaced inside Haiti up from 315,000 in December 2023');
    expect(text(list[2]?.querySelector('.headline'))).to.equal('at least 5,601 people killed in 2024');
    expect(text(list[2]?.querySelector('.dispute'))).to.equal('Sources differ: 5,626 (later BINUH count, undated; the MENAFN (KUNA) report is quoted only for 5,601)');
    expect(text(list[0]?.querySelector('.date'))).to.equal('As of December 8, 2025');
    expect(text(list[2]?.querySelector('.date'))).to.equal('As of December 2024');
    // The number is selectable text with tabular figures, not a picture.
    const number = list[0]?.querySelector('.number') as HTMLElement;
    expect(number.textContent).to.equal('980');
    expect(getComputedStyle(number).fontVariantNumeric).to.equal('tabular-nums');
    expect(shadow(el).querySelector('[part="cards"]')?.getAttribute('role')).to.equal('list');
  });

  it('follows the figures attribute, its order and a change of it', async () => {
    const el = await fixture<MssKeyFigures>(html`<mss-key-figures .data=${frozenData} figures="funding, killed-2023 contingents"></mss-key-figures>`);
    expect(cards(el).map((c) => c.dataset.figure)).to.deep.equal(['funding', 'killed-2023', 'contingents']);
    expect(text(cards(el)[0]?.querySelector('.headline'))).to.equal("$85 million received by the mission's UN trust fund of $110.3 million pledged");
    el.figures = 'pledged';
    await oneEvent(el, 'mss-render');
    expect(cards(el).map((c) => c.dataset.figure)).to.deep.equal(['pledged']);
    expect(text(cards(el)[0]?.querySelector('.value'))).to.equal('more than 3,100');
  });

  it("links each card's sources to the articles, in a new tab", async () => {
    const el = await fixture<MssKeyFigures>(html`<mss-key-figures .data=${frozenData} figures="deployed contingents"></mss-key-figures>`);
    const [deployed, contingents] = cards(el);
    const links = [...deployed!.querySelectorAll<HTMLAnchorElement>('.meta a')];
    expect(links.map((a) => a.textContent)).to.deep.equal(['BusinessDay (Reuters)', 'Stening Simpson', 'Eagle News Feed']);
    expect(links[0]?.href).to.equal(frozenData.sources['businessday-reuters-2025-12-09-un-expands-mission']?.url);
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.contain('noopener');
      expect(a.title.length).to.be.greaterThan(0);
    }
    // A card citing many reports links the first three and points to the footer for the rest.
    expect(contingents!.querySelectorAll('.meta a').length).to.equal(3);
    expect(text(contingents!.querySelector('.meta'))).to.match(/and 13 more listed below$/);
    const footerLinks = [...shadow(el).querySelectorAll<HTMLAnchorElement>('footer a')].map((a) => a.href);
    expect(footerLinks).to.include(frozenData.sources['village-voice-2023-09-27-antigua-barbuda']?.url);
  });

  it('keeps the exact figures in the data table', async () => {
    const el = await fixture<MssKeyFigures>(html`<mss-key-figures .data=${frozenData}></mss-key-figures>`);
    const rows = [...shadow(el).querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => text(c)).join(' | '));
    expect(rows).to.include('People displaced inside Haiti | more than 1,400,000 | October 2025 | News Ghana');
    expect(rows).to.include('People killed in 2024 | at least 5,601 or 5,626 (reports differ) | December 2024 | MENAFN (KUNA)');
    expect(rows.length).to.equal(5);
    expect(text(shadow(el).querySelector('caption'))).to.equal("Data: Haiti's crisis and the Kenya-led mission, in figures");
    expect(text(shadow(el).querySelector('footer'))).to.contain('Figures as of December 8, 2025');
    expect(text(shadow(el).querySelector('[part="notes"]'))).to.contain('5,626 (later BINUH count, undated; the MENAFN (KUNA) report is quoted only for 5,601), as reported by MENAFN (KUNA)');
  });

  it('shows an unknown figure id as a visible error and fires mss-error', async () => {
    const { el, errors } = await attachWatchingErrors('deployed killed-2025');
    expect(errors.length).to.equal(1);
    expect(errors[0]?.kind).to.equal('data');
    expect(errors[0]?.message).to.match(/Unknown key figure "killed-2025"/);
    const alert = shadow(el).querySelector('[role="alert"]');
    expect(text(alert)).to.contain('This chart could not be shown');
    expect(text(alert)).to.contain('killed-2025');
    expect(cards(el).length).to.equal(0);
    expect((alert as HTMLElement).getBoundingClientRect().height).to.be.greaterThan(80);
  });

  it('keeps the last good cards under the error when figures turn bad', async () => {
    const el = await fixture<MssKeyFigures>(html`<mss-key-figures .data=${frozenData} figures="displaced"></mss-key-figures>`);
    setTimeout(() => (el.figures = 'displaced, refugees'));
    const event = await oneEvent(el, 'mss-error');
    await el.updateComplete;
    expect(event.detail.message).to.contain('"refugees"');
    expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain('Showing the last figures that loaded.');
    expect(cards(el).map((c) => c.dataset.figure)).to.deep.equal(['displaced']);
  });

  it('switches to French when its language changes', async () => {
    const el = await fixture<MssKeyFigures>(html`<mss-key-figures .data=${frozenData}></mss-key-figures>`);
    // As a page switches language: the attribute, on the element or an ancestor.
    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    const [deployed, displaced, killed] = cards(el);
    expect(text(deployed?.querySelector('.headline'))).to.match(/^980 membres de la force déployés sur 2\s500 prévus$/);
    expect(text(displaced?.querySelector('.value'))).to.equal('plus de 1,4 million');
    expect(text(killed?.querySelector('.dispute'))).to.match(/^Les sources divergent : 5\s626/);
    expect(text(deployed?.querySelector('.date'))).to.equal('Au 8 décembre 2025');
    expect(text(deployed?.querySelector('.meta'))).to.match(/Sources : |Sources:/);
    expect(text(shadow(el).querySelector('[part="title"]'))).to.equal('La crise en Haïti et la mission menée par le Kenya, en chiffres');
    expect(shadow(el).querySelector('.root')?.getAttribute('lang')).to.equal('fr');
  });

  it('lays the cards out in one column at 320 px and side by side when wide', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><mss-key-figures></mss-key-figures></div>`);
    const el = wrapper.querySelector('mss-key-figures') as MssKeyFigures;
    await el.updateComplete;
    const lefts = () => cards(el).map((c) => Math.round(c.getBoundingClientRect().left));
    const tops = () => cards(el).map((c) => Math.round(c.getBoundingClientRect().top));
    expect(new Set(lefts()).size).to.equal(1);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    for (const c of cards(el)) expect(c.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    wrapper.style.width = '1000px';
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    expect(new Set(tops()).size).to.equal(1);
    expect(new Set(lefts()).size).to.equal(3);
  });

  it('puts at most four cards in a row', async () => {
    const el = await fixture<MssKeyFigures>(
      html`<mss-key-figures .data=${frozenData} style="width: 1400px" figures="deployed contingents pledged funding displaced"></mss-key-figures>`,
    );
    const tops = cards(el).map((c) => Math.round(c.getBoundingClientRect().top));
    expect(tops.filter((t) => t === tops[0]).length).to.equal(4);
  });

  it('uses the dark palette with theme="dark"', async () => {
    const el = await fixture<MssKeyFigures>(html`<mss-key-figures .data=${frozenData} theme="dark"></mss-key-figures>`);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(shadow(el).querySelector('.root')?.classList.contains('scheme-dark')).to.equal(true);
    const label = cards(el)[0]?.querySelector('.context') as HTMLElement;
    // Muted text in the dark scheme is light grey (#aab1b9), readable on the dark background.
    expect(getComputedStyle(label).color).to.equal('rgb(170, 177, 185)');
  });

  it('is accessible', async () => {
    const el = await fixture<MssKeyFigures>(html`<mss-key-figures .data=${frozenData} figures="deployed displaced killed-2024 funding"></mss-key-figures>`);
    await expect(el).to.be.accessible();
  });
});
