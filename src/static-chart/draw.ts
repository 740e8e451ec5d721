/**
 * A chart's static drawing as SVG markup: the model of its Chart.js configuration, then the SVG. In the
 * browser this module (and the renderer behind it) comes on demand, when no pre-rendered or server-rendered
 * picture stands for the chart (StaticChartController); a server render has it from the start (mss-charts/ssr).
 */
import type { ChartConfiguration } from 'chart.js';
import type { ChartTheme } from '../charts/spec.js';
import type { TextMeasure } from './measure.js';
import { staticChartModel } from './model.js';
import { renderStaticChart } from './render.js';

export interface StaticDrawingSize {
  width: number;
  height: number;
  measure: TextMeasure;
  /** Starts the ids of the drawing's patterns and clip path. */
  idPrefix: string;
}

export function drawStaticChart(config: ChartConfiguration, theme: ChartTheme, { width, height, measure, idPrefix }: StaticDrawingSize): string {
  const model = staticChartModel(config, theme, { width, height, measure });
  return renderStaticChart(model, { width, height, measure, idPrefix });
}

export type StaticChartDrawer = typeof drawStaticChart;
