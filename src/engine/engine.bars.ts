/**
 * The chart engine for bar charts alone: Chart.js with the bar controller and element, the category and
 * linear scales, the tooltip and the library's two plugins. The CDN build bundles it on its own, Chart.js
 * included (rollup.config.mjs, barsEngine), so a page whose charts are all bars downloads less than with the
 * full engine (engine.ts). load-engine.ts picks it only for a bar chart on a page that needs no other engine.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type Plugin } from 'chart.js';
import { engineApi } from './engine-api.js';
import { annotationsPlugin } from './plugin.annotations.js';
import { focusRingPlugin } from './plugin.focus-ring.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, annotationsPlugin as Plugin, focusRingPlugin);

export type { Chart };
export const { createChart, liveChartCount } = engineApi(Chart);
