// Size budgets of the CDN build (gzip level 9, per file, as a browser receives them). Needs `npm run build`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUDGETS, formatTable, kib, mapLeaks, mapViewFiles, measure, measureBudgets, rel } from '../../scripts/check-size.mjs';

const groups = measureBudgets();
console.log(formatTable(groups));
const group = (key) => groups.find((g) => g.key === key);
const listFiles = (g) => g.files.map((f) => `${rel(f)} (${measure([f]).gzip} B)`).join(', ');

test(`a chart's pre-rendered figure (loader, styles, heaviest picture) is at most ${kib(BUDGETS.prerenderedFigure)} gzip`, () => {
  const g = group('prerenderedFigure');
  assert.ok(g.over <= 0, `pre-rendered figure ${listFiles(g)} is ${g.gzip} B gzip, ${g.over} B over the ${g.budget} B budget`);
});

test(`an element's code before Chart.js is at most ${kib(BUDGETS.firstPayload)} gzip`, () => {
  const g = group('firstPayload');
  assert.ok(
    g.over <= 0,
    `element code ${listFiles(g)} is ${g.gzip} B gzip, ${g.over} B over the ${g.budget} B budget`,
  );
});

test(`the whole CDN ESM build is at most ${kib(BUDGETS.cdnEsmTotal)} gzip`, () => {
  const g = group('cdnEsmTotal');
  assert.ok(g.over <= 0, `CDN ESM files ${listFiles(g)} total ${g.gzip} B gzip, ${g.over} B over the ${g.budget} B budget`);
});

test(`the IIFE is at most ${kib(BUDGETS.iife)} gzip`, () => {
  const g = group('iife');
  assert.ok(g.over <= 0, `${rel(g.files[0])} is ${g.gzip} B gzip, ${g.over} B over the ${g.budget} B budget`);
});

test(`the map view's own code (geometry, d3-geo, chartjs-chart-geo) is at most ${kib(BUDGETS.mapView)} gzip`, () => {
  const g = group('mapView');
  assert.ok(g.over <= 0, `map view ${listFiles(g)} is ${g.gzip} B gzip, ${g.over} B over the ${g.budget} B budget`);
});

test('no element imports the map statically: its code and geometry load only when a map is shown', () => {
  const files = mapViewFiles().map(rel);
  // The map's own chunks exist, and they hold the geometry and the map engine.
  assert.ok(files.some((f) => /pledges-map-/.test(f)) && files.some((f) => /engine\.map-/.test(f)), files.join(', '));
  const leaks = mapLeaks();
  assert.deepEqual(leaks.map((l) => `${rel(l.element)} → ${rel(l.file)}`), []);
});
