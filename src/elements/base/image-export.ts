/**
 * "Download image": the chart as a PNG that still says what it shows, who reported it and when (title,
 * summary, legend, notes, source line and as-of date drawn in), on the background the reader saw.
 * Loaded with `import()` on the first click, so pages that never export an image never download this.
 */
import type { Chart } from 'chart.js';
import type { ChartSpec, ChartTheme, LegendItem, ViewSpec } from '../../charts/spec.js';
import { parseColor } from '../../engine/color.js';
import { hatchPattern } from '../../engine/theme.js';
import { formatIsoDate, formatList } from '../../i18n/format.js';
import { stringsFor } from '../../i18n/strings.js';

/** "Sources: AP, Reuters. Figures as of 8 December 2025." — the attribution line of an image. */
export function sourceLine(spec: ViewSpec, locale: string): string {
  const strings = stringsFor(locale);
  const publishers = [...new Set(spec.sources.map((s) => s.publisher))];
  const label = publishers.length === 1 ? strings.source : strings.sources;
  const list = publishers.length ? `${label}${strings.colon} ${formatList(publishers, locale)}. ` : '';
  return `${list}${strings.asOf(formatIsoDate(spec.asOf, locale))}.`;
}

/**
 * The colour behind an element: its own background, else the nearest ancestor's (crossing shadow roots),
 * else white. An image must not be transparent where the page was not.
 */
export function backgroundBehind(element: Element, fallback = '#ffffff'): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const color = getComputedStyle(node).backgroundColor;
      const parsed = parseColor(color);
      if (parsed && parsed.alpha > 0) return color;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return fallback;
}

export interface ImageParts {
  /** The chart's canvas (any resolution; drawn into `width` × `chartHeight`). */
  chart?: HTMLCanvasElement;
  /** Width and height of the plot in CSS pixels. */
  width: number;
  chartHeight: number;
  title: string;
  summary: string;
  legend: readonly LegendItem[];
  notes: readonly string[];
  /** The source line and as-of date. */
  footer: string;
  colors: { text: string; muted: string; background: string };
  fontFamily: string;
  /** Pixels per CSS pixel; 2 gives a sharp image on any screen and in print. */
  scale?: number;
}

const PAD = 16;

interface Line {
  text: string;
  font: string;
  color: string;
  height: number;
}

/** Splits text into lines no wider than `width` in the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Draws the figure as one image: title, summary, legend, chart, notes and the source line, on the
 * background the reader saw. Layout is measured first so the canvas is exactly as tall as its content.
 */
export function composeImage(parts: ImageParts): HTMLCanvasElement {
  const scale = parts.scale ?? 2;
  const family = parts.fontFamily || 'system-ui, sans-serif';
  const width = Math.round(parts.width + PAD * 2);
  const inner = width - PAD * 2;
  const canvas = document.createElement('canvas');
  const measure = canvas.getContext('2d');
  if (!measure) throw new Error('A 2D canvas is not available.');

  const block = (text: string, size: number, weight: string, color: string): Line[] => {
    if (!text) return [];
    const font = `${weight} ${size}px ${family}`;
    measure.font = font;
    return wrap(measure, text, inner).map((t) => ({ text: t, font, color, height: Math.round(size * 1.3) }));
  };
  const header = [
    ...block(parts.title, 20, 'bold', parts.colors.text),
    ...block(parts.summary, 14, 'normal', parts.colors.text),
  ];
  const legendFont = `normal 12px ${family}`;
  measure.font = legendFont;
  const legendRows: { item: LegendItem; x: number; y: number }[] = [];
  let lx = 0;
  let ly = 0;
  for (const item of parts.legend) {
    const w = 12 + 6 + measure.measureText(item.label).width + 16;
    if (lx > 0 && lx + w > inner) {
      lx = 0;
      ly += 18;
    }
    legendRows.push({ item, x: lx, y: ly });
    lx += w;
  }
  const legendHeight = parts.legend.length ? ly + 18 : 0;
  const notes = parts.notes.flatMap((n) => block(n, 12, 'normal', parts.colors.muted));
  const footer = block(parts.footer, 12, 'normal', parts.colors.muted);
  const sum = (lines: Line[]) => lines.reduce((h, l) => h + l.height, 0);
  const height = Math.round(
    PAD + sum(header) + 8 + legendHeight + 8 + parts.chartHeight + 8 + sum(notes) + (notes.length ? 6 : 0) + sum(footer) + PAD,
  );

  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('A 2D canvas is not available.');
  ctx.scale(scale, scale);
  ctx.fillStyle = parts.colors.background;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'top';

  let y = PAD;
  const drawLines = (lines: Line[]) => {
    for (const line of lines) {
      ctx.font = line.font;
      ctx.fillStyle = line.color;
      ctx.fillText(line.text, PAD, y + (line.height - parseFloat(line.font.split(' ')[1] ?? '12')) / 2);
      y += line.height;
    }
  };
  drawLines(header);
  y += 8;
  ctx.font = legendFont;
  for (const { item, x, y: rowY } of legendRows) {
    const sx = PAD + x;
    const sy = y + rowY + 2;
    ctx.save();
    if (item.shape === 'line') {
      ctx.fillStyle = item.color;
      ctx.fillRect(sx, sy + 5, 12, 3);
    } else if (item.shape === 'point') {
      ctx.fillStyle = item.color;
      ctx.beginPath();
      ctx.arc(sx + 6, sy + 6, 5, 0, Math.PI * 2);
      ctx.fill();
    } else {
      ctx.fillStyle = item.hatched ? hatchPattern(item.color) : item.color;
      ctx.fillRect(sx, sy, 12, 12);
      ctx.strokeStyle = item.color;
      ctx.lineWidth = 1;
      ctx.strokeRect(sx + 0.5, sy + 0.5, 11, 11);
    }
    ctx.restore();
    ctx.fillStyle = parts.colors.text;
    ctx.fillText(item.label, sx + 18, sy);
  }
  y += legendHeight + 8;
  if (parts.chart && parts.chart.width > 0 && parts.chart.height > 0) {
    ctx.drawImage(parts.chart, PAD, y, inner, parts.chartHeight);
  }
  y += parts.chartHeight + 8;
  drawLines(notes);
  if (notes.length) y += 6;
  drawLines(footer);
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))), 'image/png');
  });
}

/**
 * Runs `draw` with the chart rendered at least at `scale` device pixels per CSS pixel, then puts the chart
 * back as it was. Chart.js re-renders synchronously on a resize whose pixel ratio changed.
 */
export function withChartScale<T>(chart: Chart, scale: number, draw: (canvas: HTMLCanvasElement) => T): T {
  const before = chart.options.devicePixelRatio;
  const sharpen = chart.currentDevicePixelRatio < scale;
  // An image taken mid-animation would show half-grown bars; stop, and draw the final state now.
  chart.stop();
  if (sharpen) {
    chart.options.devicePixelRatio = scale;
    chart.resize(chart.width, chart.height);
  } else {
    chart.update('none');
  }
  try {
    return draw(chart.canvas);
  } finally {
    if (sharpen) {
      chart.options.devicePixelRatio = before;
      chart.resize(chart.width, chart.height);
    }
  }
}

export interface FigureImageInput {
  /** The element, to find the page background behind a transparent chart. */
  element: Element;
  chart: Chart;
  spec: ChartSpec;
  title: string;
  summary: string;
  theme: ChartTheme;
  locale: string;
  scheme: 'light' | 'dark';
}

/** The whole figure as a PNG at 2×, as "Download image" saves it. */
export function figureImage(input: FigureImageInput): Promise<Blob> {
  const { chart, spec, theme } = input;
  const transparent = (parseColor(theme.background)?.alpha ?? 0) === 0;
  const background = transparent ? backgroundBehind(input.element, input.scheme === 'dark' ? '#17191c' : '#ffffff') : theme.background;
  const image = withChartScale(chart, 2, (canvas) =>
    composeImage({
      chart: canvas,
      width: chart.width,
      chartHeight: chart.height,
      title: input.title,
      summary: input.summary,
      legend: spec.legend,
      // Every note, the ones under the disclosure too: an image has no disclosure to open.
      notes: [...spec.notes.filter((n) => n.key), ...spec.notes.filter((n) => !n.key)].map((n) => n.text),
      footer: sourceLine(spec, input.locale),
      colors: { text: theme.text, muted: theme.muted, background },
      fontFamily: theme.fontFamily,
      scale: 2,
    }),
  );
  return canvasToPng(image);
}
