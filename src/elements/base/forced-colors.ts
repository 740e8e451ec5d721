/**
 * Windows High Contrast and other forced-colour modes. The browser recolours HTML to the reader's system
 * colours but leaves canvas pixels alone, so a chart drawn in the normal palette could be invisible
 * (dark bars on a black background). When `forced-colors: active` matches, the chart is drawn in the
 * system colours themselves (`Canvas`, `CanvasText`, `Highlight`, `LinkText`, `GrayText`), and because those
 * are only a handful, every filled series also gets its own pattern (solid, dots, stripes…) so series
 * stay apart without colour.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartConfiguration } from 'chart.js';
import type { ChartTheme, LegendItem } from '../../charts/spec.js';
import { parseColor } from '../../engine/color.js';
import { hatchPattern } from '../../engine/theme.js';

export const FORCED_COLORS_QUERY = '(forced-colors: active)';

export interface SystemColors {
  canvas: string;
  canvasText: string;
  highlight: string;
  linkText: string;
  grayText: string;
}

/** The system colours as the browser resolves them now (the reader's high-contrast palette). */
export function readSystemColors(root: Node & ParentNode): SystemColors {
  const probe = document.createElement('span');
  // Without this the browser would force the probe's own colour too, and every read would give CanvasText.
  probe.style.setProperty('forced-color-adjust', 'none');
  probe.style.position = 'absolute';
  root.appendChild(probe);
  const read = (keyword: string) => {
    probe.style.color = keyword;
    return getComputedStyle(probe).color;
  };
  const canvas = read('Canvas');
  const colors = {
    canvas,
    canvasText: opaque(read('CanvasText'), canvas),
    highlight: opaque(read('Highlight'), canvas),
    linkText: opaque(read('LinkText'), canvas),
    grayText: opaque(read('GrayText'), canvas),
  };
  probe.remove();
  return colors;
}

/**
 * A colour as it shows over `background`, without transparency. Chromium's `Highlight` is translucent
 * (made for text selection); on a canvas it would blend into whatever it is drawn over.
 */
export function opaque(color: string, background: string): string {
  const fg = parseColor(color);
  const bg = parseColor(background);
  if (!fg || fg.alpha >= 1 || !bg) return color;
  const mix = fg.rgb.map((v, i) => Math.round(v * fg.alpha + (bg.rgb[i] ?? 255) * (1 - fg.alpha)));
  return `rgb(${mix.join(', ')})`;
}

/** The chart theme in system colours: Kenya (the accent) in `Highlight`, other series in text colours. */
export function forcedColorsTheme(theme: ChartTheme, sys: SystemColors): ChartTheme {
  return {
    ...theme,
    text: sys.canvasText,
    muted: sys.canvasText,
    grid: sys.grayText,
    background: sys.canvas,
    accent: sys.highlight,
    series: [sys.linkText, sys.canvasText, sys.grayText, sys.linkText, sys.canvasText, sys.grayText],
    disputedFill: hatchPattern(sys.canvasText),
    hatch: hatchPattern,
  };
}

export type PatternKind = 'solid' | 'dots' | 'horizontal' | 'vertical' | 'grid' | 'checks';
const KINDS: readonly PatternKind[] = ['solid', 'dots', 'horizontal', 'vertical', 'grid', 'checks'];

const tiles = new Map<string, HTMLCanvasElement>();

/** An 8×8 tile of a pattern in `color` over `background`. */
function patternTile(kind: PatternKind, color: string, background: string): HTMLCanvasElement {
  const key = `${kind}|${color}|${background}`;
  const hit = tiles.get(key);
  if (hit) return hit;
  const size = 8;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext('2d');
  if (ctx) {
    ctx.fillStyle = kind === 'solid' ? color : background;
    ctx.fillRect(0, 0, size, size);
    ctx.fillStyle = color;
    if (kind === 'dots') ctx.fillRect(2, 2, 4, 4);
    if (kind === 'horizontal' || kind === 'grid') ctx.fillRect(0, 0, size, 3);
    if (kind === 'vertical' || kind === 'grid') ctx.fillRect(0, 0, 3, size);
    if (kind === 'checks') {
      ctx.fillRect(0, 0, 4, 4);
      ctx.fillRect(4, 4, 4, 4);
    }
  }
  tiles.set(key, tile);
  return tile;
}

/** The pattern kind of the n-th filled series. */
function kindOf(n: number): PatternKind {
  return KINDS[n % KINDS.length] as PatternKind;
}

interface DatasetLike {
  type?: string;
  fill?: unknown;
  backgroundColor?: unknown;
  borderColor?: unknown;
  borderWidth?: unknown;
  label?: string;
}

/** Datasets drawn as filled areas or bars with a plain colour: the ones a pattern can tell apart. */
function isPatternable(ds: DatasetLike, rootType: string): boolean {
  const type = ds.type ?? rootType;
  const filled = type === 'bar' || (type === 'line' && ds.fill !== undefined && ds.fill !== false);
  return filled && typeof ds.backgroundColor === 'string';
}

/** The pattern of each patternable dataset, by position and by label (for the legend). */
export function patternKinds(config: ChartConfiguration): {
  byIndex: Map<number, PatternKind>;
  byLabel: Map<string, PatternKind>;
  byColor: Map<string, PatternKind | null>;
} {
  const byIndex = new Map<number, PatternKind>();
  const byLabel = new Map<string, PatternKind>();
  // A colour shared by two patterned series cannot say which pattern a legend swatch should take (null).
  const byColor = new Map<string, PatternKind | null>();
  let n = 0;
  config.data.datasets.forEach((dataset, i) => {
    const ds = dataset as DatasetLike;
    if (!isPatternable(ds, config.type)) return;
    const kind = kindOf(n++);
    byIndex.set(i, kind);
    if (ds.label && !byLabel.has(ds.label)) byLabel.set(ds.label, kind);
    const color = ds.backgroundColor as string;
    byColor.set(color, byColor.has(color) ? null : kind);
  });
  return { byIndex, byLabel, byColor };
}

/**
 * A copy of a configuration where each filled series has its own pattern (hatched parts keep their
 * hatching), with a thin background-coloured border so stacked pieces stay apart.
 */
export function withPatterns(config: ChartConfiguration, background: string): ChartConfiguration {
  const { byIndex } = patternKinds(config);
  const ctx = document.createElement('canvas').getContext('2d');
  const datasets = config.data.datasets.map((dataset, i) => {
    const kind = byIndex.get(i);
    const ds = dataset as DatasetLike;
    if (!kind || !ctx || typeof ds.backgroundColor !== 'string') return dataset;
    const pattern = ctx.createPattern(patternTile(kind, ds.backgroundColor, background), 'repeat');
    if (!pattern) return dataset;
    const bar = (ds.type ?? config.type) === 'bar';
    return { ...dataset, backgroundColor: pattern, ...(bar ? { borderColor: background, borderWidth: 1 } : {}) };
  });
  return { ...config, data: { ...config.data, datasets } } as ChartConfiguration;
}

/** CSS for a legend swatch drawn with the same pattern as its series. */
export function swatchPatternStyle(item: LegendItem, kind: PatternKind | undefined, background: string): Record<string, string> {
  if (!kind || item.hatched || item.shape === 'line' || item.shape === 'point') return {};
  return {
    'background-image': `url(${patternTile(kind, item.color, background).toDataURL()})`,
    'background-size': '8px 8px',
  };
}

/**
 * Follows `forced-colors: active` for a chart element: swaps the theme for system colours, patterns the
 * filled series, and styles legend swatches to match; calls `onChange` when the mode is switched.
 */
export class ForcedColorsController implements ReactiveController {
  private media?: MediaQueryList;
  private system?: SystemColors;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  get active(): boolean {
    return this.media?.matches ?? false;
  }

  hostConnected(): void {
    this.media = matchMedia(FORCED_COLORS_QUERY);
    this.media.addEventListener('change', this.handleChange);
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.handleChange);
  }

  /** The theme to draw with: the page's, or system colours in forced-colours mode. */
  theme(theme: ChartTheme): ChartTheme {
    if (!this.active) return theme;
    this.system = readSystemColors(this.host.shadowRoot ?? this.host);
    return forcedColorsTheme(theme, this.system);
  }

  /** The configuration to draw: unchanged, or with a pattern per filled series in forced-colours mode. */
  config(config: ChartConfiguration): ChartConfiguration {
    return this.active && this.system ? withPatterns(config, this.system.canvas) : config;
  }

  /** Extra style of a legend swatch, so it shows its series' pattern in forced-colours mode. */
  swatchStyle(item: LegendItem, config: ChartConfiguration | undefined): Record<string, string> {
    if (!this.active || !this.system || !config) return {};
    const kinds = patternKinds(config);
    // Legends name series for readers; datasets sometimes carry an id instead, so the colour is the fallback.
    const kind = kinds.byLabel.get(item.label) ?? kinds.byColor.get(item.color) ?? undefined;
    return swatchPatternStyle(item, kind, this.system.canvas);
  }

  private readonly handleChange = (): void => {
    this.onChange();
  };
}
