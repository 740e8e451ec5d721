/**
 * Lit's `styleMap` with one difference: it never writes the `style` attribute. Lit's own directive renders
 * its first value as an attribute string (`setAttribute('style', …)`), which a page with a strict
 * Content-Security-Policy (no `'unsafe-inline'` in `style-src`) blocks as a `style-src-attr` violation, so
 * swatches and bars lost their colours there. Properties set through the CSSOM are allowed by CSP.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

export type StyleInfo = Readonly<Record<string, string | number | null | undefined>>;

const IMPORTANT = /\s*!important$/;

class CssomStyleMap extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('styleMap must be used in the `style` attribute');
    }
  }

  render(_styles: StyleInfo): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [StyleInfo]): typeof noChange {
    const { style } = part.element as HTMLElement;
    const next = new Set<string>();
    for (const [key, value] of Object.entries(styles)) {
      if (value === null || value === undefined) continue;
      // `inlineSize` → `inline-size`; custom properties (`--x`) keep their case.
      const name = key.startsWith('--') ? key : key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      const text = String(value);
      style.setProperty(name, text.replace(IMPORTANT, ''), IMPORTANT.test(text) ? 'important' : '');
      next.add(name);
    }
    for (const name of this.previous) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

/** Sets inline styles through the CSSOM only (see above); use as `style=${styleMap({ color })}`. */
export const styleMap = directive(CssomStyleMap);
