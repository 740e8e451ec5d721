import { css, html, isServer, nothing, svg, unsafeCSS, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { query } from 'lit/decorators.js';
import { styleMap } from './style-map.js';
import { IntersectionController } from '@lit-labs/observers/intersection-controller.js';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import type { Chart } from 'chart.js';
import type { ChartSpec, ChartTheme, LegendItem } from '../../charts/spec.js';
import { schemeTheme } from '../../engine/palette.js';
import type { FigureSvg } from '../../static-chart/figure.js';
import { canvasMeasure, estimateMeasure, type TextMeasure } from '../../static-chart/measure.js';
import { stringsFor } from '../../i18n/strings.js';
import { downloadBlob } from './downloads.js';
import { EngineController } from './engine-controller.js';
import { ChartKeyboardController } from './keyboard-controller.js';
import { PrintController } from './print-controller.js';
import { StaticChartController } from './static-chart-controller.js';
import { ThemeController } from './theme-controller.js';
import { serverRender } from './server-render.js';
import { readStyleSoon } from './style-reads.js';
import { yieldToMain } from './yield-to-main.js';
import { COMPACT_WIDTH, MssElement, type DisplayState, type MssErrorDetail } from './mss-element.js';

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
  /** Width / height of the plot, wide and under 480 px: the element's CSS (`ratioStyles`) and the static chart drawn on a server both read it. */
  static aspectRatios: AspectRatios = { wide: [16, 9], compact: [4, 5] };

  @query('canvas') private canvas?: HTMLCanvasElement;
  @query('.plot') private plot?: HTMLElement;

  private nearViewport = false;
  /** The plot's size as the resize observer last reported it. */
  private plotSize?: { width: number; height: number };

  private readonly themes = new ThemeController(this, () => {
    this.rebuildSpec();
    this.requestUpdate();
  });

  private readonly staticChart = new StaticChartController(this);

  private readonly engine: EngineController = new EngineController(this, {
    canvas: () => this.canvas,
    // Read now, not the last size observed: the plot may have changed since (a legend, a font, the table).
    measure: () =>
      this.plot && this.plot.clientWidth > 0 ? { width: this.plot.clientWidth, height: this.plot.clientHeight, ratio: this.pixelRatio() } : undefined,
    spec: () => this.spec,
    canStart: () => this.nearViewport && this.themes.read && this.isConnected,
    // Nor does a chart whose static chart the reader saw before this code ran.
    mustNotWait: () => this.print.active || this.staticChart.paintedBefore,
    staticChartDrawable: () => this.staticChart.drawable(),
    config: (spec, ratio) => this.withEngineOptions(spec, ratio),
    reducedMotion: () => this.reducedMotion?.matches ?? false,
    drawsInSteps: (spec) => isLarge(spec.config),
    onRender: (_chart, kind) => this.handleRender(kind),
    onFail: (detail) => this.fail(detail),
  });

  // Kept as a field so the controller lives as long as the element (it registers itself with the host).
  protected readonly visibility = new IntersectionController(this, {
    // Start the engine a little before the chart scrolls into view, so it is drawn when the reader gets there.
    config: { rootMargin: '300px 0px' },
    callback: (entries) => {
      if (entries.some((e) => e.isIntersecting)) this.startNearViewport();
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
    chart: () => this.engine.chart,
    focusColor: () => this.themes.color('focus'),
    locale: () => this.locale,
    id: this.uid,
  });

  private readonly print: PrintController = new PrintController(this, {
    chart: () => this.engine.chart,
    box: () => this.plot,
    // A chart below the fold has not drawn yet; with the engine loaded it draws before the page prints.
    onPrint: () => this.startNearViewport(),
  });

  protected override get buildTheme(): ChartTheme {
    // A server sees no CSS: it draws in the colours of the scheme it was told of.
    return isServer ? schemeTheme(this.scheme) : this.themes.theme;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Recreated when the element is connected again (and near the viewport again).
    this.nearViewport = false;
  }

  protected override firstUpdated(): void {
    super.firstUpdated();
    if (this.plot) this.size.observe(this.plot);
    this.readProbesSoon();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The plot's size is known once the resize observer has reported it; reading it here earlier would
    // force a layout per chart while a page upgrades them all.
    // The engine first: while it loads, the loader's picture stands (drawStaticChart).
    void this.engine.sync();
    this.drawStaticChart();
  }

  protected override detectScheme(): void {
    super.detectScheme();
    void this.updateComplete.then(() => this.readProbesSoon());
  }

  /**
   * The theme probes, read with the other elements' style reads; the chart starts once they are read. What
   * follows from the read (a new spec, the static chart, Chart.js) is done in a task of its own per element,
   * not in the frame callback of every element's read.
   */
  private readProbesSoon(): void {
    void readStyleSoon(() => this.themes.probe())
      .then(async (theme) => {
        await yieldToMain();
        if (theme) this.themes.take(theme);
        this.requestUpdate();
      });
  }

  protected override announce(text: string): boolean {
    this.keyboard.say(text);
    return true;
  }

  protected override fail(detail: MssErrorDetail): void {
    super.fail(detail);
    // A data error or a failed engine settles chartReady(): nothing more will draw until something changes.
    this.engine.settle();
  }

  protected override displayState(): DisplayState {
    if (this.error) return 'error';
    if (this.engine.chart) return 'interactive';
    return this.staticChart.shows ? 'static' : 'loading';
  }

  /** The Chart.js instance, once drawn (for advanced use and tests). */
  get chartInstance(): Chart | undefined {
    return this.engine.chart;
  }

  /** Resolves when the chart has been drawn (or has failed): a promise settled then, never a poll. */
  async chartReady(): Promise<Chart | undefined> {
    if (!this.error) await this.engine.ready;
    await this.updateComplete;
    return this.engine.chart;
  }

  private startNearViewport(): void {
    if (this.nearViewport) return;
    this.nearViewport = true;
    this.requestUpdate();
  }

  private handleRender(kind: 'drawn' | 'updated'): void {
    if (this.error?.kind === 'engine') this.error = undefined;
    if (kind === 'drawn') {
      this.handleResize();
      this.staticChart.hide(this.reducedMotion?.matches ?? false);
    }
    this.print.restore();
    this.keyboard.restore();
    this.dispatchEvent(new CustomEvent('mss-render', { detail: { chart: kind }, bubbles: true, composed: true }));
  }

  /** Options the element owns, whatever the builder says: sizing is ours (see handleResize). */
  private withEngineOptions(spec: ChartSpec, ratio = this.pixelRatio()): ChartSpec['config'] {
    const config = this.themes.forcedColors.config(spec.config);
    const large = isLarge(config);
    return {
      ...config,
      options: {
        ...config.options,
        ...(large ? largeDataOptions(config) : {}),
        responsive: false,
        maintainAspectRatio: false,
        devicePixelRatio: ratio,
        animation: this.reducedMotion?.matches || large ? false : config.options?.animation,
      },
    } as ChartSpec['config'];
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
    // A change of layout rebuilds the spec first; the update that follows draws the static chart.
    if (!changedLayout) this.drawStaticChart();
    const chart = this.engine.chart;
    if (!chart) return;
    // Read only with a chart: it measures the box again, and thirty charts doing so while their neighbours
    // draw static charts would force a layout each.
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
    const plot = this.plot as (HTMLElement & { currentCSSZoom?: number }) | undefined;
    // currentCSSZoom (Chromium 128+, Safari 18.2+, Firefox 126+) needs no layout; the rectangle forces one.
    const zoom = !plot ? 1 : (plot.currentCSSZoom ?? (plot.clientWidth > 0 ? plot.getBoundingClientRect().width / plot.clientWidth : 1));
    return (window.devicePixelRatio || 1) * (Math.abs(zoom - 1) < 0.02 ? 1 : zoom);
  }

  /**
   * The loader's static chart of this chart (default data, same words and layout) keeps showing in the
   * plot, scaled to it, until the element has drawn its own: no blank frame between the two.
   */
  protected override adoptPrerendered(prerendered: Element): void {
    if (!this.plot || !this.spec || this.hasOwnData) return;
    this.staticChart.adopt(prerendered, this.plot);
  }

  /** Only near the viewport, like the chart itself: an article's thirty static charts drawn at load would block the page for nothing. */
  private drawStaticChart(): void {
    const spec = this.spec;
    const size = this.plotSize;
    if (!spec || !size || !this.nearViewport || !this.themes.read || this.engine.chart) return;
    // The loader's picture is kept while Chart.js is on its way: drawing the same chart again in its place
    // only delayed Chart.js. Should the engine fail, the element draws its own.
    if (this.staticChart.showsAdopted && (this.engine.state === 'loading' || this.engine.state === 'ready')) return;
    this.staticChart.draw({ ...this.staticChartInput(spec, size.width, size.height), measure: canvasMeasure(), theme: this.themes.theme });
  }

  private staticChartInput(spec: ChartSpec, width: number, height: number) {
    return { spec, width, height, words: `${this.shownTitle}\n${this.shownSummary}`, idPrefix: `${this.uid}-static` };
  }

  /** On a server the static chart is drawn at once, at the render's width and the plot's height there. */
  private drawStaticChartOnServer(spec: ChartSpec): void {
    const width = serverRender.width;
    const input = this.staticChartInput(spec, width, this.staticChartHeight(width, spec));
    this.staticChart.draw({ ...input, measure: serverRender.measure ?? estimateMeasure, theme: this.buildTheme });
  }

  /** The plot's height at a width, as its CSS makes it (for a server, which cannot lay it out): its aspect ratio. */
  protected staticChartHeight(width: number, _spec: ChartSpec): number {
    const { wide, compact } = (this.constructor as typeof MssChartElement).aspectRatios;
    const [w, h] = width < COMPACT_WIDTH ? compact : wide;
    return Math.round((width * h) / w);
  }

  protected override renderBody(spec: ChartSpec | undefined): TemplateResult {
    const strings = stringsFor(this.locale);
    if (isServer && spec) this.drawStaticChartOnServer(spec);
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
        ${this.staticChart.render()}
        ${this.renderStatus()} ${this.keyboard.render()}
      </div>
      ${this.renderStillNote()}`;
  }

  protected override renderExtras(): TemplateResult {
    return this.themes.render();
  }

  protected override renderControls(): TemplateResult | typeof nothing {
    const data = super.renderControls();
    if (data === nothing) return nothing;
    // The image is drawn by the static renderer: it needs no Chart.js, so it is offered even when that failed.
    return html`${data}<button type="button" @click=${() => void this.downloadImage()}>${stringsFor(this.locale).downloadPng}</button>`;
  }

  /**
   * The whole figure as SVG — title, summary, legend, chart, notes, sources and as-of date — as the PNG export
   * and the images made at build time draw it (loaded on first use: most pages never export an image).
   */
  async figureSvg(options: { width?: number; measure?: TextMeasure; background?: string } = {}): Promise<(FigureSvg & { alt: string }) | undefined> {
    const spec = this.spec;
    if (!spec) return undefined;
    const width = options.width ?? 680;
    const measure = options.measure ?? (isServer ? (serverRender.measure ?? estimateMeasure) : canvasMeasure());
    const [{ renderFigureSvg, figureChartWidth }, { specFigure }] = await Promise.all([import('../../static-chart/figure.js'), import('../../static-chart/spec-figure.js')]);
    const chartWidth = figureChartWidth(width);
    const figure = specFigure(spec, {
      title: this.shownTitle,
      summary: this.shownSummary,
      locale: this.locale,
      theme: this.buildTheme,
      width,
      aspectRatio: chartWidth / this.staticChartHeight(chartWidth, spec),
      measure,
    });
    const drawn = renderFigureSvg(figure, { width, measure, scheme: this.scheme, background: options.background, idPrefix: `${this.uid}-figure-` });
    // Its text alternative: what the chart shows, as its title and summary say it.
    return { ...drawn, alt: `${this.shownTitle}. ${this.shownSummary}` };
  }

  /** The figure as a PNG at 2×, at the element's width, on the background the reader saw. */
  async toImageBlob(): Promise<Blob | undefined> {
    const width = Math.min(1200, Math.max(320, Math.round(this.getBoundingClientRect().width) || 680));
    const { backgroundBehind, svgToPng } = await import('./image-export.js');
    const drawn = await this.figureSvg({ width, background: backgroundBehind(this) });
    return drawn ? svgToPng(drawn.svg, drawn.width, drawn.height) : undefined;
  }

  /** Saves the chart as a PNG file named after the element, its view and the as-of date. */
  async downloadImage(): Promise<HTMLAnchorElement | undefined> {
    const blob = await this.toImageBlob();
    return blob ? downloadBlob(blob, this.downloadName('png')) : undefined;
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
                ...this.themes.forcedColors.swatchStyle(item, spec?.config),
              })}
            >${swatchDrawing(item)}</span
            >${item.label}
          </li>`,
      )}
    </ul>`;
  }

  private showsStaticChart(): boolean {
    return !this.engine.chart && this.staticChart.shows;
  }

  /** The engine failed but the static chart is drawn: it stays, and this line says what it is. */
  private renderStillNote(): TemplateResult | typeof nothing {
    if (this.error?.kind !== 'engine' || !this.showsStaticChart()) return nothing;
    return html`<p class="static-chart-note" role="status">${stringsFor(this.locale).staticChartNote}</p>`;
  }

  private renderStatus(): TemplateResult | typeof nothing {
    const shown = this.showsStaticChart();
    // With a static chart on screen, a failed engine is said under the plot (renderStillNote), not over it.
    if (this.error) return shown && this.error.kind === 'engine' ? nothing : this.renderError(Boolean(this.engine.chart));
    if (!this.engine.chart && this.engine.state !== 'failed' && !shown) {
      return html`<div class="status" aria-hidden="true">${stringsFor(this.locale).loading}</div>`;
    }
    return nothing;
  }
}

/** Data elements beyond which animating frames would stall the page (Chart.js redraws every bar each frame). */
const MAX_ANIMATED_ELEMENTS = 1000;

export function isLarge(config: ChartSpec['config']): boolean {
  let count = 0;
  for (const dataset of config.data.datasets) count += dataset.data.length;
  return count > MAX_ANIMATED_ELEMENTS;
}

/** Labels measured per axis to decide which fit: a sample, not every one of 2,000 dates (same format, same widths). */
export const LARGE_TICK_SAMPLE = 60;

/**
 * Chart.js's options for many data elements: the data is already in index order (`normalized`), and axes
 * size their labels from a sample rather than measuring each (Chart.js `ticks.sampleSize`).
 */
export function largeDataOptions(config: ChartSpec['config']): NonNullable<ChartSpec['config']['options']> {
  const scales = Object.fromEntries(
    Object.entries(config.options?.scales ?? {}).map(([id, scale]) => {
      // Cartesian scales have ticks; the map's projection scale (no ticks) never sees this much data.
      const ticks = (scale as { ticks?: object } | undefined)?.ticks;
      return [id, { ...scale, ticks: { ...ticks, sampleSize: LARGE_TICK_SAMPLE } }];
    }),
  );
  return { normalized: true, scales } as NonNullable<ChartSpec['config']['options']>;
}

/**
 * Watching device pixels also tells the chart when the pixel ratio changes at an unchanged CSS size (browser
 * zoom, a window moved to another screen). Safari has no such box; it watches CSS pixels.
 */
const RESIZE_BOX: ResizeObserverBoxOptions =
  typeof ResizeObserverEntry !== 'undefined' && 'devicePixelContentBoxSize' in ResizeObserverEntry.prototype
    ? 'device-pixel-content-box'
    : 'content-box';

/** The font size a server assumes for the page (the browsers' default), to size a plot that grows with its text. */
export const SERVER_FONT_SIZE = 16;

export interface AspectRatios {
  wide: readonly [number, number];
  compact: readonly [number, number];
}

/** The plot's aspect ratios as the CSS defaults a page's `--mss-aspect-ratio*` properties override. */
export function ratioStyles({ wide, compact }: AspectRatios): CSSResult {
  return css`
    :host {
      --_ratio: ${unsafeCSS(`${wide[0]} / ${wide[1]}`)};
      --_ratio-narrow: ${unsafeCSS(`${compact[0]} / ${compact[1]}`)};
    }
  `;
}

/**
 * A legend swatch's drawing, with presentation attributes only (a strict CSP allows them), so that
 * server-rendered markup shows its colour with no script; the same in the browser, so hydration matches.
 */
function swatchDrawing(item: LegendItem) {
  const hatch = item.hatched ? svg`<path d="M0 10L10 0M-2 2L2-2M8 12L12 8M0 5L5 0M5 10L10 5" stroke=${item.color} stroke-width="1.5"></path>` : nothing;
  const shape =
    item.shape === 'line'
      ? svg`<rect y="3" width="10" height="4" fill=${item.color}></rect>`
      : item.shape === 'point'
        ? svg`<circle cx="5" cy="5" r="5" fill=${item.color}></circle>`
        : svg`<rect width="10" height="10" fill=${item.hatched ? 'none' : item.color}></rect>${hatch}`;
  return html`<svg viewBox="0 0 10 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">${shape}</svg>`;
}
