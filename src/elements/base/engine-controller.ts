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
import { afterNextPaint } from './yield-to-main.js';

export interface EngineOptions {
  canvas: () => HTMLCanvasElement | undefined;
  /** The plot's size in CSS pixels, when known: the chart is created at it. */
  size: () => { width: number; height: number } | undefined;
  spec: () => ChartSpec | undefined;
  /** The host may start the chart now (near the viewport, theme read, connected). */
  canStart: () => boolean;
  /** The first chart of a page waits for its static chart to be painted, unless this says not to (printing). */
  mustNotWait: () => boolean;
  /** Settles when the static chart can be drawn (its drawing code has come, or could not): the wait for its paint starts then. */
  staticChartDrawable: () => Promise<void>;
  /** The configuration given to Chart.js: the spec's, with the options the element owns. */
  config: (spec: ChartSpec) => ChartSpec['config'];
  reducedMotion: () => boolean;
  onRender: (chart: Chart, kind: 'drawn' | 'updated') => void;
  onFail: (detail: MssErrorDetail) => void;
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
    this.create(engine);
  }

  destroy(): void {
    this.chart?.destroy();
    this.chart = undefined;
    this.drawnSpec = undefined;
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
    this.paintWait ??= this.options.staticChartDrawable().then(afterNextPaint).then(() => {
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
      const size = this.options.size();
      if (size) {
        canvas.width = size.width;
        canvas.height = size.height;
      }
      this.chart = engine.createChart(canvas, this.options.config(spec));
      this.engineKind = engine.kind;
      this.drawnSpec = spec;
      this.host.requestUpdate();
      this.settle();
      this.options.onRender(this.chart, 'drawn');
    } catch (cause) {
      this.undrawable = spec;
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
    try {
      chart.data = config.data;
      chart.options = config.options ?? {};
      chart.update(this.options.reducedMotion() ? 'none' : undefined);
      this.drawnSpec = spec;
      this.options.onRender(chart, 'updated');
    } catch (cause) {
      this.fail({ kind: 'engine', message: 'The chart could not be updated.', cause });
    }
  }

  private fail(detail: MssErrorDetail): void {
    this.options.onFail(detail);
    this.settle();
  }
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
