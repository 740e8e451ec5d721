/**
 * Draws a ring around the data point a keyboard user has reached, so the focused value is visible on the
 * canvas and not only announced. The element sets `options.plugins.mssFocus` to the point to ring.
 */
import type { Chart, Plugin } from 'chart.js';

export interface FocusRingOptions {
  datasetIndex?: number;
  index?: number;
  color?: string;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends import('chart.js').ChartType> {
    mssFocus?: FocusRingOptions & { _type?: TType };
  }
}

export const focusRingPlugin: Plugin = {
  id: 'mssFocus',
  afterDatasetsDraw(chart: Chart, _args, options: FocusRingOptions) {
    const { datasetIndex, index } = options;
    if (datasetIndex === undefined || index === undefined) return;
    const meta = chart.getDatasetMeta(datasetIndex);
    const element = meta?.data[index];
    if (!element || meta.hidden) return;
    const { ctx } = chart;
    const props = element.getProps(['x', 'y', 'base', 'width', 'height'], true) as Record<string, number | undefined>;
    ctx.save();
    ctx.lineWidth = 3;
    ctx.strokeStyle = options.color ?? '#000';
    ctx.setLineDash([]);
    const x = props.x ?? 0;
    const y = props.y ?? 0;
    if (meta.type === 'bar' && props.base !== undefined && props.width !== undefined) {
      const horizontal = chart.options.indexAxis === 'y';
      const half = (horizontal ? (props.height ?? 0) : props.width) / 2;
      if (horizontal) {
        const left = Math.min(x, props.base);
        ctx.strokeRect(left - 3, y - half - 3, Math.abs(x - props.base) + 6, half * 2 + 6);
      } else {
        const top = Math.min(y, props.base);
        ctx.strokeRect(x - half - 3, top - 3, half * 2 + 6, Math.abs(props.base - y) + 6);
      }
    } else {
      ctx.beginPath();
      ctx.arc(x, y, 9, 0, Math.PI * 2);
      ctx.stroke();
    }
    ctx.restore();
  },
};
