import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { buildTimelineSpec, type TimelineEntry, type TimelineOptions, type TimelineSpec } from '../../charts/timeline.js';
import { timelineStrings, timelineWords } from '../../charts/timeline.strings.js';
import type { BuildContext, SourceRef } from '../../charts/spec.js';
import { timelineDefault } from '../../data/defaults/timeline.js';
import type { MssDataset } from '../../data/types.js';
import type { Words } from '../../i18n/language.js';
import { stringsFor, uiWords } from '../../i18n/strings.js';
import { baseStyles, inFlowErrorStyles } from '../base/base.styles.js';
import { ChartKeyboardController } from '../base/keyboard-controller.js';
import { MssElement, sourceLink } from '../base/mss-element.js';
import { RenderEventController } from '../base/render-event-controller.js';

/** Keys that move through the entries: both arrow pairs, since the list runs down on phones and across on wide screens. */
const STEPS: Readonly<Record<string, number>> = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 };

/**
 * The mission's dated events — milestones, Security Council decisions, contingent arrivals and the trust
 * fund's money — as an ordered list: a vertical line on phones, a horizontal axis labelled by year on wide
 * screens. Plain HTML, no chart engine: the server-rendered markup is the picture.
 *
 * @summary Timeline of the Multinational Security Support mission in Haiti, each event dated and sourced.
 * @tag mss-timeline
 * @fires {CustomEvent<{ chart: 'drawn' | 'updated' }>} mss-render - The entries were rendered (`drawn`) or re-rendered with new data (`updated`).
 * @csspart entries - The ordered list of events.
 * @csspart entry - One event.
 * @csspart date - An event's `<time>`.
 * @cssprop --mss-entry-width - Width of an event on the wide, horizontal layout (13em by default).
 * @cssprop --mss-color-disputed - Hatched swatch beside a disputed or approximate figure.
 */
export class MssTimeline extends MssElement<TimelineSpec> {
  protected static override words: readonly Words<unknown>[] = [uiWords, timelineWords];

  static override styles = [
    baseStyles,
    inFlowErrorStyles,
    css`
      .entries {
        --_marker: 0.8em;
        list-style: none;
        margin: 0;
        padding: 0.25em 0 0;
      }
      /* The reached event is ringed while the list has focus; the list is ringed before the first key. */
      .entries:focus-visible,
      .entries:focus .entry.active {
        outline: 3px solid var(--mss-color-focus, var(--_focus));
        outline-offset: 2px;
      }
      .entry {
        position: relative;
        display: flex;
        flex-direction: column;
        gap: 0.2em;
        margin-inline-start: calc(var(--_marker) / 2);
        padding: 0 0 1em 1.1em;
        border-inline-start: 2px solid var(--mss-color-grid, var(--_grid));
        overflow-wrap: break-word;
      }
      .entry:last-child {
        padding-block-end: 0.25em;
      }
      /* The marker sits on the line; its shape, not only its colour, tells the kinds apart. */
      .entry::before {
        content: '';
        position: absolute;
        inset-block-start: 0.3em;
        inset-inline-start: calc(var(--_marker) / -2 - 1px);
        inline-size: var(--_marker);
        block-size: var(--_marker);
        border-radius: 50%;
        background: var(--_kind);
        box-sizing: border-box;
      }
      .kind-milestones {
        --_kind: var(--mss-color-accent, var(--_accent));
      }
      .kind-resolutions {
        --_kind: var(--_s3);
      }
      .kind-resolutions::before {
        border-radius: 0;
      }
      .kind-arrivals {
        --_kind: var(--_s2);
      }
      .kind-arrivals::before {
        background: var(--mss-color-background, var(--_bg, Canvas));
        border: 3px solid var(--_kind);
      }
      .kind-funding {
        --_kind: var(--_s1);
      }
      .kind-funding::before {
        border-radius: 0;
        rotate: 45deg;
        scale: 0.85;
      }
      .year {
        display: none;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: 0 0.6em;
        align-items: baseline;
        font-size: 0.85em;
        color: var(--mss-color-muted, var(--_muted));
      }
      time {
        font-weight: 600;
        color: var(--mss-color-text, var(--_text, inherit));
      }
      .meta,
      .text,
      .figure,
      .sources {
        margin: 0;
      }
      .text {
        font-size: 0.95em;
      }
      .figure {
        display: flex;
        gap: 0.45em;
        align-items: baseline;
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      .figure .swatch {
        color: var(--mss-color-disputed, var(--_disputed));
        background: transparent;
        translate: 0 0.1em;
      }
      .sources {
        font-size: 0.8em;
        color: var(--mss-color-muted, var(--_muted));
      }
      .sources a {
        color: inherit;
        text-underline-offset: 2px;
      }
      .sources a:focus-visible {
        outline: 3px solid var(--mss-color-focus, var(--_focus));
        outline-offset: 2px;
      }
      /*
       * Past the phone width every element switches at (COMPACT_WIDTH, 480 px), the line turns into a
       * horizontal axis labelled with the year where each year starts; it scrolls inside the box.
       */
      @container (width > 480px) {
        .entries {
          display: flex;
          align-items: stretch;
          overflow-x: auto;
          padding: 1.6em 0 0.5em;
          scroll-snap-type: x proximity;
          /* A visible scrollbar says the axis goes on past the box's edge. */
          scrollbar-width: thin;
          scrollbar-color: var(--mss-color-muted, var(--_muted)) transparent;
        }
        .entry {
          flex: 0 0 var(--mss-entry-width, 13em);
          margin: 0;
          padding: 1.1em 1em 0 0;
          border-inline-start: 0;
          border-block-start: 2px solid var(--mss-color-grid, var(--_grid));
          scroll-snap-align: start;
        }
        .entry:last-child {
          padding-block-end: 0;
        }
        .meta {
          flex-direction: column;
        }
        .entry::before {
          inset-block-start: calc(var(--_marker) / -2 - 1px);
          inset-inline-start: 0;
        }
        .year {
          display: block;
          position: absolute;
          inset-block-start: -1.6em;
          inset-inline-start: 0;
          font-size: 0.85em;
          font-weight: 700;
          border-inline-start: 2px solid var(--mss-color-muted, var(--_muted));
          padding-inline-start: 0.3em;
          line-height: 1.2;
        }
      }
      @media (forced-colors: active) {
        .entry::before {
          background: CanvasText;
        }
        .kind-arrivals::before {
          background: Canvas;
          border-color: CanvasText;
        }
        .entry.active {
          outline-color: Highlight;
        }
      }
      @media print {
        .entries {
          display: block;
          overflow: visible;
          padding-block-start: 0.25em;
        }
        .entry {
          break-inside: avoid;
          margin-inline-start: calc(var(--_marker) / 2);
          padding: 0 0 0.8em 1.1em;
          border-block-start: 0;
          border-inline-start: 2px solid var(--mss-color-grid, var(--_grid));
        }
        .entry::before {
          inset-block-start: 0.3em;
          inset-inline-start: calc(var(--_marker) / -2 - 1px);
        }
        .year {
          display: none;
        }
      }
    `,
  ];

  protected static override defaultData = timelineDefault;

  /**
   * The kinds of events to show, separated by spaces or commas: `milestones`, `arrivals` (contingent
   * arrivals), `resolutions` (Security Council decisions), `funding`. Unset: all. An unknown kind shows an
   * error and fires `mss-error`.
   */
  @property() kinds?: string;

  /** First date shown, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; an event dated by month or year that overlaps it is kept. */
  @property() from?: string;

  /** Last date shown, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  @property() to?: string;

  // A field so the controller lives as long as the element.
  protected readonly renderEvent = new RenderEventController(this, () => this.spec);

  private readonly keyboard = new ChartKeyboardController(this, {
    points: () => this.spec?.points ?? [],
    chart: () => undefined,
    focusColor: () => '',
    locale: () => this.locale,
    id: this.uid,
  });

  protected override buildSpec(data: MssDataset, context: BuildContext): TimelineSpec {
    // A removed attribute sets its property to null, not undefined.
    const options: TimelineOptions = {
      ...(this.kinds == null ? {} : { kinds: this.kinds }),
      ...(this.from == null ? {} : { from: this.from }),
      ...(this.to == null ? {} : { to: this.to }),
    };
    return buildTimelineSpec(data, options, context);
  }

  /** The event a keyboard user has reached, if any. */
  get activeEntry(): TimelineEntry | undefined {
    const point = this.keyboard.activePoint;
    return point ? this.spec?.entries[point.index] : undefined;
  }

  /** What the live region says now. */
  get liveText(): string {
    return this.keyboard.liveText;
  }


  protected override renderBody(spec: TimelineSpec | undefined): TemplateResult {
    const active = this.keyboard.activePoint?.index;
    return html`<div class="body">
      ${this.renderError(Boolean(spec))}
      ${spec
        ? html`<ol
              class="entries"
              part="entries"
              tabindex="0"
              aria-labelledby="${this.uid}-title"
              aria-describedby=${this.keyboard.hintId}
              @keydown=${this.handleKeyDown}
              @blur=${this.keyboard.handleBlur}
            >
              ${spec.entries.map((entry, i) => this.renderEntry(entry, i === active))}
            </ol>
            <p class="visually-hidden" id=${this.keyboard.hintId}>${timelineStrings(this.locale).keyboardHint}</p>`
        : nothing}
    </div>`;
  }

  /** The live region sits outside the figure, as on the charts. */
  protected override renderExtras(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.keyboard.liveText}</div>`;
  }

  private renderEntry(entry: TimelineEntry, active: boolean): TemplateResult {
    const s = timelineStrings(this.locale);
    const marked = entry.disputed || entry.approximate;
    return html`<li class="entry kind-${entry.kind} ${active ? 'active' : ''}" part="entry" data-entry=${entry.id}>
      ${entry.yearStart ? html`<span class="year" aria-hidden="true">${entry.year}</span>` : nothing}
      <p class="meta"><time part="date" datetime=${entry.date}>${entry.dateText}</time> <span>${s.kindLabel[entry.kind]}</span></p>
      <p class="text">${entry.text}</p>
      ${entry.figure
        ? html`<p class="figure">${marked ? html`<span class="swatch hatched" aria-hidden="true"></span>` : nothing}<span>${entry.figure}</span></p>`
        : nothing}
      <p class="sources">${this.renderSources(entry.sources)}</p>
    </li>`;
  }

  private renderSources(sources: readonly SourceRef[]): TemplateResult {
    const ui = stringsFor(this.locale);
    return html`${sources.length === 1 ? ui.source : ui.sources}${ui.colon}
    ${sources.map((source, i) => html`${i > 0 ? ', ' : ''}${sourceLink(source)}`)}`;
  }

  private readonly handleKeyDown = (event: KeyboardEvent): void => {
    // Only keys on the list itself: a source link keeps its own keys.
    if (event.target !== event.currentTarget || event.altKey || event.metaKey || event.ctrlKey) return;
    const count = this.spec?.entries.length ?? 0;
    if (count === 0) return;
    const current = this.keyboard.activePoint?.index;
    let next: number;
    if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else if (event.key in STEPS) next = current === undefined ? (STEPS[event.key] === 1 ? 0 : count - 1) : current + (STEPS[event.key] ?? 0);
    else return;
    event.preventDefault();
    this.keyboard.moveTo(next);
    void this.updateComplete.then(() => this.revealActive());
  };

  /** Scrolls the wide layout's axis so the reached event is in view. */
  private revealActive(): void {
    const index = this.keyboard.activePoint?.index;
    if (index === undefined) return;
    const item = this.renderRoot.querySelectorAll('.entry')[index];
    item?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
}

/** The outlet, linked to the article and titled with its headline; plain text without a safe address. */
