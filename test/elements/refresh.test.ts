// Live figures (`refresh`): the refresh cycle against a test file whose answer and ETag change on command.
// Time is the pollers' injected clock (refreshClock), moved on by the tests: nothing here waits on, or
// asserts, real time. Each test serves its own file, so each has its own poller.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/contingent-chart/contingent-chart.js';
import '../../src/elements/key-figures/key-figures.js';
import '../../src/elements/pledges-chart/pledges-chart.js';
import '../../src/elements/displacement-chart/displacement-chart.js';
import '../../src/elements/casualties-chart/casualties-chart.js';
import type { MssChartElement } from '../../src/elements/base/mss-chart-element.js';
import { mssDataset } from '../../src/data/mss-dataset.js';
import type { MssKeyFigures } from '../../src/elements/key-figures/key-figures.component.js';
import { refreshClock } from '../../src/elements/base/refresh-poller.js';
import { refreshStrings } from '../../src/elements/base/refresh.strings.js';
import { RefreshController } from '../../src/elements/base/refresh-controller.js';
import { MssContingentChart } from '../../src/elements/contingent-chart/contingent-chart.component.js';
import type { MssDataset } from '../../src/data/types.js';
import { firstContingents, liveObjects, partialDataset, shadow, sleep, textOf, uniqueKey, until, watchUncaught } from '../fixtures/embedding.js';
import { drawn } from '../fixtures/chart.js';

type Chart = MssContingentChart;

interface Logged {
  method: string;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  aborted: boolean;
}

/** A file on the test server whose next answer a test sets. */
class LiveFile {
  readonly key = uniqueKey('live');
  readonly url = `/__test__/live/${encodeURIComponent(this.key)}`;
  /** The same file on another origin (127.0.0.1 for localhost): a cross-site file host. */
  readonly crossSiteUrl = `${location.protocol}//127.0.0.1:${location.port}${this.url}`;

  async set(body: unknown, options: { etag?: string; modified?: string; cache?: string; status?: number; delay?: number } = {}): Promise<void> {
    const params = new URLSearchParams({ key: this.key });
    for (const [name, value] of Object.entries(options)) if (value !== undefined) params.set(name, String(value));
    const response = await fetch(`/__test__/live?${params}`, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });
    if (!response.ok) throw new Error('the test server did not set the file');
  }

  async log(): Promise<Logged[]> {
    return (await fetch(`/__test__/live-log?key=${encodeURIComponent(this.key)}`)).json() as Promise<Logged[]>;
  }

  /** Asks the server until its log passes `check` (what the browser does meanwhile is not in our hands). */
  async until(check: (log: Logged[]) => boolean, what: string): Promise<void> {
    for (let i = 0; i < 100; i++) {
      if (check(await this.log())) return;
      await sleep(50);
    }
    throw new Error(`timed out waiting for ${what}: ${JSON.stringify(await this.log())}`);
  }
}

/** The pollers' clock, moved on by hand: `advance` runs every wait that falls due and awaits what it started. */
class ManualClock {
  time = Date.parse('2026-03-02T14:05:00Z');
  private waits: { at: number; run: () => unknown; cancelled: boolean }[] = [];
  private readonly real = { ...refreshClock };

  install(): void {
    refreshClock.now = () => this.time;
    refreshClock.wait = (run, ms) => {
      const entry = { at: this.time + ms, run, cancelled: false };
      this.waits.push(entry);
      return () => (entry.cancelled = true);
    };
  }

  restore(): void {
    Object.assign(refreshClock, this.real);
  }

  /** Waits set and not cancelled (the next check, and a request's time limit while one runs). */
  get pending(): number {
    return this.waits.filter((w) => !w.cancelled).length;
  }

  async advance(seconds: number): Promise<void> {
    this.time += seconds * 1000;
    const due = this.waits.filter((w) => !w.cancelled && w.at <= this.time);
    this.waits = this.waits.filter((w) => !due.includes(w));
    await Promise.all(due.map((w) => w.run()));
  }
}

const V1 = firstContingents(3);
const V2 = firstContingents(5);
const MODIFIED = 'Mon, 02 Mar 2026 14:00:00 GMT';
const rows = (el: Element) => shadow(el).querySelectorAll('tbody tr').length;
const note = (el: Element) => shadow(el).querySelector('.refresh-note');

let clock: ManualClock;
let uncaught: ReturnType<typeof watchUncaught>;
beforeEach(() => {
  clock = new ManualClock();
  clock.install();
  uncaught = watchUncaught();
});
afterEach(() => {
  clock.restore();
  uncaught.stop();
  expect(uncaught.errors).to.deep.equal([]);
});

/** A chart of `file` refreshing every `seconds`, drawn, its poller waiting for the first check. */
async function refreshingChart(file: LiveFile, seconds = 30, container?: HTMLElement): Promise<Chart> {
  const el = document.createElement('mss-contingent-chart');
  el.setAttribute('src', file.url);
  el.setAttribute('refresh', String(seconds));
  if (container) container.append(el);
  else await fixture(html`<div>${el}</div>`);
  await drawn(el);
  await until(() => clock.pending > 0, 'the refresh code to load and wait for the first check');
  return el;
}

/** Records every `type` event of `el`. */
function record(el: HTMLElement, type: string): Event[] {
  const events: Event[] = [];
  el.addEventListener(type, (event) => events.push(event));
  return events;
}

describe('refresh: conditional checks', () => {
  it('asks with If-None-Match and If-Modified-Since, and a 304 changes nothing', async () => {
    const file = new LiveFile();
    await file.set(V1, { etag: '"v1"', modified: MODIFIED });
    const el = await refreshingChart(file);
    const canvas = shadow(el).querySelector('canvas');
    const firstRow = shadow(el).querySelector('tbody tr');
    const chart = el.chartInstance;
    const labels = chart?.data.labels;
    const updates = record(el, 'mss-data-updated');
    const renders = record(el, 'mss-render');
    const errors = record(el, 'mss-error');

    await clock.advance(30);
    await el.updateComplete;

    const log = await file.log();
    expect(log).to.have.length(2);
    expect(log[0]?.ifNoneMatch, 'the first load is a plain one').to.equal(null);
    expect(log[1]?.ifNoneMatch).to.equal('"v1"');
    expect(log[1]?.ifModifiedSince).to.equal(MODIFIED);
    expect(shadow(el).querySelector('canvas'), 'same canvas').to.equal(canvas);
    expect(shadow(el).querySelector('tbody tr'), 'same table rows').to.equal(firstRow);
    expect(el.chartInstance?.data.labels, 'the chart was not given new data').to.equal(labels);
    expect(updates).to.have.length(0);
    expect(renders).to.have.length(0);
    expect(errors).to.have.length(0);
    expect(note(el)).to.equal(null);
  });

  it('changes nothing when a new ETag comes with the same figures', async () => {
    const file = new LiveFile();
    await file.set(V1, { etag: '"v1"' });
    const el = await refreshingChart(file);
    const updates = record(el, 'mss-data-updated');
    await file.set(V1, { etag: '"v1-again"' });
    await clock.advance(30);
    await el.updateComplete;
    expect((await file.log()).map((r) => r.ifNoneMatch)).to.deep.equal([null, '"v1"']);
    expect(updates).to.have.length(0);
    // The new validators are the ones sent next.
    await clock.advance(30);
    expect((await file.log())[2]?.ifNoneMatch).to.equal('"v1-again"');
  });
});

describe('refresh: newer figures', () => {
  it('updates in place: same canvas and chart, the keyboard position and the open table kept, said politely', async () => {
    const file = new LiveFile();
    await file.set(V1, { etag: '"v1"' });
    const el = await refreshingChart(file);
    const canvas = shadow(el).querySelector('canvas') as HTMLCanvasElement;
    const chart = el.chartInstance;
    const dates = chart?.data.labels?.length ?? 0;
    await until(() => !shadow(el).querySelector('.static-chart-frame'), 'the static chart to be gone');
    const plot = shadow(el).querySelector('.plot')!.getBoundingClientRect();
    const pixels = [canvas.width, canvas.height];
    // The reader opened the table and walked into the chart with the keyboard.
    (shadow(el).querySelector('footer button[aria-expanded]') as HTMLButtonElement).click();
    await el.updateComplete;
    const table = shadow(el).querySelector('.table-wrap');
    canvas.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    const point = (el as unknown as { keyboard: { activePoint?: { text: string } } }).keyboard.activePoint;
    expect(point).to.exist;

    await file.set(V2, { etag: '"v2"' });
    const updated = oneEvent(el, 'mss-data-updated');
    await clock.advance(30);
    const event = (await updated) as CustomEvent<{ url: string }>;

    expect(event.detail.url).to.equal(new URL(file.url, location.href).href);
    expect(rows(el)).to.equal(5);
    expect(el.chartInstance, 'the chart is updated, not recreated').to.equal(chart);
    expect(shadow(el).querySelector('canvas')).to.equal(canvas);
    expect(el.chartInstance?.data.labels?.length, 'arrival dates drawn').to.be.greaterThan(dates);
    // No flash, no jump: the static chart does not come back, the plot and canvas keep their size.
    expect(shadow(el).querySelector('.static-chart-frame')).to.equal(null);
    const after = shadow(el).querySelector('.plot')!.getBoundingClientRect();
    expect([after.width, after.height]).to.deep.equal([plot.width, plot.height]);
    expect([canvas.width, canvas.height]).to.deep.equal(pixels);
    expect(shadow(el).activeElement, 'focus stays on the chart').to.equal(canvas);
    expect((el as unknown as { keyboard: { activePoint?: { text: string } } }).keyboard.activePoint?.text).to.equal(point?.text);
    expect(el.showData, 'the table stays open').to.equal(true);
    expect(shadow(el).querySelector('.table-wrap')).to.equal(table);
    expect(textOf(el, '[aria-live="polite"]')).to.contain('Figures updated.');
  });

  it('key figures update their cards and say so in their own live region', async () => {
    const file = new LiveFile();
    const strength = partialDataset('strength');
    await file.set(strength, { etag: '"s1"' });
    const el = await fixture<MssKeyFigures>(html`<mss-key-figures figures="deployed" src=${file.url} refresh="60" lang="fr"></mss-key-figures>`);
    await until(() => shadow(el).querySelector('.card') !== null, 'the card');
    await until(() => clock.pending > 0, 'the first check to be set');
    const card = shadow(el).querySelector('.card');
    const before = textOf(el, '.value');
    const fewer: MssDataset = { ...strength, strength: strength.strength?.slice(0, 1) };
    await file.set(fewer, { etag: '"s2"' });
    const updated = oneEvent(el, 'mss-data-updated');
    await clock.advance(60);
    await updated;
    expect(textOf(el, '.value')).not.to.equal(before);
    expect(shadow(el).querySelector('.card'), 'the card is updated in place').to.equal(card);
    expect(textOf(el, 'footer [role="status"]')).to.equal('Chiffres mis à jour.');
  });
});

describe('refresh: failures', () => {
  it('ignores invalid data: the figures stay, mss-error fires once per problem', async () => {
    const file = new LiveFile();
    await file.set(V1, { etag: '"v1"' });
    const el = await refreshingChart(file);
    const updates = record(el, 'mss-data-updated');
    const errors = record(el, 'mss-error');
    const firstRow = shadow(el).querySelector('tbody tr');

    await file.set({ deployments: [{ country: 42 }] }, { etag: '"bad"' });
    await clock.advance(30);
    await el.updateComplete;
    expect(errors).to.have.length(1);
    const detail = (errors[0] as CustomEvent).detail as { kind: string; errors?: unknown[] };
    expect(detail.kind).to.equal('data');
    expect(detail.errors).to.not.be.empty;
    expect(rows(el)).to.equal(3);
    expect(shadow(el).querySelector('tbody tr')).to.equal(firstRow);
    expect(shadow(el).querySelector('.error'), 'no error box over live figures').to.equal(null);
    expect(updates).to.have.length(0);

    // Checked again and still invalid (not JSON this time): said again only because the problem differs.
    await file.set('{"deployments": [', { etag: '"broken"' });
    await clock.advance(30);
    await clock.advance(30);
    expect(errors).to.have.length(2);
    expect(rows(el)).to.equal(3);
  });

  it('keeps the figures after a failed check, marks them with the time, and waits longer before the next', async () => {
    const file = new LiveFile();
    await file.set(V1, { etag: '"v1"' });
    const el = await refreshingChart(file);
    const errors = record(el, 'mss-error');
    await file.set('', { status: 503 });

    await clock.advance(30);
    await el.updateComplete;
    expect(rows(el)).to.equal(3);
    expect(note(el)?.getAttribute('role')).to.equal('status');
    const time = new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(Date.parse('2026-03-02T14:05:00Z'));
    expect(textOf(el, '.refresh-note')).to.equal(`Could not update the figures; showing those of ${time}.`);
    expect(errors).to.have.length(1);
    expect((errors[0] as CustomEvent).detail.status).to.equal(503);
    await expect(el).to.be.accessible();

    // Second failure after 30 s (± jitter), then the wait doubles: 60 s ± 20 %.
    await clock.advance(40);
    expect(await file.log()).to.have.length(3);
    await clock.advance(40);
    expect(await file.log(), 'not yet: backing off').to.have.length(3);
    await clock.advance(40);
    expect(await file.log()).to.have.length(4);
    expect(errors, 'a failing streak is told once').to.have.length(1);

    // Back online: checked at once, not at the end of the backoff.
    window.dispatchEvent(new Event('online'));
    await clock.advance(0);
    expect(await file.log()).to.have.length(5);

    // The file is back, changed: after the fourth failure's wait (240 s ± 20 %), the mark goes and the figures update.
    await file.set(V2, { etag: '"v2"' });
    const updated = oneEvent(el, 'mss-data-updated');
    await clock.advance(300);
    await updated;
    expect(note(el)).to.equal(null);
    expect(rows(el)).to.equal(5);
  });
});

describe('refresh: shared, paused, stopped', () => {
  it('makes one request per interval for every element of the same file', async () => {
    const file = new LiveFile();
    await file.set(V1, { etag: '"v1"' });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const first = await refreshingChart(file, 30, container);
    const second = await refreshingChart(file, 30, container);
    const loads = (await file.log()).length;

    await clock.advance(30);
    expect(await file.log()).to.have.length(loads + 1);

    await file.set(V2, { etag: '"v2"' });
    const both = Promise.all([oneEvent(first, 'mss-data-updated'), oneEvent(second, 'mss-data-updated')]);
    await clock.advance(30);
    await both;
    expect(await file.log()).to.have.length(loads + 2);
    expect(rows(first)).to.equal(5);
    expect(rows(second)).to.equal(5);
  });

  it('pauses while the page is hidden and checks once when it is shown again', async () => {
    const file = new LiveFile();
    await file.set(V1, { etag: '"v1"' });
    const el = await refreshingChart(file);
    try {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      expect(clock.pending, 'no check waits while hidden').to.equal(0);
      await clock.advance(600);
      expect(await file.log()).to.have.length(1);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect(document.visibilityState).to.equal('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await clock.advance(0);
    expect(await file.log(), 'one overdue check, at once').to.have.length(2);
    await clock.advance(0);
    expect(await file.log()).to.have.length(2);
    expect(el.isConnected).to.equal(true);
  });

  it('stops when the element is removed, aborting a check under way', async () => {
    const file = new LiveFile();
    await file.set(V1, { etag: '"v1"' });
    const el = await refreshingChart(file);
    await file.set(V2, { etag: '"v2"', delay: 20_000 });
    const updates = record(el, 'mss-data-updated');
    const checking = clock.advance(30);
    await file.until((log) => log.length === 2, 'the check to reach the server');
    el.remove();
    await checking;
    expect(clock.pending, 'nothing waits').to.equal(0);
    await file.until((log) => log[1]?.aborted === true, 'the request to be aborted');
    await clock.advance(3600);
    expect(await file.log()).to.have.length(2);
    expect(updates).to.have.length(0);
  });

  it('leaves nothing alive after elements come and go', async () => {
    const file = new LiveFile();
    await file.set(V1, { etag: '"v1"' });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    for (let i = 0; i < 30; i++) {
      const el = document.createElement('mss-contingent-chart');
      el.setAttribute('src', file.url);
      el.setAttribute('refresh', '30');
      container.append(el);
      await until(() => clock.pending > 0, 'the element to subscribe');
      el.remove();
      expect(clock.pending).to.equal(0);
    }
    const live = await liveObjects({ element: MssContingentChart, controller: RefreshController });
    // One may wait on a microtask when counted; a leak would leave thirty.
    expect(live.element).to.be.at.most(2);
    expect(live.controller).to.be.at.most(2);
  });

  it('follows the attribute: removed stops the cycle, set again restarts it at the new interval', async () => {
    const file = new LiveFile();
    await file.set(V1, { etag: '"v1"' });
    const el = await refreshingChart(file);
    el.removeAttribute('refresh');
    await el.updateComplete;
    expect(clock.pending).to.equal(0);
    el.setAttribute('refresh', '120');
    await el.updateComplete;
    await clock.advance(60);
    expect(await file.log()).to.have.length(1);
    await clock.advance(60);
    expect(await file.log()).to.have.length(2);
  });

  it("waits as long as the server's Cache-Control max-age when that is longer than the interval", async () => {
    const file = new LiveFile();
    await file.set(V1, { etag: '"v1"', cache: 'public, max-age=120' });
    await refreshingChart(file);
    await clock.advance(30);
    await clock.advance(30);
    expect(await file.log()).to.have.length(1);
    await clock.advance(60);
    expect(await file.log()).to.have.length(2);
  });

  it('gives a chart added later the newest figures, with no request of its own', async () => {
    const file = new LiveFile();
    await file.set(V1, { etag: '"v1"' });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const first = await refreshingChart(file, 30, container);
    await file.set(V2, { etag: '"v2"' });
    const updated = oneEvent(first, 'mss-data-updated');
    await clock.advance(30);
    await updated;
    const requests = (await file.log()).length;
    const later = await refreshingChart(file, 30, container);
    expect(rows(later)).to.equal(5);
    expect(await file.log()).to.have.length(requests);
  });

  it('never checks more often than every 10 seconds', async () => {
    const file = new LiveFile();
    await file.set(V1, { etag: '"v1"' });
    await refreshingChart(file, 1);
    await clock.advance(9);
    expect(await file.log()).to.have.length(1);
    await clock.advance(1);
    expect(await file.log()).to.have.length(2);
  });

  it('pauses while the element is far off screen, and checks once it comes near', async () => {
    const file = new LiveFile();
    await file.set(V1, { etag: '"v1"' });
    const wrapper = await fixture<HTMLDivElement>(html`<div><div style="height: 4000px"></div></div>`);
    const el = document.createElement('mss-contingent-chart');
    el.setAttribute('src', file.url);
    el.setAttribute('refresh', '30');
    wrapper.append(el);
    await until(() => shadow(el).querySelector('footer [role="status"]') !== null, 'the refresh code to be running');
    await until(() => clock.pending === 0, 'the off-screen element to pause its file');
    await clock.advance(600);
    expect(await file.log()).to.have.length(1);
    el.scrollIntoView();
    await until(() => clock.pending > 0, 'the element on screen to resume');
    await clock.advance(0);
    expect(await file.log(), 'the overdue check, at once').to.have.length(2);
  });
});

describe('refresh: a file on another site', () => {
  it('sends no custom header (no CORS preflight): the browser cache revalidates, and the same figures change nothing', async () => {
    const file = new LiveFile();
    await file.set(V1, { etag: '"v1"' });
    const el = document.createElement('mss-contingent-chart');
    el.setAttribute('src', file.crossSiteUrl);
    el.setAttribute('refresh', '30');
    await fixture(html`<div>${el}</div>`);
    await drawn(el);
    await until(() => clock.pending > 0, 'the first check to be set');
    const updates = record(el, 'mss-data-updated');

    await clock.advance(30);
    await el.updateComplete;
    const log = await file.log();
    expect(log.map((r) => r.method), 'no OPTIONS preflight').to.deep.equal(['GET', 'GET']);
    expect(log[1]?.ifNoneMatch, "the browser's own revalidation").to.equal('"v1"');
    expect(updates).to.have.length(0);

    await file.set(V2, { etag: '"v2"' });
    const updated = oneEvent(el, 'mss-data-updated');
    await clock.advance(30);
    await updated;
    expect(rows(el)).to.equal(5);
  });
});

describe('refresh: every chart element', () => {
  const sections = {
    'mss-pledges-chart': 'pledges',
    'mss-displacement-chart': 'displacement',
    'mss-casualties-chart': 'casualties',
  } as const;
  for (const [tag, section] of Object.entries(sections)) {
    it(`<${tag}> updates its chart in place`, async () => {
      const file = new LiveFile();
      await file.set(mssDataset, { etag: '"all"' });
      const el = document.createElement(tag) as MssChartElement;
      el.setAttribute('src', file.url);
      el.setAttribute('refresh', '30');
      await fixture(html`<div>${el}</div>`);
      const chart = await drawn(el);
      await until(() => clock.pending > 0, 'the first check to be set');
      const table = textOf(el, 'tbody');
      const fewer = { ...mssDataset, [section]: mssDataset[section]?.slice(0, -1) };
      await file.set(fewer, { etag: '"fewer"' });
      const updated = oneEvent(el, 'mss-data-updated');
      await clock.advance(30);
      await updated;
      expect(el.chartInstance).to.equal(chart);
      expect(textOf(el, 'tbody')).not.to.equal(table);
    });
  }
});

describe('refresh: words', () => {
  it('says both things in every UI language, the stale line with its time', () => {
    const english = refreshStrings('en');
    for (const lang of ['fr', 'ht', 'es']) {
      const strings = refreshStrings(lang);
      expect(strings.updated, lang).to.not.equal(english.updated);
      expect(strings.stale('14:05'), lang).to.contain('14:05').and.not.equal(english.stale('14:05'));
    }
  });
});
