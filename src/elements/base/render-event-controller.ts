import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Fires `mss-render` for an element drawn as plain HTML (key figures, the timeline): `drawn` when its
 * first spec is on screen, `updated` for each new one after. Charts fire it when Chart.js has drawn
 * (MssChartElement) instead.
 */
export class RenderEventController implements ReactiveController {
  private rendered?: unknown;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly spec: () => unknown,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const spec = this.spec();
    if (!spec || spec === this.rendered) return;
    const chart = this.rendered ? 'updated' : 'drawn';
    this.rendered = spec;
    this.host.dispatchEvent(new CustomEvent('mss-render', { detail: { chart }, bubbles: true, composed: true }));
  }
}
