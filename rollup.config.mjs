// Three builds from the same sources (see README "Embed with one script tag" and "Use from npm"):
//   dist/lib/  ESM for bundlers: one file per source module, dependencies left as bare imports, .d.ts beside.
//   dist/cdn/mss-charts.js       ESM for pages without a bundler: a small loader that imports each element's
//                                chunk when its tag appears; Chart.js is a further lazy chunk.
//   dist/cdn/mss-charts.css      each tag's box, reserved before its code arrives (src/cdn/box-sizes.json).
//   dist/cdn/mss-charts.all.js   the same, with every element registered at once and the API exported.
//   dist/cdn/mss-charts.iife.js  classic <script src> for CMSs that allow nothing else: one file, no chunks.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { basename, sep } from 'node:path';
import { createRequire } from 'node:module';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { boxStylesheet } from './scripts/box-styles.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const tscBin = createRequire(import.meta.url).resolve('typescript/bin/tsc');

// Every runtime dependency stays a bare import in the npm build, so an app bundles one copy of Lit and
// Chart.js however many libraries use them. Read from package.json so a new dependency cannot be inlined.
const runtimeDeps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
const isDependency = (id) => id.startsWith('node:') || runtimeDeps.some((dep) => id === dep || id.startsWith(`${dep}/`));

/** Registering entries: the package root, and one per element (`<name>/<name>.ts`) plus its side-effect-free class. */
function libraryInputs() {
  // src/ssr runs in Node only (server rendering, `mss-charts/ssr`); the CDN builds never import it.
  const inputs = ['src/index.ts', 'src/data/index.ts', 'src/ssr/index.ts', 'src/elements/base/hydrate-support.ts', 'src/i18n/all-words.ts'];
  const elementsDir = 'src/elements';
  if (existsSync(elementsDir)) {
    for (const entry of readdirSync(elementsDir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      for (const file of [`${entry.name}.ts`, `${entry.name}.component.ts`]) {
        const path = `${elementsDir}/${entry.name}/${file}`;
        if (existsSync(path)) inputs.push(path);
      }
    }
  }
  return inputs;
}

const typescript = () =>
  // The tsconfig carries experimentalDecorators/useDefineForClassFields:false; without it Lit's
  // decorators are left untransformed and the browser throws a SyntaxError.
  esbuild({ tsconfig: 'tsconfig.json', target: 'es2022', loaders: { '.json': 'json' } });

// `production` picks Lit's production build; the default export condition would ship its dev-mode warnings.
const resolve = () => nodeResolve({ browser: true, exportConditions: ['production'] });

const minify = (module) => terser({ ecma: 2020, module, compress: { passes: 2 }, format: { comments: false } });

/** Empties dist/ once per build so stale hashed chunks never reach the package or the size budgets. */
function cleanDist() {
  return {
    name: 'mss-clean-dist',
    buildStart() {
      if (!this.meta.watchMode) rmSync('dist', { recursive: true, force: true });
    },
  };
}

/** Declarations come from tsc (esbuild strips types); written next to the JS so every export has its .d.ts. */
function emitDeclarations() {
  return {
    name: 'mss-declarations',
    writeBundle() {
      try {
        execFileSync(process.execPath, [tscBin, '-p', 'tsconfig.json', '--emitDeclarationOnly'], { stdio: 'inherit' });
      } catch {
        this.error('tsc --emitDeclarationOnly failed (its errors are printed above)');
      }
    },
  };
}

/** The published dataset and its JSON Schema are built from src/data by a script of their own, when present. */
function buildData() {
  return {
    name: 'mss-build-data',
    writeBundle() {
      if (!existsSync('scripts/build-data.mjs')) return;
      try {
        execFileSync(process.execPath, ['scripts/build-data.mjs'], { stdio: 'inherit' });
      } catch {
        this.error('scripts/build-data.mjs failed (its errors are printed above)');
      }
    },
  };
}

/** Pages loading the CDN files have no import map: a dependency that is not bundled would fail at run time. */
function failOnUnresolved(warning, warn) {
  if (warning.code === 'UNRESOLVED_IMPORT') {
    throw new Error(`${warning.message} — the CDN build must bundle every dependency`);
  }
  // Chart.js and Lit use `this` at module level in a few UMD guards; harmless in ESM.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
}

/**
 * A dynamic import fetches its chunk's static imports in parallel with the chunk itself, instead of only
 * once the chunk has arrived and been parsed: without this, `<mss-contingent-chart>` costs the loader, then
 * the element's chunk, then the shared base and data chunks it imports, one round trip after another.
 * (What Vite's module preloading does, with plain `import()` so a strict CSP needs nothing new.)
 */
function parallelChunkImports() {
  return {
    name: 'parallel-chunk-imports',
    renderDynamicImport({ targetChunk, getTargetChunkImports }) {
      if (!targetChunk) return null;
      // Each import's path comes as a quoted string literal, relative to the importing chunk.
      const deps = (getTargetChunkImports() ?? []).map((d) => d.resolvedImportPath);
      if (deps.length === 0) return null;
      return { left: 'Promise.all([import(', right: `),${deps.map((d) => `import(${d})`).join(',')}]).then((m)=>m[0])` };
    },
  };
}

/** Writes a chunk's hashed file name over its placeholder in the loader, which must hold it once. */
function writeChunkPath(context, loader, placeholder, fileName) {
  const path = `./${fileName}`;
  if (!loader || loader.code.split(placeholder).length !== 2) context.error(`the loader does not hold ${placeholder} once (src/cdn.ts)`);
  if (path.length !== placeholder.length) context.error(`the chunk path ${path} is not as long as its placeholder ${placeholder}`);
  loader.code = loader.code.replace(placeholder, path);
}

/**
 * The loader asks for two chunks with a modulepreload hint, at the same time as an element's code: the chart
 * engine's (Chart.js) when a chart is in the first screen, and the static chart's drawing code when no
 * pre-rendered figure stands for a chart. Their file names have a content hash, known only once the bundle is
 * written: src/cdn.ts holds placeholders of the same length, replaced here (source maps stay right).
 */
const CHUNK_PLACEHOLDERS = [
  // The chunk holding engine.ts (a shared one when the map's engine imports it too).
  { placeholder: './chunks/engine-XXXXXXXX.js', module: `${sep}engine${sep}engine.ts` },
  { placeholder: './chunks/static-chart-XXXXXXXX.js', module: `${sep}static-chart${sep}draw.ts` },
];
function chunkPaths() {
  return {
    name: 'mss-chunk-paths',
    generateBundle(_options, bundle) {
      const loader = bundle['mss-charts.js'];
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      for (const { placeholder, module } of CHUNK_PLACEHOLDERS) {
        const chunk = chunks.find((file) => file.moduleIds.some((id) => id.endsWith(module)));
        if (!chunk) this.error(`no chunk holds ${module} (${chunks.map((f) => `${f.fileName}:${f.facadeModuleId}`).join(', ')})`);
        writeChunkPath(this, loader, placeholder, chunk.fileName);
      }
    },
  };
}

/**
 * The engine for pages whose charts are all bars (src/engine/engine.bars.ts) is bundled on its own, Chart.js
 * included: as a chunk of the CDN build it would share the one Chart.js module with the full engine, and
 * Rollup gives a shared module the union of the parts its importers use. Bundled apart it carries the bar
 * chart's parts alone (~47 KiB gzip against the full engine's ~55). load-engine.ts's import of it is pointed
 * at the file built here, and the loader's placeholder for it is replaced with that file's hashed name.
 */
const BARS_ENGINE_PLACEHOLDER = './chunks/engine.bars-XXXXXXXX.js';
const BARS_ENGINE_ID = 'mss-charts:engine.bars';
function barsEngine() {
  let built;
  return {
    name: 'mss-bars-engine',
    async buildStart() {
      const bundle = await rollup({ input: 'src/engine/engine.bars.ts', plugins: [resolve(), typescript(), minify(true)], onwarn: failOnUnresolved });
      built = (await bundle.generate({ format: 'es', sourcemap: true, entryFileNames: 'chunks/engine.bars-[hash].js' })).output[0];
      await bundle.close();
      for (const id of built.moduleIds) if (!id.startsWith('\0')) this.addWatchFile(id);
    },
    resolveDynamicImport(specifier, importer) {
      const fromLoadEngine = importer?.endsWith(`${sep}engine${sep}load-engine.ts`);
      return fromLoadEngine && specifier === './engine.bars.js' ? { id: BARS_ENGINE_ID, external: true } : null;
    },
    // The import is written relative to its chunk, which sits beside the engine's file under chunks/.
    outputOptions(options) {
      return { ...options, paths: (id) => (id === BARS_ENGINE_ID ? `./${basename(built.fileName)}` : id) };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        const imports = chunk.type === 'chunk' && chunk.dynamicImports.includes(BARS_ENGINE_ID);
        if (imports && !chunk.fileName.startsWith('chunks/')) this.error(`${chunk.fileName} imports the bars engine from outside chunks/`);
      }
      this.emitFile({ type: 'asset', fileName: built.fileName, source: built.code });
      this.emitFile({ type: 'asset', fileName: `${built.fileName}.map`, source: built.map.toString() });
      writeChunkPath(this, bundle['mss-charts.js'], BARS_ENGINE_PLACEHOLDER, built.fileName);
    },
  };
}

/** dist/cdn/mss-charts.css: each tag's box, reserved before its code arrives (from src/cdn/box-sizes.json). */
function boxStyles() {
  return {
    name: 'mss-box-styles',
    buildStart() {
      this.addWatchFile('src/cdn/box-sizes.json');
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'mss-charts.css', source: boxStylesheet() });
    },
  };
}

/**
 * What an element needs before its first render comes in two shared chunks: `base` (Lit, the base element,
 * the words and dataset parts every element uses) and `chart-base` (what only the charts add: the chart
 * element and its controllers, the static chart). Left to itself Rollup splits these by which elements share
 * them, which cost a page with one chart a dozen requests. Element code, the dataset's slices and the chart
 * engine stay in the chunks Rollup makes for them.
 */
const CHART_BASE = [
  /\/node_modules\/@lit-labs\/observers\//,
  /\/src\/elements\/base\/(mss-chart-element|engine-controller|print-controller|static-chart-controller|theme-controller|forced-colors)\.ts$/,
  // Not the drawing code (a chunk of its own, loaded when no picture stands: static-chart-controller.ts) nor
  // the figure drawn into downloaded images (image export).
  /\/src\/static-chart\/(?!draw|model|render|axis-text|figure|spec-figure)[\w.-]+\.ts$/,
  /\/src\/engine\/(load-engine|palette|theme)\.ts$/,
];
const BASE = [
  /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//,
  // Not what loads on demand: hydration, image export and live figures (`refresh`) have chunks of their own.
  /\/src\/elements\/base\/(?!hydrate-support|image-export|refresh)[\w.-]+\.ts$/,
  /\/src\/elements\/define\.ts$/,
  /\/src\/(lazy-module|i18n\/[\w-]+|charts\/(common|helpers|spec)|engine\/color|data\/(figure|selectors)|data\/dataset\/(meta|shared-sources|text))\.ts$/,
];
/** The static chart's drawing code: fetched only when no picture stands for a chart (static-chart-controller.ts). */
const STATIC_CHART = /\/src\/static-chart\/(draw|model|render|axis-text)\.ts$/;
function cdnChunk(id) {
  const path = id.split(sep).join('/');
  if (STATIC_CHART.test(path)) return 'static-chart';
  if (CHART_BASE.some((pattern) => pattern.test(path))) return 'chart-base';
  if (BASE.some((pattern) => pattern.test(path))) return 'base';
  return undefined;
}

/**
 * The classic-script build inlines every lazy chunk, so it would carry the pledges chart's map (~72 KiB gzip:
 * world geometry, d3-geo, chartjs-chart-geo) on every page. It gets empty map modules instead; the element
 * then says in its box that the map needs the module build (src/map/load.ts).
 */
function withoutMap() {
  const stub = '\0mss-no-map';
  return {
    name: 'mss-without-map',
    resolveDynamicImport(specifier, importer) {
      const from = importer?.split(sep).join('/') ?? '';
      const map =
        (from.endsWith('/src/map/load.ts') && String(specifier).endsWith('pledges-map.js')) ||
        (from.endsWith('/src/engine/load-engine.ts') && String(specifier).endsWith('engine.map.js'));
      return map ? stub : null;
    },
    load(id) {
      return id === stub ? 'export {};' : null;
    },
  };
}

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: libraryInputs(),
    external: isDependency,
    plugins: [cleanDist(), typescript()],
    output: {
      dir: 'dist/lib',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
  },
  {
    input: { 'mss-charts': 'src/cdn.ts', 'mss-charts.all': 'src/index.ts' },
    plugins: [resolve(), typescript(), parallelChunkImports(), minify(true), boxStyles(), chunkPaths(), barsEngine()],
    onwarn: failOnUnresolved,
    output: {
      dir: 'dist/cdn',
      format: 'es',
      // Chunks sit under chunks/ and are imported with relative paths, so the folder works from any URL.
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks: cdnChunk,
      sourcemap: true,
    },
  },
  {
    input: 'src/index.ts',
    // Declarations and data last: a type error then fails the build without hiding the bundles' sizes.
    plugins: [withoutMap(), resolve(), typescript(), minify(false), emitDeclarations(), buildData()],
    onwarn: failOnUnresolved,
    output: {
      file: 'dist/cdn/mss-charts.iife.js',
      format: 'iife',
      name: 'MssCharts',
      // A classic script cannot import chunks: the lazily loaded engine is inlined.
      inlineDynamicImports: true,
      sourcemap: true,
    },
  },
];
