/**
 * mss-charts: registers every element and re-exports the public API. For the smallest import, use one
 * element's entry (`mss-charts/contingent-chart`) or the data alone (`mss-charts/data`).
 */
export * from './elements/contingent-chart/contingent-chart.js';
export * from './elements/casualties-chart/casualties-chart.js';
export * from './elements/pledges-chart/pledges-chart.js';
export * from './elements/displacement-chart/displacement-chart.js';
export * from './elements/key-figures/key-figures.js';
export * from './elements/timeline/timeline.js';
export { MssChartElement } from './elements/base/mss-chart-element.js';
export { MssElement, type MssErrorDetail } from './elements/base/mss-element.js';
export type { ChartSpec, ViewSpec, ChartTheme, BuildContext, TableModel, LegendItem, SourceRef } from './charts/spec.js';
export { buildContingentSpec, type ContingentView, type ContingentOptions } from './charts/contingent.js';
export { buildCasualtiesSpec, type CasualtiesView, type CasualtiesOptions } from './charts/casualties.js';
export { buildPledgesSpec, type PledgesOptions } from './charts/pledges.js';
export { buildDisplacementSpec, type DisplacementOptions } from './charts/displacement.js';
export {
  buildKeyFiguresSpec,
  parseKeyFigureIds,
  KEY_FIGURE_IDS,
  DEFAULT_KEY_FIGURES,
  type KeyFigureId,
  type KeyFigureCard,
  type KeyFiguresOptions,
  type KeyFiguresSpec,
} from './charts/key-figures.js';
export {
  buildTimelineSpec,
  parseTimelineKinds,
  TIMELINE_KINDS,
  type TimelineKind,
  type TimelineEntry,
  type TimelineOptions,
  type TimelineSpec,
} from './charts/timeline.js';
export * from './data/index.js';
