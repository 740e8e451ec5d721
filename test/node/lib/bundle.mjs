// What the Node tests that read the sources share: a bundle of what they import (scripts/lib/bundle.mjs),
// the languages and a theme for the words.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRoot, importLines, root } from '../../../scripts/lib/bundle.mjs';
import { LANGUAGES, WORDS_THEME as theme } from '../../../scripts/lib/words.mjs';

export { LANGUAGES, root, theme };

/** Bundles `exports` ({ path in the repository: names }) and imports the result; `dispose` removes it. */
export async function bundleSource(exports) {
  const dir = await mkdtemp(join(tmpdir(), 'mss-test-bundle-'));
  const lines = Object.entries(exports).map(([path, names]) => `export { ${names.join(', ')} } from ${fromRoot(path)};`);
  const module = await importLines(lines, dir, 'bundle');
  return { module, dispose: () => rm(dir, { recursive: true, force: true }) };
}

export const ctx = (locale, compact = false) => ({ locale, theme, compact, reducedMotion: true });
