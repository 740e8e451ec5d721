/**
 * `staticChart(svg)`: puts a static chart's markup into a Lit template. Lit parses it as it does
 * `unsafeHTML` (through its Trusted Types policy, so a strict CSP allows it) and Lit SSR renders it on the
 * server. While an element hydrates server-rendered markup, the server's drawing is kept, not drawn again.
 */
import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';

const HTML_RESULT = 1;

class StaticChartDirective extends Directive {
  private markup?: string;
  private result?: unknown;
  private started = false;
  /** The server's markup, kept on screen until the markup changes. */
  private kept?: string;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('staticChart() can only be used in child bindings');
  }

  /** The markup as a template result, the way `unsafeHTML` makes one (cached while the string is the same). */
  render(svg: string): unknown {
    if (!svg) {
      this.markup = svg;
      this.result = undefined;
      return nothing;
    }
    if (svg !== this.markup) {
      const strings = Object.assign([svg], { raw: [svg] });
      this.markup = svg;
      // A template result with one static string and no values, as `unsafeHTML` builds it.
      this.result = { ['_$litType$']: HTML_RESULT, strings, values: [] };
    }
    return this.result;
  }

  override update(part: ChildPart, [svg]: [string]): unknown {
    // Hydration: the part's first value, with the server's <svg> already after its marker. Lit's
    // hydrate-lit-html treats noChange as a leaf, so the server's drawing stays until the markup changes.
    if (!this.started) {
      this.started = true;
      const next = part.startNode?.nextSibling;
      if (next && next !== part.endNode && next.nodeType === 1 && (next as Element).localName === 'svg') this.kept = svg;
    }
    if (this.kept !== undefined) {
      if (svg === this.kept) return noChange;
      this.kept = undefined;
    }
    return this.render(svg);
  }
}

/** A static chart's SVG markup (from `renderStaticChart`) in a Lit template; kept as is while hydrating. */
export const staticChart = directive(StaticChartDirective);
export type { StaticChartDirective };
