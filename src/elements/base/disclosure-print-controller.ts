/**
 * Printing opens the element's closed disclosures (the "Notes on these figures" one) and closes them again
 * afterwards, so paper carries every note. The print stylesheet (base.styles.ts) shows their content too,
 * for printing that fires no events (emulated print media, some headless renderers).
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export class DisclosurePrintController implements ReactiveController {
  /** The disclosures this controller opened, to close them again after printing. */
  private opened: HTMLDetailsElement[] = [];

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.handleBeforePrint);
    window.addEventListener('afterprint', this.handleAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.handleBeforePrint);
    window.removeEventListener('afterprint', this.handleAfterPrint);
    this.opened = [];
  }

  private readonly handleBeforePrint = (): void => {
    const closed = [...this.host.renderRoot.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const details of closed) details.open = true;
    this.opened.push(...closed);
  };

  private readonly handleAfterPrint = (): void => {
    for (const details of this.opened) details.open = false;
    this.opened = [];
  };
}
