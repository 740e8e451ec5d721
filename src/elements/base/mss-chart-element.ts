import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { query, queryAll, state } from 'lit/decorators.js';
import { styleMap } from './style-map.js';
import { IntersectionController } from '@lit-labs/observers/intersection-controller.js';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import type { Chart } from 'chart.js';
import type { ChartSpec, ChartTheme } from '../../charts/spec.js';
import { loadEngine } from '../../engine/load-engine.js';
import { SERIES_PROBES, THEME_TOKENS, readTheme } from '../../engine/theme.js';
import { staticChart } from '../../static-chart/directive.js';
import { canvasMeasure } from '../../static-chart/measure.js';
import { staticChartModel } from '../../static-chart/model.js';
import { renderStaticChart } from '../../static-chart/render.js';
import { stringsFor } from '../../i18n/strings.js';
import { downloadBlob } from './downloads.js';
import { ForcedColorsController } from './forced-colors.js';
import { ChartKeyboardController } from './keyboard-controller.js';
import { PrintController } from './print-controller.js';
import { COMPACT_WIDTH, MssElement, PLACEHOLDER_THEME } from './mss-element.js';

export { safeHttpUrl, type MssErrorDetail } from './mss-element.js';

/**
 * The base of every canvas chart: the Chart.js instance's lifecycle (created when connected and near the
 * viewport, updated in place, destroyed on disconnect), sizing, the legend, and colours read from CSS.
 * A concrete chart implements `buildSpec()` and little else.
 *
 * @fires {CustomEvent<{ chart: 'drawn' | 'updated' }>} mss-render - The chart was drawn or updated.
 * @csspart legend - The list of series.
 * @csspart chart - The box that holds the canvas (its size is reserved before the chart draws).
 * @cssprop --mss-color-series-1 - First colour for other series (also -2 … -6).
 * @cssprop --mss-color-disputed - Hatching of disputed and approximate values.
 * @cssprop --mss-aspect-ratio - Width / height of the plot on wide containers.
 * @cssprop --mss-aspect-ratio-narrow - Width / height of the plot under 480 px.
 * @cssprop --mss-max-height - Maximum height of the plot (70vh by default).
 */
export abstract class MssChartElement extends MssElement<ChartSpec> {
  @state() private engineState: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';

  @query('canvas') private canvas?: HTMLCanvasElement;
  @query('.plot') private plot?: HTMLElement;
  @query('svg.preview') private previewSvg?: SVGSVGElement;
  @queryAll('.probes span') private probes?: NodeListOf<HTMLElement>;

  private chart?: Chart;
  private chartTheme: ChartTheme = PLACEHOLDER_THEME;
  private themeRead = false;
  private nearViewport = false;
  /** The spec the chart instance shows, so unrelated updates never redraw it. */
  private drawnSpec?: ChartSpec;
  /** The static SVG preview shown until Chart.js has drawn: shown, fading out, or gone. */
  @state() private previewState: 'shown' | 'fading' | 'gone' = 'shown';
  /** The preview has been drawn (the "Loading chart…" words give way to it). */
  @state() private previewDrawn = false;
  /** The static chart's SVG markup, rendered into the preview (a plain field: a state would rebuild the spec). */
  private previewMarkup = '';
  /** The plot's size as the resize observer last reported it. */
  private plotSize?: { width: number; height: number };
  /** What the preview shows now, so it is redrawn only when the spec, the theme or the size changes. */
  private previewKey?: { spec: ChartSpec; theme: ChartTheme; width: number; height: number };
  /** The engine waits until the preview has been painted, once it can be (see syncChart). */
  private previewPainted = false;
  private paintWait?: Promise<void>;
  private fadeTimer?: ReturnType<typeof setTimeout>;
  /** The drawing of a first picture made ahead of time (see adoptSnapshot), until the element draws its own. */
  @state() private snapshotPicture?: Element;

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
    config: { box: RESIZE_BOX },
    // The observer reports the first size itself, after layout; the controller's extra initial call would
    // force a synchronous layout per chart while a page upgrades them all.
    skipInitial: true,
    callback: () => this.handleResize(),
  });

  /** Arrow-key access to the data points (see keyboard-controller.ts). */
  protected readonly keyboard = new ChartKeyboardController(this, {
    points: () => this.spec?.points ?? [],
    chart: () => this.chart,
    focusColor: () => this.probeColor('focus'),
    locale: () => this.locale,
    id: this.uid,
  });

  private readonly print = new PrintController(this, {
    chart: () => this.chart,
    box: () => this.plot,
    onPrint: () => {
      // A chart below the fold has not drawn yet; with the engine loaded it draws before the page prints.
      if (!this.nearViewport) {
        this.nearViewport = true;
        this.requestUpdate();
      }
    },
  });

  private readonly forcedColors = new ForcedColorsController(this, () => this.readThemeFromProbes());

  protected override get buildTheme(): ChartTheme {
    return this.chartTheme;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.destroyChart();
    // Recreated when the element is connected again (and near the viewport again).
    this.nearViewport = false;
    this.previewState = 'shown';
    this.previewDrawn = false;
    this.previewMarkup = '';
    this.previewKey = undefined;
    this.dropSnapshotPicture();
    // A pending timer would keep a removed element alive until it fires.
    clearTimeout(this.fadeTimer);
  }

  protected override firstUpdated(): void {
    super.firstUpdated();
    if (this.plot) this.size.observe(this.plot);
    this.readThemeFromProbes();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The plot's size is known once the resize observer has reported it; reading it here earlier would
    // force a layout per chart while a page upgrades them all.
    this.drawPreviewNow();
    void this.syncChart();
  }

  protected override detectScheme(): void {
    super.detectScheme();
    void this.updateComplete.then(() => this.readThemeFromProbes());
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

  private async syncChart(): Promise<void> {
    const spec = this.spec;
    if (!spec || !this.nearViewport || !this.themeRead || !this.isConnected) return;
    if (this.chart) {
      if (spec !== this.drawnSpec) this.applySpec(this.chart, spec);
      return;
    }
    if (this.engineState === 'loading' || this.engineState === 'failed') return;
    // The first chart of a page asks for the engine only after its preview is on screen, so the reader
    // sees a chart before Chart.js's bytes arrive. Printing does not wait: no frame comes before it prints.
    if (!engineRequested && !this.previewPainted && !this.print.active) {
      this.paintWait ??= afterNextPaint().then(() => {
        this.previewPainted = true;
        this.paintWait = undefined;
        void this.syncChart();
      });
      return;
    }
    engineRequested = true;
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
    const current = this.spec;
    if (!this.isConnected || !canvas || this.chart || !current) return;
    try {
      this.chart = engine.createChart(canvas, this.withEngineOptions(current));
      this.drawnSpec = current;
      if (this.error?.kind === 'engine') this.error = undefined;
      this.handleResize();
      this.print.restore();
      this.keyboard.restore();
      this.requestUpdate();
      this.hidePreview();
      this.dropSnapshotPicture();
      this.dispatchEvent(new CustomEvent('mss-render', { detail: { chart: 'drawn' }, bubbles: true, composed: true }));
    } catch (cause) {
      this.fail({ kind: 'engine', message: 'The chart could not be drawn.', cause });
    }
  }

  /** Options the element owns, whatever the builder says: sizing is ours (see handleResize). */
  private withEngineOptions(spec: ChartSpec): ChartSpec['config'] {
    const config = this.forcedColors.config(spec.config);
    return {
      ...config,
      options: {
        ...config.options,
        responsive: false,
        maintainAspectRatio: false,
        devicePixelRatio: this.pixelRatio(),
        animation: this.reducedMotion?.matches || isLarge(config) ? false : config.options?.animation,
      },
    } as ChartSpec['config'];
  }

  private applySpec(chart: Chart, spec: ChartSpec): void {
    const config = this.withEngineOptions(spec);
    if ((chart.config as { type?: string }).type !== config.type) {
      // Chart.js cannot change a chart's root type in place.
      this.destroyChart();
      this.requestUpdate();
      return;
    }
    try {
      chart.data = config.data;
      chart.options = config.options ?? {};
      chart.update(this.reducedMotion?.matches ? 'none' : undefined);
      this.drawnSpec = spec;
      if (this.error?.kind === 'engine') this.error = undefined;
      this.print.restore();
      this.keyboard.restore();
      this.dispatchEvent(new CustomEvent('mss-render', { detail: { chart: 'updated' }, bubbles: true, composed: true }));
    } catch (cause) {
      this.fail({ kind: 'engine', message: 'The chart could not be updated.', cause });
    }
  }

  private destroyChart(): void {
    this.chart?.destroy();
    this.chart = undefined;
    this.drawnSpec = undefined;
    if (this.engineState !== 'failed') this.engineState = 'idle';
    this.requestUpdate();
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
    // Layout size, in the element's own CSS pixels (under CSS `zoom` the bounding box is the zoomed one).
    const width = plot.clientWidth;
    const height = plot.clientHeight;
    if (width === 0 || height === 0) return;
    const compact = width < COMPACT_WIDTH;
    const changedLayout = compact !== this.compact;
    if (changedLayout) this.compact = compact;
    this.plotSize = { width, height };
    // A change of layout rebuilds the spec first; the update that follows draws the preview.
    if (!changedLayout) this.drawPreviewNow();
    const chart = this.chart;
    if (!chart) return;
    // Read only with a chart: it measures the box again, and thirty charts doing so while their neighbours
    // draw previews would force a layout each.
    const ratio = this.pixelRatio();
    if (Math.round(chart.width) !== width || Math.round(chart.height) !== height || chart.currentDevicePixelRatio !== ratio) {
      (chart.options as { devicePixelRatio?: number }).devicePixelRatio = ratio;
      chart.resize(width, height);
    }
  }

  /**
   * Canvas pixels per CSS pixel: the screen's ratio (browser zoom changes it) times any CSS `zoom` of the
   * page around the chart, which Chart.js does not know of and would draw blurred.
   */
  private pixelRatio(): number {
    const plot = this.plot;
    const zoom = plot && plot.clientWidth > 0 ? plot.getBoundingClientRect().width / plot.clientWidth : 1;
    return (window.devicePixelRatio || 1) * (Math.abs(zoom - 1) < 0.02 ? 1 : zoom);
  }

  /**
   * The loader's first picture of this chart (default data, same words and layout) keeps showing in the
   * plot, scaled to it, until the element has drawn its own preview: no blank frame between the two.
   */
  protected override adoptSnapshot(snapshot: Element): void {
    const picture = snapshot.querySelector('.plot > svg');
    if (!picture || !this.plot || !this.spec || this.hasOwnData) return;
    picture.setAttribute('class', 'snapshot');
    this.plot.append(picture);
    this.snapshotPicture = picture;
  }

  private dropSnapshotPicture(): void {
    this.snapshotPicture?.remove();
    this.snapshotPicture = undefined;
  }

  /** Draws the preview for the current spec, theme and plot size, unless it shows them already. */
  private drawPreviewNow(): void {
    const svg = this.previewSvg;
    const spec = this.spec;
    const size = this.plotSize;
    const key = this.previewKey;
    // Only near the viewport, like the chart itself: an article's thirty previews drawn at load would block
    // the page for nothing.
    if (!svg || !spec || !size || !this.nearViewport || !this.themeRead || this.chart || this.previewState !== 'shown') return;
    const { width, height } = size;
    if (key && key.spec === spec && key.theme === this.chartTheme && key.width === width && key.height === height && this.previewMarkup) return;
    this.previewKey = { spec, theme: this.chartTheme, width, height };
    try {
      const measure = canvasMeasure();
      const model = staticChartModel(spec.config, this.chartTheme, { width, height, measure });
      this.previewMarkup = renderStaticChart(model, { width, height, measure, idPrefix: `${this.uid}-static-` });
      this.requestUpdate();
      this.previewDrawn = true;
      this.dropSnapshotPicture();
    } catch {
      // A configuration the preview cannot read leaves it empty; the chart still draws.
      this.previewMarkup = '';
      this.requestUpdate();
      this.previewDrawn = false;
    }
  }

  /** Chart.js has drawn: the preview fades out over its first frames (at once under reduced motion). */
  private hidePreview(): void {
    if (this.previewState !== 'shown') return;
    if (this.reducedMotion?.matches || !this.previewDrawn) {
      this.previewState = 'gone';
      return;
    }
    this.previewState = 'fading';
    this.fadeTimer = setTimeout(() => {
      if (this.previewState === 'fading') this.previewState = 'gone';
    }, PREVIEW_FADE_MS);
  }

  private readonly handleThemeTransition = (): void => {
    this.readThemeFromProbes();
  };

  private readThemeFromProbes(): void {
    const probes = this.probes ? [...this.probes] : [];
    if (probes.length === 0) return;
    const next = this.forcedColors.theme(readTheme(probes, this));
    const key = (t: ChartTheme) => JSON.stringify({ ...t, disputedFill: 0, hatch: 0 });
    const changed = key(next) !== key(this.chartTheme);
    this.chartTheme = next;
    this.themeRead = true;
    if (changed) {
      this.rebuildSpec();
      this.requestUpdate();
    }
  }

  protected override renderBody(spec: ChartSpec | undefined): TemplateResult {
    const strings = stringsFor(this.locale);
    return html`${this.renderLegend(spec)}
      <div class="plot" part="chart">
        <canvas
          role="img"
          aria-label=${strings.chartLabel(`${this.shownTitle}. ${this.shownSummary}`)}
          tabindex=${this.keyboard.focusable ? '0' : '-1'}
          aria-describedby=${this.keyboard.hintId}
          @keydown=${this.keyboard.handleKeyDown}
          @blur=${this.keyboard.handleBlur}
        ></canvas>
        ${this.previewState === 'gone'
          ? nothing
          : html`<svg class="preview ${this.previewState}" aria-hidden="true" focusable="false">${staticChart(this.previewMarkup)}</svg>`}
        ${this.renderStatus()} ${this.keyboard.render()}
      </div>
      ${this.renderStillNote()}`;
  }

  protected override renderExtras(): TemplateResult {
    return html`<div class="probes" aria-hidden="true" @transitionend=${this.handleThemeTransition}>
      ${THEME_TOKENS.map((t) => html`<span class="p-${t}"></span>`)}
      ${Array.from({ length: SERIES_PROBES }, (_, i) => html`<span class="p-s${i + 1}"></span>`)}
    </div>`;
  }

  protected override renderControls(): TemplateResult | typeof nothing {
    const data = super.renderControls();
    if (data === nothing) return nothing;
    // Without Chart.js there is no image to save (the still picture is not exported).
    if (this.engineState === 'failed') return data;
    return html`${data}<button type="button" @click=${() => void this.downloadImage()}>${stringsFor(this.locale).downloadPng}</button>`;
  }

  /** The figure as a PNG at 2×: title, summary, legend, chart, notes, sources and as-of date, on the theme's background. */
  async toImageBlob(): Promise<Blob | undefined> {
    const chart = this.chart ?? (await this.chartReady());
    const spec = this.spec;
    if (!chart || !spec) return undefined;
    const { figureImage } = await import('./image-export.js');
    return figureImage({
      element: this,
      chart,
      spec,
      title: this.shownTitle,
      summary: this.shownSummary,
      theme: this.chartTheme,
      locale: this.locale,
      scheme: this.scheme,
    });
  }

  /** Saves the chart as a PNG file named after the element, its view and the as-of date. */
  async downloadImage(): Promise<HTMLAnchorElement | undefined> {
    const blob = await this.toImageBlob();
    return blob ? downloadBlob(blob, this.downloadName('png')) : undefined;
  }

  /** A theme colour as resolved now (focus ring, backgrounds), from its probe. */
  private probeColor(token: string): string {
    const probe = this.renderRoot.querySelector(`.probes .p-${token}`);
    return probe ? getComputedStyle(probe).color : '';
  }

  private renderLegend(spec: ChartSpec | undefined): TemplateResult | typeof nothing {
    const legend = spec?.legend ?? [];
    if (legend.length === 0) return nothing;
    // The legend repeats what the table says; screen readers get the table and the summary instead.
    return html`<ul class="legend" part="legend" aria-hidden="true">
      ${legend.map(
        (item) =>
          html`<li>
            <span
              class="swatch ${item.shape ?? 'box'} ${item.hatched ? 'hatched' : ''}"
              style=${styleMap({
                color: item.color,
                background: item.hatched ? 'transparent' : item.color,
                ...this.forcedColors.swatchStyle(item, spec?.config),
              })}
            ></span
            >${item.label}
          </li>`,
      )}
    </ul>`;
  }

  private showsPreview(): boolean {
    return !this.chart && this.previewState === 'shown' && (this.previewDrawn || this.snapshotPicture !== undefined);
  }

  /** The engine failed but the first-paint picture is drawn: it stays, and this line says what it is. */
  private renderStillNote(): TemplateResult | typeof nothing {
    if (this.error?.kind !== 'engine' || !this.showsPreview()) return nothing;
    return html`<p class="still-note" role="status">${stringsFor(this.locale).stillPicture}</p>`;
  }

  private renderStatus(): TemplateResult | typeof nothing {
    const preview = this.showsPreview();
    // With a preview on screen, a failed engine is said under the plot (renderStillNote), not over it.
    if (this.error) return preview && this.error.kind === 'engine' ? nothing : this.renderError(Boolean(this.chart));
    if (!this.chart && this.engineState !== 'failed' && !preview) {
      return html`<div class="status" aria-hidden="true">${stringsFor(this.locale).loading}</div>`;
    }
    return nothing;
  }
}

/** How long the preview takes to fade out once the chart has drawn (see base.styles.ts). */
const PREVIEW_FADE_MS = 250;

/** Set once any chart on the page has asked for the engine: later charts need not wait for their preview. */
let engineRequested = false;

/**
 * Resolves after the next frame has been painted: a frame, then a task after it. A hidden page paints no
 * frames (a background tab), so there it resolves at once rather than leaving the engine unrequested.
 */
function afterNextPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Data elements beyond which animating frames would stall the page (Chart.js redraws every bar each frame). */
const MAX_ANIMATED_ELEMENTS = 1000;

function isLarge(config: ChartSpec['config']): boolean {
  let count = 0;
  for (const dataset of config.data.datasets) count += dataset.data.length;
  return count > MAX_ANIMATED_ELEMENTS;
}

/**
 * Watching device pixels also tells the chart when the pixel ratio changes at an unchanged CSS size (browser
 * zoom, a window moved to another screen). Safari has no such box; it watches CSS pixels.
 */
const RESIZE_BOX: ResizeObserverBoxOptions =
  typeof ResizeObserverEntry !== 'undefined' && 'devicePixelContentBoxSize' in ResizeObserverEntry.prototype
    ? 'device-pixel-content-box'
    : 'content-box';
