// Node has no TypeScript loader: the scripts and Node tests that read the sources bundle what they import with
// esbuild into a temporary module, then import that.
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A source path of the repository as a quoted module specifier. */
export const fromRoot = (path) => JSON.stringify(join(root, path));

/** Bundles `entry` (any .ts or .js file) to `outfile` and imports it. */
export async function importBundled(entry, outfile) {
  // Every language's words, as in server rendering: an element loads them on demand, a script has none.
  const inject = [join(root, 'src/i18n/all-words.ts')];
  await build({ entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning', inject });
  return import(pathToFileURL(outfile).href);
}

/** Bundles a module made of `lines` (export statements, see fromRoot) in `dir`, and imports it. */
export async function importLines(lines, dir, name) {
  const entry = join(dir, `${name}.ts`);
  await writeFile(entry, lines.join('\n'));
  return importBundled(entry, join(dir, `${name}.mjs`));
}

/** Export lines of every chart builder and the dataset, for importLines: what scripts that build specs read. */
export const BUILDER_EXPORTS = [
  `export { buildContingentSpec } from ${fromRoot('src/charts/contingent.ts')};`,
  `export { buildPledgesSpec } from ${fromRoot('src/charts/pledges.ts')};`,
  `export { buildDisplacementSpec } from ${fromRoot('src/charts/displacement.ts')};`,
  `export { buildCasualtiesSpec } from ${fromRoot('src/charts/casualties.ts')};`,
  `export { buildKeyFiguresSpec, KEY_FIGURE_IDS } from ${fromRoot('src/charts/key-figures.ts')};`,
  `export { buildTimelineSpec } from ${fromRoot('src/charts/timeline.ts')};`,
  `export { mssDataset } from ${fromRoot('src/data/mss-dataset.ts')};`,
];
