/**
 * The static chart: the chart drawn as SVG by the one static renderer (src/static-chart/), shown over the
 * canvas until Chart.js has drawn and kept (with a one-line note, see MssChartElement) when the engine fails.
 * In the browser it is drawn near the viewport only, and redrawn only when the spec, the theme or the plot's
 * size changes; on a server it is drawn at once, at the width the render was given.
 *
 * Markup rendered on a server is taken over as it is: its drawing stays until something it shows changes —
 * the words (language, data), the layout (phone or wide) or the colour scheme — so hydration paints nothing
 * twice. A picture the CDN loader made ahead of time is adopted the same way until the element draws its own.
 *
 * The drawing code (src/static-chart/draw.ts) comes on demand in the browser: asked for as the element is
 * created when no picture stands for it, never when the loader's picture or the server's markup shows the
 * chart until Chart.js draws. A server render provides it at once (`useStaticChartDrawer`).
 */
import { html, isServer, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ChartSpec, ChartTheme } from '../../charts/spec.js';
import { isLightColor } from '../../engine/color.js';
import { staticChart } from '../../static-chart/directive.js';
import type { StaticChartDrawer } from '../../static-chart/draw.js';
import type { TextMeasure } from '../../static-chart/measure.js';
import { lazyModule } from '../../lazy-module.js';
import { COMPACT_WIDTH } from './mss-element.js';

let drawer: StaticChartDrawer | undefined;

/** Gives the drawing code at once, as a server render needs it (mss-charts/ssr does this). */
export function useStaticChartDrawer(draw: StaticChartDrawer): void {
  drawer = draw;
}

/** The drawing code, fetched once per page. */
const loadDrawer = lazyModule(() => import('../../static-chart/draw.js').then((module) => (drawer = module.drawStaticChart)));

/** How long the static chart takes to fade out once the chart has drawn (see base.styles.ts). */
export const STATIC_CHART_FADE_MS = 250;

export interface StaticChartInput {
  spec: ChartSpec;
  theme: ChartTheme;
  width: number;
  height: number;
  measure: TextMeasure;
  /** Keeps the ids of its hatch patterns unique on the page. */
  idPrefix: string;
  /** The title and summary as shown: a server's drawing is kept while they are the same. */
  words: string;
}

/** What a server-rendered drawing shows, so that it is kept while the element would draw the same. */
interface ServerDrawing {
  words: string;
  compact: boolean;
  dark: boolean;
}

export class StaticChartController implements ReactiveController {
  /** Shown until Chart.js has drawn, then fading, then gone. */
  phase: 'shown' | 'fading' | 'gone' = 'shown';
  /** The element's own static chart (or the server's) is drawn. */
  drawn = false;
  /** The SVG markup of the drawing. */
  private markup = '';
  /** What it shows now, so it is redrawn only when one of these changes. */
  private key?: Omit<StaticChartInput, 'measure' | 'idPrefix' | 'words'>;
  private server?: ServerDrawing;
  private fadeTimer?: ReturnType<typeof setTimeout>;
  /** The CDN loader's picture, until the element draws its own. */
  private adopted?: Element;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.server = serverDrawingIn(host.shadowRoot);
    this.drawn = this.server !== undefined;
    this.paintedBefore = this.drawn;
    // No picture stands for this chart: its drawing code is fetched now, while the data and spec are made.
    if (!isServer && !this.drawn && !host.shadowRoot?.querySelector('[data-mss-prerendered]')) void loadDrawer().catch(() => undefined);
  }

  hostDisconnected(): void {
    // Drawn anew when the element is connected again.
    this.phase = 'shown';
    this.drawn = false;
    this.markup = '';
    this.key = undefined;
    this.server = undefined;
    this.dropAdopted();
    // A pending timer would keep a removed element alive until it fires.
    clearTimeout(this.fadeTimer);
  }

  /**
   * A static chart was on screen before the element's code ran: the loader's picture, or server-rendered
   * markup. Kept after the element draws its own in its place (the reader has seen a chart).
   */
  paintedBefore = false;

  /** Settles once the drawing code is here, or could not come. */
  drawable(): Promise<void> {
    return drawer ? Promise.resolve() : loadDrawer().then(
      () => undefined,
      () => undefined,
    );
  }

  /** The CDN loader's picture is what shows. */
  get showsAdopted(): boolean {
    return this.phase === 'shown' && this.adopted !== undefined;
  }

  /** A static chart (the element's, the server's or the adopted one) is on screen. */
  get shows(): boolean {
    return this.phase === 'shown' && (this.drawn || this.adopted !== undefined);
  }

  /**
   * Draws the static chart for this spec, theme and size, unless it shows them already. Until the drawing
   * code has come, what shows stays (a picture, or the reserved box) and the host updates again when it has.
   */
  draw(input: StaticChartInput): void {
    const { spec, theme, width, height } = input;
    if (this.phase !== 'shown' || this.keepsServerDrawing(input)) return;
    const key = this.key;
    if (key && key.spec === spec && key.theme === theme && key.width === width && key.height === height) return;
    const draw = drawer;
    if (!spec.drawStatic && !draw) {
      // A failure leaves no static chart, as a configuration it cannot read does; Chart.js still draws.
      loadDrawer().then(() => this.host.requestUpdate(), () => undefined);
      return;
    }
    this.key = { spec, theme, width, height };
    try {
      const { measure, idPrefix } = input;
      this.markup = spec.drawStatic ? spec.drawStatic({ width, height, idPrefix }) : draw!(spec.config, theme, { width, height, measure, idPrefix });
      this.drawn = true;
      this.dropAdopted();
    } catch {
      // A configuration the static chart cannot read leaves it empty; Chart.js still draws.
      this.markup = '';
      this.drawn = false;
    }
    this.host.requestUpdate();
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
  adopt(prerendered: Element, plot: HTMLElement): void {
    const picture = prerendered.querySelector('.plot svg.static-chart');
    if (!picture) return;
    picture.setAttribute('class', 'static-chart adopted');
    plot.append(picture);
    this.adopted = picture;
    this.paintedBefore = true;
    this.host.requestUpdate();
  }

  /** The drawing, while it shows. */
  render(): TemplateResult | typeof nothing {
    if (this.phase === 'gone') return nothing;
    return html`<div class="static-chart-frame ${this.phase}" aria-hidden="true">${staticChart(this.markup)}</div>`;
  }

  /** The server's drawing stays while the element would draw the same words, layout and colours. */
  private keepsServerDrawing({ words, theme, width }: StaticChartInput): boolean {
    const server = this.server;
    if (!server) return false;
    if (server.words === words && server.compact === width < COMPACT_WIDTH && server.dark === isLightColor(theme.text)) return true;
    this.server = undefined;
    return false;
  }

  private dropAdopted(): void {
    this.adopted?.remove();
    this.adopted = undefined;
  }
}

/** The static chart in server-rendered markup (not a loader's picture, which the element adopts instead). */
function serverDrawingIn(root: ShadowRoot | null): ServerDrawing | undefined {
  // `:scope` matches nothing in a shadow root (it is no element): its children are looked at instead.
  const figure = [...(root?.children ?? [])].find((child) => child.matches('.root:not([data-mss-prerendered])'));
  const svg = figure?.querySelector('svg.static-chart');
  if (!figure || !svg) return undefined;
  const width = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const title = figure.querySelector('[part~="title"]')?.textContent?.trim() ?? '';
  const summary = figure.querySelector('[part~="summary"]')?.textContent?.trim() ?? '';
  return { words: `${title}\n${summary}`, compact: width < COMPACT_WIDTH, dark: figure.classList.contains('scheme-dark') };
}
