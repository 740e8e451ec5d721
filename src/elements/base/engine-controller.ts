/**
 * The Chart.js instance: the engine loaded lazily (`loadEngine()`), the chart created once the host may start
 * it, updated in place, destroyed on disconnect, and failures told to the host. `ready` is a promise settled
 * when the chart has drawn, the engine has failed or the data could not be charted: page scripts and tests
 * await it instead of polling.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chart } from 'chart.js';
import type { ChartSpec } from '../../charts/spec.js';
import { engineKindOf, engineServes, loadEngine, type EngineKind, type LoadedEngine } from '../../engine/load-engine.js';
import type { MssErrorDetail } from './mss-element.js';
import { afterNextPaint, yieldToMain } from './yield-to-main.js';

export interface EngineOptions {
  canvas: () => HTMLCanvasElement | undefined;
  /** The plot's size in CSS pixels and its canvas pixels per CSS pixel, when it has a box: the chart is created at it. */
  measure: () => PlotMeasure | undefined;
  spec: () => ChartSpec | undefined;
  /** The host may start the chart now (near the viewport, theme read, connected). */
  canStart: () => boolean;
  /** The first chart of a page waits for its static chart to be painted, unless this says not to (printing). */
  mustNotWait: () => boolean;
  /** Settles when the static chart can be drawn (its drawing code has come, or could not): the wait for its paint starts then. */
  staticChartDrawable: () => Promise<void>;
  /** The configuration given to Chart.js: the spec's, with the options the element owns (at `ratio` when measured). */
  config: (spec: ChartSpec, ratio?: number) => ChartSpec['config'];
  reducedMotion: () => boolean;
  /**
   * Whether a chart has so many data elements (the row limit) that Chart.js's work is split into tasks:
   * measured in a frame, created empty after it, its data laid out a task later, drawn a task after that.
   */
  drawsInSteps: (spec: ChartSpec) => boolean;
  onRender: (chart: Chart, kind: 'drawn' | 'updated') => void;
  onFail: (detail: MssErrorDetail) => void;
}

export interface PlotMeasure {
  width: number;
  height: number;
  ratio: number;
}

export class EngineController implements ReactiveController {
  state: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  chart?: Chart;
  /** The spec the chart shows, so unrelated updates never redraw it. */
  private drawnSpec?: ChartSpec;
  private painted = false;
  /** The engine the chart was created with. */
  private engineKind?: EngineKind;
  /** The spec Chart.js threw on: drawn again only once the spec has changed. */
  private undrawable?: ChartSpec;
  private paintWait?: Promise<void>;
  /** The plot as measured in the frame before a chart drawn in steps is created. */
  private frameMeasure?: PlotMeasure;
  /** Lets a chart created with its first draw held back draw (see drawsInSteps). */
  private releaseDraw?: () => void;
  private deferred = defer();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: EngineOptions,
  ) {
    host.addController(this);
  }

  /** Settles when the chart has drawn, the engine failed, or the data could not be charted. */
  get ready(): Promise<void> {
    return this.deferred.promise;
  }

  /** Settles `ready` (the host calls it on a data error, too). */
  settle(): void {
    this.deferred.resolve();
  }

  hostDisconnected(): void {
    this.destroy();
  }

  /** Creates the chart, or updates it to the current spec; does nothing until the host may start it. */
  async sync(): Promise<void> {
    const spec = this.options.spec();
    if (!spec || !this.options.canStart()) return;
    if (this.chart) {
      if (spec !== this.drawnSpec) this.update(this.chart, spec);
      return;
    }
    // A spec Chart.js could not draw is not tried again until the spec changes.
    if (spec === this.undrawable || this.state === 'loading' || this.state === 'failed' || this.waitForPaint()) return;
    engineRequested = true;
    this.state = 'loading';
    let engine: LoadedEngine;
    try {
      // A map needs the engine with chartjs-chart-geo, lines and areas the full one, bars alone the lightest.
      engine = await loadEngine(engineKindOf(spec.config));
    } catch (cause) {
      this.state = 'failed';
      this.fail({ kind: 'engine', message: 'The chart engine could not be loaded.', cause });
      return;
    }
    this.state = 'ready';
    // At the row limit the element's own render (its table) has just changed the page: the plot is measured
    // in the next frame's callback, where the page is laid out anyway, not in the task that creates the chart.
    if (this.options.drawsInSteps(spec)) await afterNextPaint(() => (this.frameMeasure = this.options.measure()));
    this.create(engine);
  }

  destroy(): void {
    this.chart?.destroy();
    this.chart = undefined;
    this.drawnSpec = undefined;
    this.releaseDraw = undefined;
    if (this.state !== 'failed') this.state = 'idle';
    // A chart drawn again (connected again) settles a new promise.
    this.deferred = this.deferred.settled ? defer() : this.deferred;
    this.host.requestUpdate();
  }

  /**
   * The first chart of a page asks for the engine only after its static chart is on screen, so the reader
   * sees a chart before Chart.js's bytes arrive: the frame after its drawing code has come and drawn it.
   * Printing does not wait: no frame comes before it prints.
   */
  private waitForPaint(): boolean {
    if (engineRequested || this.painted || this.options.mustNotWait()) return false;
    this.paintWait ??= this.options.staticChartDrawable().then(() => afterNextPaint()).then(() => {
      this.painted = true;
      this.paintWait = undefined;
      void this.sync();
    });
    return true;
  }

  private create(engine: LoadedEngine): void {
    // The element may have been removed, or rendered anew, while the engine loaded.
    const canvas = this.options.canvas();
    const spec = this.options.spec();
    // A measure taken in the frame before is for this creation only, whether it goes ahead or not.
    const frameMeasure = this.frameMeasure;
    this.frameMeasure = undefined;
    if (!canvas || this.chart || !spec || !this.options.canStart()) return;
    // The spec changed while the engine loaded, to one that engine cannot draw (bars became lines): load that.
    if (!engineServes(engine.kind, engineKindOf(spec.config))) {
      this.state = 'idle';
      void this.sync();
      return;
    }
    try {
      // Chart.js without its responsive mode takes its first size from the canvas (300 × 150 when unset):
      // created at that size, the chart was laid out and drawn twice, which at the row limit cost most of
      // a second. At the plot's size it is drawn once.
      const measure = frameMeasure ?? this.options.measure();
      if (measure) {
        canvas.width = measure.width;
        canvas.height = measure.height;
      }
      const config = this.options.config(spec, measure?.ratio);
      const held = this.options.drawsInSteps(spec) ? holdFirstDraw(config) : undefined;
      // In steps the chart is created empty: its data is laid out in the next task, drawn in the one after.
      const chart = engine.createChart(canvas, held ? { ...held.config, data: { labels: [], datasets: [] } } : config);
      this.chart = chart;
      this.engineKind = engine.kind;
      this.drawnSpec = spec;
      this.host.requestUpdate();
      if (held) {
        this.releaseDraw = held.release;
        void this.drawInSteps(chart, config.data);
        return;
      }
      this.settle();
      this.options.onRender(chart, 'drawn');
    } catch (cause) {
      this.undrawable = spec;
      this.fail({ kind: 'engine', message: 'The chart could not be drawn.', cause });
    }
  }

  /**
   * A chart created empty with its draws held back: its data laid out in one task, drawn in the next. An
   * update of the spec meanwhile releases the hold and draws it itself (see update).
   */
  private async drawInSteps(chart: Chart, data: ChartSpec['config']['data']): Promise<void> {
    const stillHeld = () => this.chart === chart && this.releaseDraw !== undefined;
    try {
      await yieldToMain();
      if (!stillHeld()) return;
      chart.data = data;
      chart.update();
      await yieldToMain();
      if (!stillHeld()) return;
      this.releaseDraw?.();
      this.releaseDraw = undefined;
      chart.render();
      this.settle();
      this.options.onRender(chart, 'drawn');
    } catch (cause) {
      // As when Chart.js throws while creating a chart: no half-made chart is kept, nor the spec tried again.
      this.undrawable = this.drawnSpec;
      this.destroy();
      this.fail({ kind: 'engine', message: 'The chart could not be drawn.', cause });
    }
  }

  private update(chart: Chart, spec: ChartSpec): void {
    const config = this.options.config(spec);
    if ((chart.config as { type?: string }).type !== config.type || !engineServes(this.engineKind ?? 'charts', engineKindOf(config))) {
      // Chart.js cannot change a chart's root type in place, nor draw with parts its engine lacks.
      this.destroy();
      return;
    }
    // A chart whose first draw is still held back is first drawn by this update.
    const first = this.releaseDraw !== undefined;
    this.releaseDraw?.();
    this.releaseDraw = undefined;
    try {
      chart.data = config.data;
      chart.options = config.options ?? {};
      chart.update(this.options.reducedMotion() ? 'none' : undefined);
      this.drawnSpec = spec;
      if (first) this.settle();
      this.options.onRender(chart, first ? 'drawn' : 'updated');
    } catch (cause) {
      this.fail({ kind: 'engine', message: 'The chart could not be updated.', cause });
    }
  }

  private fail(detail: MssErrorDetail): void {
    this.options.onFail(detail);
    this.settle();
  }
}

/**
 * The configuration with a Chart.js plugin that cancels its renders until released: the constructor then
 * lays the chart out without drawing it.
 */
function holdFirstDraw(config: ChartSpec['config']): { config: ChartSpec['config']; release: () => void } {
  let holding = true;
  const plugin = { id: 'mss-hold-first-draw', beforeRender: () => (holding ? false : undefined) };
  return { config: { ...config, plugins: [...(config.plugins ?? []), plugin] }, release: () => (holding = false) };
}

/** Set once any chart on the page has asked for the engine: later charts need not wait for their paint. */
let engineRequested = false;

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
  settled: boolean;
}

function defer(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  const deferred: Deferred = {
    promise,
    settled: false,
    resolve: () => {
      deferred.settled = true;
      resolve();
    },
  };
  return deferred;
}
