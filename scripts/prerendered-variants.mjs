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

/**
 * Views with a reserved box (scripts/measure-boxes.mjs) and a static image (scripts/build-static.mjs) but no
 * pre-rendered figure in the CDN: the pledges map, whose paths weigh more than a pre-rendered figure may and
 * whose code loads only when it is shown.
 */
export const UNPRERENDERED_VIEWS = { 'mss-pledges-chart': ['map'] };

/** Every view of each tag: the pre-rendered ones, then those above. */
export function allViews() {
  const { views } = readPrerenderedVariants();
  return Object.fromEntries(Object.entries(views).map(([tag, list]) => [tag, [...list, ...(UNPRERENDERED_VIEWS[tag] ?? [])]]));
}
