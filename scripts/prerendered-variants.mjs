// Reads the table of pre-rendered figures (src/prerendered-variants.ts: views per tag, languages, layouts,
// schemes) without compiling TypeScript: the literal between its json-start and json-end markers.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function readPrerenderedVariants() {
  const source = readFileSync(join(root, 'src', 'prerendered-variants.ts'), 'utf8');
  return JSON.parse(/\/\* json-start \*\/([\s\S]*)\/\* json-end \*\//.exec(source)[1]);
}
