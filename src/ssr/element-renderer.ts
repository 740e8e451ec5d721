/**
 * Lit SSR's element renderer, changed in one way: the shadow root links the package's stylesheet file instead of
 * holding a `<style>` element, which a strict Content-Security-Policy blocks. A `<noscript>` link adds the
 * rules for readers without JavaScript (the data table shown, the buttons that need a script hidden).
 */
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import type { RenderInfo } from '@lit-labs/ssr';
import '../elements/contingent-chart/contingent-chart.js';
import '../elements/pledges-chart/pledges-chart.js';
import '../elements/displacement-chart/displacement-chart.js';
import '../elements/casualties-chart/casualties-chart.js';
import '../elements/key-figures/key-figures.js';
import '../elements/timeline/timeline.js';

/** The tags a render replaces. */
export const TAGS: ReadonlySet<string> = new Set([
  'mss-contingent-chart',
  'mss-pledges-chart',
  'mss-displacement-chart',
  'mss-casualties-chart',
  'mss-key-figures',
  'mss-timeline',
]);

/** The stylesheet of a tag's shadow root, relative to the CDN folder (written by scripts/build-styles.mjs). */
export const stylesheetPath = (tag: string) => `styles/${tag}.css`;
/** Rules only for readers without JavaScript. */
export const NOSCRIPT_STYLESHEET = 'styles/noscript.css';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A renderer class whose stylesheet links point into `base`. */
export function elementRendererFor(base: string): typeof LitElementRenderer {
  return class MssElementRenderer extends LitElementRenderer {
    static override matchesClass(ctor: typeof HTMLElement, tagName?: string): boolean {
      return LitElementRenderer.matchesClass(ctor) && TAGS.has(tagName ?? '');
    }

    override renderShadow(renderInfo: RenderInfo): ReturnType<LitElementRenderer['renderShadow']> {
      const parts = super.renderShadow(renderInfo);
      if (!parts) return parts;
      const link = (path: string) => `<link rel="stylesheet" href="${escapeAttribute(base + path)}">`;
      const out: unknown[] = [link(stylesheetPath(this.tagName)), `<noscript>${link(NOSCRIPT_STYLESHEET)}</noscript>`];
      let inStyle = false;
      for (const part of parts as Iterable<unknown>) {
        // The base class writes `<style>`, each sheet's text, `</style>`, then the template.
        if (part === '<style>') inStyle = true;
        else if (part === '</style>') inStyle = false;
        else if (!inStyle) out.push(part);
      }
      return out as ReturnType<LitElementRenderer['renderShadow']>;
    }
  } as unknown as typeof LitElementRenderer;
}

/** Rules for readers without JavaScript: the data table shows, and the buttons that need a script do not. */
const NOSCRIPT_CSS = `/* mss-charts: for readers without JavaScript (linked from a <noscript> in each server-rendered chart). */
.table-wrap.visually-hidden {
  position: static !important;
  inline-size: auto;
  block-size: auto;
  margin: 0.75em 0 0;
  clip-path: none;
  overflow: auto;
  white-space: normal;
}
.controls button,
canvas,
.status {
  display: none;
}
`;

/**
 * The stylesheet files server-rendered markup links to, by path under the CDN folder: each tag's own styles
 * (the element's `static styles`, the same rules the browser adopts) and the no-JavaScript rules.
 */
export function stylesheets(): Map<string, string> {
  const files = new Map<string, string>();
  for (const tag of TAGS) {
    const element = customElements.get(tag) as unknown as { elementStyles?: { cssText: string }[] } | undefined;
    if (!element?.elementStyles) throw new Error(`<${tag}> is not defined`);
    files.set(stylesheetPath(tag), element.elementStyles.map((sheet) => sheet.cssText.trim()).join('\n\n') + '\n');
  }
  files.set(NOSCRIPT_STYLESHEET, NOSCRIPT_CSS);
  return files;
}
