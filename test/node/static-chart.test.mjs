// The static chart in Node, with no DOM and no canvas: every chart's default spec (the shipped dataset, in each
// language) drawn with the committed font metrics, as server rendering and build-time images will draw it. The
// markup must be well-formed XML, free of inline style and script, with its text escaped. The TypeScript
// source is bundled with esbuild first (lit and Lit SSR stay external, resolved from node_modules).
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import { Resvg } from '@resvg/resvg-js';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'node_modules/.cache/mss-static-chart-test');

const ENTRY = `
export * from './src/static-chart/index.ts';
export { buildCasualtiesSpec } from './src/charts/casualties.ts';
export { buildContingentSpec } from './src/charts/contingent.ts';
export { buildDisplacementSpec } from './src/charts/displacement.ts';
export { buildPledgesSpec } from './src/charts/pledges.ts';
export { mssDataset } from './src/data/mss-dataset.ts';
export { html } from 'lit';
`;

/** The module under test, and Lit SSR. */
let m;
let ssr;

before(async () => {
  mkdirSync(out, { recursive: true });
  await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: join(out, 'static-chart.mjs'),
    external: ['lit', 'lit/*', '@lit-labs/*'],
    logLevel: 'warning',
  });
  ssr = await import('@lit-labs/ssr');
  m = await import(pathToFileURL(join(out, 'static-chart.mjs')).href);
});

after(() => rmSync(out, { recursive: true, force: true }));

/** A theme as the element reads it, but with hatching left as colours (there is no canvas in Node). */
const theme = {
  text: 'rgb(31, 31, 31)',
  muted: 'rgb(92, 102, 112)',
  grid: 'rgb(225, 228, 232)',
  background: 'rgb(255, 255, 255)',
  accent: 'rgb(11, 92, 173)',
  series: ['rgb(196, 81, 10)', 'rgb(0, 121, 90)', 'rgb(154, 75, 148)', 'rgb(127, 79, 36)', 'rgb(95, 99, 104)', 'rgb(31, 31, 31)'],
  disputedFill: 'rgb(92, 102, 112)',
  hatch: (color) => color,
  fontFamily: 'system-ui, sans-serif',
  fontSize: 12,
};

function specs(locale, compact = false) {
  const ctx = { locale, theme, compact, reducedMotion: true };
  const data = m.mssDataset;
  return {
    'contingent arrivals': m.buildContingentSpec(data, { view: 'arrivals' }, ctx),
    'contingent cumulative': m.buildContingentSpec(data, { view: 'cumulative' }, ctx),
    pledges: m.buildPledgesSpec(data, {}, ctx),
    displacement: m.buildDisplacementSpec(data, {}, ctx),
    'casualties quarterly': m.buildCasualtiesSpec(data, { view: 'quarterly' }, ctx),
    'casualties yearly': m.buildCasualtiesSpec(data, { view: 'yearly' }, ctx),
  };
}

/**
 * A strict well-formedness check: every tag closes in order, attributes are double-quoted, and text holds
 * no raw `<`, `>` or bare `&`. Returns the element names in document order.
 */
function checkXml(markup) {
  const names = [];
  const open = [];
  const token = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match;
  let end = 0;
  while ((match = token.exec(markup))) {
    end = token.lastIndex;
    const [, closing, name, attrs, selfClosing, text] = match;
    if (text !== undefined) {
      assert.doesNotMatch(text, />|&(?!(amp|lt|gt|quot|#39);)/, `raw character in text: ${text}`);
      continue;
    }
    for (const [, value] of (attrs ?? '').matchAll(/="([^"]*)"/g)) assert.doesNotMatch(value, /&(?!(amp|lt|gt|quot|#39);)/);
    if (closing) assert.equal(open.pop(), name, `</${name}> closes another element`);
    else {
      names.push(name);
      if (!selfClosing) open.push(name);
    }
  }
  assert.equal(end, markup.length, `not markup at ${end}: ${markup.slice(end, end + 80)}`);
  assert.deepEqual(open, [], 'unclosed elements');
  return names;
}

test('draws every chart of every language in Node, as well-formed SVG without style or script', () => {
  for (const locale of ['en', 'fr', 'ht', 'es']) {
    for (const compact of [false, true]) {
      const [width, height] = compact ? [360, 450] : [720, 405];
      for (const [name, spec] of Object.entries(specs(locale, compact))) {
        const model = m.staticChartModel(spec.config, theme, { width, height, measure: m.metricsMeasure });
        const svg = m.renderStaticChart(model, { width, height, measure: m.metricsMeasure, idPrefix: 'c-' });
        const label = `${name}, ${locale}${compact ? ', compact' : ''}`;
        assert.match(svg, new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" class="static-chart" viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">`), label);
        const names = checkXml(svg);
        assert.ok(names.filter((n) => n === 'rect' || n === 'path' || n === 'circle').length > 5, `${label}: marks`);
        assert.ok(names.includes('text'), `${label}: labels`);
        assert.doesNotMatch(svg, /\sstyle=|<style|<script|javascript:/i, label);
        // Numbers are rounded to 0.1 px.
        for (const [, value] of svg.matchAll(/ (?:x|y|width|height|cx|cy|r|d)="([^"]*)"/g)) assert.doesNotMatch(value, /\.\d\d/, `${label}: unrounded number`);
      }
    }
  }
});

test('escapes text and attribute values', () => {
  const spec = specs('en').pledges;
  const model = m.staticChartModel(spec.config, theme, { measure: m.metricsMeasure });
  model.y.title = '<script>alert(1)</script> & "quoted"';
  model.texts[0].content = 'A <b> & "c"';
  model.texts[0].color = '"><script>';
  const svg = m.renderStaticChart(model, { width: 640, height: 360, measure: m.metricsMeasure, idPrefix: '"x' });
  checkXml(svg);
  assert.doesNotMatch(svg, /<script|<b>/);
  assert.match(svg, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &quot;quoted&quot;/);
  assert.match(svg, /A &lt;b&gt; &amp; &quot;c&quot;/);
  assert.match(svg, /fill="&quot;&gt;&lt;script&gt;"/);
  assert.match(svg, /id="&quot;x0"|id="&quot;xclip"/);
});

test('measures text from the table: size and weight read from the font shorthand', () => {
  const w12 = m.metricsMeasure('Kenya 1,000', '12px system-ui, sans-serif');
  assert.ok(w12 > 50 && w12 < 90, `width ${w12}`);
  assert.equal(m.metricsMeasure('Kenya 1,000', '  24px Arial'), w12 * 2);
  assert.ok(m.metricsMeasure('Kenya 1,000', 'bold 12px system-ui, sans-serif') > w12);
  assert.ok(m.metricsMeasure('Kenya 1,000', ' 700 12px system-ui') > w12);
  // Characters the table lacks count as an average letter, not as nothing.
  assert.ok(m.metricsMeasure('中文', '12px sans-serif') > 10);
  assert.equal(m.metricsMeasure('', '12px sans-serif'), 0);
  assert.deepEqual(m.parseFont('italic bold 13.5px "Noto Sans", sans-serif'), { size: 13.5, bold: true });
});

test('draws a whole figure, which resvg rasterises', () => {
  const spec = specs('fr')['contingent arrivals'];
  const model = m.staticChartModel(spec.config, theme, { width: 688, height: 387, measure: m.metricsMeasure });
  const figure = {
    title: 'Déploiement de la mission <MSS> & « contingents »',
    summary: 'Une phrase de résumé assez longue pour passer à la ligne une ou deux fois dans une figure de 720 pixels de large, comme dans un article.',
    legend: spec.legend,
    chart: { model, aspectRatio: 16 / 9 },
    keyNotes: ['Hachuré : chiffre contesté.'],
    moreNotes: ['Une autre note.', 'Et une troisième.'],
    notesHeading: 'Notes sur ces chiffres',
    sourcesLine: 'Sources : AP, Reuters.',
    asOfLine: 'Chiffres au 8 décembre 2025.',
    theme: { ...theme, background: 'rgba(0, 0, 0, 0)' },
  };
  const { svg, width, height } = m.renderFigureSvg(figure, { width: 720, measure: m.metricsMeasure, scheme: 'dark' });
  assert.equal(width, 720);
  assert.ok(height > 387 + 100, `height ${height}`);
  checkXml(svg);
  assert.doesNotMatch(svg, /\sstyle=|<script/);
  assert.match(svg, /&lt;MSS&gt; &amp; « contingents »/);
  // A transparent theme background becomes the scheme's.
  assert.match(svg, /<rect width="720" height="\d+" fill="#17191c"\/>/);
  assert.match(svg, /<svg x="16" y="[\d.]+" width="688" height="387" xmlns="http:\/\/www.w3.org\/2000\/svg" class="static-chart"/);
  for (const text of ['Hachuré : chiffre contesté.', 'Notes sur ces chiffres', 'Et une troisième.', 'Sources : AP, Reuters.', 'Chiffres au 8 décembre 2025.']) {
    assert.ok(svg.includes(text), text);
  }
  assert.equal(svg.match(/<tspan/g).length > 6, true);
  const png = new Resvg(svg, { font: { loadSystemFonts: true } }).render();
  assert.equal(png.width, 720);
  assert.equal(png.height, height);
});

test('Lit SSR renders the directive as the markup itself', async () => {
  const markup = m.renderStaticChart(m.staticChartModel(specs('en').pledges.config, theme, { measure: m.metricsMeasure }), {
    width: 640,
    height: 360,
    measure: m.metricsMeasure,
    idPrefix: 's-',
  });
  const { render } = ssr;
  const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
  const out = collectResultSync(render(m.html`<div class="plot">${m.staticChart(markup)}</div>`));
  assert.ok(out.includes(markup), 'the markup, as is');
  assert.match(out, /<!--lit-part [^>]+-->\s*<svg xmlns/);
});
