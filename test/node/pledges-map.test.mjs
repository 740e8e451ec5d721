// The pledges chart's map view in Node, from the built package (needs `npm run build`): server rendering in
// every language with its static map (SVG paths from d3-geo), the table of every country, and the generated
// geometry module in step with the world-atlas topology.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { dist, root } from './lib/dist-server.mjs';

let render;
before(async () => {
  const entry = join(dist, 'lib', 'ssr', 'index.js');
  if (!existsSync(entry)) throw new Error('dist/lib/ssr/index.js is missing: run `npm run build` first');
  ({ render } = await import(entry));
});

const DESTINATION = { en: 'Haiti: where the force serves', fr: 'Haïti : où la force est déployée', ht: 'Ayiti: kote fòs la ap travay', es: 'Haití: donde sirve la fuerza' };

for (const [lang, destination] of Object.entries(DESTINATION)) {
  for (const width of [680, 360]) {
    test(`view="map" lang=${lang} renders a static map and every country's row on a server at ${width} px`, async () => {
      const out = await render(`<mss-pledges-chart view="map" lang="${lang}"></mss-pledges-chart>`, { width });
      const svg = /<svg[^>]*class="static-chart"[\s\S]*?<\/svg>/.exec(out)?.[0] ?? '';
      assert.ok(svg, 'a static map');
      // The base map (about 170 countries at world scale, fewer in a phone's insets) and the table's 11 countries over it.
      assert.ok((svg.match(/<path /g) ?? []).length > (width < 480 ? 40 : 150), 'country shapes');
      assert.match(svg, /<pattern /, 'hatching for undisclosed and disputed figures');
      assert.ok(out.replace(/\s+/g, ' ').includes(destination.replace(/\s+/g, ' ')), `legend names ${destination}`);
      assert.equal((out.match(/<th scope="row"/g) ?? []).length, 11, 'one row per country, small states included');
      assert.doesNotMatch(out, /<style|style="/, 'no inline styles');
    });
  }
}

test('the geometry module is what scripts/build-world.mjs makes from world-atlas', () => {
  const run = spawnSync(process.execPath, ['scripts/build-world.mjs', '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});
