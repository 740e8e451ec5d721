/**
 * The static chart: the one SVG renderer of a chart, shown before Chart.js arrives, rendered on the server
 * and drawn into images. Pure: text is measured by an injected `TextMeasure`, so it runs in Node and the
 * browser alike.
 */
export { staticChartModel, linearTicks } from './model.js';
export type {
  StaticChartAxis,
  StaticChartBar,
  StaticChartLine,
  StaticChartModel,
  StaticChartModelOptions,
  StaticChartPaint,
  StaticChartPoint,
  StaticChartShape,
  StaticChartText,
  StaticChartTick,
} from './model.js';
export { canvasMeasure, estimateMeasure, fontString, lineHeight, parseFont, type TextMeasure } from './measure.js';
export { metricsMeasure } from './metrics.js';
export { renderStaticChart, type StaticChartRenderOptions } from './render.js';
export { renderFigureSvg, wrapText, type FigureSvgOptions, type StaticFigure } from './figure.js';
export { staticChart, type StaticChartDirective } from './directive.js';
