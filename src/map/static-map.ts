/**
 * The map's static chart: the same layers, paints and labels the canvas draws, as SVG paths from d3-geo's
 * `geoPath`, fitted into the plot as chartjs-chart-geo fits its projection (`fitFrame`). Pure string output, so
 * it runs in Node (server rendering, pre-rendered figures, images) as in the browser.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Feature } from 'geojson';
import { hatchColor } from '../engine/theme.js';
import { el, escapeXml, hatchPattern, num } from '../static-chart/svg.js';
import { fitFrame, type MapFrame } from './geometry.js';
import { boxRect, LINE_HEIGHT, RING_RADIUS, type MapBox, type MapLabel, type MapLabelTheme } from './labels.js';

export type { MapLabel, MapLabelTheme };

/** One shape of a layer, with its paint. */
export interface MapItem {
  feature: Feature;
  fill: string | CanvasPattern;
  stroke: string;
  width: number;
}

/** What both renderers draw: the base map, the table's countries over it, and the labels. */
export interface MapPicture {
  base: MapItem[];
  rows: MapItem[];
  labels: MapLabel[];
  /** The insets' frames (a phone's map); none for the whole world. */
  boxes: MapBox[];
  theme: MapLabelTheme;
}

export function staticMapSvg(picture: MapPicture, frame: MapFrame, options: { width: number; height: number; idPrefix: string; padding: number }): string {
  const { width, height, idPrefix } = options;
  const projection = fitFrame(frame, { left: 0, top: 0, width, height }, options.padding);
  const path = geoPath(projection);
  const patterns = new Map<string, string>();
  const paint = (fill: string | CanvasPattern): string => {
    if (typeof fill === 'string') return fill === 'rgba(0, 0, 0, 0)' ? 'none' : fill;
    const color = hatchColor(fill);
    if (!color) return 'none';
    let id = patterns.get(color);
    if (!id) patterns.set(color, (id = `${idPrefix}map-${patterns.size}`));
    return `url(#${id})`;
  };
  // Chart.js draws the datasets with the lowest `order` last: the base first, then the table's countries.
  const layer = (items: readonly MapItem[], name: string) =>
    el(
      'g',
      { class: name, 'stroke-linejoin': 'round' },
      items
        .map((item) => {
          const d = path(item.feature);
          return d ? el('path', { d, fill: paint(item.fill), stroke: item.width > 0 ? item.stroke : null, 'stroke-width': item.width || null }) : '';
        })
        .join(''),
    );
  const frames = picture.boxes
    .map((box) => boxRect(projection, box))
    .map((r) => (r ? el('rect', { ...r, fill: 'none', stroke: picture.theme.frame, 'stroke-width': 1 }) : ''))
    .join('');
  const body = layer(picture.base, 'base') + layer(picture.rows, 'rows') + frames + drawLabels(picture, projection);
  const defs = [...patterns].map(([color, id]) => hatchPattern(id, color)).join('');
  const attrs = { xmlns: 'http://www.w3.org/2000/svg', class: 'static-chart', viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true', focusable: 'false' };
  return el('svg', attrs, (defs ? el('defs', {}, defs) : '') + body);
}

/** The labels as the canvas plugin draws them: a halo under the text, a ring around a marked place. */
function drawLabels(picture: MapPicture, projection: GeoProjection): string {
  const { text, halo, fontFamily, fontSize } = picture.theme;
  return picture.labels
    .map((label) => {
      const p = projection(label.at);
      if (!p) return '';
      const [x, y] = p;
      const ring = label.ring ? el('circle', { cx: x, cy: y, r: RING_RADIUS, fill: 'none', stroke: halo, 'stroke-width': 4 }) + el('circle', { cx: x, cy: y, r: RING_RADIUS, fill: 'none', stroke: text, 'stroke-width': 2 }) : '';
      const lh = fontSize * LINE_HEIGHT;
      const top = y + label.dy - ((label.lines.length - 1) * lh) / 2;
      const spans = label.lines.map((line, k) => el('tspan', { x: x + label.dx, y: top + k * lh, 'font-weight': k === 0 && label.bold ? 'bold' : null }, escapeXml(line))).join('');
      const attrs = { 'font-family': fontFamily, 'font-size': num(fontSize), 'dominant-baseline': 'central', fill: text };
      return ring + el('text', { ...attrs, stroke: halo, 'stroke-width': 3, 'stroke-linejoin': 'round', 'aria-hidden': 'true' }, spans) + el('text', attrs, spans);
    })
    .join('');
}
