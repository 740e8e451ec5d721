/**
 * Printing. A canvas prints at the resolution it was drawn at, which on an ordinary screen is blurry on
 * paper, and Chart.js does not react to printing by itself (its docs ask pages to resize charts in
 * `beforeprint`). While the page prints, the chart is re-rendered at 3 device pixels per CSS pixel at
 * the size of its print box, and put back afterwards. The data table is shown in print by CSS
 * (base.styles.ts), so printed pages carry the figures too.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chart } from 'chart.js';

/** Device pixels per CSS pixel while printing: ~300 dpi at print sizes. */
export const PRINT_SCALE = 3;

export interface PrintOptions {
  chart: () => Chart | undefined;
  /** The box whose size the chart takes. */
  box: () => HTMLElement | undefined | null;
  /** Called as printing starts: a chart that has not drawn yet (far below the fold) should start now. */
  onPrint?: () => void;
}

export class PrintController implements ReactiveController {
  private printing = false;
  private media?: MediaQueryList;
  private ratioBefore: number | undefined;
  private sharpened?: Chart;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: PrintOptions,
  ) {
    host.addController(this);
  }

  /** True between `beforeprint` (or print media matching) and `afterprint`. */
  get active(): boolean {
    return this.printing;
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.handleBeforePrint);
    window.addEventListener('afterprint', this.handleAfterPrint);
    // `print` media also matches when a test or DevTools emulates it, where no print events fire.
    this.media = matchMedia('print');
    this.media.addEventListener('change', this.handleMediaChange);
    if (this.media.matches) this.handleBeforePrint();
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.handleBeforePrint);
    window.removeEventListener('afterprint', this.handleAfterPrint);
    this.media?.removeEventListener('change', this.handleMediaChange);
    this.printing = false;
    this.sharpened = undefined;
  }

  /** Applies the print resolution to a chart created or rebuilt while printing. */
  restore(): void {
    if (this.printing) this.sharpen();
  }

  private readonly handleMediaChange = (event: MediaQueryListEvent): void => {
    if (event.matches) this.handleBeforePrint();
    else this.handleAfterPrint();
  };

  private readonly handleBeforePrint = (): void => {
    if (this.printing) return;
    this.printing = true;
    this.options.onPrint?.();
    this.sharpen();
  };

  private readonly handleAfterPrint = (): void => {
    if (!this.printing) return;
    this.printing = false;
    const chart = this.sharpened;
    this.sharpened = undefined;
    if (!chart || chart !== this.options.chart()) return;
    chart.options.devicePixelRatio = this.ratioBefore;
    this.resize(chart);
  };

  private sharpen(): void {
    const chart = this.options.chart();
    if (!chart) return;
    if (this.sharpened !== chart) {
      this.sharpened = chart;
      this.ratioBefore = chart.options.devicePixelRatio;
    }
    const target = Math.max(PRINT_SCALE, window.devicePixelRatio || 1);
    // Also after a rebuild, which replaces the chart's options (and so the ratio set here).
    if (chart.options.devicePixelRatio === target && chart.currentDevicePixelRatio === target) return;
    chart.options.devicePixelRatio = target;
    this.resize(chart);
  }

  private resize(chart: Chart): void {
    const rect = this.options.box()?.getBoundingClientRect();
    const width = rect && rect.width > 0 ? rect.width : chart.width;
    const height = rect && rect.height > 0 ? rect.height : chart.height;
    // Chart.js defers a resize to the next animation frame while it animates, and no frame comes before the
    // page is printed: stopping the animation makes the resize (and its final positions) immediate.
    chart.stop();
    chart.resize(width, height);
  }
}
