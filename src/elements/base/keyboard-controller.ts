/**
 * Keyboard access to a canvas chart. Chart.js draws pixels that neither keyboards nor screen readers can
 * reach (Chart.js issue 1976), so the canvas is made one tab stop and the arrow keys walk through the
 * builder's `spec.points`, the way Highcharts' keyboard navigation does:
 *
 * - Left / Right: previous / next figure of the series; past either end they carry on into the
 *   neighbouring series, so Right alone reaches every figure.
 * - Up / Down: the previous / next series, at the figure nearest the same position (date, category).
 * - Home / End: the first / last figure of the chart.
 * - Escape: leaves the chart (clears the highlight and gives focus back to the page).
 *
 * The figure reached is ringed on the canvas (focus-ring plugin), shown in Chart.js's tooltip, and its
 * description (value, date, qualifier, source) is announced through a polite live region.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Chart } from 'chart.js';
import type { PointDescription } from '../../charts/spec.js';
import { formatNumber } from '../../i18n/format.js';
import { stringsFor } from '../../i18n/strings.js';

export interface ChartKeyboardOptions {
  /** The points of the spec on show, in reading order. */
  points: () => readonly PointDescription[];
  /** The Chart.js instance, once drawn. */
  chart: () => Chart | undefined;
  /** Colour of the ring drawn around the focused point. */
  focusColor: () => string;
  locale: () => string;
  /** Id prefix unique to the host, for `aria-describedby`. */
  id: string;
}

const HANDLED = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Escape']);

export class ChartKeyboardController implements ReactiveController {
  /** Index into `points()` of the focused point, or -1 before the first key press. */
  private current = -1;
  private announcement = '';
  private highlighted = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ChartKeyboardOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.current = -1;
    this.announcement = '';
    this.highlighted = false;
  }

  /** The point a keyboard user has reached, if any (for tests and page scripts). */
  get activePoint(): PointDescription | undefined {
    return this.options.points()[this.current];
  }

  /** What the live region says now. */
  get liveText(): string {
    return this.announcement;
  }

  /** Id of the hint the canvas is described by. */
  get hintId(): string {
    return `${this.options.id}-keys`;
  }

  /** The canvas is a tab stop only when there is something to move through. */
  get focusable(): boolean {
    return this.options.points().length > 0;
  }

  readonly handleKeyDown = (event: KeyboardEvent): void => {
    if (!HANDLED.has(event.key) || event.altKey || event.metaKey) return;
    const points = this.options.points();
    if (points.length === 0) return;
    event.preventDefault();
    if (event.key === 'Escape') {
      this.clearHighlight();
      (event.currentTarget as HTMLElement | null)?.blur();
      return;
    }
    const next = this.nextIndex(event.key, points);
    this.moveTo(next);
  };

  readonly handleBlur = (): void => {
    this.clearHighlight();
  };

  /** Focus the point at `index` of `points()` (clamped): highlight it and announce it. */
  moveTo(index: number): void {
    const points = this.options.points();
    if (points.length === 0) return;
    this.current = Math.max(0, Math.min(points.length - 1, index));
    const point = points[this.current] as PointDescription;
    const series = this.seriesOf(points, point.datasetIndex);
    const strings = stringsFor(this.options.locale());
    const locale = this.options.locale();
    const position = strings.pointPosition(formatNumber(series.indexOf(this.current) + 1, locale), formatNumber(series.length, locale));
    this.say(`${point.text} (${position})`);
    this.highlighted = true;
    this.highlight(point);
  }

  /** Says `text` through the live region (a point reached, or newer figures shown). */
  say(text: string): void {
    // A repeated key at the end of the chart repeats the text; a changed string makes screen readers say it again.
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
    this.host.requestUpdate();
  }

  /** After the chart was drawn or rebuilt (new options), draw the highlight again if a point is focused. */
  restore(): void {
    if (!this.highlighted) return;
    const point = this.activePoint;
    if (point) this.highlight(point);
  }

  /** The hint and the live region; rendered once, beside the canvas. */
  render(): TemplateResult {
    const strings = stringsFor(this.options.locale());
    return html`<p class="visually-hidden" id=${this.hintId}>${strings.keyboardHint}</p>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }

  private nextIndex(key: string, points: readonly PointDescription[]): number {
    const order = this.seriesMajorOrder(points);
    const at = order.indexOf(this.current);
    if (at < 0) return key === 'ArrowLeft' || key === 'End' ? (order[order.length - 1] ?? 0) : (order[0] ?? 0);
    switch (key) {
      case 'ArrowRight':
        return order[Math.min(order.length - 1, at + 1)] ?? this.current;
      case 'ArrowLeft':
        return order[Math.max(0, at - 1)] ?? this.current;
      case 'Home':
        return order[0] ?? 0;
      case 'End':
        return order[order.length - 1] ?? 0;
      default:
        return this.acrossSeries(points, key === 'ArrowDown' ? 1 : -1);
    }
  }

  /** Dataset indexes in chart order. */
  private seriesIds(points: readonly PointDescription[]): number[] {
    return [...new Set(points.map((p) => p.datasetIndex))].sort((a, b) => a - b);
  }

  /** Indexes into `points` of one series, in reading order. */
  private seriesOf(points: readonly PointDescription[], datasetIndex: number): number[] {
    const out: number[] = [];
    points.forEach((p, i) => {
      if (p.datasetIndex === datasetIndex) out.push(i);
    });
    return out;
  }

  /** Every point, series after series, each series in reading order. */
  private seriesMajorOrder(points: readonly PointDescription[]): number[] {
    return this.seriesIds(points).flatMap((id) => this.seriesOf(points, id));
  }

  /** The point of the neighbouring series nearest the current one's position; stays put at the edges. */
  private acrossSeries(points: readonly PointDescription[], step: 1 | -1): number {
    const here = points[this.current];
    if (!here) return this.current;
    const ids = this.seriesIds(points);
    const target = ids[ids.indexOf(here.datasetIndex) + step];
    if (target === undefined) return this.current;
    const candidates = this.seriesOf(points, target);
    let best = candidates[0] ?? this.current;
    for (const i of candidates) {
      const p = points[i] as PointDescription;
      if (Math.abs(p.index - here.index) < Math.abs((points[best] as PointDescription).index - here.index)) best = i;
    }
    return best;
  }

  private highlight(point: PointDescription): void {
    const chart = this.options.chart();
    if (!chart) return;
    const meta = chart.getDatasetMeta(point.datasetIndex);
    const element = meta?.data[point.index];
    if (!element) return;
    const plugins = chart.options.plugins as Record<string, unknown> | undefined;
    if (plugins) plugins['mssFocus'] = { datasetIndex: point.datasetIndex, index: point.index, color: this.options.focusColor() };
    chart.update('none');
    const active = [{ datasetIndex: point.datasetIndex, index: point.index }];
    chart.setActiveElements(active);
    chart.tooltip?.setActiveElements(active, { x: element.x, y: element.y });
    chart.render();
  }

  private clearHighlight(): void {
    if (!this.highlighted) return;
    this.highlighted = false;
    const chart = this.options.chart();
    if (!chart) return;
    const plugins = chart.options.plugins as Record<string, unknown> | undefined;
    if (plugins) plugins['mssFocus'] = {};
    chart.update('none');
    chart.setActiveElements([]);
    chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
    chart.render();
  }
}
