import { LitElement, html, isServer, nothing, type CSSResultGroup, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BuildContext, ChartTheme, SourceRef, ViewSpec } from '../../charts/spec.js';
import type { MssDataset } from '../../data/types.js';
import { isLightColor } from '../../engine/color.js';
import { formatIsoDate, formatNumber, safeLocale } from '../../i18n/format.js';
import type { Words } from '../../i18n/language.js';
import { stringsFor, uiWords } from '../../i18n/strings.js';
import { baseStyles } from './base.styles.js';
import { csvBlob, downloadBlob, downloadFileName, specToCsv } from './downloads.js';
import { DataSource, DEFAULT_TIMEOUT } from './data-source.js';
import { DisclosurePrintController } from './disclosure-print-controller.js';
import type { RefreshController } from './refresh-controller.js';
import { TableRowsController } from './table-rows-controller.js';
import { onLangChange, resolveLang } from './resolve-lang.js';
import { elementUid, serverRender } from './server-render.js';
import { readStyleSoon } from './style-reads.js';
import { warmIntl, yieldToMain } from './yield-to-main.js';

/** Detail of the `mss-error` event. */
export interface MssErrorDetail {
  /** What went wrong, in plain words. */
  message: string;
  /** `data`: the dataset could not be loaded, validated or charted; `engine`: the chart engine failed. */
  kind: 'data' | 'engine';
  /** Validation errors, one per problem, with the path into the data. */
  errors?: readonly { path: string; message: string }[];
  /** The address of the data (`src`) that failed. */
  url?: string;
  /** The HTTP status, when the server answered with an error. */
  status?: number;
  cause?: unknown;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mss-error': CustomEvent<MssErrorDetail>;
    'mss-render': CustomEvent<{ chart: 'drawn' | 'updated' }>;
    'mss-data-updated': CustomEvent<{ url: string }>;
  }
}

/**
 * What the element shows, as a custom state on the host (`:state(loading)` etc.): exactly one at a time.
 * `loading`: nothing drawn yet; `static`: the static chart shows; `interactive`: the Chart.js chart (key
 * figures: the cards) is drawn; `error`: an error shows.
 */
export type DisplayState = 'loading' | 'static' | 'interactive' | 'error';
const DISPLAY_STATES: readonly DisplayState[] = ['loading', 'static', 'interactive', 'error'];

/** Width under which elements switch to their narrow (phone) layout. */
export const COMPACT_WIDTH = 480;

/** Colours used before the real ones are read from CSS (and by elements without a canvas). */
export const PLACEHOLDER_THEME: ChartTheme = {
  text: '#1f1f1f',
  muted: '#5c6670',
  grid: '#e1e4e8',
  background: 'transparent',
  accent: '#0b5cad',
  series: ['#c4510a', '#00795a', '#9a4b94', '#7f4f24', '#5f6368', '#1f1f1f'],
  disputedFill: '#5c6670',
  hatch: (color) => color,
  fontFamily: 'system-ui, sans-serif',
  fontSize: 12,
};

/** Properties whose change never alters the spec: re-building for them would only waste work. */
const VIEW_ONLY = new Set<PropertyKey>(['spec', 'error', 'showData', 'headingLevel', 'outlineLevel', 'scheme']);

/**
 * What every mss-charts element shares: data, language, theme, the figure's words (title, summary,
 * notes), the data table, the sources footer and the error state. `MssChartElement` adds the canvas;
 * elements without a chart (key figures) extend this directly.
 *
 * @fires {CustomEvent<MssErrorDetail>} mss-error - The data could not be used or the chart engine failed; `detail` says why.
 * @fires {CustomEvent<{ url: string }>} mss-data-updated - With `refresh`: newer figures from `url` are shown (after the element updated).
 * @cssstate loading - Nothing is drawn yet.
 * @cssstate static - The static chart shows (Chart.js has not drawn yet, or could not load).
 * @cssstate interactive - The Chart.js chart is drawn; on key figures, the cards are rendered.
 * @cssstate error - An error shows (over the last good figures, or under the static chart).
 * @csspart figure - The `<figure>` around everything.
 * @csspart title - The title.
 * @csspart summary - The one-sentence summary under the title.
 * @csspart notes - Key notes: what the disputed or approximate marks mean, one line each.
 * @csspart more-notes - The closed "Notes on these figures" disclosure with the other notes (open when printed).
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
 * @cssprop --mss-title-size - Font size of the title (scales with the element's width by default).
 */
export abstract class MssElement<S extends ViewSpec = ViewSpec> extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** The dataset to show (validated; a partial one is fine). Wins over `src` and inline JSON. Defaults to the part of the shipped dataset the element charts, with its sources. */
  @property({ attribute: false }) data?: MssDataset;

  /** URL of a JSON dataset to show instead of the built-in one; fetched once per page, however many charts use it. */
  @property() src?: string;

  /** Milliseconds to wait for `src` before showing an error. */
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT;

  /** Seconds between checks of `src` for newer figures (10 at least); paused while the page is hidden or the element off screen. Unset: `src` loads once. */
  @property({ type: Number }) refresh?: number;

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

  /** Hides the "Download data" (and, on charts, "Download image") buttons. */
  @property({ type: Boolean, reflect: true, attribute: 'no-download' }) noDownload = false;

  /** Heading level of the title (1–6). By default one below the nearest heading before the element (at most 6), or 3 when there is none. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /** The spec currently shown (the last good one if newer data failed). */
  @state() protected spec?: S;
  @state() protected error?: MssErrorDetail;
  @state() protected locale = 'en';
  @state() protected scheme: 'light' | 'dark' = 'light';
  @state() protected compact = false;
  /** The level the page's outline asks for (see `headingLevelAfter`), read when connected. */
  @state() private outlineLevel = DEFAULT_HEADING_LEVEL;

  /**
   * What the element charts when it is given no data: each element sets the part of the shipped dataset it
   * charts (see `data/defaults/`), so that its code does not carry every figure and source.
   */
  protected static defaultData?: MssDataset;

  /** Prefix of the ids in the shadow root; kept from server-rendered markup the element takes over. */
  protected readonly uid = elementUid(this, isServer);
  /** Own data: the `data` property, `src`, or an inline `<script type="application/json">` child. */
  private readonly source = new DataSource(
    this,
    () => this.sourceRevision++,
    (this.constructor as typeof MssElement).defaultData,
  );
  @state() private sourceRevision = 0;
  /** The source revision whose spec was built ahead of an update (see scheduleUpdate). */
  private builtRevision = -1;
  /**
   * False from the spec built ahead of an update (scheduleUpdate) until that update; true once a property
   * the spec may depend on changes in between. Declared, not initialised: property setters run before
   * field initialisers.
   */
  private changedSinceBuilt?: boolean;
  // A field so the controller lives as long as the element.
  protected readonly disclosurePrint = new DisclosurePrintController(this);
  /** Live figures (`refresh`), loaded the first time the element asks for them. */
  private refresher?: RefreshController;
  /** The data table's rows, added a block per task when there are many (see table-rows-controller.ts). */
  private readonly tableRows = new TableRowsController(this);
  /** The last error told to the page, so a rebuild does not warn or fire again. */
  private reported?: string;
  protected reducedMotion?: MediaQueryList;
  private colorScheme?: MediaQueryList;
  private unsubscribeLang?: () => void;
  /** Custom states; browsers without them (and server rendering) get none. */
  private readonly internals = typeof this.attachInternals === 'function' ? this.attachInternals() : undefined;

  /** Builds the spec from the data. Pure; may throw on data it cannot show. */
  protected abstract buildSpec(data: MssDataset, context: BuildContext): S;

  /** The element's own content between the caption and the notes (chart, cards). */
  protected abstract renderBody(spec: S | undefined): TemplateResult | typeof nothing;

  /** Extra buttons in the footer: "Download data" here; charts add "Download image". */
  protected renderControls(): TemplateResult | typeof nothing {
    if (this.noDownload || !this.spec) return nothing;
    return html`<button type="button" @click=${() => this.downloadData()}>${stringsFor(this.locale).downloadCsv}</button>`;
  }

  /** The data table as CSV (RFC 4180): raw values, each row's sources in full, the as-of date. */
  toCsv(): string {
    return this.spec ? specToCsv(this.spec, this.locale) : '';
  }

  /** Saves the data as a CSV file named after the element, its view and the as-of date. */
  downloadData(): HTMLAnchorElement | undefined {
    return this.spec ? downloadBlob(csvBlob(this.toCsv()), this.downloadName('csv')) : undefined;
  }

  protected downloadName(extension: string): string {
    return downloadFileName([this.localName, this.getAttribute('view') ?? undefined, this.spec?.asOf], extension);
  }

  /** The words the element speaks, loaded in its language before it renders (see Words). */
  protected static words: readonly Words<unknown>[] = [uiWords];

  /** The theme given to builders; charts read it from CSS (see MssChartElement). */
  protected get buildTheme(): ChartTheme {
    return PLACEHOLDER_THEME;
  }

  /**
   * Each element's first render gets a task of its own: an article with thirty charts would otherwise
   * upgrade them all in one long task (style and layout read per element) and block the reader's input.
   */
  protected override async scheduleUpdate(): Promise<void> {
    // The words of a language other than English come on demand (Words): rendered with them, never
    // in English first. The locale is the one willUpdate will settle on (a `lang` set since).
    const locale = this.lang?.trim() ? safeLocale(this.lang.trim()) : this.locale;
    const missing = (this.constructor as typeof MssElement).words.filter((words) => !words.ready(locale));
    if (missing.length) await Promise.all(missing.map((words) => words.load(locale))).catch(() => undefined);
    if (!this.hasUpdated) {
      // Known before the first render, so a chart on a dark page is drawn dark at once, not redrawn; read
      // with the other elements' in one frame (style-reads.ts), then the render in a task of its own.
      await readStyleSoon(() => this.detectScheme());
      await yieldToMain();
      await warmIntl();
    }
    // The spec is built in a task of its own, and rendered in the next: for a long dataset (at the row
    // limit each takes a good part of what one task may take before the page stops answering input) and
    // for the first render (building and rendering together made each element's start one long task).
    const ahead = this.hasUpdated ? this.source.long && this.builtRevision !== this.sourceRevision : !this.hasOwnData;
    if (ahead) {
      this.builtRevision = this.sourceRevision;
      this.changedSinceBuilt = false;
      this.rebuildSpec();
      await yieldToMain();
    }
    await super.scheduleUpdate();
  }

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    if (name !== undefined && !VIEW_ONLY.has(name)) this.changedSinceBuilt = true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = safeLocale(resolveLang(this));
    this.outlineLevel = headingLevelAfter(this);
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
    // Again after the first render (a `theme` attribute set meanwhile), with the other elements' reads.
    void readStyleSoon(() => this.detectScheme());
    // A pre-rendered figure the CDN loader showed before this code arrived (src/cdn.ts): the element's own render
    // is in place now, in the same task, so the two are never painted together.
    for (const node of [...this.renderRoot.children]) {
      if (!node.hasAttribute('data-mss-prerendered')) continue;
      this.adoptPrerendered(node);
      node.remove();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.showState(this.displayState());
  }

  /** What the element shows now; charts add `static` (see MssChartElement). */
  protected displayState(): DisplayState {
    if (this.error) return 'error';
    return this.spec ? 'interactive' : 'loading';
  }

  private showState(state: DisplayState): void {
    const states = this.internals?.states;
    if (!states) return;
    for (const name of DISPLAY_STATES) {
      try {
        if (name === state) states.add(name);
        else states.delete(name);
      } catch {
        // Chromium before 125 accepted only `--name` states and throws on plain names.
      }
    }
  }

  /** Keeps what the element can still use of a pre-rendered figure (charts keep its drawing). */
  protected adoptPrerendered(_prerendered: Element): void {}

  /** Given its own data (property, `src` or inline JSON) rather than the default. */
  protected get hasOwnData(): boolean {
    return this.data !== undefined || Boolean(this.src?.trim()) || (!isServer && this.querySelector('script') !== null);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (isServer) this.takeServerSettings();
    // The property is read first: Lit reflects it to the attribute only after this update.
    if (changed.has('lang')) this.locale = safeLocale(this.lang?.trim() || resolveLang(this));
    if (changed.has('data') || changed.has('src') || changed.has('timeout')) this.source.sync();
    if (changed.has('refresh')) this.startRefresh();
    if (changed.has('theme') && !isServer) void this.updateComplete.then(() => this.detectScheme());
    // A spec scheduleUpdate() has just built is not built again, unless something it depends on changed since.
    const builtAhead = this.changedSinceBuilt === false;
    this.changedSinceBuilt = undefined;
    if (!this.spec || (!builtAhead && [...changed.keys()].some((key) => !VIEW_ONLY.has(key)))) this.rebuildSpec();
  }

  /** The refresh code is its own chunk: most elements load their data once and never fetch it. */
  private startRefresh(): void {
    if (isServer || this.refresher || !(Number(this.refresh) > 0)) return;
    import('./refresh-controller.js').then(
      ({ RefreshController }) => {
        this.refresher ??= new RefreshController(this, { take: (data) => this.source.refreshed(data), announce: (text) => this.announce(text) });
      },
      // A chunk that did not load (a flaky network) is asked for again when `refresh` changes.
      () => undefined,
    );
  }

  /** Says `text` through the element's live region; false when it has none (charts have the keyboard's). */
  protected announce(_text: string): boolean {
    return false;
  }

  /** A server sees no page: the layout and colours are those the render was given, or the `theme` attribute's. */
  private takeServerSettings(): void {
    this.scheme = this.theme === 'dark' || this.theme === 'light' ? this.theme : serverRender.scheme;
    this.compact = serverRender.width < COMPACT_WIDTH;
  }

  /**
   * Also waits for a first check of own data: the validator is a chunk of its own, loaded the first time a
   * page gives a chart its own data. (A `src` fetch is not waited for; `mss-render` or `mss-error` tell.)
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // The table of a large dataset is complete a few tasks after the first render.
    while (this.source.checking || this.tableRows.growing) {
      await (this.source.checking ?? this.tableRows.growing);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** The resolved BCP 47 locale the element formats with. */
  get resolvedLocale(): string {
    return this.locale;
  }

  /** The dataset in use: own data (the last valid), else the built-in one; undefined while own data loads. */
  protected get effectiveData(): MssDataset | undefined {
    return this.source.current;
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
    const data = this.effectiveData;
    const problem = this.source.error;
    if (data) {
      try {
        this.spec = this.buildSpec(data, this.buildContext());
        // An engine failure outlives a rebuild: only a drawn chart clears it (see MssChartElement).
        if (this.error?.kind !== 'engine') this.error = undefined;
        if (!problem) this.reported = undefined;
      } catch (cause) {
        this.fail({ kind: 'data', message: cause instanceof Error ? cause.message : String(cause), cause });
        return;
      }
    }
    // Newer own data failed: its error shows over the last good figures.
    if (problem) this.fail(problem);
  }

  /** Shows an error in the element's box, keeps the last good figures, and tells the page once. */
  protected fail(detail: MssErrorDetail): void {
    this.error = detail;
    if (this.reported === detail.message) return;
    this.reported = detail.message;
    const first = detail.errors?.[0];
    console.warn(`mss-charts: <${this.localName}>: ${detail.message}${first ? ` First: ${first.path}: ${first.message}` : ''}`);
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
    // Reduced motion is part of the build context: a reader who turns animations off mid-read gets none.
    this.rebuildSpec();
    this.requestUpdate();
  };

  private handleToggleData(): void {
    this.showData = !this.showData;
  }

  /** The `heading-level` attribute when it is a level, else the page outline's. */
  protected get shownHeadingLevel(): number {
    const level = Math.trunc(Number(this.headingLevel));
    return level >= 1 && level <= 6 ? level : this.outlineLevel;
  }

  /** The title as shown: the `chart-title` attribute, else the generated one. */
  protected get shownTitle(): string {
    return this.chartTitle ?? this.spec?.title ?? '';
  }

  protected get shownSummary(): string {
    return this.summary ?? this.spec?.summary ?? '';
  }

  override render(): TemplateResult {
    // Every UI language is written left to right: the words and axes follow it, not an RTL page around.
    return html`
      <div class="root scheme-${this.scheme}" lang=${this.locale} dir="ltr">
        <figure part="figure" aria-labelledby="${this.uid}-title" aria-describedby="${this.uid}-summary">
          <figcaption>
            <div
              class="title"
              part="title"
              id="${this.uid}-title"
              role=${ifDefined(this.shownTitle ? 'heading' : undefined)}
              aria-level=${ifDefined(this.shownTitle ? this.shownHeadingLevel : undefined)}
            >${this.shownTitle}</div>
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
      <span>${error.kind === 'engine' ? strings.engineError : error.message}</span>
      ${error.errors?.length
        ? html`<ul>
            ${error.errors.slice(0, 5).map((e) => html`<li><code>${e.path}</code>: ${e.message}</li>`)}
          </ul>`
        : nothing}
      ${stale ? html`<span>${strings.staleData}</span>` : nothing}
    </div>`;
  }

  /**
   * Key notes (what a disputed or approximate mark means) one line each under the body; the others under a
   * closed disclosure. The content of a closed `<details>` is not in the accessibility tree, so a visually
   * hidden copy of those notes is, and the disclosure's own list is hidden from assistive technology.
   */
  private renderNotes(): TemplateResult | typeof nothing {
    const notes = this.spec?.notes ?? [];
    if (notes.length === 0) return nothing;
    const strings = stringsFor(this.locale);
    const key = notes.filter((n) => n.key);
    const more = notes.filter((n) => !n.key);
    const summary = strings.moreNotes(formatNumber(more.length, this.locale));
    return html`${key.length
      ? html`<ul class="notes" part="notes" aria-label=${strings.notes}>
          ${key.map((n) => html`<li>${n.text}</li>`)}
        </ul>`
      : nothing}
    ${more.length
      ? html`<ul class="visually-hidden" aria-label=${summary}>
            ${more.map((n) => html`<li>${n.text}</li>`)}
          </ul>
          <details class="more-notes" part="more-notes">
            <summary>${summary}</summary>
            <ul class="notes" aria-hidden="true">
              ${more.map((n) => html`<li>${n.text}</li>`)}
            </ul>
          </details>`
      : nothing}`;
  }

  private renderTable(): TemplateResult | typeof nothing {
    const spec = this.spec;
    if (!spec) return nothing;
    const strings = stringsFor(this.locale);
    return html`<div
      class="table-wrap ${this.showData ? '' : 'visually-hidden'}"
      id="${this.uid}-table"
      role=${ifDefined(this.showData ? 'region' : undefined)}
      tabindex=${ifDefined(this.showData ? 0 : undefined)}
      aria-label=${ifDefined(this.showData ? strings.tableCaption(this.shownTitle) : undefined)}
    >
      <table part="table">
        <caption>${strings.tableCaption(this.shownTitle)}</caption>
        <thead>
          <tr>
            ${spec.table.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : ''}>${c.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${this.tableRows.blocks(spec.table, (rows) =>
            rows.map(
              (row) =>
                html`<tr>
                  ${row.map((cell, i) =>
                    cell.rowHeader
                      ? html`<th scope="row">${cell.text}</th>`
                      : html`<td class=${spec.table.columns[i]?.numeric ? 'num' : ''}>${cell.text}</td>`,
                  )}
                </tr>`,
            ),
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
        ${sources.length === 1 ? strings.source : strings.sources}${strings.colon}
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
      ${this.refresher?.render()}
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

const DEFAULT_HEADING_LEVEL = 3;
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * One below the nearest heading that precedes `element` in document order, at most 6; 3 when there is none.
 * Walks back through previous siblings (a sibling's own headings: its last) and up through ancestors, so it
 * stops at the nearest heading and reads only what lies between it and the element: an article's thirty
 * charts each read their own section, not the whole document.
 */
export function headingLevelAfter(element: Element): number {
  for (let node: Element | null = element; node; node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const heading = sibling.matches(HEADINGS) ? sibling : lastOf(sibling.querySelectorAll(HEADINGS));
      if (heading) return Math.min(headingLevelOf(heading) + 1, 6);
    }
    const parent = node.parentElement;
    if (parent?.matches(HEADINGS)) return Math.min(headingLevelOf(parent) + 1, 6);
  }
  return DEFAULT_HEADING_LEVEL;
}

function lastOf(nodes: NodeListOf<Element>): Element | undefined {
  return nodes.length ? nodes[nodes.length - 1] : undefined;
}

/** `hN` is level N; `role="heading"` takes its `aria-level`, 2 without one (the ARIA default). */
function headingLevelOf(heading: Element): number {
  const aria = Number.parseInt(heading.getAttribute('aria-level') ?? '', 10);
  if (heading.getAttribute('role') === 'heading' || !/^H[1-6]$/.test(heading.tagName)) return aria >= 1 ? aria : 2;
  return Number(heading.tagName.slice(1));
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

/** A link to a source, titled with its headline (text: its publisher, and who it came through); plain text without a safe address. */
export function sourceLink(source: SourceRef, text = source.via ? `${source.publisher} (${source.via})` : source.publisher): TemplateResult {
  const href = safeHttpUrl(source.url);
  return href
    ? html`<a href=${href} target="_blank" rel="noopener noreferrer" title=${source.title}>${text}</a>`
    : html`<span title=${source.title}>${text}</span>`;
}

/** Checked addresses: a table links the same few sources on every row, and parsing a URL is not free. */
const checkedUrls = new Map<string, string | undefined>();

/** Only http(s) links are rendered; anything else (a `javascript:` URL from bad data) stays text. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  if (checkedUrls.has(url)) return checkedUrls.get(url);
  let safe: string | undefined;
  try {
    const parsed = new URL(url);
    safe = parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    safe = undefined;
  }
  if (checkedUrls.size < 1000) checkedUrls.set(url, safe);
  return safe;
}
