/* global document, window */
// Page C: the same two charts with Apache ECharts, imported the tree-shakeable way (`echarts/core` plus only
// the chart types, components and renderer used), as a careful developer following ECharts' "Import
// ECharts" guide would. Bundled and minified by bench/run.mjs (esbuild).
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import series from '../.tmp/series.json';

echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const { colors } = series;
const month = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const number = new Intl.NumberFormat('en-GB');

const valueAxis = {
  type: 'value',
  name: 'Personnel',
  nameLocation: 'middle',
  nameGap: 48,
  nameTextStyle: { color: colors.muted },
  axisLabel: { color: colors.muted, formatter: (v) => number.format(v) },
  splitLine: { lineStyle: { color: colors.grid } },
};
const base = {
  animationDuration: 400,
  grid: { left: 64, right: 16, top: 48, bottom: 32 },
  legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 12 },
  tooltip: { trigger: 'item' },
};

function arrivalsOption() {
  const { labels, countries } = series.arrivals;
  const bars = countries.map((c) => ({ type: 'bar', name: c.name, data: c.low, stack: 'arrivals', itemStyle: { color: c.color } }));
  for (const c of countries) {
    if (c.extra.every((v) => v === null)) continue;
    bars.push({
      type: 'bar',
      name: `${c.name} (reports differ)`,
      data: c.extra,
      stack: 'arrivals',
      itemStyle: { color: `${c.color}55`, borderColor: c.color, borderWidth: 1.5 },
    });
  }
  return {
    ...base,
    xAxis: { type: 'category', data: labels, axisLabel: { color: colors.muted }, axisTick: { show: false } },
    yAxis: valueAxis,
    series: bars,
  };
}

function cumulativeOption() {
  const { countries, range, headcounts, xMin, xMax } = series.cumulative;
  const lines = countries.map((c) => ({
    type: 'line',
    name: c.name,
    data: c.points,
    step: 'end',
    stack: 'arrived',
    symbol: 'none',
    lineStyle: { color: c.color, width: 1.5 },
    itemStyle: { color: c.color },
    areaStyle: { color: c.color, opacity: 1 },
  }));
  lines.push({
    type: 'line',
    name: 'Reports differ',
    data: range,
    step: 'end',
    stack: 'arrived',
    symbol: 'none',
    lineStyle: { color: colors.muted, width: 1 },
    itemStyle: { color: colors.muted },
    areaStyle: { color: `${colors.muted}33` },
  });
  lines.push({
    type: 'scatter',
    name: 'Reported head-count',
    data: headcounts,
    symbolSize: 10,
    itemStyle: { color: '#ffffff', borderColor: colors.text, borderWidth: 2 },
    z: 3,
  });
  return {
    ...base,
    xAxis: {
      type: 'value',
      min: xMin,
      max: xMax,
      splitLine: { show: false },
      axisLabel: { color: colors.muted, formatter: (v) => month.format(v) },
    },
    yAxis: valueAxis,
    series: lines,
  };
}

const resizers = new WeakMap();

/** Draws one chart in a sized box; returns the ECharts instance (it resizes with the window). */
export function create(kind, box) {
  const chart = echarts.init(box);
  chart.setOption(kind === 'cumulative' ? cumulativeOption() : arrivalsOption());
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  resizers.set(chart, resize);
  return chart;
}

for (const box of document.querySelectorAll('div[data-chart]')) create(box.dataset.chart, box);

// For the add/remove page of the benchmark: the same calls a page that swaps charts would make.
window.benchLib = {
  create,
  destroy(chart) {
    window.removeEventListener('resize', resizers.get(chart));
    chart.dispose();
  },
  /** Instances ECharts still holds, found by id (ids are strings, so the check keeps no element alive). */
  live: (ids) => ids.filter((id) => echarts.getInstanceById(id)).length,
};
