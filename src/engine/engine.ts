/**
 * Chart.js with only the parts the charts use (never `chart.js/auto`), registered once: the full engine, for
 * lines, areas and points as well as bars (engine.bars.ts has bars alone). This module is loaded lazily by
 * `load-engine.ts`; nothing else in the library imports Chart.js at runtime.
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
  type Plugin,
} from 'chart.js';
import { engineApi } from './engine-api.js';
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
export const { createChart, liveChartCount } = engineApi(Chart);
