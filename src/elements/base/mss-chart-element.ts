import { LitElement, html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, queryAll, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { IntersectionController } from '@lit-labs/observers/intersection-controller.js';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import type { Chart } from 'chart.js';
import type { BuildContext, ChartSpec, ChartTheme, SourceRef } from '../../charts/spec.js';
import type { MssDataset } from '../../data/types.js';
import { mssDataset } from '../../data/mss-dataset.js';
import { loadEngine } from '../../engine/load-engine.js';
import { SERIES_PROBES, THEME_TOKENS, isLightColor, readTheme } from '../../engine/theme.js';
import { formatIsoDate, safeLocale } from '../../i18n/format.js';
import { stringsFor } from '../../i18n/strings.js';
import { baseStyles } from './base.styles.js';
import { onLangChange, resolveLang } from './resolve-lang.js';

/** Detail of the `mss-error` event. */
export interface MssErrorDetail {
  /** What went wrong, in the reader's language. */
  message: string;
  /** `data`: the dataset failed validation or a builder; `engine`: the chart engine failed to load or draw. */
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

/** Width under which charts switch to their narrow (phone) layout. */
const COMPACT_WIDTH = 480;

/** Used for the first render, before the probes have been read; charts are only drawn with a real theme. */
const PLACEHOLDER_THEME: ChartTheme = {
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

let idCounter = 0;

/**
 * The base of every mss-charts element: the figure (title, summary, legend, canvas, notes, data table,
 * sources footer), the lifecycle of the Chart.js instance (created when connected and near the viewport,
 * updated in place, destroyed on disconnect), sizing, language, theme and the error state.
 *
 * A concrete element implements `buildSpec()` and little else.
 *
 * @fires mss-error - The data could not be used or the chart engine failed; `detail` says why.
 * @fires mss-render - The chart was drawn or updated.
 * @csspart figure - The `<figure>` around everything.
 * @csspart title - The chart's title.
 * @csspart summary - The one-sentence summary under the title.
 * @csspart legend - The list of series.
 * @csspart chart - The box that holds the canvas (its size is reserved before the chart draws).
 * @csspart notes - Notes on disputed or approximate figures.
 * @csspart table - The data table.
 * @csspart footer - Sources, the "as of" date and the controls.
 * @cssprop --mss-font-family - Font of the chart and its text (inherits the page's by default).
 * @cssprop --mss-color-text - Text colour (inherits the page's by default).
 * @cssprop --mss-color-muted - Secondary text: axis labels, notes, footer.
 * @cssprop --mss-color-grid - Gridlines and table rules.
 * @cssprop --mss-color-background - Background (transparent by default, so the page shows through).
 * @cssprop --mss-color-accent - The story's subject: Kenya's series.
 * @cssprop --mss-color-series-1 - First colour for other series (also -2 … -6).
 * @cssprop --mss-color-disputed - Hatching of disputed and approximate values.
 * @cssprop --mss-color-focus - Focus rings.
 * @cssprop --mss-aspect-ratio - Width / height of the plot on wide containers.
 * @cssprop --mss-aspect-ratio-narrow - Width / height of the plot under 480 px.
 * @cssprop --mss-max-width - Maximum width of the element.
 */
export abstract class MssChartElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** The dataset to chart. Defaults to the sourced dataset that ships with the package. */
  @property({ attribute: false }) data?: MssDataset;

  /** Replaces the generated title. */
  @property({ attribute: 'chart-title' }) chartTitle?: string;

  /** Replaces the generated one-sentence summary. */
  @property() summary?: string;

  /** `light` or `dark` draws its own background; `auto` follows the reader's system; unset inherits the page. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Language of the chart; by default the closest `lang` of the page. */
  @property({ reflect: true }) override lang!: string;

  /** Shows the data table visibly (it is always available to screen readers). */
  @property({ type: Boolean, reflect: true, attribute: 'show-data' }) showData = false;

  /** Heading level of the title (1–6), so the chart fits the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The spec currently shown (the last good one if newer data failed). */
  @state() protected spec?: ChartSpec;
  @state() private error?: MssErrorDetail;
  @state() private locale = 'en';
  @state() private scheme: 'light' | 'dark' = 'light';
  @state() private compact = false;
  @state() private engineState: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';

  @query('canvas') private canvas?: HTMLCanvasElement;
  @query('.plot') private plot?: HTMLElement;
  @queryAll('.probes span') private probes?: NodeListOf<HTMLElement>;

  private chart?: Chart;
  private chartTheme: ChartTheme = PLACEHOLDER_THEME;
  private themeRead = false;
  private nearViewport = false;
  private unsubscribeLang?: () => void;
  private reducedMotion?: MediaQueryList;
  private colorScheme?: MediaQueryList;
  protected readonly uid = `mss-${++idCounter}`;

  // Kept as a field so the controller lives as long as the element (it registers itself with the host).
  protected readonly visibility = new IntersectionController(this, {
    // Start the engine a little before the chart scrolls into view, so it is drawn when the reader gets there.
    config: { rootMargin: '300px 0px' },
    callback: (entries) => {
      if (entries.some((e) => e.isIntersecting) && !this.nearViewport) {
        this.nearViewport = true;
        this.requestUpdate();
      }
      return this.nearViewport;
    },
  });

  private readonly size = new ResizeController(this, {
    target: null,
    callback: () => this.handleResize(),
  });

  /** Builds the chart's spec from the data. Pure; may throw on data it cannot chart. */
  protected abstract buildSpec(data: MssDataset, context: BuildContext): ChartSpec;

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
    this.destroyChart();
    // Recreated when the element is connected again (and near the viewport again).
    this.nearViewport = false;
  }

  protected override firstUpdated(): void {
    if (this.plot) this.size.observe(this.plot);
    this.readThemeFromProbes();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.locale = safeLocale(resolveLang(this));
    this.rebuildSpec();
  }

  protected override updated(): void {
    void this.syncChart();
  }

  /** The resolved BCP 47 locale the chart formats with. */
  get resolvedLocale(): string {
    return this.locale;
  }

  /** The Chart.js instance, once drawn (for advanced use and tests). */
  get chartInstance(): Chart | undefined {
    return this.chart;
  }

  /** Resolves when the chart has been drawn (or has failed); for tests and page scripts. */
  async chartReady(): Promise<Chart | undefined> {
    while (!this.chart && this.engineState !== 'failed' && !this.error) {
      await new Promise((resolve) => setTimeout(resolve, 16));
    }
    await this.updateComplete;
    return this.chart;
  }

  private buildContext(): BuildContext {
    return {
      locale: this.locale,
      theme: this.chartTheme,
      compact: this.compact,
      reducedMotion: this.reducedMotion?.matches ?? false,
    };
  }

  private rebuildSpec(): void {
    try {
      this.spec = this.buildSpec(this.data ?? mssDataset, this.buildContext());
      this.error = undefined;
    } catch (cause) {
      this.fail({
        kind: 'data',
        message: cause instanceof Error ? cause.message : String(cause),
        cause,
      });
    }
  }

  /** Shows an error in the chart's box, keeps the last good chart, and tells the page once. */
  protected fail(detail: MssErrorDetail): void {
    const same = this.error?.message === detail.message;
    this.error = detail;
    if (same) return;
    console.warn(`mss-charts: <${this.localName}>: ${detail.message}`);
    this.dispatchEvent(new CustomEvent('mss-error', { detail, bubbles: true, composed: true }));
  }

  private async syncChart(): Promise<void> {
    const spec = this.spec;
    if (!spec || !this.nearViewport || !this.themeRead || !this.isConnected) return;
    if (this.chart) {
      this.applySpec(this.chart, spec);
      return;
    }
    if (this.engineState === 'loading' || this.engineState === 'failed') return;
    this.engineState = 'loading';
    let engine: Awaited<ReturnType<typeof loadEngine>>;
    try {
      engine = await loadEngine();
    } catch (cause) {
      this.engineState = 'failed';
      this.fail({ kind: 'engine', message: 'The chart engine could not be loaded.', cause });
      return;
    }
    this.engineState = 'ready';
    // The element may have been removed, or rendered anew, while the engine loaded.
    const canvas = this.canvas;
    if (!this.isConnected || !canvas || this.chart || !this.spec) return;
    try {
      this.chart = engine.createChart(canvas, this.withEngineOptions(this.spec));
      this.handleResize();
      this.dispatchEvent(new CustomEvent('mss-render', { detail: { chart: 'drawn' }, bubbles: true, composed: true }));
    } catch (cause) {
      this.fail({ kind: 'engine', message: 'The chart could not be drawn.', cause });
    }
  }

  /** Options the element owns, whatever the builder says: sizing is ours (see handleResize). */
  private withEngineOptions(spec: ChartSpec): ChartSpec['config'] {
    const config = spec.config;
    return {
      ...config,
      options: {
        ...config.options,
        responsive: false,
        maintainAspectRatio: false,
        animation: this.reducedMotion?.matches ? false : config.options?.animation,
      },
    } as ChartSpec['config'];
  }

  private applySpec(chart: Chart, spec: ChartSpec): void {
    const config = this.withEngineOptions(spec);
    if ((chart.config as { type?: string }).type !== config.type) {
      this.destroyChart();
      this.requestUpdate();
      return;
    }
    try {
      chart.data = config.data;
      chart.options = config.options ?? {};
      chart.update(this.reducedMotion?.matches ? 'none' : undefined);
      this.dispatchEvent(new CustomEvent('mss-render', { detail: { chart: 'updated' }, bubbles: true, composed: true }));
    } catch (cause) {
      this.fail({ kind: 'engine', message: 'The chart could not be updated.', cause });
    }
  }

  private destroyChart(): void {
    this.chart?.destroy();
    this.chart = undefined;
    if (this.engineState !== 'failed') this.engineState = 'idle';
  }

  /**
   * Chart.js's own responsive mode watches the canvas's parent from outside our shadow root and skips 0×0
   * sizes, so a chart first laid out in a hidden tab can stay at its first size. The element owns sizing
   * instead: the plot box has a CSS aspect ratio (space reserved before anything draws) and the chart is
   * resized to it whenever the box changes.
   */
  private handleResize(): void {
    const plot = this.plot;
    if (!plot) return;
    const { width, height } = plot.getBoundingClientRect();
    if (width === 0 || height === 0) return;
    const compact = width < COMPACT_WIDTH;
    if (compact !== this.compact) this.compact = compact;
    const chart = this.chart;
    if (chart && (Math.round(chart.width) !== Math.round(width) || Math.round(chart.height) !== Math.round(height))) {
      chart.resize(width, height);
    }
  }

  private readonly handleLangChange = (): void => {
    const locale = safeLocale(resolveLang(this));
    if (locale !== this.locale) this.locale = locale;
  };

  private readonly handleMediaChange = (): void => {
    this.readThemeFromProbes();
    this.requestUpdate();
  };

  private readonly handleThemeTransition = (): void => {
    this.readThemeFromProbes();
  };

  private readThemeFromProbes(): void {
    const probes = this.probes ? [...this.probes] : [];
    if (probes.length === 0) return;
    const text = getComputedStyle(probes[0] as HTMLElement).color;
    const scheme = isLightColor(text) ? 'dark' : 'light';
    if (scheme !== this.scheme) {
      // The palette probes depend on the scheme class: read again once it is applied.
      this.scheme = scheme;
      void this.updateComplete.then(() => this.readThemeFromProbes());
      return;
    }
    const next = readTheme(probes, this);
    const changed = JSON.stringify({ ...next, disputedFill: 0, hatch: 0 }) !== JSON.stringify({ ...this.chartTheme, disputedFill: 0, hatch: 0 });
    this.chartTheme = next;
    this.themeRead = true;
    if (changed) this.requestUpdate();
  }

  private handleToggleData(): void {
    this.showData = !this.showData;
  }

  override render(): TemplateResult {
    const strings = stringsFor(this.locale);
    const spec = this.spec;
    const title = this.chartTitle ?? spec?.title ?? '';
    const summary = this.summary ?? spec?.summary ?? '';
    return html`
      <div class="root scheme-${this.scheme}" lang=${this.locale}>
        <figure part="figure" aria-labelledby="${this.uid}-title" aria-describedby="${this.uid}-summary">
          <figcaption>
            <div class="title" part="title" id="${this.uid}-title" role="heading" aria-level=${this.headingLevel}>${title}</div>
            <p class="summary" part="summary" id="${this.uid}-summary">${summary}</p>
          </figcaption>
          ${this.renderLegend()}
          <div class="plot" part="chart">
            <canvas role="img" aria-label=${strings.chartLabel(`${title}. ${summary}`)}></canvas>
            ${this.renderStatus()}
          </div>
          ${this.renderNotes()} ${this.renderTable()} ${this.renderFooter()}
        </figure>
        <div class="probes" aria-hidden="true" @transitionend=${this.handleThemeTransition}>
          ${THEME_TOKENS.map((t) => html`<span class="p-${t}"></span>`)}
          ${Array.from({ length: SERIES_PROBES }, (_, i) => html`<span class="p-s${i + 1}"></span>`)}
        </div>
      </div>
    `;
  }

  private renderLegend(): TemplateResult | typeof nothing {
    const legend = this.spec?.legend ?? [];
    if (legend.length === 0) return nothing;
    // The legend repeats what the table says; screen readers get the table and the summary instead.
    return html`<ul class="legend" part="legend" aria-hidden="true">
      ${legend.map(
        (item) =>
          html`<li>
            <span class="swatch ${item.shape ?? 'box'} ${item.hatched ? 'hatched' : ''}" style=${styleMap({ color: item.color, background: item.hatched ? 'transparent' : item.color })}></span
            >${item.label}
          </li>`,
      )}
    </ul>`;
  }

  private renderStatus(): TemplateResult | typeof nothing {
    const strings = stringsFor(this.locale);
    const error = this.error;
    if (error) {
      const stale = Boolean(this.chart);
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
    if (!this.chart && this.engineState !== 'failed') {
      return html`<div class="status" aria-hidden="true">${strings.loading}</div>`;
    }
    return nothing;
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
    const title = this.chartTitle ?? spec.title;
    return html`<div class="table-wrap ${this.showData ? '' : 'visually-hidden'}" id="${this.uid}-table">
      <table part="table">
        <caption>${strings.tableCaption(title)}</caption>
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
                (${group.map((s, j) => html`${j > 0 ? ', ' : ''}${sourceLink(s, s.published ? formatIsoDate(s.published, this.locale, 'short') : String(j + 1))}`)})`}`,
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
