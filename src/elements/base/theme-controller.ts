/**
 * The chart's colours and font, read from CSS: Chart.js draws on a canvas and cannot read custom properties,
 * so hidden probe elements take each token's colour and the theme is read from their computed styles. It is
 * read again when a probe's colour transition ends (the page changed theme) and when forced colours toggle.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ChartTheme } from '../../charts/spec.js';
import { SERIES_PROBES, THEME_TOKENS, readTheme } from '../../engine/theme.js';
import { ForcedColorsController } from './forced-colors.js';
import { PLACEHOLDER_THEME } from './mss-element.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class ThemeController implements ReactiveController {
  /** The theme last read; the placeholder until the probes are rendered. */
  theme: ChartTheme = PLACEHOLDER_THEME;
  /** The probes have been read at least once: the chart may draw. */
  read = false;
  /** Forced colours (Windows high contrast): system colours replace the theme. */
  readonly forcedColors: ForcedColorsController;

  constructor(
    private readonly host: Host,
    /** Called when a read changed the theme: the host rebuilds its spec. */
    private readonly onChange: () => void,
  ) {
    host.addController(this);
    this.forcedColors = new ForcedColorsController(host, () => this.readProbes());
  }

  /** The probes exist only after the host's first render: it calls `readProbes()` then. */
  hostConnected(): void {}

  /** Reads the probes into a theme and takes it (see `take`). */
  readProbes(): void {
    const next = this.probe();
    if (next) this.take(next);
  }

  /** The theme the probes show now, undefined before they are rendered: a read of style, no change made. */
  probe(): ChartTheme | undefined {
    const probes = [...this.host.renderRoot.querySelectorAll<HTMLElement>('.probes span')];
    return probes.length === 0 ? undefined : this.forcedColors.theme(readTheme(probes, this.host));
  }

  /** Takes a theme read from the probes; tells the host when it differs from the last one. */
  take(next: ChartTheme): void {
    // Patterns are made anew on each read; only the colours say whether the theme changed.
    const key = (t: ChartTheme) => JSON.stringify({ ...t, disputedFill: 0, hatch: 0 });
    const changed = key(next) !== key(this.theme);
    this.theme = next;
    this.read = true;
    if (changed) this.onChange();
  }

  /** A theme colour as resolved now (focus ring, backgrounds), from its probe. */
  color(token: string): string {
    const probe = this.host.renderRoot.querySelector(`.probes .p-${token}`);
    return probe ? getComputedStyle(probe).color : '';
  }

  /** The hidden probes, one per token and series colour. */
  render(): TemplateResult {
    return html`<div class="probes" aria-hidden="true" @transitionend=${this.handleTransition}>
      ${THEME_TOKENS.map((t) => html`<span class="p-${t}"></span>`)}
      ${Array.from({ length: SERIES_PROBES }, (_, i) => html`<span class="p-s${i + 1}"></span>`)}
    </div>`;
  }

  private readonly handleTransition = (): void => {
    this.readProbes();
  };
}
