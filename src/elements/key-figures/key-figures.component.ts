import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from '../base/style-map.js';
import { buildKeyFiguresSpec, type KeyFigureCard, type KeyFiguresSpec } from '../../charts/key-figures.js';
import { keyFiguresStrings } from '../../charts/key-figures.strings.js';
import type { BuildContext, SourceRef } from '../../charts/spec.js';
import { keyFiguresDefault } from '../../data/defaults/key-figures.js';
import type { MssDataset } from '../../data/types.js';
import { formatNumber } from '../../i18n/format.js';
import { stringsFor } from '../../i18n/strings.js';
import { baseStyles, inFlowErrorStyles } from '../base/base.styles.js';
import { MssElement, sourceLink } from '../base/mss-element.js';
import { RenderEventController } from '../base/render-event-controller.js';
import type { Words } from '../../i18n/language.js';
import { uiWords } from '../../i18n/strings.js';
import { keyFiguresWords } from '../../charts/key-figures.strings.js';

/**
 * Longest headline number kept on one line ("1.4 million", "$85 million"): breaking it reads badly, while a
 * longer one ("85 millions de dollars") must wrap to fit a 320 px column.
 */
const KEEP_TOGETHER = 12;

/** Links a card shows before it says how many more sources the footer lists. */
const MAX_CARD_LINKS = 3;

/**
 * Headline numbers for an article: each card gives one figure as text (number first, then what it
 * counts), its qualifier ("more than", "at least"), the other values where sources disagree, its date and
 * links to its sources. Choose and order the cards with `figures`.
 *
 * @summary Key figures of the Multinational Security Support mission in Haiti, as sourced number cards.
 * @tag mss-key-figures
 * @fires {CustomEvent<{ chart: 'drawn' | 'updated' }>} mss-render - The cards were rendered (`drawn`) or re-rendered with new figures (`updated`).
 * @csspart cards - The list of cards.
 * @csspart card - One card.
 * @csspart value - A card's headline number with its qualifier.
 * @csspart label - What a card's number counts.
 * @cssprop --mss-card-min-width - Narrowest a card gets before the grid drops a column (14em by default).
 * @cssprop --mss-color-disputed - Hatched swatch beside a disputed figure's other values.
 */
export class MssKeyFigures extends MssElement<KeyFiguresSpec> {
  protected static override words: readonly Words<unknown>[] = [uiWords, keyFiguresWords];

  static override styles = [
    baseStyles,
    inFlowErrorStyles,
    css`
      .cards {
        --_gap: 1.25em;
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 1em var(--_gap);
        /* At most four across: a track is never narrower than a quarter of the row. */
        grid-template-columns: repeat(
          auto-fit,
          minmax(min(100%, max(var(--mss-card-min-width, 14em), calc((100% - 3 * var(--_gap)) / 4))), 1fr)
        );
        font-variant-numeric: tabular-nums;
      }
      .card {
        display: flex;
        flex-direction: column;
        gap: 0.45em;
        min-inline-size: 0;
        padding-block: 0.55em 0.25em;
        border-block-start: 3px solid var(--mss-color-accent, var(--_accent));
        overflow-wrap: break-word;
      }
      .card.disputed {
        border-image: repeating-linear-gradient(
            135deg,
            var(--mss-color-accent, var(--_accent)) 0 5px,
            transparent 5px 8px
          )
          1;
      }
      .headline {
        margin: 0;
        display: flex;
        flex-direction: column;
        gap: 0.15em;
      }
      .value {
        font-size: clamp(2em, 1.5em + 2cqi, 2.6em);
        font-weight: 700;
        line-height: 1.1;
        letter-spacing: -0.01em;
      }
      .number.keep {
        white-space: nowrap;
      }
      .qualifier {
        font-size: 0.5em;
        font-weight: 600;
        letter-spacing: 0;
      }
      .label {
        font-weight: 600;
        line-height: 1.3;
      }
      .context {
        font-size: 0.95em;
        color: var(--mss-color-muted, var(--_muted));
      }
      .meter {
        block-size: 6px;
        border-radius: 3px;
        overflow: hidden;
        background: var(--mss-color-grid, var(--_grid));
      }
      .meter span {
        display: block;
        block-size: 100%;
        background: var(--mss-color-accent, var(--_accent));
      }
      .detail,
      .dispute,
      .meta {
        margin: 0;
        font-size: 0.85em;
      }
      .dispute {
        display: flex;
        gap: 0.45em;
        align-items: baseline;
      }
      .dispute .swatch {
        color: var(--mss-color-disputed, var(--_disputed));
        background: transparent;
        translate: 0 0.1em;
      }
      .meta {
        margin-block-start: auto;
        padding-block-start: 0.2em;
        font-size: 0.8em;
        color: var(--mss-color-muted, var(--_muted));
      }
      .meta a {
        color: inherit;
        text-underline-offset: 2px;
      }
      .meta a:focus-visible {
        outline: 3px solid var(--mss-color-focus, var(--_focus));
        outline-offset: 2px;
      }
      @media (forced-colors: active) {
        .meter span {
          background: CanvasText;
        }
      }
    `,
  ];

  protected static override defaultData = keyFiguresDefault;

  /**
   * The cards to show, in order: ids separated by spaces or commas — `deployed`, `contingents`, `pledged`,
   * `displaced`, `killed-2024`, `killed-2023`, `killed-latest-quarter`, `funding`. Unset: `deployed
   * displaced killed-2024`. An unknown id shows an error and fires `mss-error`.
   */
  @property() figures?: string | null;

  // A field so the controller lives as long as the element.
  protected readonly renderEvent = new RenderEventController(this, () => this.spec);

  protected override buildSpec(data: MssDataset, context: BuildContext): KeyFiguresSpec {
    // A removed attribute makes the property null: the default cards again.
    return buildKeyFiguresSpec(data, this.figures == null ? {} : { figures: this.figures }, context);
  }


  protected override renderBody(spec: KeyFiguresSpec | undefined): TemplateResult {
    return html`<div class="body">
      ${this.renderError(Boolean(spec))}
      ${spec
        ? html`<ul class="cards" part="cards" role="list">
            ${spec.cards.map((card) => this.renderCard(card))}
          </ul>`
        : nothing}
    </div>`;
  }

  private renderCard(card: KeyFigureCard): TemplateResult {
    const { before, number, after } = card.valueParts;
    const ratio = card.ratio ? Math.min(1, card.ratio.part / card.ratio.whole) : undefined;
    return html`<li
      class="card ${card.disputed ? 'disputed' : ''} ${card.approximate ? 'approximate' : ''}"
      part="card"
      data-figure=${card.id}
    >
      <p class="headline">
        <span class="value" part="value"
          >${before ? html`<span class="qualifier">${before}</span>` : nothing}<span class="number ${number.length <= KEEP_TOGETHER ? 'keep' : ''}">${number}</span
          >${after ? html`<span class="qualifier">${after}</span>` : nothing}</span
        >
        <span class="label" part="label">${card.label}</span>
        ${card.context ? html`<span class="context">${card.context}</span>` : nothing}
      </p>
      ${ratio === undefined
        ? nothing
        : html`<div class="meter" aria-hidden="true"><span style=${styleMap({ inlineSize: `${(ratio * 100).toFixed(1)}%` })}></span></div>`}
      ${card.detail ? html`<p class="detail">${card.detail}</p>` : nothing}
      ${card.dispute
        ? html`<p class="dispute"><span class="swatch hatched" aria-hidden="true"></span><span>${card.dispute}</span></p>`
        : nothing}
      <p class="meta">
        <span class="date">${card.dateText}</span><span aria-hidden="true"> · </span>${this.renderCardSources(card.sources)}
      </p>
    </li>`;
  }

  private renderCardSources(sources: readonly SourceRef[]): TemplateResult {
    const ui = stringsFor(this.locale);
    const shown = sources.slice(0, MAX_CARD_LINKS);
    const more = sources.length - shown.length;
    return html`<span class="card-sources"
      >${sources.length === 1 ? ui.source : ui.sources}:
      ${shown.map((source, i) => html`${i > 0 ? ', ' : ''}${sourceLink(source)}`)}${more > 0
        ? ` ${keyFiguresStrings(this.locale).moreSources(formatNumber(more, this.locale))}`
        : ''}</span
    >`;
  }
}

/** The outlet, linked to the article and titled with its headline; plain text without a safe address. */
