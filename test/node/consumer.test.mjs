// The package as a developer gets it from npm: `npm pack`, install the tarball into a fresh project
// (test/consumer/), check its types with attw, type-check a consumer (a component, the tag and event maps,
// the dataset and its types, React 19 and Preact JSX), bundle it with Rollup, and render it in Chromium.
// Needs `npm run build` (the tarball is packed from dist/ as it is) and a Chrome (scripts/find-chrome.mjs).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { after, before, test } from 'node:test';
import nodeResolve from '@rollup/plugin-node-resolve';
import { chromium } from 'playwright-core';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { CHROME_ARGS, requireChrome } from '../../scripts/find-chrome.mjs';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Devdependencies the consumer needs for its JSX checks; the repository's lockfile puts them in npm's cache. */
const CONSUMER_DEV_DEPS = ['@types/react', 'preact'].map((name) => `${name}@${pkg.devDependencies[name]}`);

let work;
let tarball;
let packedFiles;

before(async () => {
  if (!existsSync(join(root, 'dist/lib/index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  work = mkdtempSync(join(tmpdir(), 'mss-charts-consumer-'));
  // --ignore-scripts: pack dist/ as the build left it (prepack would rebuild it under the other tests' feet).
  const { stdout } = await run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root });
  const [info] = JSON.parse(stdout);
  tarball = join(work, info.filename);
  packedFiles = info.files.map((f) => f.path);

  const project = join(work, 'project');
  cpSync(join(root, 'test/consumer'), project, { recursive: true });
  const install = ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball, ...CONSUMER_DEV_DEPS];
  try {
    // Offline first: every dependency is in npm's cache after the repository's own `npm ci`.
    await run(npm, [...install, '--offline'], { cwd: project });
  } catch {
    await run(npm, [...install, '--prefer-offline'], { cwd: project });
  }
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the tarball ships the built package, its manifest and docs, and no sources or tests', () => {
  for (const file of [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'custom-elements.json',
    'dist/lib/index.js',
    'dist/lib/index.d.ts',
    'dist/lib/data/index.js',
    'dist/lib/jsx/react.d.ts',
    'dist/lib/jsx/preact.d.ts',
    'dist/cdn/mss-charts.js',
    'dist/cdn/mss-charts.iife.js',
    'dist/mss-dataset.json',
    'dist/mss-dataset.schema.json',
  ]) {
    assert.ok(packedFiles.includes(file), `the tarball lacks ${file}`);
  }
  const unwanted = packedFiles.filter((f) => /^(src|test|scripts|demo|bench|docs|node_modules|\.tmp)\//.test(f));
  assert.deepEqual(unwanted, []);
});

test('attw --profile esm-only finds no problem in the tarball', async () => {
  const attw = join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js');
  try {
    await run(process.execPath, [attw, tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color']);
  } catch (error) {
    assert.fail(`attw reported problems:\n${error.stdout}${error.stderr}`);
  }
});

test('the consumer type-checks: component, tag and event maps, dataset types, React and Preact JSX', async () => {
  const tsc = require.resolve('typescript/bin/tsc');
  try {
    await run(process.execPath, [tsc, '-p', join(work, 'project/tsconfig.json')]);
  } catch (error) {
    assert.fail(`tsc failed in the consumer project:\n${error.stdout}${error.stderr}`);
  }
});

test('the consumer bundles with Rollup and renders a chart in Chromium', async () => {
  const project = join(work, 'project');
  const out = join(project, 'dist');
  const bundle = await rollup({
    input: join(project, 'src/main.ts'),
    plugins: [
      nodeResolve({ browser: true, rootDir: project }),
      esbuild({ target: 'es2022', tsconfig: join(project, 'tsconfig.json') }),
    ],
    onwarn(warning, warn) {
      // Chart.js and Lit use `this` at module level in UMD guards; harmless in ESM.
      if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  });
  const { output } = await bundle.write({ dir: out, format: 'es', entryFileNames: 'main.js' });
  await bundle.close();
  // The package's lazy import() of the chart engine survives a consumer's bundler as a chunk of its own.
  const chunks = output.filter((o) => o.type === 'chunk' && !o.isEntry).map((o) => o.fileName);
  assert.ok(chunks.length > 0, 'the chart engine was bundled into the entry instead of a lazy chunk');
  cpSync(join(project, 'index.html'), join(out, 'index.html'));

  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const file = normalize(join(out, path === '/' ? 'index.html' : path));
    if (!file.startsWith(out) || !existsSync(file)) return response.writeHead(404).end();
    const type = { '.js': 'text/javascript', '.html': 'text/html' }[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname.slice(1)));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => document.body.dataset.rendered || document.body.dataset.error, null, { timeout: 20_000 });
    // Let the first animation frames land before reading pixels.
    await page.waitForTimeout(800);
    const result = await page.evaluate(() => {
      const chart = document.querySelector('mss-contingent-chart');
      const root = chart?.shadowRoot;
      const canvas = root?.querySelector('canvas');
      const context = canvas?.getContext('2d');
      let painted = 0;
      let accent = 0;
      if (canvas && context) {
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3] === 0) continue;
          painted++;
          // Kenya's bars: the accent blue (blue clearly above red and green).
          if (data[i + 2] > 120 && data[i + 2] - data[i] > 60 && data[i + 2] - data[i + 1] > 20) accent++;
        }
      }
      return {
        ...document.body.dataset,
        title: root?.querySelector('[part=title]')?.textContent?.trim(),
        width: canvas?.width ?? 0,
        painted,
        accent,
      };
    });
    assert.deepEqual(errors, [], 'uncaught errors in the page');
    assert.equal(result.error, undefined, `the chart reported an error: ${result.error}`);
    assert.equal(result.rendered, 'drawn');
    assert.equal(result.isClass, 'true', 'createElement did not return the exported class');
    assert.equal(result.title, 'Kenya has sent most of the personnel who arrived in Haiti');
    assert.ok(Number(result.kenyanContingents) >= 5, `Kenyan contingents in the dataset: ${result.kenyanContingents}`);
    assert.ok(result.width > 0, 'the canvas has no width');
    assert.ok(result.painted > 2000, `only ${result.painted} pixels painted`);
    assert.ok(result.accent > 300, `only ${result.accent} pixels in the accent colour (Kenya's bars)`);
    assert.ok(chunks.some((chunk) => requested.includes(chunk)), `no lazy chunk was fetched (${requested.join(', ')})`);
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
});
