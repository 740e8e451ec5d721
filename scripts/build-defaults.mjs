#!/usr/bin/env node
// Writes src/data/defaults/*.ts, each element's default data, from the dataset: the records whose removal
// would change what that element shows (any view, card, language, layout), and exactly the sources they
// cite. Each file imports those records from the dataset's modules by name, so an element's CDN chunk
// carries its own slice and no more.
//
//   node scripts/build-defaults.mjs           write the files
//   node scripts/build-defaults.mjs --check   exit 1 if a file differs from what the dataset gives
//
// `npm run build` runs it first; `npm test` runs the check (test/node/defaults-derived.test.mjs).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILDER_EXPORTS, fromRoot, importLines, root } from './lib/bundle.mjs';
import { WORDS_THEME as theme } from './lib/words.mjs';

const SECTIONS = ['deployments', 'pledges', 'references', 'strength', 'displacement', 'casualties', 'funding', 'milestones', 'seedClaims'];
const MODULES = ['meta', 'shared-sources', 'deployments', 'pledges', 'references', 'strength', 'displacement', 'casualties', 'funding', 'milestones', 'seed-claims'];
// What a default must reproduce: the languages' words come from the same records, so two languages and both
// layouts are enough to see every record a view reads.
const CONTEXTS = [
  { locale: 'en', compact: false },
  { locale: 'fr', compact: true },
];

/** Each element's default: its exported name, what it is for (the file's comment), and every view it builds. */
const ELEMENTS = {
  contingent: {
    name: 'contingentDefault',
    tag: 'mss-contingent-chart',
    views: (m) => [(d, c) => m.buildContingentSpec(d, { view: 'arrivals' }, c), (d, c) => m.buildContingentSpec(d, { view: 'cumulative' }, c)],
  },
  pledges: {
    name: 'pledgesDefault',
    tag: 'mss-pledges-chart',
    views: (m) => [(d, c) => m.buildPledgesSpec(d, { highlight: 'KE' }, c)],
  },
  displacement: {
    name: 'displacementDefault',
    tag: 'mss-displacement-chart',
    views: (m) => [(d, c) => m.buildDisplacementSpec(d, {}, c), (d, c) => m.buildDisplacementSpec(d, { seedClaim: false }, c)],
  },
  casualties: {
    name: 'casualtiesDefault',
    tag: 'mss-casualties-chart',
    views: (m) => [(d, c) => m.buildCasualtiesSpec(d, { view: 'quarterly' }, c), (d, c) => m.buildCasualtiesSpec(d, { view: 'yearly' }, c)],
  },
  'key-figures': {
    name: 'keyFiguresDefault',
    tag: 'mss-key-figures',
    views: (m) => [(d, c) => m.buildKeyFiguresSpec(d, {}, c), ...m.KEY_FIGURE_IDS.map((id) => (d, c) => m.buildKeyFiguresSpec(d, { figures: id }, c))],
  },
  timeline: {
    name: 'timelineDefault',
    tag: 'mss-timeline',
    views: (m) => [(d, c) => m.buildTimelineSpec(d, {}, c)],
  },
};

async function load(dir) {
  return importLines(
    [
      ...BUILDER_EXPORTS,
      `export { citedSourceIds } from ${fromRoot('src/data/selectors.ts')};`,
      ...MODULES.map((name, i) => `export * as module${i} from ${fromRoot(`src/data/dataset/${name}.ts`)};`),
    ],
    dir,
    'entry',
  );
}

/** All an element shows of a dataset, or the error it shows. */
function shown(views, data) {
  return views
    .flatMap((view) =>
      CONTEXTS.map(({ locale, compact }) => {
        try {
          return JSON.stringify(view(data, { locale, theme, compact, reducedMotion: true }), (_k, v) => (typeof v === 'function' ? `${v}` : v));
        } catch (error) {
          return `error: ${error.message}`;
        }
      }),
    )
    .join('\n');
}

/** The records an element needs: each is left out in turn, and kept only if leaving it out changes the element. */
function selectRecords(m, views) {
  const full = m.mssDataset;
  const expected = shown(views, full);
  const kept = Object.fromEntries(SECTIONS.map((s) => [s, [...(full[s] ?? [])]]));
  const same = () => shown(views, { ...full, ...kept }) === expected;
  for (const section of SECTIONS) {
    const all = kept[section];
    kept[section] = [];
    if (same()) continue;
    kept[section] = all;
    for (const record of [...all]) {
      kept[section] = kept[section].filter((r) => r !== record);
      if (!same()) kept[section] = all.filter((r) => kept[section].includes(r) || r === record);
    }
  }
  const sourceIds = m.citedSourceIds(SECTIONS.map((s) => kept[s]));
  const seed = full.meta?.seedArticle;
  const ids = seed ? [seed, ...sourceIds.filter((id) => id !== seed)] : sourceIds;
  const data = { meta: full.meta, sources: Object.fromEntries(ids.map((id) => [id, full.sources[id]])), ...kept };
  if (shown(views, data) !== expected) throw new Error('the selected records do not reproduce the element');
  return data;
}

/** The exported name of each record and source, by identity, and the module that exports it. */
function exportNames(m) {
  const names = new Map();
  MODULES.forEach((module, i) => {
    for (const [name, value] of Object.entries(m[`module${i}`])) if (value && typeof value === 'object' && !names.has(value)) names.set(value, { name, module });
  });
  return names;
}

function writeModule(element, data, m) {
  const names = exportNames(m);
  const imports = new Map(MODULES.map((module) => [module, []]));
  const use = (value, what) => {
    const found = names.get(value);
    if (!found) throw new Error(`${element.name}: ${what} is not exported by name from src/data/dataset; export it`);
    if (!imports.get(found.module).includes(found.name)) imports.get(found.module).push(found.name);
    return found.name;
  };
  use(data.meta, 'meta');
  const sources = Object.entries(data.sources).map(([id, source]) => `    '${id}': ${use(source, `source ${id}`)},`);
  const sections = SECTIONS.map((section) => {
    const records = data[section];
    const whole = m.mssDataset[section];
    if (records.length > 0 && records.length === whole.length) return `  ${section}: ${use(whole, section)},`;
    return `  ${section}: [${records.map((r, i) => use(r, `${section}[${i}]`)).join(', ')}],`;
  });
  const importLines = [...imports]
    .filter(([, list]) => list.length)
    .map(([module, list]) => {
      const line = `import { ${list.join(', ')} } from '../dataset/${module}.js';`;
      return line.length <= 120 ? line : `import {\n${list.map((name) => `  ${name},`).join('\n')}\n} from '../dataset/${module}.js';`;
    });
  return [
    `// Written by scripts/build-defaults.mjs from the dataset; do not edit: run \`node scripts/build-defaults.mjs\`.`,
    `import type { MssDataset } from '../types.js';`,
    ...importLines,
    '',
    `/**`,
    ` * The default data of <${element.tag}>: the records whose removal would change what it shows, and exactly`,
    ` * the sources they cite; sections it does not read are empty.`,
    ` */`,
    `export const ${element.name}: MssDataset = {`,
    `  meta,`,
    `  sources: {`,
    ...sources,
    `  },`,
    ...sections,
    `};`,
    '',
  ].join('\n');
}

async function main() {
  const check = process.argv.includes('--check');
  const dir = await mkdtemp(join(tmpdir(), 'mss-defaults-'));
  let stale = [];
  try {
    const m = await load(dir);
    for (const [file, element] of Object.entries(ELEMENTS)) {
      const text = writeModule(element, selectRecords(m, element.views(m)), m);
      const path = join(root, 'src/data/defaults', `${file}.ts`);
      const current = await readFile(path, 'utf8').catch(() => '');
      if (current === text) continue;
      if (check) stale.push(`src/data/defaults/${file}.ts`);
      else await writeFile(path, text);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  if (stale.length) {
    console.error(`Out of date with the dataset: ${stale.join(', ')}. Run node scripts/build-defaults.mjs.`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
