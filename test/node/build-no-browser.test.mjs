// `npm run build` needs no browser (so neither do `npm pack` nor a contributor's first build): no script it
// runs, nor the Rollup config, imports a browser driver or looks for Chrome — followed through their
// local imports. The pictures and images it makes come from Node (server rendering, @resvg/resvg-js).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { root } from './lib/dist-server.mjs';

const BROWSER = [/['"]playwright(-core)?['"]/, /['"]puppeteer(-core)?['"]/, /find-chrome\.mjs['"]/, /['"]chrome-launcher['"]/];

/** A script and every local module it imports, transitively. */
function closure(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const [, spec] of source.matchAll(/(?:import|from)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) closure(resolve(dirname(file), spec), seen);
  return seen;
}

test('the build runs no browser: no build step imports a browser driver or looks for Chrome', () => {
  const build = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.build;
  const steps = [...build.matchAll(/node (scripts\/[\w.-]+\.mjs)/g)].map((m) => join(root, m[1]));
  assert.match(build, /(^| )rollup -c( |$)/, 'the build runs Rollup');
  assert.ok(steps.some((s) => s.endsWith('build-prerendered.mjs')) && steps.some((s) => s.endsWith('build-static.mjs')), 'the pictures and images are made by the build');
  const files = new Set();
  for (const start of [join(root, 'rollup.config.mjs'), ...steps]) for (const f of closure(start)) files.add(f);
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const pattern of BROWSER) assert.doesNotMatch(source, pattern, `${file.slice(root.length + 1)} brings a browser into the build`);
  }
  assert.ok(files.size >= steps.length + 2, 'the imports were followed');
});
