// The stylesheet files that server-rendered markup links to (`dist/cdn/styles/`): each element's own styles,
// the same rules the browser adopts from its `static styles`, and the rules for readers without JavaScript.
// Files rather than <style> elements, so that a page with a strict Content-Security-Policy needs nothing new.
//
//   node scripts/build-styles.mjs      (run by `npm run build` after Rollup; Node only, no browser)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { stylesheets } = await import(join(root, 'dist', 'lib', 'ssr', 'index.js'));
const cdnDir = join(root, 'dist', 'cdn');
const files = stylesheets();
for (const [path, css] of files) {
  mkdirSync(dirname(join(cdnDir, path)), { recursive: true });
  writeFileSync(join(cdnDir, path), css);
}
console.log(`styles: wrote ${files.size} stylesheets to dist/cdn/styles/`);
