#!/usr/bin/env node
// What a data edit changes in the words readers get: every title, summary, note, key-figure card and
// correction, in the four languages, built from the shipped data and from the edited data with the same
// builders, then compared.
//
//   npm run data:diff                         git HEAD's dataset against the working tree's
//   npm run data:diff -- edited.json          git HEAD's dataset against a dataset file
//   npm run data:diff -- --base a.ts b.ts     one dataset file against another
//
// A dataset file is JSON (as dist/mss-dataset.json) or a TypeScript/JavaScript module exporting one
// dataset. Prints each changed sentence as "- before" / "+ after", or "no change". Exits 0 either way: a
// change is what an edit is for; `npm test` says whether it broke anything.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILDER_EXPORTS, fromRoot, importBundled, importLines, root } from './lib/bundle.mjs';
import { LANGUAGES, WORDS_THEME as theme } from './lib/words.mjs';


function usage(message) {
  console.error(`${message}\nUsage: npm run data:diff -- [--base <dataset file>] [<dataset file>]`);
  process.exit(2);
}

function parseArgs(argv) {
  const args = { base: undefined, head: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--base') args.base = argv[++i] ?? usage('--base needs a file');
    else if (argv[i] === '--help' || argv[i] === '-h') usage('Prints the sentences a data edit changes.');
    else if (args.head === undefined) args.head = argv[i];
    else usage(`Unexpected argument: ${argv[i]}`);
  }
  return args;
}

/** A dataset from a file: JSON, or a module whose default export or one named export is a dataset. */
async function loadFile(file, dir, name) {
  const path = resolve(process.cwd(), file);
  if (extname(path) === '.json') return JSON.parse(await readFile(path, 'utf8'));
  const module = await importBundled(path, join(dir, `${name}.mjs`));
  const candidates = [module.default, ...Object.values(module)].filter((v) => v && typeof v === 'object' && 'sources' in v);
  if (candidates.length === 0) throw new Error(`${file} exports no dataset (an object with "sources")`);
  return candidates[0];
}

/** The dataset as committed at git HEAD: its src/data tree, extracted and bundled. */
async function loadHead(dir) {
  const tree = join(dir, 'head');
  execFileSync('sh', ['-c', `mkdir -p "${tree}" && git archive HEAD src/data | tar -x -C "${tree}"`], { cwd: root });
  return (await importBundled(join(tree, 'src/data/mss-dataset.ts'), join(dir, 'head-data.mjs'))).mssDataset;
}

async function loadBuilders(dir) {
  return importLines(
    [
      ...BUILDER_EXPORTS,
      `export { correctionItems, correctionText } from ${fromRoot('src/charts/corrections.ts')};`,
    ],
    dir,
    'builders',
  );
}

/** Every sentence readers get from a dataset, by a key that names the chart, view, language and part. */
export function sentences(m, data) {
  const out = new Map();
  const views = {
    'contingent arrivals': (ctx) => m.buildContingentSpec(data, { view: 'arrivals' }, ctx),
    'contingent cumulative': (ctx) => m.buildContingentSpec(data, { view: 'cumulative' }, ctx),
    pledges: (ctx) => m.buildPledgesSpec(data, {}, ctx),
    displacement: (ctx) => m.buildDisplacementSpec(data, {}, ctx),
    'casualties quarterly': (ctx) => m.buildCasualtiesSpec(data, { view: 'quarterly' }, ctx),
    'casualties yearly': (ctx) => m.buildCasualtiesSpec(data, { view: 'yearly' }, ctx),
    'key figures': (ctx) => m.buildKeyFiguresSpec(data, { figures: [...m.KEY_FIGURE_IDS] }, ctx),
    timeline: (ctx) => m.buildTimelineSpec(data, {}, ctx),
  };
  for (const [view, buildSpec] of Object.entries(views)) {
    for (const locale of LANGUAGES) {
      const at = `${view} · ${locale}`;
      let spec;
      try {
        spec = buildSpec({ locale, theme, compact: false, reducedMotion: true });
      } catch (error) {
        out.set(`${at} · error`, error instanceof Error ? error.message : String(error));
        continue;
      }
      out.set(`${at} · title`, spec.title);
      out.set(`${at} · summary`, spec.summary);
      spec.notes.forEach((note, i) => out.set(`${at} · note ${i + 1}${note.key ? ' (key)' : ''}`, note.text));
      for (const card of spec.cards ?? []) {
        const text = [card.value, card.label, card.context, card.detail, card.dispute, card.dateText].filter(Boolean).join(' · ');
        out.set(`${at} · card ${card.id}`, text);
      }
      for (const entry of spec.entries ?? []) {
        out.set(`${at} · event ${entry.id}`, [entry.dateText, entry.text, entry.figure].filter(Boolean).join(' · '));
      }
    }
  }
  for (const item of m.correctionItems(data)) out.set(`article corrections · en · ${item.id}`, m.correctionText(item));
  return out;
}

/** The lines that tell a reader of the diff what changed: one block per changed sentence. */
export function diffSentences(before, after) {
  const lines = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key);
    const b = after.get(key);
    if (a === b) continue;
    lines.push(key);
    if (a !== undefined) lines.push(`  - ${a}`);
    if (b !== undefined) lines.push(`  + ${b}`);
  }
  return lines;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const dir = await mkdtemp(join(tmpdir(), 'mss-data-diff-'));
  try {
    const m = await loadBuilders(dir);
    const before = args.base ? await loadFile(args.base, dir, 'base') : await loadHead(dir);
    const after = args.head ? await loadFile(args.head, dir, 'edited') : m.mssDataset;
    const lines = diffSentences(sentences(m, before), sentences(m, after));
    const changed = lines.filter((l) => !l.startsWith('  ')).length;
    console.log(lines.length ? `${lines.join('\n')}\n\n${changed} sentence${changed === 1 ? '' : 's'} changed.` : 'no change');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
