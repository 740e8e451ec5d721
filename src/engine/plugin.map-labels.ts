/**
 * Names the few places that matter directly on the map (the destination, the story's subject), as the static
 * map draws them (src/map/static-map.ts): text with a halo, and a ring around a marked place. Positions are
 * projected with the chart's own projection scale, so they follow its fit on every resize.
 */
import type { Chart, Plugin } from 'chart.js';
import { boxRect, LINE_HEIGHT, RING_RADIUS, type MapBox, type MapLabel, type MapLabelTheme } from '../map/labels.js';

type MapLabelsOptions = Partial<MapLabelTheme> & { labels?: MapLabel[]; boxes?: MapBox[] };

export const mapLabelsPlugin: Plugin = {
  id: 'mssMapLabels',
  afterDatasetsDraw(chart: Chart, _args, options: MapLabelsOptions) {
    const scale = chart.scales['projection'] as unknown as { projection?: (p: [number, number]) => [number, number] | null } | undefined;
    const project = scale?.projection;
    if (!project) return;
    const { ctx } = chart;
    for (const box of options.boxes ?? []) {
      const r = boxRect(project, box);
      if (!r) continue;
      ctx.save();
      ctx.strokeStyle = options.frame ?? '#888';
      ctx.lineWidth = 1;
      ctx.strokeRect(r.x, r.y, r.width, r.height);
      ctx.restore();
    }
    const size = options.fontSize ?? 12;
    const text = options.text ?? '#000';
    const halo = options.halo ?? '#fff';
    ctx.save();
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    for (const label of options.labels ?? []) {
      const p = project(label.at);
      if (!p) continue;
      const [x, y] = p;
      if (label.ring) {
        for (const [color, width] of [[halo, 4], [text, 2]] as const) {
          ctx.beginPath();
          ctx.arc(x, y, RING_RADIUS, 0, Math.PI * 2);
          ctx.strokeStyle = color;
          ctx.lineWidth = width;
          ctx.stroke();
        }
      }
      const lh = size * LINE_HEIGHT;
      const top = y + label.dy - ((label.lines.length - 1) * lh) / 2;
      label.lines.forEach((line, k) => {
        ctx.font = `${k === 0 && label.bold ? 'bold ' : ''}${size}px ${options.fontFamily ?? 'sans-serif'}`;
        ctx.strokeStyle = halo;
        ctx.lineWidth = 3;
        ctx.strokeText(line, x + label.dx, top + k * lh);
        ctx.fillStyle = text;
        ctx.fillText(line, x + label.dx, top + k * lh);
      });
    }
    ctx.restore();
  },
};
