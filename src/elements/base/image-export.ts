/**
 * "Download image": the whole figure as a PNG at 2× — title, summary, legend, the chart, notes, sources and
 * as-of date — drawn by the one static renderer (the same SVG as the static chart and the images made at
 * build time) and rasterised by the browser. Loaded with `import()` on the first click, so pages that never
 * export an image never download this.
 */
import { parseColor } from '../../engine/color.js';

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

/**
 * An SVG document as a PNG `scale` times its size. The SVG is loaded as an image from a `data:` URL (no
 * script, no Trusted Types sink); an image has no access to the page's web fonts, so text falls back to the
 * system's sans-serif, as the static chart measured it.
 */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas to draw the image on');
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png'));
}
