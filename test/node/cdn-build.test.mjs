// The CDN files must load in a page with no bundler and no import map. Needs `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CDN_ENTRY, IIFE_FILE, cdnEsmFiles, firstPayloadFiles, importsOf, rel, unresolvableImports } from '../../scripts/check-size.mjs';

test('no CDN file imports a bare specifier, a computed specifier or a missing file', () => {
  const problems = unresolvableImports().map((p) => `${rel(p.file)} imports "${p.specifier}"${p.missing ? ' (missing)' : ''}`);
  assert.deepEqual(problems, []);
});

test('lazy chunks live in dist/cdn/chunks/ and are imported with relative paths', () => {
  const entries = new Set([CDN_ENTRY, CDN_ENTRY.replace(/\.js$/, '.all.js')]);
  const chunks = cdnEsmFiles().filter((f) => !entries.has(f));
  for (const chunk of chunks) assert.match(rel(chunk), /^dist\/cdn\/chunks\/[^/]+\.js$/);
  const dynamic = importsOf(readFileSync(CDN_ENTRY, 'utf8')).dynamic;
  for (const specifier of dynamic) assert.match(specifier, /^\.\/chunks\//, `entry imports ${specifier}`);
});

test('the engine is code-split: at least one chunk loads only through import()', () => {
  const eager = new Set(firstPayloadFiles(CDN_ENTRY.replace(/\.js$/, '.all.js')));
  const lazy = cdnEsmFiles().filter((f) => !eager.has(f));
  assert.ok(lazy.length > 0, `every CDN file loads up front (${[...eager].map(rel).join(', ')}): Chart.js is not lazy`);
});

test('the IIFE is one classic script: no import or export statement, no import()', () => {
  const code = readFileSync(IIFE_FILE, 'utf8');
  const imports = importsOf(code);
  assert.deepEqual([...imports.static, ...imports.dynamic], []);
  assert.match(code, /^(?:\s|\/\*[\s\S]*?\*\/)*(?:var MssCharts|!?function|\(\s*function|\(\(\)|"use strict")/);
});

test('Lit ships in production mode (no dev-mode warnings)', () => {
  for (const file of [CDN_ENTRY, IIFE_FILE]) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /Lit is in dev mode/, `${rel(file)} contains Lit's dev build`);
  }
});
