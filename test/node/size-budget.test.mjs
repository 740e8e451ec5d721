// Size budgets of the CDN build (gzip level 9, per file, as a browser receives them). Needs `npm run build`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUDGETS, formatTable, kib, measure, measureBudgets, rel } from '../../scripts/check-size.mjs';

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
