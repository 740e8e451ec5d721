/**
 * Where an element's data comes from, in order: the `data` property, the `src` attribute (a JSON file), an
 * inline `<script type="application/json">` child, else the element's default: the part of the dataset that
 * ships with the package which that element charts (see `data/defaults/`), so that an element's code carries
 * only its own figures and their sources. Own data
 * is untrusted: it is validated with the same schema as the types, and a failure keeps the last good data.
 *
 * A news page may hold many charts of one hosted file, so each URL is fetched and validated once and shared;
 * a fetch is aborted when the last chart waiting for it leaves (removed, `src` changed, timed out).
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { MssDataset } from '../../data/types.js';
import type { validateDataset } from '../../data/validate.js';
import type { MssErrorDetail } from './mss-element.js';
import { yieldToMain } from './yield-to-main.js';
import { lazyModule } from '../../lazy-module.js';

/** How long a chart waits for its `src` before it says so. */
export const DEFAULT_TIMEOUT = 10_000;
/** Far above any real dataset (the full one is ~150 KB); parsing more would only stall the page. */
export const MAX_DATA_BYTES = 5 * 1024 * 1024;
/** Hosted files kept after they loaded, so later charts of the same file need no request. */
const CACHED_URLS = 16;

export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  data?: MssDataset | undefined;
  src?: string | undefined;
  timeout: number;
}

/** Loaded data; from a file, with the answer's headers (its `ETag` and `Last-Modified` let a refresh ask "changed since?"). */
export type Loaded = { data: MssDataset; headers?: Headers };
export type Outcome = Loaded | { error: MssErrorDetail };

interface SharedLoad {
  outcome: Promise<Outcome>;
  /** Set once loaded and valid: later charts use it at once. */
  result?: Outcome;
  abort: AbortController;
  waiting: number;
}

const loads = new Map<string, SharedLoad>();
/** The same object given to many charts is validated once. */
const checkedObjects = new WeakMap<object, Outcome>();

function failure(message: string, extra?: Partial<MssErrorDetail>): Outcome {
  return { error: { kind: 'data', message, ...extra } };
}

/**
 * The validator (Valibot and the schema, ~6 KiB gzip) is needed only for own data, so it is its own chunk,
 * fetched the first time a page gives a chart its own data; from then on checks run synchronously.
 */
let validate: typeof validateDataset | undefined;

/** Server rendering checks own data synchronously from the start (there is no chunk to wait for in Node). */
export function useValidator(validator: typeof validateDataset): void {
  validate = validator;
}

const loadValidator = lazyModule(() => import('../../data/validate.js').then((module) => (validate = module.validateDataset)));

/** Validates once the validator is loaded (else a failure saying why it could not be). */
async function checkedLater(input: () => unknown, subject: string, url?: string): Promise<Outcome> {
  try {
    await loadValidator();
  } catch (cause) {
    return failure(`${subject} could not be checked: part of mss-charts did not load.`, { url, cause });
  }
  // Parsing a file, checking it and charting it are tasks of their own: at the row limit each takes a
  // good part of what one task may take before the page stops answering input.
  await yieldToMain();
  const outcome = checked(input(), subject, url);
  await yieldToMain();
  return outcome;
}

function checked(input: unknown, subject: string, url?: string): Outcome {
  if (!validate) throw new Error('validator not loaded');
  const result = validate(input);
  if (result.ok) return { data: result.data };
  const count = result.errors.length;
  return failure(`${subject} is not a valid mss-charts dataset (${count} ${count === 1 ? 'problem' : 'problems'}).`, {
    errors: result.errors,
    url,
  });
}

/**
 * Fetches and validates the file at `url`. Only a refresh sends conditional headers, so only it can get
 * `unchanged` (HTTP 304): the browser answers its own revalidations with the cached file.
 */
export async function fetchDataset(url: string, init: RequestInit): Promise<Outcome | 'unchanged'> {
  const subject = `The data at ${url}`;
  // Fetched alongside the data rather than after it.
  void loadValidator().catch(() => undefined);
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, init);
    if (response.status === 304) return 'unchanged';
    if (!response.ok) {
      const status = `${response.status} ${response.statusText}`.trim();
      return failure(`${subject} could not be loaded: the server answered ${status}.`, { url, status: response.status });
    }
    if (Number(response.headers.get('content-length')) > MAX_DATA_BYTES) return tooLarge(subject, url);
    text = await response.text();
  } catch (cause) {
    // Also what a browser reports when another site's server does not allow this page to read the file.
    return failure(`${subject} could not be loaded: the network request failed (is the address reachable, and does its server allow other sites to read it?).`, { url, cause });
  }
  if (text.length > MAX_DATA_BYTES) return tooLarge(subject, url);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const type = response.headers.get('content-type')?.split(';')[0];
    return failure(`The file at ${url} is not JSON data${type ? ` (the server says it is ${type})` : ''}.`, { url, cause });
  }
  const outcome = await checkedLater(() => json, subject, url);
  if ('data' in outcome) outcome.headers = response.headers;
  return outcome;
}

/** Sections from which checking and charting are worth tasks of their own (the row limit is 2,000). */
const LONG_SECTION = 500;

/** Whether a section of the (unchecked) input is an array of more than LONG_SECTION rows. */
function hasLongSection(input: unknown): boolean {
  return typeof input === 'object' && input !== null && Object.values(input).some((v) => Array.isArray(v) && v.length > LONG_SECTION);
}

function tooLarge(subject: string, url: string): Outcome {
  return failure(`${subject} is too large: more than ${MAX_DATA_BYTES / 1024 / 1024} MB.`, { url });
}

/**
 * Joins (or starts) the one load of `url`. The wait ends at the first of: the answer, the chart's own
 * timeout, or `leave()`; the last chart to leave before the answer aborts the request.
 */
function joinLoad(url: string, timeout: number): { outcome: Promise<Outcome>; leave: () => void } {
  let load = loads.get(url);
  if (!load) {
    const abort = new AbortController();
    const started: SharedLoad = {
      abort,
      waiting: 0,
      // Never `unchanged`: this request sends no conditional headers.
      outcome: (fetchDataset(url, { signal: abort.signal }) as Promise<Outcome>).then((outcome) => {
        // A failure is not kept: the next chart (or the same `src` set again) tries afresh.
        if ('data' in outcome) started.result = outcome;
        else if (loads.get(url) === started) loads.delete(url);
        return outcome;
      }),
    };
    load = started;
    loads.set(url, load);
    if (loads.size > CACHED_URLS) loads.delete(loads.keys().next().value as string);
  }
  const shared = load;
  shared.waiting++;
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const leave = (): void => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    if (--shared.waiting === 0 && !shared.result) {
      shared.abort.abort();
      if (loads.get(url) === shared) loads.delete(url);
    }
  };
  const outcome = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => {
      leave();
      const seconds = (timeout / 1000).toLocaleString('en-US');
      resolve(failure(`The data at ${url} did not arrive within ${seconds} seconds.`, { url }));
    }, timeout);
    void shared.outcome.then((result) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      shared.waiting--;
      resolve(result);
    });
  });
  return { outcome, leave };
}

/** The last good data of `url` shared by its charts; given `newer` (a refresh), those from now on. */
export function sharedData(url: string, newer?: Loaded): Loaded | undefined {
  const load = loads.get(url);
  if (newer && load?.result) load.result = newer;
  const result = load?.result;
  return result && 'data' in result ? result : undefined;
}

/** Resolves `src` against the page; only http(s) files are fetched. */
export function resolveUrl(src: string): string | Outcome {
  try {
    const url = new URL(src, document.baseURI);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // reported below
  }
  return failure(`The data address "${src}" is not an http(s) URL.`);
}

function inlineScript(host: HTMLElement): HTMLScriptElement | null {
  // Any depth: a CMS may wrap the script in a paragraph. (A server render passes it as `data`.)
  return isServer ? null : host.querySelector('script[type="application/json" i]');
}

/** Parses inline JSON: the parsed value, or the failure to say. */
function parseInline(text: string): { json: unknown } | Outcome {
  if (text.length > MAX_DATA_BYTES) return tooLarge('The inline JSON data', '');
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (cause) {
    return failure(`The inline JSON data could not be read: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export class DataSource implements ReactiveController {
  /** Own data that last loaded and validated; kept when newer own data fails. */
  private good?: MssDataset;
  /** Why the newest own data could not be used. */
  error?: MssErrorDetail;
  /** What the element was last given (the data object, `src`, or the inline text); undefined: nothing. */
  private asked?: unknown;
  /** Bumped by every new request, so a late answer to an older one is dropped. */
  private request = 0;
  private leave?: () => void;
  /** The page is still being parsed: an inline JSON child may not exist yet. */
  private parsing = false;
  /** The own data in use has a section of more than LONG_SECTION rows: the element charts it in steps. */
  long = false;
  /** Set while the first own data waits for the validator to load (see `MssElement.getUpdateComplete`). */
  checking?: Promise<void>;
  private observer?: MutationObserver;

  constructor(
    private readonly host: DataSourceHost,
    private readonly onChange: () => void,
    /** What to chart when the element is given no data of its own. */
    private readonly fallback?: MssDataset,
  ) {
    host.addController(this);
  }

  /**
   * The dataset to chart: the element's default when it is given none; else the last own data that was
   * valid; undefined while the first own data loads, or when it failed.
   */
  get current(): MssDataset | undefined {
    if (this.asked !== undefined) return this.good;
    return this.parsing ? undefined : this.fallback;
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver(this.sync);
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.parsing = document.readyState === 'loading';
    if (this.parsing) document.addEventListener('DOMContentLoaded', this.handleParsed, { once: true });
    this.sync();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    document.removeEventListener('DOMContentLoaded', this.handleParsed);
    this.cancel();
    // Asked again on reconnection (from the cache when it loaded): a moved chart keeps its data.
    this.asked = undefined;
  }

  /** Looks at what the element is given now and loads it when it changed. */
  readonly sync = (): void => {
    const host = this.host;
    // A server render never connects the element; it is given its data as a property.
    if (!host.isConnected && !isServer) return;
    const data = host.data ?? undefined;
    const src = host.src?.trim();
    // setTimeout fires at once for delays beyond 2^31 ms; ten minutes is patience enough.
    const timeout = host.timeout > 0 ? Math.min(host.timeout, 600_000) : DEFAULT_TIMEOUT;
    const script = data === undefined && !src ? inlineScript(host) : null;
    const asked = data ?? (src ? `src ${timeout} ${src}` : script ? `inline ${script.textContent ?? ''}` : undefined);
    if (asked === this.asked) return;
    this.cancel();
    this.asked = asked;
    this.error = undefined;
    const request = ++this.request;
    if (asked === undefined) {
      this.good = undefined;
      this.long = false;
    } else if (data !== undefined) {
      const object = typeof data === 'object';
      const known = object ? checkedObjects.get(data) : undefined;
      if (known) return this.settle(known);
      this.check(request, () => data, 'The data given to the element', (outcome) => {
        if (object) checkedObjects.set(data, outcome);
      });
      return;
    } else if (script) {
      const parsed = parseInline(script.textContent ?? '');
      if ('json' in parsed) this.check(request, () => parsed.json, 'The inline JSON data');
      else this.settle(parsed);
      return;
    } else if (src) {
      const url = resolveUrl(src);
      if (typeof url !== 'string') {
        this.settle(url);
        return;
      }
      const cached = loads.get(url)?.result;
      if (cached) {
        this.settle(cached);
        return;
      }
      const { outcome, leave } = joinLoad(url, timeout);
      this.leave = leave;
      void outcome.then((result) => {
        if (request !== this.request) return;
        this.leave = undefined;
        this.settle(result);
      });
    }
    this.onChange();
  };

  /** Validates at once when the validator is loaded, else when it is (unless a newer request came first). */
  private check(request: number, input: () => unknown, subject: string, done?: (outcome: Outcome) => void): void {
    // Large data is checked in a task of its own (checkedLater), not in the element's update.
    if (validate && !hasLongSection(input())) {
      const outcome = checked(input(), subject);
      done?.(outcome);
      this.settle(outcome);
      return;
    }
    this.onChange();
    const checking = checkedLater(input, subject).then((outcome) => {
      done?.(outcome);
      if (this.checking === checking) this.checking = undefined;
      if (request === this.request) this.settle(outcome);
    });
    this.checking = checking;
  }

  /** Newer figures of the same `src` (a refresh): shown in place of the last. */
  refreshed(data: MssDataset): void {
    this.good = data;
    this.error = undefined;
    this.onChange();
  }

  private settle(outcome: Outcome): void {
    if ('data' in outcome) {
      this.good = outcome.data;
      this.long = hasLongSection(outcome.data);
    }
    else this.error = outcome.error;
    this.onChange();
  }

  private cancel(): void {
    this.request++;
    this.leave?.();
    this.leave = undefined;
  }

  private readonly handleParsed = (): void => {
    this.parsing = false;
    this.asked = undefined;
    this.sync();
    this.onChange();
  };
}
