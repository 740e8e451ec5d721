// Page safety: styles neither leak in nor out, a strict CSP with Trusted Types sees no violation, and
// charts work whatever the page's language, direction, zoom and container (details, tabs, flex, grid,
// iframes).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/contingent-chart/contingent-chart.js';
import type { MssContingentChart } from '../../src/elements/contingent-chart/contingent-chart.component.js';
import { mssDataset } from '../../src/data/mss-dataset.js';
import { citedSourcesOnly, deviceScale, firstContingents, paintedPixels, serve, shadow, sleep, textOf, uniqueKey, until } from '../fixtures/embedding.js';

type Chart = MssContingentChart;
type ChartLike = HTMLElement & { chartReady?: () => Promise<unknown>; chartInstance?: { width: number; height: number } };

const allArrivals = mssDataset.deployments?.length ?? 0;
const ALL_TAGS = ['mss-contingent-chart', 'mss-pledges-chart', 'mss-displacement-chart', 'mss-casualties-chart', 'mss-key-figures'];

/** A drawn chart: an instance as wide as its plot box, and paint on its canvas. */
async function expectDrawn(el: Chart, width?: number): Promise<void> {
  const chart = await el.chartReady();
  expect(chart, 'chart instance').to.exist;
  await sleep(400);
  const plot = shadow(el).querySelector('.plot')!;
  expect(plot.clientWidth).to.be.greaterThan(100);
  expect(chart!.width).to.be.closeTo(plot.clientWidth, 1);
  if (width !== undefined) expect(chart!.width).to.be.closeTo(width, 1);
  expect(paintedPixels(shadow(el).querySelector('canvas'))).to.be.greaterThan(1000);
  expect(shadow(el).querySelector('.error')).to.equal(null);
}

/** Nothing sticks out of the element sideways. */
function expectNoOverflow(el: HTMLElement): void {
  const figure = shadow(el).querySelector('figure')!;
  expect(figure.scrollWidth, 'figure scroll width').to.be.at.most(figure.clientWidth + 1);
  expect(el.getBoundingClientRect().width).to.be.at.most((el.parentElement?.getBoundingClientRect().width ?? Infinity) + 1);
}

function loadFrame(src: string, style: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.setAttribute('style', style);
  frame.src = src;
  const loaded = new Promise<HTMLIFrameElement>((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
  document.body.append(frame);
  return loaded;
}

function pageUrl(params: Record<string, string | string[]>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const v of [value].flat()) query.append(key, v);
  return `/__test__/page?${query.toString()}`;
}

describe('style isolation', () => {
  it('page styles do not reach inside; only documented parts and custom properties do', async () => {
    const page = await fixture<HTMLElement>(html`<section>
      <style>
        /* A hostile stylesheet, as CMS themes are. */
        /* (Not div: the test fixture itself sits in one.) */
        figure, figcaption, p, canvas, table, footer, button, ul, li, .title, .summary, .plot, .root, .error {
          display: none !important;
          color: rgb(255, 0, 0) !important;
          font-size: 40px !important;
          margin: 50px !important;
        }
        * { box-sizing: content-box !important; }
        #styled::part(title) { color: rgb(0, 128, 0); }
        #styled { --mss-color-accent: rgb(255, 0, 255); }
      </style>
      <mss-contingent-chart id="styled" style="width: 600px"></mss-contingent-chart>
    </section>`);
    const el = page.querySelector('mss-contingent-chart') as Chart;
    await el.updateComplete;
    const title = shadow(el).querySelector<HTMLElement>('[part="title"]')!;
    expect(title.offsetHeight).to.be.greaterThan(0);
    expect(getComputedStyle(title).color).to.equal('rgb(0, 128, 0)');
    expect(getComputedStyle(shadow(el).querySelector('.summary')!).color).not.to.equal('rgb(255, 0, 0)');
    expect(getComputedStyle(shadow(el).querySelector('.summary')!).fontSize).not.to.equal('40px');
    await expectDrawn(el, 600);
    const kenya = el.chartInstance!.data.datasets[0]!;
    expect(kenya.label).to.equal('Kenya');
    expect(String(kenya.backgroundColor).replace(/\s/g, '')).to.match(/^(rgb\(255,0,255\)|#ff00ff)$/i);
  });

  it('the element’s styles do not reach the page', async () => {
    const page = await fixture<HTMLElement>(html`<section>
      <figure id="f"><figcaption class="title">Page figure</figcaption></figure>
      <p class="summary">Page text</p>
      <button id="b">Page button</button>
      <table id="t"><caption>Page table</caption><tr><th>a</th><td class="num">1</td></tr></table>
      <footer id="footer"><a href="#x">Page link</a></footer>
      <div class="error">Page error</div>
      <div class="visually-hidden">Page text that is not hidden</div>
      <canvas id="c"></canvas>
    </section>`);
    const probe = ['#f', '.title', '.summary', '#b', '#t', '.num', '#footer', '#footer a', '.error', '.visually-hidden', '#c'];
    const styles = () =>
      probe.map((selector) => {
        const style = getComputedStyle(page.querySelector(selector)!);
        return `${selector} ${[...style].map((name) => `${name}:${style.getPropertyValue(name)}`).join(';')}`;
      });
    const before = styles();
    const el = document.createElement('mss-contingent-chart');
    page.prepend(el);
    await el.chartReady();
    const after = styles();
    for (let i = 0; i < probe.length; i++) expect(after[i], probe[i]).to.equal(before[i]);
  });
});

describe('strict Content-Security-Policy and Trusted Types', () => {
  it('draws every element with zero violations', async function () {
    this.timeout(30_000);
    const id = uniqueKey('csp');
    const hosted = await serve('csp-data', citedSourcesOnly(firstContingents(6)));
    const inline = JSON.stringify(citedSourcesOnly(firstContingents(3)));
    const body = [
      '<mss-contingent-chart></mss-contingent-chart>',
      `<mss-contingent-chart src="${hosted}"></mss-contingent-chart>`,
      `<mss-contingent-chart><script type="application/json">${inline}</script></mss-contingent-chart>`,
      ...ALL_TAGS.slice(1).map((tag) => `<${tag}></${tag}>`),
    ].join('');
    const frame = await loadFrame(
      pageUrl({ csp: 'strict', id, css: '/test/fixtures/embed-page.css', script: ['/test/fixtures/csp-listener.ts', '/test/fixtures/embed-page.ts'], body }),
      'width: 1280px; height: 900px; border: 0',
    );
    try {
      const win = frame.contentWindow as Window & typeof globalThis;
      const doc = frame.contentDocument!;
      expect(win.cspViolations, 'the listener ran').to.be.an('array');
      await until(() => win.customElements.get('mss-contingent-chart') !== undefined, 'the elements to be defined', 10_000);
      const charts = [...doc.querySelectorAll<ChartLike>('body > *')].filter((el) => win.customElements.get(el.localName));
      expect(charts.length).to.be.at.least(3);
      for (const el of charts) {
        // Into view (charts start only near the viewport).
        el.scrollIntoView();
        if (el.chartReady) await el.chartReady();
      }
      await sleep(800);
      for (const el of charts) {
        expect(el.shadowRoot?.querySelector('.error'), `<${el.localName}> error box`).to.equal(null);
        if (el.chartReady) expect(el.chartInstance, `<${el.localName}> chart`).to.exist;
      }
      const contingent = [...doc.querySelectorAll<ChartLike>('mss-contingent-chart')];
      expect(contingent.map((el) => el.shadowRoot!.querySelectorAll('tbody tr').length)).to.deep.equal([allArrivals, 6, 3]);

      const reports = async () => (await (await fetch(`/__test__/csp-reports?id=${id}`)).json()) as string[];
      expect(win.cspViolations).to.deep.equal([]);
      expect(await reports()).to.deep.equal([]);

      // The detector works: a style attribute and an HTML string assigned from script are both reported.
      doc.body.setAttribute('style', 'color: red');
      expect(() => {
        doc.body.insertAdjacentHTML('beforeend', '<b>x</b>');
      }).to.throw(/TrustedHTML/);
      await until(() => win.cspViolations.length >= 2, 'the control violations');
      expect(win.cspViolations.map((v) => v.directive).sort()).to.deep.equal(['require-trusted-types-for', 'style-src-attr']);
      await until(() => false, 'reports', 1500).catch(() => undefined);
      expect((await reports()).length).to.be.at.least(1);
      expect(win.pageErrors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  /** Loads the built IIFE twice (two embeds on one page) under the strict policy; returns what the page saw. */
  async function twoCopies(tt: string) {
    const id = uniqueKey('csp-twice');
    const frame = await loadFrame(
      pageUrl({
        csp: 'strict',
        tt,
        id,
        script: ['/test/fixtures/csp-listener.ts', '/dist/cdn/mss-charts.iife.js?copy=1', '/dist/cdn/mss-charts.iife.js?copy=2'],
        body: '<mss-contingent-chart></mss-contingent-chart>',
      }),
      'width: 600px; height: 700px; border: 0',
    );
    try {
      const win = frame.contentWindow as Window & typeof globalThis;
      const el = frame.contentDocument!.querySelector('mss-contingent-chart') as Chart;
      const requested = win.performance.getEntriesByType('resource').map((e) => e.name);
      expect(requested.filter((name) => name.includes('mss-charts.iife.js')), 'run `npm run build` first').to.have.length(2);
      const chart = win.customElements.get('mss-contingent-chart') ? await el.chartReady() : undefined;
      return { errors: [...win.pageErrors], violations: win.cspViolations.map((v) => `${v.directive} ${v.sample}`), chart };
    } finally {
      frame.remove();
    }
  }

  it('two copies of the library under Trusted Types: fine when the policy allows duplicates', async () => {
    const allowed = await twoCopies('allow-duplicates');
    expect(allowed.errors).to.deep.equal([]);
    expect(allowed.violations).to.deep.equal([]);
    expect(allowed.chart).to.exist;
    // Why the README asks for 'allow-duplicates': each copy's Lit creates its "lit-html" policy, and the
    // second creation throws without it. (The first copy still draws.)
    const strict = await twoCopies('');
    expect(strict.violations).to.deep.equal(['trusted-types lit-html']);
    expect(strict.errors.join()).to.contain('Policy with name "lit-html" already exists');
    expect(strict.chart).to.exist;
  });
});

describe('any page language and direction', () => {
  let savedLang: string | null;
  before(() => {
    savedLang = document.documentElement.getAttribute('lang');
  });
  after(() => {
    if (savedLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', savedLang);
  });

  it('a page without lang gets English', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<Chart>(html`<mss-contingent-chart></mss-contingent-chart>`);
    expect(el.resolvedLocale).to.equal('en');
    expect(textOf(el, 'caption')).to.match(/^Data:/);
    await expectDrawn(el);
  });

  for (const lang of ['x-klingon', 'zz', 'i-klingon', 'en_US', '!!', 'fr-x-unknown']) {
    it(`lang="${lang}" neither throws nor breaks the chart`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><mss-contingent-chart></mss-contingent-chart></div>`);
      const el = wrapper.querySelector('mss-contingent-chart') as Chart;
      await el.updateComplete;
      expect(el.resolvedLocale).to.be.a('string').and.not.equal('');
      expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(allArrivals);
      expect(textOf(el, '[part="title"]')).not.to.equal('');
      await expectDrawn(el);
    });
  }

  it('right-to-left ancestors: drawn, contained, table and footer present', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width: 560px">
      <mss-contingent-chart></mss-contingent-chart>
    </div>`);
    const el = wrapper.querySelector('mss-contingent-chart') as Chart;
    await expectDrawn(el, 560);
    expectNoOverflow(el);
    // The chart's words are English (no Arabic UI text): they and the axes run left to right.
    expect(getComputedStyle(shadow(el).querySelector('figure')!).direction).to.equal('ltr');
    expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(allArrivals);
    expect(shadow(el).querySelectorAll('footer a').length).to.be.greaterThan(0);
  });
});

describe('zoom', () => {
  it('CSS zoom 200 %: the chart fills its box and is not blurred', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="zoom: 2; width: 320px"><mss-contingent-chart></mss-contingent-chart></div>`);
    const el = wrapper.querySelector('mss-contingent-chart') as Chart;
    const chart = await el.chartReady();
    await sleep(400);
    const canvas = shadow(el).querySelector('canvas')!;
    const shown = canvas.getBoundingClientRect();
    const plot = shadow(el).querySelector('.plot')!.getBoundingClientRect();
    expect(shown.width).to.be.closeTo(plot.width, 1);
    expect(shown.height).to.be.closeTo(plot.height, 1);
    // At least one backing pixel per screen pixel.
    expect(canvas.width).to.be.at.least(Math.floor(shown.width * devicePixelRatio) - 1);
    expect(chart!.width).to.be.greaterThan(0);
    expect(paintedPixels(canvas)).to.be.greaterThan(1000);
  });

  it('device pixel ratio 2 (browser zoom 200 %): drawn at twice the resolution', async () => {
    const shown = await fixture<HTMLDivElement>(html`<div style="width: 400px"><mss-contingent-chart></mss-contingent-chart></div>`);
    const el = shown.querySelector('mss-contingent-chart') as Chart;
    const chart = await el.chartReady();
    expect(chart!.currentDevicePixelRatio).to.equal(1);
    try {
      await deviceScale(2);
      expect(window.devicePixelRatio).to.equal(2);
      const fresh = await fixture<Chart>(html`<mss-contingent-chart style="width: 400px"></mss-contingent-chart>`);
      await fresh.chartReady();
      await sleep(400);
      expect(shadow(fresh).querySelector('canvas')!.width).to.equal(800);
      expect(paintedPixels(shadow(fresh).querySelector('canvas'))).to.be.greaterThan(4000);
      // A chart already shown takes the new ratio at its next resize. (Real browser zoom also reports
      // device-pixel size changes to the element's observer; the emulated ratio here does not.)
      shown.style.width = '420px';
      await until(() => shadow(el).querySelector('canvas')!.width === 840, 'the shown chart to redraw at ratio 2');
      expect(el.chartInstance).to.equal(chart);
    } finally {
      await deviceScale(1);
    }
  });
});

describe('containers', () => {
  it('inside <details>: drawn at full width when opened', async () => {
    const details = await fixture<HTMLDetailsElement>(html`<details style="width: 500px">
      <summary>Show the chart</summary>
      <mss-contingent-chart></mss-contingent-chart>
    </details>`);
    const el = details.querySelector('mss-contingent-chart') as Chart;
    await sleep(300);
    // Closed: no chart yet, rather than a chart stuck at 0 px.
    expect(el.chartInstance).to.equal(undefined);
    details.open = true;
    await expectDrawn(el, 500);
  });

  it('in a tab panel that is hidden, then shown', async () => {
    const tabs = await fixture<HTMLDivElement>(html`<div style="width: 520px">
      <div role="tabpanel" id="one">First tab</div>
      <div role="tabpanel" id="two" hidden><mss-contingent-chart></mss-contingent-chart></div>
    </div>`);
    const el = tabs.querySelector('mss-contingent-chart') as Chart;
    await sleep(300);
    expect(el.chartInstance).to.equal(undefined);
    tabs.querySelector<HTMLElement>('#one')!.hidden = true;
    tabs.querySelector<HTMLElement>('#two')!.hidden = false;
    await expectDrawn(el, 520);
    // Hidden again and shown at another width.
    tabs.querySelector<HTMLElement>('#two')!.hidden = true;
    tabs.style.width = '380px';
    await sleep(100);
    tabs.querySelector<HTMLElement>('#two')!.hidden = false;
    await sleep(300);
    expect(el.chartInstance!.width).to.be.closeTo(380, 1);
  });

  it('as a flex item beside a sidebar', async () => {
    const row = await fixture<HTMLDivElement>(html`<div style="display: flex; gap: 20px; width: 800px">
      <mss-contingent-chart></mss-contingent-chart>
      <aside style="flex: 0 0 200px">Sidebar</aside>
    </div>`);
    const el = row.querySelector('mss-contingent-chart') as Chart;
    await expectDrawn(el, 580);
    expectNoOverflow(el);
  });

  it('in a centred flex column', async () => {
    const column = await fixture<HTMLDivElement>(html`<div style="display: flex; flex-direction: column; align-items: center; width: 700px">
      <mss-contingent-chart></mss-contingent-chart>
    </div>`);
    await expectDrawn(column.querySelector('mss-contingent-chart') as Chart, 700);
  });

  it('in grid columns, without blowing them out', async () => {
    const grid = await fixture<HTMLDivElement>(html`<div style="display: grid; grid-template-columns: 1fr 1fr; gap: 20px; width: 820px">
      <mss-contingent-chart></mss-contingent-chart>
      <mss-contingent-chart show-data></mss-contingent-chart>
    </div>`);
    const [a, b] = [...grid.querySelectorAll('mss-contingent-chart')] as Chart[];
    await expectDrawn(a!, 400);
    await expectDrawn(b!, 400);
    expectNoOverflow(b!);
  });

  it('in an iframe of its own, with the frame’s language', async () => {
    const frame = await loadFrame(
      pageUrl({ lang: 'fr', script: '/test/fixtures/embed-page.ts', body: '<mss-contingent-chart></mss-contingent-chart>' }),
      'width: 360px; height: 700px; border: 0',
    );
    try {
      const win = frame.contentWindow as Window & typeof globalThis;
      await until(() => win.customElements.get('mss-contingent-chart') !== undefined, 'the element to be defined in the frame', 10_000);
      const el = frame.contentDocument!.querySelector('mss-contingent-chart') as Chart;
      await el.chartReady();
      expect(el.resolvedLocale).to.equal('fr');
      expect(el.shadowRoot!.querySelector('caption')!.textContent).to.match(/^Données/);
      expect(el.chartInstance!.width).to.be.closeTo(360 - 16, 2);
      expect(el.chartInstance!.options.indexAxis, 'phone layout in a narrow frame').to.equal('y');
    } finally {
      frame.remove();
    }
  });
});
