import { LitElement, html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BuildContext, ChartTheme, SourceRef, ViewSpec } from '../../charts/spec.js';
import { mssDataset } from '../../data/mss-dataset.js';
import type { MssDataset } from '../../data/types.js';
import { isLightColor } from '../../engine/color.js';
import { formatIsoDate, safeLocale } from '../../i18n/format.js';
import { stringsFor } from '../../i18n/strings.js';
import { baseStyles } from './base.styles.js';
import { onLangChange, resolveLang } from './resolve-lang.js';

/** Detail of the `mss-error` event. */
export interface MssErrorDetail {
  /** What went wrong, in plain words. */
  message: string;
  /** `data`: the dataset could not be loaded, validated or charted; `engine`: the chart engine failed. */
  kind: 'data' | 'engine';
  /** Validation errors, one per problem, with the path into the data. */
  errors?: readonly { path: string; message: string }[];
  cause?: unknown;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mss-error': CustomEvent<MssErrorDetail>;
    'mss-render': CustomEvent<{ chart: 'drawn' | 'updated' }>;
  }
}

/** Width under which elements switch to their narrow (phone) layout. */
export const COMPACT_WIDTH = 480;

/** Colours used before the real ones are read from CSS (and by elements without a canvas). */
export const PLACEHOLDER_THEME: ChartTheme = {
  text: '#1f1f1f',
  muted: '#5c6670',
  grid: '#e1e4e8',
  background: 'transparent',
  accent: '#0b5cad',
  series: ['#c4510a', '#00795a', '#9a4b94', '#876800', '#5f6368', '#1f1f1f'],
  disputedFill: '#5c6670',
  hatch: (color) => color,
  fontFamily: 'system-ui, sans-serif',
  fontSize: 12,
};

/** Properties whose change never alters the spec: re-building for them would only waste work. */
const VIEW_ONLY = new Set<PropertyKey>(['spec', 'error', 'showData', 'headingLevel', 'scheme']);

let idCounter = 0;

/**
 * What every mss-charts element shares: data, language, theme, the figure's words (title, summary,
 * notes), the data table, the sources footer and the error state. `MssChartElement` adds the canvas;
 * elements without a chart (key figures) extend this directly.
 *
 * @fires mss-error - The data could not be used or the chart engine failed; `detail` says why.
 * @csspart figure - The `<figure>` around everything.
 * @csspart title - The title.
 * @csspart summary - The one-sentence summary under the title.
 * @csspart notes - Notes on disputed or approximate figures.
 * @csspart table - The data table.
 * @csspart footer - Sources, the "as of" date and the controls.
 * @cssprop --mss-font-family - Font of the element (inherits the page's by default).
 * @cssprop --mss-color-text - Text colour (inherits the page's by default).
 * @cssprop --mss-color-muted - Secondary text: axis labels, notes, footer.
 * @cssprop --mss-color-grid - Gridlines and table rules.
 * @cssprop --mss-color-background - Background (transparent by default, so the page shows through).
 * @cssprop --mss-color-accent - The story's subject: Kenya's series.
 * @cssprop --mss-color-focus - Focus rings.
 * @cssprop --mss-max-width - Maximum width of the element.
 */
export abstract class MssElement<S extends ViewSpec = ViewSpec> extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** The dataset to show. Defaults to the sourced dataset that ships with the package. */
  @property({ attribute: false }) data?: MssDataset;

  /** Replaces the generated title. */
  @property({ attribute: 'chart-title' }) chartTitle?: string;

  /** Replaces the generated one-sentence summary. */
  @property() summary?: string;

  /** `light` or `dark` draws its own background; `auto` follows the reader's system; unset inherits the page. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Language of the element; by default the closest `lang` of the page. */
  @property({ reflect: true }) override lang!: string;

  /** Shows the data table visibly (it is always available to screen readers). */
  @property({ type: Boolean, reflect: true, attribute: 'show-data' }) showData = false;

  /** Heading level of the title (1–6), so the element fits the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The spec currently shown (the last good one if newer data failed). */
  @state() protected spec?: S;
  @state() protected error?: MssErrorDetail;
  @state() protected locale = 'en';
  @state() protected scheme: 'light' | 'dark' = 'light';
  @state() protected compact = false;

  protected readonly uid = `mss-${++idCounter}`;
  protected reducedMotion?: MediaQueryList;
  private colorScheme?: MediaQueryList;
  private unsubscribeLang?: () => void;

  /** Builds the spec from the data. Pure; may throw on data it cannot show. */
  protected abstract buildSpec(data: MssDataset, context: BuildContext): S;

  /** The element's own content between the caption and the notes (chart, cards). */
  protected abstract renderBody(spec: S | undefined): TemplateResult | typeof nothing;

  /** Extra buttons in the footer (downloads). */
  protected renderControls(): TemplateResult | typeof nothing {
    return nothing;
  }

  /** The theme given to builders; charts read it from CSS (see MssChartElement). */
  protected get buildTheme(): ChartTheme {
    return PLACEHOLDER_THEME;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = safeLocale(resolveLang(this));
    this.unsubscribeLang = onLangChange(this.handleLangChange);
    this.reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
    this.colorScheme = matchMedia('(prefers-color-scheme: dark)');
    this.reducedMotion.addEventListener('change', this.handleMediaChange);
    this.colorScheme.addEventListener('change', this.handleMediaChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeLang?.();
    this.unsubscribeLang = undefined;
    this.reducedMotion?.removeEventListener('change', this.handleMediaChange);
    this.colorScheme?.removeEventListener('change', this.handleMediaChange);
  }

  protected override firstUpdated(): void {
    this.detectScheme();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.locale = safeLocale(resolveLang(this));
    if (changed.has('theme')) void this.updateComplete.then(() => this.detectScheme());
    if (!this.spec || [...changed.keys()].some((key) => !VIEW_ONLY.has(key))) this.rebuildSpec();
  }

  /** The resolved BCP 47 locale the element formats with. */
  get resolvedLocale(): string {
    return this.locale;
  }

  /** The dataset in use: the `data` property, else the built-in one. */
  protected get effectiveData(): MssDataset {
    return this.data ?? mssDataset;
  }

  protected buildContext(): BuildContext {
    return {
      locale: this.locale,
      theme: this.buildTheme,
      compact: this.compact,
      reducedMotion: this.reducedMotion?.matches ?? false,
    };
  }

  protected rebuildSpec(): void {
    try {
      this.spec = this.buildSpec(this.effectiveData, this.buildContext());
      this.error = undefined;
    } catch (cause) {
      this.fail({ kind: 'data', message: cause instanceof Error ? cause.message : String(cause), cause });
    }
  }

  /** Shows an error in the element's box, keeps the last good figures, and tells the page once. */
  protected fail(detail: MssErrorDetail): void {
    const same = this.error?.message === detail.message;
    this.error = detail;
    if (same) return;
    console.warn(`mss-charts: <${this.localName}>: ${detail.message}`);
    this.dispatchEvent(new CustomEvent('mss-error', { detail, bubbles: true, composed: true }));
  }

  /** Light text means a dark page: the palette follows whatever the page or the `theme` attribute made it. */
  protected detectScheme(): void {
    const scheme = isLightColor(getComputedStyle(this).color) ? 'dark' : 'light';
    if (scheme !== this.scheme) this.scheme = scheme;
  }

  private readonly handleLangChange = (): void => {
    const locale = safeLocale(resolveLang(this));
    if (locale !== this.locale) this.locale = locale;
  };

  protected readonly handleMediaChange = (): void => {
    this.detectScheme();
    this.requestUpdate();
  };

  private handleToggleData(): void {
    this.showData = !this.showData;
  }

  /** The title as shown: the `chart-title` attribute, else the generated one. */
  protected get shownTitle(): string {
    return this.chartTitle ?? this.spec?.title ?? '';
  }

  protected get shownSummary(): string {
    return this.summary ?? this.spec?.summary ?? '';
  }

  override render(): TemplateResult {
    return html`
      <div class="root scheme-${this.scheme}" lang=${this.locale}>
        <figure part="figure" aria-labelledby="${this.uid}-title" aria-describedby="${this.uid}-summary">
          <figcaption>
            <div class="title" part="title" id="${this.uid}-title" role="heading" aria-level=${this.headingLevel}>${this.shownTitle}</div>
            <p class="summary" part="summary" id="${this.uid}-summary">${this.shownSummary}</p>
          </figcaption>
          ${this.renderBody(this.spec)} ${this.renderNotes()} ${this.renderTable()} ${this.renderFooter()}
        </figure>
        ${this.renderExtras()}
      </div>
    `;
  }

  /** Anything outside the figure (hidden probes, live regions). */
  protected renderExtras(): TemplateResult | typeof nothing {
    return nothing;
  }

  /** The error box: what failed, the validation errors, and whether the last good figures remain. */
  protected renderError(stale: boolean): TemplateResult | typeof nothing {
    const error = this.error;
    if (!error) return nothing;
    const strings = stringsFor(this.locale);
    return html`<div class="error ${stale ? 'stale' : ''}" role="alert">
      <strong>${strings.errorTitle}</strong>
      <span>${error.message}</span>
      ${error.errors?.length
        ? html`<ul>
            ${error.errors.slice(0, 5).map((e) => html`<li><code>${e.path}</code>: ${e.message}</li>`)}
          </ul>`
        : nothing}
      ${stale ? html`<span>${strings.staleData}</span>` : nothing}
    </div>`;
  }

  private renderNotes(): TemplateResult | typeof nothing {
    const notes = this.spec?.notes ?? [];
    if (notes.length === 0) return nothing;
    return html`<ul class="notes" part="notes" aria-label=${stringsFor(this.locale).notes}>
      ${notes.map((n) => html`<li>${n}</li>`)}
    </ul>`;
  }

  private renderTable(): TemplateResult | typeof nothing {
    const spec = this.spec;
    if (!spec) return nothing;
    const strings = stringsFor(this.locale);
    return html`<div class="table-wrap ${this.showData ? '' : 'visually-hidden'}" id="${this.uid}-table">
      <table part="table">
        <caption>${strings.tableCaption(this.shownTitle)}</caption>
        <thead>
          <tr>
            ${spec.table.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : ''}>${c.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${spec.table.rows.map(
            (row) =>
              html`<tr>
                ${row.map((cell, i) =>
                  cell.rowHeader
                    ? html`<th scope="row">${cell.text}</th>`
                    : html`<td class=${spec.table.columns[i]?.numeric ? 'num' : ''}>${cell.text}</td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderFooter(): TemplateResult | typeof nothing {
    const spec = this.spec;
    if (!spec) return nothing;
    const strings = stringsFor(this.locale);
    const sources = spec.sources;
    return html`<footer part="footer">
      <p class="sources">
        ${sources.length === 1 ? strings.source : strings.sources}:
        ${groupByPublisher(sources).map(
          (group, i) =>
            html`${i > 0 ? ', ' : ''}${group.length === 1
              ? sourceLink(group[0] as SourceRef, (group[0] as SourceRef).publisher)
              : html`${(group[0] as SourceRef).publisher}
                (${group.map(
                  (s, j) =>
                    html`${j > 0 ? ', ' : ''}${sourceLink(s, s.published ? formatIsoDate(s.published, this.locale, 'short') : String(j + 1))}`,
                )})`}`,
        )}.
        ${strings.asOf(formatIsoDate(spec.asOf, this.locale))}.
      </p>
      <div class="controls">
        <button
          type="button"
          aria-expanded=${this.showData ? 'true' : 'false'}
          aria-controls="${this.uid}-table"
          @click=${this.handleToggleData}
        >
          ${this.showData ? strings.hideData : strings.showData}
        </button>
        ${this.renderControls()}
      </div>
    </footer>`;
  }
}

/** Sources of one publisher together, so a footer names each outlet once. */
function groupByPublisher(sources: readonly SourceRef[]): SourceRef[][] {
  const groups = new Map<string, SourceRef[]>();
  for (const source of sources) {
    const group = groups.get(source.publisher);
    if (group) group.push(source);
    else groups.set(source.publisher, [source]);
  }
  return [...groups.values()];
}

/** A link to a source titled with its headline, or plain text when it has no safe address. */
function sourceLink(source: SourceRef, text: string): TemplateResult {
  const href = safeHttpUrl(source.url);
  return href
    ? html`<a href=${href} target="_blank" rel="noopener noreferrer" title=${source.title}>${text}</a>`
    : html`<span title=${source.title}>${text}</span>`;
}

/** Only http(s) links are rendered; anything else (a `javascript:` URL from bad data) stays text. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
