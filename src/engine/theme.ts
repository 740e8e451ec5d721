/**
 * Reads the chart colours from CSS custom properties. Chart.js draws on a canvas and cannot read CSS, so the
 * element renders one probe per token (a span whose `color` is the token) and reads the resolved colour.
 * The probes also carry a 1 ms colour transition: when a page changes a `--mss-*` property or its own colours
 * (a site's dark-mode toggle), the transition fires an event and the chart re-reads its theme.
 */
import type { ChartTheme } from '../charts/spec.js';

export { contrastRatio, isLightColor, parseColor } from './color.js';

/** The tokens, in the order of the probes; `series` probes follow. */
export const THEME_TOKENS = ['text', 'muted', 'grid', 'background', 'accent', 'disputed', 'focus'] as const;
export const SERIES_PROBES = 6;

const patternCache = new Map<string, CanvasPattern | string>();
/** The colour each hatch pattern was drawn in: the static chart redraws the hatching as SVG. */
const patternColors = new WeakMap<CanvasPattern, string>();

/** The colour of a pattern made by `hatchPattern`, or undefined for any other pattern. */
export function hatchColor(pattern: CanvasPattern): string | undefined {
  return patternColors.get(pattern) ?? (pattern as { hatch?: unknown }).hatch?.toString();
}

/**
 * Hatching where there is no canvas to make a pattern with (a server render, an image made at build time):
 * the static chart draws it as SVG hatching all the same. Never given to Chart.js.
 */
export function hatchMarker(color: string): CanvasPattern {
  return { hatch: color } as unknown as CanvasPattern;
}

/** Diagonal hatching in a colour: how disputed and approximate parts are told apart without colour alone. */
export function hatchPattern(color: string): CanvasPattern | string {
  const hit = patternCache.get(color);
  if (hit) return hit;
  const size = 8;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) return color;
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(0, size);
  ctx.lineTo(size, 0);
  ctx.moveTo(-1, 1);
  ctx.lineTo(1, -1);
  ctx.moveTo(size - 1, size + 1);
  ctx.lineTo(size + 1, size - 1);
  ctx.stroke();
  const pattern = ctx.createPattern(canvas, 'repeat') ?? color;
  if (typeof pattern !== 'string') patternColors.set(pattern, color);
  patternCache.set(color, pattern);
  return pattern;
}

/** Reads the theme from the probes rendered by the base element. */
export function readTheme(probes: readonly HTMLElement[], host: HTMLElement): ChartTheme {
  const color = (i: number) => getComputedStyle(probes[i] as HTMLElement).color;
  const token = (name: (typeof THEME_TOKENS)[number]) => color(THEME_TOKENS.indexOf(name));
  const series = Array.from({ length: SERIES_PROBES }, (_, i) => color(THEME_TOKENS.length + i));
  const style = getComputedStyle(host);
  const disputed = token('disputed');
  return {
    text: token('text'),
    muted: token('muted'),
    grid: token('grid'),
    background: token('background'),
    accent: token('accent'),
    series,
    disputedFill: hatchPattern(disputed),
    hatch: hatchPattern,
    fontFamily: style.fontFamily || 'system-ui, sans-serif',
    fontSize: Math.max(11, Math.min(14, parseFloat(style.fontSize) * 0.8125 || 12)),
  };
}
