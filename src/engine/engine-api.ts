/** What an engine module gives the elements, for whichever Chart.js class it registered its parts with. */
import type { Chart, ChartConfiguration } from 'chart.js';

export interface EngineApi {
  createChart(canvas: HTMLCanvasElement, config: ChartConfiguration): Chart;
  /** Charts alive on this page (for leak checks and the benchmark). */
  liveChartCount(): number;
}

export function engineApi(ChartClass: typeof Chart): EngineApi {
  return {
    createChart: (canvas, config) => new ChartClass(canvas, config),
    liveChartCount: () => Object.keys(ChartClass.instances).length,
  };
}
