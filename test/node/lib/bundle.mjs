// Node has no TypeScript loader: the tests bundle what they import from src with esbuild to a temporary
// module first.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { LANGUAGES, WORDS_THEME as theme } from '../../../scripts/lib/words.mjs';

export { LANGUAGES, theme };

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Bundles `exports` ({ path in the repository: names }) and imports the result; `dispose` removes it. */
export async function bundleSource(exports) {
  const dir = await mkdtemp(join(tmpdir(), 'mss-test-bundle-'));
  const entry = join(dir, 'entry.ts');
  const lines = Object.entries(exports).map(([path, names]) => `export { ${names.join(', ')} } from ${JSON.stringify(join(root, path))};`);
  await writeFile(entry, lines.join('\n'));
  const outfile = join(dir, 'bundle.mjs');
  await build({ entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  const module = await import(pathToFileURL(outfile).href);
  return { module, dispose: () => rm(dir, { recursive: true, force: true }) };
}

export const ctx = (locale, compact = false) => ({ locale, theme, compact, reducedMotion: true });
