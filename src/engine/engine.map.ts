/**
 * The chart engine with the map's parts: chartjs-chart-geo's choropleth controller, its shape element, its
 * projection scale and the colour scale the controller requires, and the map's labels. Loaded by
 * `loadEngine('map')` only when a map draws, so no other chart carries d3-geo's bytes.
 */
import { Chart } from 'chart.js';
import { ChoroplethController, ColorScale, GeoFeature, ProjectionScale } from 'chartjs-chart-geo';
import type { Plugin } from 'chart.js';
import { mapLabelsPlugin } from './plugin.map-labels.js';

/**
 * chartjs-chart-geo keeps each shape drawn in a cache canvas and drops the caches on a resize only for the
 * first dataset (every dataset asks the shared projection scale whether its bounds changed; only the first
 * is told so). The map has two layers: every update starts with no stale shape in either.
 */
const freshShapes: Plugin = {
  id: 'mssFreshShapes',
  beforeDatasetsUpdate(chart) {
    for (let i = 0; i < chart.data.datasets.length; i += 1) {
      for (const element of chart.getDatasetMeta(i).data) delete (element as { cache?: unknown }).cache;
    }
  },
};

Chart.register(ChoroplethController, GeoFeature, ProjectionScale, ColorScale, mapLabelsPlugin, freshShapes);

// The full engine's, with the map's parts registered on its Chart class.
export { createChart, liveChartCount, type Chart } from './engine.js';
