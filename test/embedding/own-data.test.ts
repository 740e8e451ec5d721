// Own data (the `data` property, `src`, inline JSON), shared fetches, aborts, stale answers, and every
// network or data fault: the element says what failed in its own box and the page goes on.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/contingent-chart/contingent-chart.js';
import type { MssContingentChart } from '../../src/elements/contingent-chart/contingent-chart.component.js';
import { mssDataset } from '../../src/data/mss-dataset.js';
import { warningsDuring } from '../fixtures/chart.js';
import {
  citedSourcesOnly,
  firstContingents,
  nextError,
  paintedPixels,
  partialDataset,
  requestStats,
  type RequestStats,
  serve,
  shadow,
  sleep,
  textOf,
  until,
  watchUncaught,
} from '../fixtures/embedding.js';

type Chart = MssContingentChart;

const rows = (el: Element) => shadow(el).querySelectorAll('tbody tr').length;
const errorBox = (el: Element) => shadow(el).querySelector<HTMLElement>('.error');
const allArrivals = mssDataset.deployments?.length ?? 0;

/** Polls the test server until the counts of `url` pass `check` (at most 3 s). */
async function waitForStats(url: string, check: (stats: RequestStats) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (check(await requestStats(url))) return;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}: ${JSON.stringify(await requestStats(url))}`);
}

/** Spies on console.warn for the duration of `run`, returning the warnings. */
let uncaught: ReturnType<typeof watchUncaught>;
beforeEach(() => {
  uncaught = watchUncaught();
});
afterEach(() => {
  uncaught.stop();
  // No fault, however bad, may escape the element.
  expect(uncaught.errors).to.deep.equal([]);
});

describe('own data, three ways', () => {
  it('charts the `data` property after validating it', async () => {
    const el = await fixture<Chart>(html`<mss-contingent-chart .data=${firstContingents(2)}></mss-contingent-chart>`);
    expect(rows(el)).to.equal(2);
    expect(textOf(el, 'tbody')).to.contain('June 25, 2024').and.contain('July 16, 2024');
    expect(textOf(el, 'tbody')).not.to.contain('January 18, 2025');
    expect(errorBox(el)).to.equal(null);
  });

  it('charts a JSON file named by `src`', async () => {
    const url = await serve('src', firstContingents(3));
    const el = await fixture<Chart>(html`<mss-contingent-chart src=${url}></mss-contingent-chart>`);
    await until(() => rows(el) === 3, 'the three rows of the file');
    expect(textOf(el, 'tbody')).to.contain('Jamaica');
    expect((await el.chartReady())?.data.labels).to.have.length(3);
  });

  it('charts an inline <script type="application/json"> child, even wrapped by a CMS', async () => {
    const json = JSON.stringify(firstContingents(4));
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    // Markup as a CMS stores it: the script inside a paragraph.
    wrapper.innerHTML = `<mss-contingent-chart><p><script type="application/json">${json}</script></p></mss-contingent-chart>`;
    const el = wrapper.querySelector('mss-contingent-chart') as Chart;
    await el.updateComplete;
    expect(rows(el)).to.equal(4);
    expect(textOf(el, 'tbody')).to.contain('Belize');
  });

  it('follows an inline script that a page adds or edits later', async () => {
    const el = await fixture<Chart>(html`<mss-contingent-chart></mss-contingent-chart>`);
    expect(rows(el)).to.equal(allArrivals);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(firstContingents(2));
    el.append(script);
    await until(() => rows(el) === 2, 'the inline data');
    script.textContent = JSON.stringify(firstContingents(5));
    await until(() => rows(el) === 5, 'the edited inline data');
    script.remove();
    await until(() => rows(el) === allArrivals, 'the built-in data again');
  });

  it('waits for an inline script still on its way rather than flashing the built-in figures', async () => {
    const inline = JSON.stringify(citedSourcesOnly(firstContingents(3)));
    const query = new URLSearchParams({
      // The classic (IIFE) build runs before the body is parsed: the element upgrades before its child arrives.
      classic: '/dist/cdn/mss-charts.iife.js',
      pause: '1000',
      body: `<mss-contingent-chart><!--pause--><script type="application/json">${inline}</script></mss-contingent-chart>`,
    });
    const frame = document.createElement('iframe');
    frame.setAttribute('style', 'width: 600px; height: 600px; border: 0');
    frame.src = `/__test__/page?${query.toString()}`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      const element = () => frame.contentDocument?.querySelector('mss-contingent-chart');
      await until(() => Boolean(element()?.shadowRoot), 'the element to upgrade while the page is parsed');
      expect(frame.contentDocument!.readyState).to.equal('loading');
      const seen = new Set<number>();
      while (frame.contentDocument!.readyState === 'loading') {
        seen.add(element()!.shadowRoot!.querySelectorAll('tbody tr').length);
        await sleep(20);
      }
      await loaded;
      await until(() => element()!.shadowRoot!.querySelectorAll('tbody tr').length === 3, 'the inline data');
      expect([...seen], 'row counts shown while the page loaded').to.deep.equal([0]);
    } finally {
      frame.remove();
    }
  });

  it('prefers the data property to src, and src to inline JSON', async () => {
    const url = await serve('order', firstContingents(3));
    const el = await fixture<Chart>(html`<mss-contingent-chart src=${url}
      ><script type="application/json">${JSON.stringify(firstContingents(4))}</script></mss-contingent-chart
    >`);
    await until(() => rows(el) === 3, 'src over inline');
    el.data = firstContingents(1);
    await el.updateComplete;
    expect(rows(el)).to.equal(1);
  });

  it('accepts a partial dataset for a chart that needs only that part', async () => {
    const el = await fixture<Chart>(html`<mss-contingent-chart .data=${partialDataset('deployments')}></mss-contingent-chart>`);
    expect(rows(el)).to.equal(allArrivals);
    expect(errorBox(el)).to.equal(null);
    const chart = await el.chartReady();
    expect(chart).to.exist;
  });

  it('names the missing section when a partial dataset lacks what the chart needs', async () => {
    const el = await fixture<Chart>(html`<mss-contingent-chart></mss-contingent-chart>`);
    const error = nextError(el);
    const warnings = await warningsDuring(async () => {
      el.data = partialDataset('displacement');
      await error;
    });
    const detail = await error;
    expect(warnings).to.have.length(1);
    expect(detail.kind).to.equal('data');
    expect(detail.message).to.contain('`deployments`');
    await el.updateComplete;
    expect(errorBox(el)?.textContent).to.contain('deployments');
  });
});

describe('shared, aborted and stale fetches', () => {
  it('fetches a src once for every chart that uses it', async () => {
    const url = await serve('shared', firstContingents(3));
    const delayed = `${url}?delay=150`;
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      ${Array.from({ length: 8 }, () => html`<mss-contingent-chart src=${delayed}></mss-contingent-chart>`)}
    </div>`);
    const charts = [...wrapper.querySelectorAll('mss-contingent-chart')];
    await until(() => charts.every((el) => rows(el) === 3), 'every chart to show the file');
    // A chart added later takes the cached copy at once.
    const late = document.createElement('mss-contingent-chart');
    late.src = delayed;
    wrapper.append(late);
    await late.updateComplete;
    expect(rows(late)).to.equal(3);
    expect(await requestStats(url)).to.deep.equal({ requests: 1, answered: 1, aborted: 0 });
  });

  it('aborts the fetch when the element is removed', async () => {
    const url = await serve('removed', firstContingents(3));
    const el = await fixture<Chart>(html`<mss-contingent-chart src="${url}?delay=3000"></mss-contingent-chart>`);
    await waitForStats(url, (s) => s.requests === 1, 'the request to reach the server');
    el.remove();
    await waitForStats(url, (s) => s.aborted === 1, 'the server to see the request abandoned');
    expect(await requestStats(url)).to.deep.equal({ requests: 1, answered: 0, aborted: 1 });
  });

  it('aborts the old fetch when src changes, and a late answer never replaces the newer data', async () => {
    const slow = await serve('slow-old', firstContingents(2));
    const fast = await serve('fast-new', firstContingents(5));
    // Another chart keeps the slow file's fetch alive, so its (late) answer does arrive.
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <mss-contingent-chart id="keeper" src="${slow}?delay=600"></mss-contingent-chart>
      <mss-contingent-chart id="switcher" src="${slow}?delay=600"></mss-contingent-chart>
    </div>`);
    const keeper = wrapper.querySelector('#keeper') as Chart;
    const switcher = wrapper.querySelector('#switcher') as Chart;
    await sleep(100);
    switcher.src = `${fast}?delay=0`;
    await until(() => rows(switcher) === 5, 'the newer file');
    await until(() => rows(keeper) === 2, 'the older file to arrive for the other chart');
    await sleep(100);
    expect(rows(switcher), 'the late answer is dropped').to.equal(5);
    expect((await requestStats(slow)).requests).to.equal(1);
  });

  it('aborts the only fetch of an old src when src changes', async () => {
    const old = await serve('abandoned', firstContingents(2));
    const next = await serve('replacement', firstContingents(4));
    const el = await fixture<Chart>(html`<mss-contingent-chart src="${old}?delay=2000"></mss-contingent-chart>`);
    await sleep(100);
    el.src = next;
    await until(() => rows(el) === 4, 'the new src');
    await waitForStats(old, (s) => s.aborted === 1, 'the old request to be abandoned');
    expect(await requestStats(old)).to.deep.equal({ requests: 1, answered: 0, aborted: 1 });
  });
});

describe('faults', () => {
  /** Mounts a chart on `src` and returns it with its first error. */
  async function failing(src: string, timeout?: number) {
    const el = document.createElement('mss-contingent-chart');
    el.style.width = '480px';
    if (timeout) el.timeout = timeout;
    el.src = src;
    const error = nextError(el, 6000);
    let detail!: Awaited<typeof error>;
    const warnings = await warningsDuring(async () => {
      await fixture(html`<div>${el}</div>`);
      detail = await error;
      await el.updateComplete;
      await sleep(50);
    });
    return { el, detail, warnings };
  }

  it('404: says the server answered 404, and which file', async () => {
    const { el, detail, warnings } = await failing('/__test__/not-found');
    expect(detail).to.include({ kind: 'data', status: 404 });
    expect(detail.url).to.equal(new URL('/__test__/not-found', location.href).href);
    expect(detail.message).to.match(/^The data at http:\/\/.+\/__test__\/not-found could not be loaded: the server answered 404 Not Found\.$/);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('404');
    expect(errorBox(el)?.textContent).to.contain('404');
  });

  it('500: says what the server answered', async () => {
    const { detail } = await failing('/__test__/server-error');
    expect(detail.status).to.equal(500);
    expect(detail.message).to.contain('the server answered 500 Internal Server Error');
  });

  it('network failure: a dropped connection and a closed port', async () => {
    const dropped = await failing('/__test__/drop');
    expect(dropped.detail.message).to.match(/could not be loaded: the network request failed \(is the address reachable/);
    const refused = await failing('http://127.0.0.1:9/data.json');
    expect(refused.detail.message).to.equal(
      'The data at http://127.0.0.1:9/data.json could not be loaded: the network request failed (is the address reachable, and does its server allow other sites to read it?).',
    );
  });

  it('timeout: gives up after `timeout` ms, says so, and aborts the request', async () => {
    const url = await serve('timeout', firstContingents(2));
    const started = performance.now();
    const { el, detail } = await failing(`${url}?delay=5000`, 300);
    const waited = performance.now() - started;
    // Not before the timeout (an upper bound would be a wall-clock assertion a busy machine breaks).
    expect(waited).to.be.at.least(250);
    expect(detail.message).to.match(/did not arrive within 0\.3 seconds\.$/);
    expect(errorBox(el)?.textContent).to.contain('0.3 seconds');
    await waitForStats(url, (s) => s.aborted === 1, 'the request to be abandoned');
    expect(await requestStats(url)).to.deep.equal({ requests: 1, answered: 0, aborted: 1 });
  });

  it('a non-JSON answer: says the file is not JSON and what the server called it', async () => {
    const { detail } = await failing('/__test__/not-json');
    expect(detail.message).to.match(/^The file at .+\/__test__\/not-json is not JSON data \(the server says it is text\/html\)\.$/);
  });

  it('invalid data: names the path and what was expected', async () => {
    const bad = structuredClone(firstContingents(3)) as unknown as { deployments: { personnel: unknown }[] };
    bad.deployments[1]!.personnel = { kind: 'exact', value: 'many', sources: ['kahawatungu-2025-01-18-third-contingent'] };
    const url = await serve('invalid', bad);
    const { el, detail, warnings } = await failing(url);
    expect(detail.message).to.contain('is not a valid mss-charts dataset (1 problem)');
    expect(detail.errors).to.deep.equal([{ path: 'deployments[1].personnel.value', message: 'expected a number, got "many"' }]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('deployments[1].personnel.value: expected a number, got "many"');
    expect(textOf(el, '.error li')).to.equal('deployments[1].personnel.value: expected a number, got "many"');
  });

  it('a src that is not http(s) is never fetched', async () => {
    const { detail } = await failing('javascript:alert(1)');
    expect(detail.message).to.equal('The data address "javascript:alert(1)" is not an http(s) URL.');
  });

  it('an inline script that is not JSON', async () => {
    const el = document.createElement('mss-contingent-chart');
    el.innerHTML = '<script type="application/json">{ deployments: [ }</script>';
    const error = nextError(el);
    const warnings = await warningsDuring(async () => {
      await fixture(html`<div>${el}</div>`);
      await error;
    });
    expect((await error).message).to.match(/^The inline JSON data could not be read: /);
    expect(warnings).to.have.length(1);
  });

  it('shows the error in an accessible box that keeps the reserved space', async () => {
    const reference = await fixture<Chart>(html`<mss-contingent-chart style="width: 480px"></mss-contingent-chart>`);
    const referencePlot = shadow(reference).querySelector('.plot')!.getBoundingClientRect();
    const { el } = await failing('/__test__/not-found');
    const box = errorBox(el)!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.contain('This chart could not be shown');
    const plot = shadow(el).querySelector('.plot')!.getBoundingClientRect();
    expect(plot.height).to.be.closeTo(referencePlot.height, 1);
    expect(plot.height).to.be.greaterThan(200);
    const boxRect = box.getBoundingClientRect();
    expect(boxRect.height).to.be.closeTo(plot.height, 1);
    await expect(el).to.be.accessible();
  });

  it('a long error in a phone-width box wraps and scrolls from its heading', async () => {
    const bad = structuredClone(citedSourcesOnly(firstContingents(4))) as unknown as { deployments: Record<string, unknown>[] };
    for (const row of bad.deployments) row.date = '24 June';
    const el = document.createElement('mss-contingent-chart');
    el.style.width = '200px';
    el.src = await serve('long-error', bad);
    const error = nextError(el);
    await warningsDuring(async () => {
      await fixture(html`<div>${el}</div>`);
      await error;
      await el.updateComplete;
    });
    const box = errorBox(el)!;
    expect(box.querySelectorAll('li')).to.have.length(4);
    expect(box.scrollWidth, 'no sideways scrolling').to.be.at.most(box.clientWidth);
    expect(box.scrollHeight, 'the list is longer than the box').to.be.greaterThan(box.clientHeight);
    const heading = box.querySelector('strong')!.getBoundingClientRect();
    expect(heading.top, 'heading inside the box, not cut off above').to.be.at.least(box.getBoundingClientRect().top);
  });

  it('keeps the last good figures when newer data fails, and says so', async () => {
    const good = await serve('good', firstContingents(3));
    const el = await fixture<Chart>(html`<mss-contingent-chart src=${good}></mss-contingent-chart>`);
    await until(() => rows(el) === 3, 'the good file');
    const chart = await el.chartReady();
    const error = nextError(el);
    await warningsDuring(async () => {
      el.src = '/__test__/not-found';
      await error;
      await el.updateComplete;
    });
    expect(rows(el)).to.equal(3);
    expect(el.chartInstance).to.equal(chart);
    expect(errorBox(el)?.classList.contains('stale')).to.equal(true);
    expect(errorBox(el)?.textContent).to.contain('Showing the last figures that loaded.');
    // Invalid data through the property keeps them too.
    const invalid = nextError(el);
    await warningsDuring(async () => {
      el.data = { sources: {}, deployments: 'many' } as never;
      await invalid;
      await el.updateComplete;
    });
    expect(rows(el)).to.equal(3);
    expect(textOf(el, '.error li')).to.equal('deployments: expected a list, got "many"');
    // Good data clears the error.
    el.data = firstContingents(6);
    await el.updateComplete;
    expect(errorBox(el)).to.equal(null);
    expect(rows(el)).to.equal(6);
  });

  it('does not warn or fire again when the chart re-renders with the same error', async () => {
    const { el, warnings } = await failing('/__test__/not-found');
    let events = 0;
    el.addEventListener('mss-error', () => events++);
    const more = await warningsDuring(async () => {
      el.lang = 'fr';
      el.style.width = '320px';
      await sleep(200);
      await el.updateComplete;
    });
    expect(warnings.length + more.length).to.equal(1);
    expect(events).to.equal(0);
    expect(errorBox(el)).to.exist;
  });

  it('leaves the other charts on the page alone', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px">
      <mss-contingent-chart id="ok"></mss-contingent-chart>
      <mss-contingent-chart id="broken" src="/__test__/not-json"></mss-contingent-chart>
    </div>`);
    const ok = wrapper.querySelector('#ok') as Chart;
    const broken = wrapper.querySelector('#broken') as Chart;
    await warningsDuring(async () => {
      await until(() => errorBox(broken) !== null, 'the broken chart to fail');
      await ok.chartReady();
      await sleep(600);
    });
    expect(errorBox(ok)).to.equal(null);
    expect(rows(ok)).to.equal(allArrivals);
    expect(paintedPixels(shadow(ok).querySelector('canvas'))).to.be.greaterThan(2000);
  });
});

describe('attributes changed at runtime', () => {
  it('updates the same chart in place for src, lang and chart-title', async () => {
    const first = await serve('in-place-1', firstContingents(3));
    const second = await serve('in-place-2', firstContingents(6));
    const el = await fixture<Chart>(html`<mss-contingent-chart src=${first}></mss-contingent-chart>`);
    await until(() => rows(el) === 3, 'the first file');
    const chart = await el.chartReady();
    expect(chart?.data.labels).to.have.length(3);

    el.setAttribute('src', second);
    await until(() => rows(el) === 6, 'the second file');
    await sleep(50);
    expect(el.chartInstance).to.equal(chart);
    expect(chart?.data.labels).to.have.length(5);

    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    await sleep(50);
    expect(el.chartInstance).to.equal(chart);
    expect(textOf(el, 'caption')).to.match(/^Données/);
    expect(String(chart?.data.datasets[0]?.label)).to.equal('Kenya');

    el.setAttribute('chart-title', 'Our own headline');
    await el.updateComplete;
    expect(textOf(el, '[part="title"]')).to.equal('Our own headline');
    expect(el.chartInstance).to.equal(chart);
  });
});
