/**
 * Live figures: an element with `refresh` (seconds) and `src` checks its file for newer figures through the
 * file's shared poller (refresh-poller.ts) and updates in place when they changed: the same canvas and
 * table, the reader's keyboard position and open table kept, "Figures updated" said politely. While checks
 * fail, a line under the sources says the figures shown are those of the last successful check.
 *
 * Loaded on demand (see `MssElement`): elements that load their data once carry none of this.
 */
import { css, html, nothing, type CSSResult, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { MssDataset } from '../../data/types.js';
import { resolveUrl } from './data-source.js';
import type { MssErrorDetail } from './mss-element.js';
import { refreshClock, reschedule, subscribe, type RefreshSubscriber } from './refresh-poller.js';
import { refreshStrings } from './refresh.strings.js';

export interface RefreshHost extends ReactiveControllerHost, HTMLElement {
  refresh?: number;
  src?: string;
  data?: unknown;
  readonly resolvedLocale: string;
}

export interface RefreshHooks {
  /** Shows newer figures (the element's data source takes them as if they had loaded first). */
  take(data: MssDataset): void;
  /** Says `text` through the element's live region; false when it has none (this controller's line says it then). */
  announce(text: string): boolean;
}

export class RefreshController implements ReactiveController, RefreshSubscriber {
  interval = 0;
  onScreen = true;
  private url?: string;
  private leave?: () => void;
  /** While checks fail: when the figures shown were last confirmed current. */
  private staleSince?: number;
  /** "Figures updated", for an element without a live region of its own. */
  private said = '';

  constructor(
    private readonly host: RefreshHost,
    private readonly hooks: RefreshHooks,
  ) {
    host.addController(this);
    adoptStyles(host.shadowRoot);
  }

  hostConnected(): void {
    controllers.set(this.host, this);
    screen().observe(this.host);
    this.sync();
  }

  hostDisconnected(): void {
    screen().unobserve(this.host);
    this.stop();
  }

  hostUpdate(): void {
    this.sync();
  }

  /** The line under the sources: the stale figures' note, or (visually hidden) what was said. */
  render(): TemplateResult | typeof nothing {
    if (!this.url) return nothing;
    const locale = this.host.resolvedLocale;
    const since = this.staleSince;
    const stale = since === undefined ? '' : refreshStrings(locale).stale(timeOf(since, locale));
    return html`<p class=${stale ? 'refresh-note' : 'visually-hidden'} role="status">${stale || this.said}</p>`;
  }

  take(data: MssDataset): void {
    const url = this.url;
    if (!url) return;
    this.hooks.take(data);
    void this.host.updateComplete.then(() => {
      const text = refreshStrings(this.host.resolvedLocale).updated;
      if (!this.hooks.announce(text)) {
        // A repeated text is not read again by screen readers; a changed one is.
        this.said = this.said === text ? `${text}\u00a0` : text;
        this.host.requestUpdate();
      }
      this.host.dispatchEvent(new CustomEvent('mss-data-updated', { detail: { url }, bubbles: true, composed: true }));
    });
  }

  status(failed: boolean, checkedAt: number): void {
    const since = failed ? checkedAt : undefined;
    if (since === this.staleSince) return;
    this.staleSince = since;
    this.said = '';
    this.host.requestUpdate();
  }

  problem(detail: MssErrorDetail): void {
    console.warn(`mss-charts: <${this.host.localName}>: ${detail.message}`);
    this.host.dispatchEvent(new CustomEvent('mss-error', { detail, bubbles: true, composed: true }));
  }

  /** Follows `refresh`, `src` and `data`: a new file or interval restarts the cycle, none ends it. */
  private sync(): void {
    const host = this.host;
    const seconds = Number(host.refresh);
    const src = host.src?.trim();
    // The `data` property wins over `src`: there is nothing to refresh then.
    const url = host.isConnected && seconds > 0 && src && host.data === undefined ? resolveUrl(src) : undefined;
    if (typeof url !== 'string') return this.stop();
    if (url === this.url) {
      if (seconds !== this.interval) {
        this.interval = seconds;
        reschedule();
      }
      return;
    }
    this.stop();
    this.url = url;
    this.interval = seconds;
    this.leave = subscribe(url, this);
    // Renders the live region now, so that it exists before it has anything to say.
    host.requestUpdate();
  }

  private stop(): void {
    this.leave?.();
    this.leave = undefined;
    if (this.url === undefined) return;
    this.url = undefined;
    this.staleSince = undefined;
    this.said = '';
    this.host.requestUpdate();
  }
}

/** The time of day the figures were confirmed, with the date when that was not today. */
function timeOf(at: number, locale: string): string {
  const date = new Date(at);
  const today = new Date(refreshClock.now()).toDateString() === date.toDateString();
  return new Intl.DateTimeFormat(locale, today ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

const controllers = new WeakMap<Element, RefreshController>();
let observer: IntersectionObserver | undefined;

/** One observer for every refreshing element: off screen (beyond the margin the charts start at) pauses. */
function screen(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const controller = controllers.get(entry.target);
        if (controller) controller.onScreen = entry.isIntersecting;
      }
      reschedule();
    },
    { rootMargin: '300px 0px' },
  );
  return observer;
}

const styles: CSSResult = css`
  footer .refresh-note {
    margin: 0;
    flex: 1 1 100%;
    font-weight: 600;
    color: var(--mss-color-text, inherit);
  }
`;

/** Added to the element's own sheets through the CSSOM (safe under a strict CSP), only when it refreshes. */
function adoptStyles(root: ShadowRoot | null): void {
  const sheet = styles.styleSheet;
  if (!root || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
