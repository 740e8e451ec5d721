/**
 * The static chart: an SVG picture of the chart drawn before Chart.js arrives, over the canvas. Drawn near the
 * viewport only, redrawn only when the spec, the theme or the plot's size changes, faded out once Chart.js has
 * drawn, and kept (with a one-line note, see MssChartElement) when the engine fails. Also holds the picture the
 * CDN loader made ahead of time (adopted from the shadow root) until the element draws its own.
 *
 * The drawing itself is the two calls in `draw()`; the static-chart renderer replaces them.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ChartSpec, ChartTheme } from '../../charts/spec.js';
import { drawPreview, previewModel } from '../../preview/preview.js';

/** How long the static chart takes to fade out once the chart has drawn (see base.styles.ts). */
export const STATIC_CHART_FADE_MS = 250;

export interface StaticChartInput {
  svg: SVGSVGElement;
  spec: ChartSpec;
  theme: ChartTheme;
  width: number;
  height: number;
}

export class StaticChartController implements ReactiveController {
  /** Shown until Chart.js has drawn, then fading, then gone. */
  phase: 'shown' | 'fading' | 'gone' = 'shown';
  /** The element's own static chart has been drawn. */
  drawn = false;
  /** What it shows now, so it is redrawn only when one of these changes. */
  private key?: Omit<StaticChartInput, 'svg'>;
  private fadeTimer?: ReturnType<typeof setTimeout>;
  /** The CDN loader's picture, until the element draws its own. */
  private adopted?: Element;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // Drawn anew when the element is connected again.
    this.phase = 'shown';
    this.drawn = false;
    this.key = undefined;
    this.dropAdopted();
    // A pending timer would keep a removed element alive until it fires.
    clearTimeout(this.fadeTimer);
  }

  /** A static chart (the element's or the adopted one) is on screen. */
  get shows(): boolean {
    return this.phase === 'shown' && (this.drawn || this.adopted !== undefined);
  }

  /** Draws the static chart for this spec, theme and size, unless it shows them already. */
  draw(input: StaticChartInput): void {
    const { svg, spec, theme, width, height } = input;
    if (this.phase !== 'shown') return;
    const key = this.key;
    if (key && key.spec === spec && key.theme === theme && key.width === width && key.height === height && svg.firstChild) return;
    this.key = { spec, theme, width, height };
    const wasDrawn = this.drawn;
    try {
      drawPreview(svg, previewModel(spec.config, theme, width, height), width, height);
      this.drawn = true;
      this.dropAdopted();
    } catch {
      // A configuration the static chart cannot read leaves it empty; Chart.js still draws.
      svg.replaceChildren();
      this.drawn = false;
    }
    if (wasDrawn !== this.drawn) this.host.requestUpdate();
  }

  /** Chart.js has drawn: the static chart fades out over its first frames (at once under reduced motion). */
  hide(reducedMotion: boolean): void {
    this.dropAdopted();
    if (this.phase !== 'shown') return;
    this.host.requestUpdate();
    if (reducedMotion || !this.drawn) {
      this.phase = 'gone';
      return;
    }
    this.phase = 'fading';
    this.fadeTimer = setTimeout(() => {
      if (this.phase !== 'fading') return;
      this.phase = 'gone';
      this.host.requestUpdate();
    }, STATIC_CHART_FADE_MS);
  }

  /** Keeps the CDN loader's picture in the plot, scaled to it, until the element draws its own. */
  adopt(snapshot: Element, plot: HTMLElement): void {
    const picture = snapshot.querySelector('.plot > svg');
    if (!picture) return;
    picture.setAttribute('class', 'snapshot');
    plot.append(picture);
    this.adopted = picture;
    this.host.requestUpdate();
  }

  /** The SVG the static chart is drawn into, while it shows. */
  render(): TemplateResult | typeof nothing {
    if (this.phase === 'gone') return nothing;
    return html`<svg class="preview ${this.phase}" aria-hidden="true" focusable="false"></svg>`;
  }

  private dropAdopted(): void {
    this.adopted?.remove();
    this.adopted = undefined;
  }
}
