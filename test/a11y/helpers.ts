/**
 * Shared helpers of the accessibility, language and theme tests: every element of the library, mounted
 * the same way, and the few DOM reads they all need.
 */
import { fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/elements/contingent-chart/contingent-chart.js';
import '../../src/elements/pledges-chart/pledges-chart.js';
import '../../src/elements/casualties-chart/casualties-chart.js';
import '../../src/elements/displacement-chart/displacement-chart.js';
import '../../src/elements/key-figures/key-figures.js';
import '../../src/elements/timeline/timeline.js';
import type { MssChartElement } from '../../src/elements/base/mss-chart-element.js';
import type { MssElement } from '../../src/elements/base/mss-element.js';

/** Every element and view the library ships; the a11y tests run over all of them. */
export const VARIANTS: readonly { tag: string; attrs?: Record<string, string>; canvas: boolean }[] = [
  { tag: 'mss-contingent-chart', canvas: true },
  { tag: 'mss-contingent-chart', attrs: { view: 'cumulative' }, canvas: true },
  { tag: 'mss-pledges-chart', canvas: true },
  { tag: 'mss-casualties-chart', canvas: true },
  { tag: 'mss-casualties-chart', attrs: { view: 'yearly' }, canvas: true },
  { tag: 'mss-displacement-chart', canvas: true },
  { tag: 'mss-key-figures', canvas: false },
  { tag: 'mss-timeline', canvas: false },
];

export const CHART_VARIANTS = VARIANTS.filter((v) => v.canvas);

export function describeVariant(v: { tag: string; attrs?: Record<string, string> }): string {
  const attrs = Object.entries(v.attrs ?? {}).map(([k, val]) => ` ${k}="${val}"`).join('');
  return `<${v.tag}${attrs}>`;
}

/** Mounts an element inside a sized wrapper; `attrs` are set before it connects. */
export async function mount<T extends MssElement = MssElement>(
  tag: string,
  attrs: Record<string, string> = {},
  wrapperStyle = 'width: 640px',
): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(`<div style="${wrapperStyle}"></div>`);
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  wrapper.append(el);
  await settled(el);
  return el;
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** Text as a reader hears it: whitespace collapsed. */
export const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the chart is drawn and its first animation has settled. */
export async function drawn(el: MssChartElement) {
  const chart = await el.chartReady();
  if (!chart) throw new Error(`<${el.localName}> did not draw`);
  await new Promise((r) => setTimeout(r, 500));
  return chart;
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The canvas colour at CSS pixel (x, y) as [r, g, b, a]. */
export function pixelAt(canvas: HTMLCanvasElement, x: number, y: number): [number, number, number, number] {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  const ratio = canvas.width / canvas.getBoundingClientRect().width;
  const d = ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
  return [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0, d[3] ?? 0];
}

/** Emulates Windows High Contrast (`forced-colors: active`); see forced-colors-plugin.mjs. */
export async function emulateForcedColors(value: 'active' | 'none'): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { value });
  await nextFrame();
}

/** Any CSS colour (hex, name, system colour) as the browser computes it: "rgb(…)" or "rgba(…)". */
export function computedColor(color: string): string {
  const span = document.createElement('span');
  span.style.setProperty('forced-color-adjust', 'none');
  span.style.color = color;
  document.body.append(span);
  const value = getComputedStyle(span).color;
  span.remove();
  return value;
}

/** Waits for the element's scheme detection and theme read after it first renders. */
export async function settled(el: MssElement): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}
