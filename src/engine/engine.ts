/**
 * Chart.js with only the parts the charts use (never `chart.js/auto`), registered once. This module is
 * loaded lazily by `load-engine.ts`; nothing else in the library imports Chart.js at runtime.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import { annotationsPlugin } from './plugin.annotations.js';
import { focusRingPlugin } from './plugin.focus-ring.js';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  CategoryScale,
  LinearScale,
  Filler,
  Tooltip,
  annotationsPlugin as Plugin,
  focusRingPlugin,
);

export type { Chart };

export function createChart(canvas: HTMLCanvasElement, config: ChartConfiguration): Chart {
  return new Chart(canvas, config);
}

/** Charts alive on this page (for leak checks and the benchmark). */
export function liveChartCount(): number {
  return Object.keys(Chart.instances).length;
}
