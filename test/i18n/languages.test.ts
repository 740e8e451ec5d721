import { expect, fixture, html } from '@open-wc/testing';
import { mssDataset } from '../../src/data/mss-dataset.js';
import { countryName, formatCompact, formatIsoDate, formatList, formatMonthTick, formatNumber, formatFigure } from '../../src/i18n/format.js';
import { stringsFor } from '../../src/i18n/strings.js';
import type { MssElement } from '../../src/elements/base/mss-element.js';
import { VARIANTS, describeVariant, mount, shadow, text } from '../a11y/helpers.js';
import '../../src/i18n/all-words.js';

/** Narrow no-break space, French (and Haitian) digit grouping. */
const NNBSP = '\u202f';

describe('Haitian Creole formatting (Intl has no `ht` data)', () => {
  it('writes dates with Creole month names, day first', () => {
    expect(formatIsoDate('2025-02-04', 'ht')).to.equal('4 fevriye 2025');
    expect(formatIsoDate('2024-06-25', 'ht')).to.equal('25 jen 2024');
    expect(formatIsoDate('2025-12', 'ht')).to.equal('desanm 2025');
    expect(formatIsoDate('2025', 'ht')).to.equal('2025');
    expect(formatIsoDate('2024-07-16', 'ht', 'short')).to.equal('16 jiy. 2024');
    expect(formatIsoDate('2024-07-16', 'ht-HT')).to.equal('16 jiyè 2024');
    expect(formatMonthTick(Date.UTC(2024, 5, 1), 'ht')).to.equal('jen 2024');
  });

  it('groups digits and writes decimals as in Haiti (French style)', () => {
    expect(formatNumber(1251, 'ht')).to.equal(`1${NNBSP}251`);
    expect(formatNumber(1251.5, 'ht')).to.equal(`1${NNBSP}251,5`);
    expect(formatCompact(1_400_000, 'ht')).to.equal('1,4 milyon');
    expect(formatCompact(15_000, 'ht')).to.equal('15 mil');
    // Same digits as French, which is what a Haitian reader sees in print.
    expect(formatNumber(980, 'ht')).to.equal('980');
  });

  it('names the mission countries in Creole and falls back to French for the rest', () => {
    expect(countryName('KE', 'ht')).to.equal('Kenya');
    expect(countryName('JM', 'ht')).to.equal('Jamayik');
    expect(countryName('SV', 'ht')).to.equal('Salvadò');
    expect(countryName('US', 'ht')).to.equal('Etazini');
    expect(countryName('DE', 'ht')).to.equal('Allemagne');
  });

  it('joins lists with "ak" and "oswa"', () => {
    expect(formatList(['Kenya', 'Jamayik', 'Beliz'], 'ht')).to.equal('Kenya, Jamayik ak Beliz');
    expect(formatList(['400', 'anviwon 200'], 'ht', 'disjunction')).to.equal('400 oswa anviwon 200');
    const disputed = formatFigure(
      { kind: 'disputed', reports: [{ kind: 'exact', value: 400, sources: ['a'] }, { kind: 'approximate', value: 200, qualifier: 'about', sources: ['b'] }] },
      'ht',
    );
    expect(disputed).to.equal('400 oswa anviwon 200 (sous yo pa dakò)');
  });
});

describe('other page languages', () => {
  it('fall back to English words with the locale’s own number formats', () => {
    expect(stringsFor('de').showData).to.equal('Show data');
    expect(stringsFor('pt-BR').showData).to.equal('Show data');
    expect(formatNumber(1251, 'de')).to.equal('1.251');
    expect(formatNumber(1251, 'en')).to.equal('1,251');
  });

  it('a German page shows English text with German digit grouping in the table', async () => {
    const el = await mount('mss-contingent-chart', { lang: 'de', view: 'cumulative' });
    expect(text(shadow(el).querySelector('caption'))).to.match(/^Data: /);
    const cells = [...shadow(el).querySelectorAll('td')].map((td) => text(td));
    expect(cells).to.include('1.251');
    expect(cells).to.not.include('1,251');
  });

  it('every UI language translates every shared string', () => {
    const en = stringsFor('en');
    // Words French spells as English does.
    const same: Record<string, string[]> = { fr: ['source', 'sources', 'notes'], ht: ['colon'], es: ['colon'] };
    for (const lang of ['fr', 'ht', 'es']) {
      const strings = stringsFor(lang);
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        const mine = strings[key];
        expect(mine, `${lang}.${key}`).to.exist;
        if (typeof mine === 'string' && !same[lang]?.includes(key)) expect(mine, `${lang}.${key} is translated`).to.not.equal(en[key]);
        if (typeof mine === 'function') {
          const sample = (mine as (...a: string[]) => string)('X', 'Y');
          expect(sample, `${lang}.${key}()`).to.not.equal((en[key] as (...a: string[]) => string)('X', 'Y'));
        }
      }
    }
  });
});

describe('runtime language changes', () => {
  it('re-render when an ancestor’s lang changes, and when the element’s own lang changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en" style="width: 640px"><mss-contingent-chart></mss-contingent-chart></div>`);
    const el = wrapper.querySelector('mss-contingent-chart') as MssElement;
    await el.updateComplete;
    const title = () => text(shadow(el).querySelector('[part="title"]'));
    const button = () => text(shadow(el).querySelector('footer button'));
    expect(title()).to.match(/^Kenya has sent/);
    wrapper.setAttribute('lang', 'fr');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.resolvedLocale).to.equal('fr');
    expect(title()).to.match(/^Kenya a fourni/);
    expect(button()).to.equal('Afficher les données');
    expect(text(shadow(el).querySelector('tbody th'))).to.equal('25 juin 2024');
    el.lang = 'ht';
    await el.updateComplete;
    expect(title()).to.match(/^Se Kenya/);
    expect(text(shadow(el).querySelector('tbody th'))).to.equal('25 jen 2024');
    expect(shadow(el).querySelector('.root')!.getAttribute('lang')).to.equal('ht');
  });
});

/**
 * English words that are not also French, Spanish or Creole words: any of them in a translated chart is
 * an untranslated string.
 */
const ENGLISH = [
  'the', 'and', 'of', 'to', 'by', 'from', 'with', 'for', 'at', 'as', 'or', 'is', 'are', 'was', 'were', 'has', 'have',
  'people', 'arrived', 'arrival', 'arrivals', 'figures', 'figure', 'show', 'hide', 'download', 'data',
  'chart', 'killed', 'displaced', 'pledged', 'pledges', 'deployed', 'military', 'reports', 'report', 'differ', 'according',
  'about', 'nearly', 'least', 'more', 'than', 'country', 'countries', 'month', 'quarter', 'year', 'headcount', 'head-count',
  'reported', 'since', 'between', 'until', 'only', 'each', 'new', 'first', 'second', 'third', 'fourth', 'last', 'number',
  'disclosed', 'loading', 'casualties', 'displacement', 'planned', 'strength', 'total', 'left', 'sent', 'people', 'dead',
  'deaths', 'injured', 'kidnapped', 'dispute', 'disputed', 'approximate', 'source', 'up', 'down', 'arrow', 'keys', 'use',
];

/** Publisher names are proper names in any language; they are removed before looking for English. */
const PUBLISHERS = [
  ...new Set(Object.values(mssDataset.sources).flatMap((s) => [s.publisher, ...(s.via ? [s.via] : [])])),
].sort((a, b) => b.length - a.length);

function englishWordsIn(textToCheck: string, lang: string): string[] {
  // A quotation of the original article stays in the words it was written in.
  let rest = textToCheck.replace(/«[^»]*»|“[^”]*”/g, ' ');
  for (const p of PUBLISHERS) rest = rest.split(p).join(' ');
  const allowed = new Set<string>(lang === 'fr' ? ['source', 'total', 'sources'] : lang === 'es' ? ['total'] : ['total']);
  const words = rest.toLowerCase().match(/[a-zà-ÿ'’-]+/g) ?? [];
  return [...new Set(words.filter((w) => ENGLISH.includes(w) && !allowed.has(w)))];
}

/** Everything a reader sees or hears of an element except the sources' own names and headlines. */
function visibleWords(el: MssElement): Record<string, string> {
  const root = shadow(el);
  const all = (selector: string) => [...root.querySelectorAll(selector)].map((n) => text(n)).join(' | ');
  const sourcesLine = root.querySelector('footer .sources');
  const sourcesLabel = sourcesLine ? [...sourcesLine.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join(' ') : '';
  return {
    title: all('[part="title"]'),
    summary: all('[part="summary"]'),
    legend: all('[part="legend"] li'),
    notes: all('[part="notes"] li, [part="more-notes"] summary, [part="more-notes"] li'),
    caption: all('caption'),
    headers: all('thead th'),
    rowHeaders: all('tbody th'),
    buttons: all('button'),
    footer: sourcesLabel,
    canvasLabel: [...root.querySelectorAll('canvas')].map((c) => c.getAttribute('aria-label') ?? '').join(' '),
    hidden: all('.visually-hidden:not(.table-wrap)'),
    body: all('[part="card"], [part="cards"]'),
  };
}

describe('a French, Haitian Creole or Spanish page shows the whole element in its language', () => {
  it('(control) the same check finds the English of an English page', async () => {
    const el = await mount('mss-contingent-chart', { lang: 'en' });
    const words = visibleWords(el);
    expect(englishWordsIn(words.title, 'fr')).to.include('has');
    expect(englishWordsIn(words.buttons, 'fr')).to.include.members(['show', 'data', 'download']);
  });

  for (const variant of VARIANTS) {
    for (const lang of ['fr', 'ht', 'es']) {
      it(`${describeVariant(variant)} in ${lang}`, async () => {
        const el = await mount(variant.tag, { ...variant.attrs, lang });
        const words = visibleWords(el);
        for (const [part, value] of Object.entries(words)) {
          expect(englishWordsIn(value, lang), `English in ${part}: “${value}”`).to.deep.equal([]);
        }
        expect(words.buttons).to.contain(stringsFor(lang).showData);
        expect(words.buttons).to.contain(stringsFor(lang).downloadCsv);
      });
    }
  }
});
