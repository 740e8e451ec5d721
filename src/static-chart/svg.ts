/** SVG markup as a string: elements with presentation attributes only, values escaped, numbers to 0.1 px. */

export type Attrs = Record<string, string | number | null | undefined>;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value, safe inside an element or a double-quoted attribute. */
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

/** A number rounded to 0.1 px, without a trailing ".0" or a "-0". */
export const num = (value: number) => String(Math.round(value * 10) / 10 || 0);

/** An element; `children` is markup already (use `escapeXml` for text). Without children it closes itself. */
export function el(tag: string, attrs: Attrs, children = ''): string {
  let out = `<${tag}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === '') continue;
    out += ` ${key}="${typeof value == 'number' ? num(value) : escapeXml(value)}"`;
  }
  return children ? `${out}>${children}</${tag}>` : `${out}/>`;
}

/** Path data from commands and numbers: `path\`M${x} ${y}\`` rounds every number. */
export const path = (strings: TemplateStringsArray, ...values: number[]) =>
  strings.reduce((d, s, i) => d + s + (i < values.length ? num(values[i] as number) : ''), '');

/** Lines of text one under the other, `lh` apart, the first centred on `y`. */
export function lines(attrs: Attrs, texts: readonly string[], x: number, y: number, lh: number): string {
  const spans = texts.map((t, k) => el('tspan', { x, y: y + k * lh }, escapeXml(t))).join('');
  return el('text', { ...attrs, 'dominant-baseline': 'central' }, spans);
}

/** Diagonal hatching in a colour, as the canvas's `hatchPattern` draws it: disputed and approximate parts. */
export const hatchPattern = (id: string, color: string) =>
  el('pattern', { id, width: 8, height: 8, patternUnits: 'userSpaceOnUse' }, el('path', { d: 'M0 8L8 0M-1 1L1-1M7 9L9 7', stroke: color, 'stroke-width': 2 }));
