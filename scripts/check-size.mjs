// Size budgets of the CDN build, measured the way a browser receives it: each file compressed on its
// own (gzip level 9; brotli shown for information). Run after `npm run build`:
//   node scripts/check-size.mjs     prints the table, exits 1 when a budget is exceeded
// test/node/size-budget.test.mjs checks the same budgets as part of `npm test`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CDN_DIR = join(root, 'dist', 'cdn');
export const CDN_ENTRY = join(CDN_DIR, 'mss-charts.js');
export const IIFE_FILE = join(CDN_DIR, 'mss-charts.iife.js');

const KiB = 1024;
/**
 * Budgets in gzip bytes: regression guards set a little above what the build measures, so a change that
 * adds weight has to say so. The pre-rendered figure is what a reader waits for on a page where the loader has
 * a pre-rendered figure for the chart (default data, near the viewport): the loader, the tag's
 * styles and the figure (10.6 KiB at most, against 70.8 KiB for chart.js/auto). The element code is what
 * the page downloads next, before Chart.js is asked for, and what a chart without a ready picture waits
 * for: Lit (~7 KiB), the element's slice of the sourced dataset (3–11 KiB; the whole is ~12.6 KiB), the
 * element and its own SVG first paint (~4.6 KiB).
 *
 * Why not the 20 KiB / 70 KiB first set for the project: Chart.js's tree-shaken core for these charts is
 * ~53 KiB gzip on its own, so 70 KiB for everything cannot also hold Lit, a 54-source dataset and five
 * charts in four languages; and Lit plus the dataset alone are ~20 KiB before any element code. What the
 * reader gets early is measured against chart.js/auto in bench/ (README "Performance").
 */
/*
 * Raised when server rendering and the one static renderer came in (pre-rendered figure 10.6 KiB, element
 * code 56.5, CDN ESM 166.5, IIFE 146.5): legend swatches drawn as SVG (colour without a script or a style
 * attribute), the notes disclosure, the static chart's renderer (~1 KiB more than the preview it replaced),
 * the base element's controllers and states, and seed-article claims in four languages (~2 KiB). Cutting
 * the element code to 25 KiB is the next piece of work ("Interactive as soon as hand-written Chart.js").
 */
/*
 * Raised for <mss-timeline> (CDN ESM 174.1 KiB, IIFE 150.5): a sixth element, whose own chunk is 7.5 KiB
 * gzip (words in four languages, builder, styles) and is loaded only by pages that use the tag; no other
 * element's page gets heavier.
 * Raised for the pledges chart's map view (`view="map"`, ~72 KiB gzip: the 1:110m world geometry ~37 KiB, the
 * map's builder, words and static map, d3-geo ~12 KiB, chartjs-chart-geo with the colour scale it requires
 * ~18 KiB). In the ESM build a page pays for it only when it shows a map (see `mapView` and `mapLeaks`); the
 * IIFE leaves the map out (rollup.config.mjs, withoutMap) and stays at ~155 KiB.
 * The words of French, Creole and Spanish, now one small chunk per element and language loaded on demand,
 * add ~14 KiB to the whole ESM build (each file compressed on its own) and take ~4 KiB off every English page.
 * Element code lowered to 55 KiB (54.1 measured) when live figures (`refresh`, loaded only by elements
 * that ask for them) left the shared `base` chunk for a chunk of their own.
 * Element code lowered to 49 KiB (48.7 measured) when the static chart's drawing code (its model and SVG
 * renderer, ~5 KiB) left `chart-base` for a chunk fetched only when no picture stands for a chart, and the
 * figure drawn into downloaded images left it for the image export's chunks. The whole ESM build grows by
 * ~0.3 KiB (more files, each compressed on its own): its budget goes from 260 to 261 KiB.
 * A second Chart.js for pages whose charts are all bars (engine.bars, ~47 KiB against the full engine's ~55,
 * bundled on its own with only the bar chart's parts): the whole ESM build grows by ~46 KiB, though a page
 * loads one engine or the other, never both from the loader. Budget 261 -> 308 KiB. The loader learned which
 * engine a page needs (+0.1 KiB: pre-rendered figure payload 11 -> 11.5 KiB) and the chart base which engine a
 * chart needs (element code 49 -> 50 KiB, 49.0 measured).
 */
export const BUDGETS = {
  prerenderedFigure: 11.5 * KiB,
  firstPayload: 50 * KiB,
  cdnEsmTotal: 308 * KiB,
  iife: 157 * KiB,
  mapView: 74 * KiB,
};

/** The map view's own chunks: its module and the engine with the map's parts (names from their sources). */
const MAP_CHUNK = /^(pledges-map|engine\.map)-[\w-]+\.js$/;

/**
 * What a page showing a map downloads beyond what any other chart needs: the map's chunks and what they import
 * that neither an element nor the plain engine imports.
 */
export function mapViewFiles(entry = CDN_ENTRY) {
  const files = cdnEsmFiles(dirname(entry));
  const chunks = files.filter((file) => MAP_CHUNK.test(basename(file)));
  if (chunks.length < 2) throw new Error(`${rel(CDN_DIR)} has no map chunks (pledges-map, engine.map): run \`npm run build\``);
  const others = new Set(elementPayloads(entry).flatMap((p) => p.files));
  for (const engine of files.filter((file) => /^engine-[\w-]+\.js$/.test(basename(file)))) firstPayloadFiles(engine).forEach((f) => others.add(f));
  return [...new Set(chunks.flatMap((chunk) => firstPayloadFiles(chunk)))].filter((file) => !others.has(file));
}

/** Map files in an element's static import closure (none should be: the map loads only when it is shown). */
export function mapLeaks(entry = CDN_ENTRY) {
  const map = new Set(mapViewFiles(entry));
  return elementPayloads(entry).flatMap((p) => p.files.filter((file) => map.has(file)).map((file) => ({ element: p.chunk, file })));
}

export function gzipSize(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

export function brotliSize(buffer) {
  return brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** Every import of a module: static ones (`import`, `export … from`) and dynamic `import()` calls. */
export function importsOf(code) {
  const found = { static: [], dynamic: [], computed: 0, templates: [] };
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (
      (node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') &&
      node.source
    ) {
      found.static.push(node.source.value);
    } else if (node.type === 'ImportExpression') {
      if (node.source.type === 'Literal' && typeof node.source.value === 'string') found.dynamic.push(node.source.value);
      else if (node.source.type === 'TemplateLiteral') found.templates.push(node.source.quasis[0]?.value.cooked ?? '');
      else found.computed += 1;
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parseAst(code));
  return found;
}

/** A specifier a browser cannot resolve without an import map: neither relative, absolute nor a URL. */
export function isBareSpecifier(specifier) {
  return !/^(\.{1,2}\/|\/|[a-z][a-z0-9+.-]*:)/i.test(specifier);
}

function listJs(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/** The pre-rendered figures (scripts/build-prerendered.mjs); only one or two load per chart. */
export const PRERENDERED_DIR = join(CDN_DIR, 'prerendered');

/** The .js files of the ESM CDN build: the entry and its chunks (not the IIFE, which stands alone, nor the pictures). */
export function cdnEsmFiles(dir = CDN_DIR) {
  return listJs(dir).filter((file) => basename(file) !== basename(IIFE_FILE) && !file.startsWith(join(dir, 'prerendered')));
}

/**
 * What a reader waits for before a chart is on screen when the loader has a pre-rendered figure for it: the
 * loader, the tag's styles and its heaviest picture (over views, languages, layouts and schemes).
 */
export function prerenderedFigurePayloads(entry = CDN_ENTRY) {
  const files = listJs(PRERENDERED_DIR);
  const tags = [...new Set(files.map((file) => basename(file).split('.')[0]))];
  return tags.map((tag) => {
    const pictures = files.filter((file) => basename(file).startsWith(`${tag}.`) && !file.endsWith('.css.js'));
    const heaviest = pictures.map((file) => ({ file, gzip: gzipSize(readFileSync(file)) })).reduce((a, b) => (b.gzip > a.gzip ? b : a));
    return { tag, ...measure([entry, join(PRERENDERED_DIR, `${tag}.css.js`), heaviest.file]) };
  });
}

/** The entry plus every chunk it imports statically, transitively: what loads before the engine is asked for. */
export function firstPayloadFiles(entry = CDN_ENTRY) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importsOf(readFileSync(file, 'utf8')).static) {
      if (!isBareSpecifier(specifier)) queue.push(resolve(dirname(file), specifier));
    }
  }
  return [...seen];
}

/** Bare or computed imports in the CDN build: each would fail in a page without a bundler. */
export function unresolvableImports(files = [...cdnEsmFiles(), IIFE_FILE]) {
  const problems = [];
  for (const file of files) {
    if (!existsSync(file)) continue;
    const imports = importsOf(readFileSync(file, 'utf8'));
    for (const specifier of [...imports.static, ...imports.dynamic]) {
      if (isBareSpecifier(specifier)) problems.push({ file, specifier });
      else if (!existsSync(resolve(dirname(file), specifier))) problems.push({ file, specifier, missing: true });
    }
    if (imports.computed > 0) problems.push({ file, specifier: `${imports.computed} import() of a computed specifier` });
    // The loader's pictures are named at run time (tag, view, language, layout, scheme), from one folder.
    for (const prefix of imports.templates) {
      if (prefix !== './prerendered/' || !existsSync(resolve(dirname(file), prefix))) problems.push({ file, specifier: `import(\`${prefix}…\`)` });
    }
  }
  return problems;
}

export function measure(files) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const buffer = readFileSync(file);
    raw += buffer.length;
    gzip += gzipSize(buffer);
    brotli += brotliSize(buffer);
  }
  return { files, raw, gzip, brotli };
}

/**
 * What a page with one element downloads before its chart engine is asked for: the CDN loader, that
 * element's chunk and every chunk it imports statically. One entry per element the loader knows.
 */
export function elementPayloads(entry = CDN_ENTRY) {
  return importsOf(readFileSync(entry, 'utf8')).dynamic.map((specifier) => {
    const chunk = resolve(dirname(entry), specifier);
    const files = [entry, ...firstPayloadFiles(chunk).filter((file) => file !== entry)];
    return { chunk, ...measure(files) };
  });
}

/** Measures every budgeted group; throws when the build is missing so a stale or absent dist is never "fine". */
export function measureBudgets() {
  for (const file of [CDN_ENTRY, IIFE_FILE]) {
    if (!existsSync(file)) throw new Error(`${relative(root, file)} is missing: run \`npm run build\` first`);
  }
  const pages = elementPayloads();
  if (pages.length === 0) throw new Error(`${rel(CDN_ENTRY)} loads no element chunk: the CDN loader is broken`);
  const heaviest = pages.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const name = rel(heaviest.chunk).replace(/^dist\/cdn\/chunks\//, '').replace(/-[\w-]+\.js$/, '');
  const pictures = prerenderedFigurePayloads();
  if (pictures.length === 0) throw new Error(`${rel(PRERENDERED_DIR)} holds no pre-rendered figure: run \`npm run build\``);
  const heaviestPicture = pictures.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  return [
    { name: `pre-rendered figure, one-chart page (heaviest: ${heaviestPicture.tag})`, key: 'prerenderedFigure', ...heaviestPicture },
    { name: `element code, one-element page (heaviest: ${name})`, key: 'firstPayload', ...heaviest },
    { name: 'CDN ESM build, all files', key: 'cdnEsmTotal', ...measure(cdnEsmFiles()) },
    { name: 'IIFE', key: 'iife', ...measure([IIFE_FILE]) },
    { name: 'map view (pledges chart, view="map"), beyond the engine', key: 'mapView', ...measure(mapViewFiles()) },
  ].map((group) => ({ ...group, budget: BUDGETS[group.key], over: group.gzip - BUDGETS[group.key] }));
}

export const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;
export const rel = (file) => relative(root, file).split(sep).join('/');

/** One line per file, then one per budget: raw, gzip, brotli, budget. */
export function formatTable(groups) {
  const rows = [['file / budget', 'raw', 'gzip', 'brotli', 'gzip budget']];
  for (const file of cdnEsmFiles().concat(IIFE_FILE)) {
    const buffer = readFileSync(file);
    rows.push([rel(file), kib(buffer.length), kib(gzipSize(buffer)), kib(brotliSize(buffer)), '']);
  }
  for (const g of groups) {
    const verdict = g.over > 0 ? `${kib(g.budget)}  OVER by ${g.over} B` : `${kib(g.budget)}  ok`;
    rows.push([g.name, kib(g.raw), kib(g.gzip), kib(g.brotli), verdict]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map((r, n) => {
      const line = r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
      return n === 0 ? `${line}\n${'-'.repeat(line.length)}` : line.trimEnd();
    })
    .join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const groups = measureBudgets();
    console.log(formatTable(groups));
    const problems = unresolvableImports();
    for (const p of problems) console.error(`${rel(p.file)}: cannot load "${p.specifier}"${p.missing ? ' (file missing)' : ''}`);
    const over = groups.filter((g) => g.over > 0);
    for (const g of over) console.error(`${g.name} is ${g.over} B over its ${kib(g.budget)} gzip budget`);
    process.exit(over.length > 0 || problems.length > 0 ? 1 : 0);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
