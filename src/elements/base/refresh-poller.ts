/**
 * One poller per hosted file: however many elements show a `src`, it is asked for once per interval (the
 * shortest any of them asks for). Each request is conditional (`If-None-Match` / `If-Modified-Since` from the
 * last answer), so an unchanged file costs a 304 and no parsing; a changed one is validated and handed to
 * every element only when its figures differ. Polling pauses while the page is hidden or every element of the
 * file is off screen, catches up when one comes back, and stops (aborting its request) when the last leaves.
 */
import type { MssDataset } from '../../data/types.js';
import { fetchDataset, sharedData, type Loaded } from './data-source.js';
import type { MssErrorDetail } from './mss-element.js';

/** The shortest interval honoured, in seconds: a shared file asked for more often only loads its server. */
export const MIN_INTERVAL = 10;
/** The longest wait between checks after failures, in seconds. */
export const MAX_BACKOFF = 15 * 60;
/** A server's `Cache-Control: max-age` lengthens the interval to at most this, in seconds. */
const MAX_AGE_CAP = 60 * 60;
/** `setTimeout` fires at once past 2^31 ms (~24.8 days); a day is the longest interval kept. */
const MAX_INTERVAL = 24 * 60 * 60;
/** A check still unanswered after this (ms) is abandoned as failed. */
const REQUEST_TIMEOUT = 30_000;

/**
 * The clock the pollers wait with. Tests replace `wait` and `now` to run the cycle without waiting on real
 * time; `wait` returns the function that cancels the wait, and hands back what `run` returns.
 */
export const refreshClock = {
  now: (): number => Date.now(),
  wait(run: () => unknown, ms: number): () => void {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

export interface RefreshSubscriber {
  /** Seconds between checks this element asks for (clamped to MIN_INTERVAL…a day). */
  readonly interval: number;
  /** On or near the screen: an element nobody can see does not keep its file polled. */
  readonly onScreen: boolean;
  /** Newer, valid figures. */
  take(data: MssDataset): void;
  /** The figures were confirmed current at `checkedAt` (`failed` false), or could not be checked (`failed` true). */
  status(failed: boolean, checkedAt: number): void;
  /** A check failed or answered data that cannot be used: the page is told, the figures stay. */
  problem(detail: MssErrorDetail): void;
}

const pollers = new Map<string, Poller>();

/** Starts (or joins) the polling of `url`; returns the function that leaves it. */
export function subscribe(url: string, subscriber: RefreshSubscriber): () => void {
  let poller = pollers.get(url);
  if (!poller) {
    poller = new Poller(url);
    pollers.set(url, poller);
    watchPage();
  }
  const joined = poller;
  joined.subscribers.add(subscriber);
  joined.schedule();
  return () => {
    joined.subscribers.delete(subscriber);
    if (joined.subscribers.size > 0) return joined.schedule();
    joined.stop();
    pollers.delete(url);
  };
}

/** Reconsiders every poller: an element came on or went off screen, or the page was shown or hidden. */
export function reschedule(): void {
  for (const poller of pollers.values()) poller.schedule();
}

let watching = false;
function watchPage(): void {
  if (watching) return;
  watching = true;
  document.addEventListener('visibilitychange', reschedule);
  // Back online after failures: check at once rather than at the end of a backoff of up to 15 minutes.
  addEventListener('online', () => {
    for (const poller of pollers.values()) poller.retry();
  });
}

class Poller {
  readonly subscribers = new Set<RefreshSubscriber>();
  /** Validators of the last answer, sent as `If-None-Match` / `If-Modified-Since`. */
  private etag?: string;
  private modified?: string;
  /** The figures last handed out, as JSON: a new ETag on the same figures changes nothing. */
  private figures?: string;
  private seeded = false;
  /** When the last check started (or polling did), and when the figures were last confirmed current. */
  private lastAt = refreshClock.now();
  private checkedAt = refreshClock.now();
  private failures = 0;
  /** Seconds: the server's `max-age` (a file fresh that long need not be asked again). */
  private serverWait = 0;
  /** Spreads the retries of many readers after an outage, fixed per failure so waits stay predictable. */
  private jitter = 1;
  /** The last problem told, so an unchanged invalid file is not reported at every check. */
  private told?: string;
  private cancelWait?: () => void;
  private request?: AbortController;

  constructor(private readonly url: string) {}

  /** Waits for the next check, or checks at once when it is overdue; pauses when nobody can see the figures. */
  schedule(): void {
    this.cancelWait?.();
    this.cancelWait = undefined;
    if (this.request || !this.active) return;
    this.cancelWait = refreshClock.wait(() => this.check(), Math.max(0, this.due - refreshClock.now()));
  }

  /** After failures: the next check is due now. */
  retry(): void {
    if (this.failures === 0) return;
    this.lastAt = -Infinity;
    this.schedule();
  }

  /** When the next check is due (clock time). */
  private get due(): number {
    return this.lastAt + this.delay() * 1000;
  }

  stop(): void {
    this.cancelWait?.();
    this.cancelWait = undefined;
    this.request?.abort();
    this.request = undefined;
  }

  private get active(): boolean {
    if (document.visibilityState === 'hidden') return false;
    for (const subscriber of this.subscribers) if (subscriber.onScreen) return true;
    return false;
  }

  /** Seconds until the next check: the interval, or what the server asked for, or the backoff after failures. */
  private delay(): number {
    let interval = MAX_INTERVAL;
    for (const subscriber of this.subscribers) interval = Math.min(interval, Math.max(MIN_INTERVAL, subscriber.interval));
    if (this.failures === 0) return Math.max(interval, Math.min(this.serverWait, MAX_AGE_CAP));
    return Math.min(interval * 2 ** (this.failures - 1), Math.max(interval, MAX_BACKOFF)) * this.jitter;
  }

  /** One conditional request; what it finds goes to every subscriber. */
  private async check(): Promise<void> {
    this.cancelWait = undefined;
    if (this.request || this.subscribers.size === 0) return;
    // The first load's answer may ask for a longer wait (`max-age`) than was known when this wait began.
    if (this.seed() && refreshClock.now() < this.due) return this.schedule();
    const request = (this.request = new AbortController());
    const stopTimeout = refreshClock.wait(() => request.abort(), REQUEST_TIMEOUT);
    this.lastAt = refreshClock.now();
    const result = await fetchDataset(this.url, this.requestInit(request.signal));
    stopTimeout();
    // Left while the request ran: nobody is told, nothing is scheduled.
    if (this.request !== request) return;
    this.request = undefined;
    if (result === 'unchanged') this.confirmed();
    else if ('data' in result) this.received(result);
    else if (unreachable(result.error)) this.failed(result.error);
    else this.tell(result.error);
    this.schedule();
  }

  /** The first load's answer (data-source.ts) gives the validators and figures to compare with; true when it just did. */
  private seed(): boolean {
    if (this.seeded) return false;
    const loaded = sharedData(this.url);
    if (!loaded) return false;
    this.seeded = true;
    this.keepValidators(loaded);
    this.figures ??= JSON.stringify(loaded.data);
    return true;
  }

  /**
   * Custom headers make a request to another site need a CORS preflight its server may refuse; there the
   * browser's cache revalidates instead (`no-cache` sends the validators it stored) and an unchanged file
   * compares equal. On the page's own site the validators are sent as headers and a 304 comes back as such.
   */
  private requestInit(signal: AbortSignal): RequestInit {
    const headers: Record<string, string> = {};
    if (new URL(this.url).origin === location.origin) {
      if (this.etag) headers['If-None-Match'] = this.etag;
      if (this.modified) headers['If-Modified-Since'] = this.modified;
    }
    return { signal, headers, cache: Object.keys(headers).length ? 'no-store' : 'no-cache' };
  }

  private keepValidators({ headers }: Loaded): void {
    this.etag = headers?.get('ETag') ?? undefined;
    this.modified = headers?.get('Last-Modified') ?? undefined;
    const maxAge = /(?:^|,)\s*max-age=(\d+)/i.exec(headers?.get('Cache-Control') ?? '');
    this.serverWait = maxAge ? Number(maxAge[1]) : 0;
  }

  private received(loaded: Loaded): void {
    this.keepValidators(loaded);
    const figures = JSON.stringify(loaded.data);
    const changed = figures !== this.figures;
    this.figures = figures;
    this.confirmed();
    if (!changed) return;
    // Charts of this file that load later start from these figures.
    sharedData(this.url, loaded);
    for (const subscriber of this.subscribers) subscriber.take(loaded.data);
  }

  private confirmed(): void {
    this.failures = 0;
    this.told = undefined;
    this.checkedAt = refreshClock.now();
    for (const subscriber of this.subscribers) subscriber.status(false, this.checkedAt);
  }

  /** No answer, or an HTTP error: the figures stay, marked, and the next check waits longer. */
  private failed(detail: MssErrorDetail): void {
    this.failures++;
    this.jitter = 0.8 + Math.random() * 0.4;
    this.serverWait = 0;
    for (const subscriber of this.subscribers) subscriber.status(true, this.checkedAt);
    this.tell(detail);
  }

  private tell(detail: MssErrorDetail): void {
    if (this.told === detail.message) return;
    this.told = detail.message;
    for (const subscriber of this.subscribers) subscriber.problem(detail);
  }
}

/**
 * The file could not be had (no answer, an HTTP error, part of mss-charts missing), as opposed to data that
 * came but cannot be used (not JSON, too large, invalid): that is no reason to check less often.
 */
function unreachable(detail: MssErrorDetail): boolean {
  return detail.status !== undefined || (detail.cause !== undefined && !(detail.cause instanceof SyntaxError));
}
