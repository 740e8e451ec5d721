/**
 * The chart engine with the map's parts: chartjs-chart-geo's choropleth controller, its shape element, its
 * projection scale and the colour scale the controller requires, and the map's labels. Loaded by
 * `loadEngine('map')` only when a map draws, so no other chart carries d3-geo's bytes.
 */
import { Chart } from 'chart.js';
import { ChoroplethController, ColorScale, GeoFeature, ProjectionScale } from 'chartjs-chart-geo';
import { mapLabelsPlugin } from './plugin.map-labels.js';

Chart.register(ChoroplethController, GeoFeature, ProjectionScale, ColorScale, mapLabelsPlugin);

export { createChart, liveChartCount, type Chart } from './engine.js';
