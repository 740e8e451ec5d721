// Pre-rendered figures for the CDN loader (`dist/cdn/prerendered/`), made in Node with server rendering — no browser:
// each chart element with its default data for every view, language, layout and colour scheme, as a reader
// sees it before the element's code arrives (title, summary, legend, the static chart, notes, sources),
// written as a small module of plain element trees. The CDN loader builds the right one into a tag near the
// viewport with createElement (a strict CSP and Trusted Types allow it); the element takes over in the same
// box (src/cdn.ts, MssElement). The same server rendering as `mss-charts/ssr`, so the same static chart.
//
//   node scripts/build-prerendered.mjs      (run by `npm run build` after Rollup)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFragment } from 'parse5';
import { readPrerenderedVariants } from './prerendered-variants.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cdnDir = join(root, 'dist', 'cdn');
const outDir = join(cdnDir, 'prerendered');

/** The table the loader reads too (src/prerendered-variants.ts): views per tag, languages, layouts, schemes. */
const PRERENDERED = readPrerenderedVariants();

/** What a pre-rendered figure leaves out: the canvas and everything that only works with the element's code. */
const SKIP_CLASSES = ['probes', 'status', 'error', 'static-chart-note', 'table-wrap', 'visually-hidden'];
const SKIP_TAGS = new Set(['canvas', 'link', 'noscript', 'template']);

export function variants() {
  const list = [];
  for (const [tag, views] of Object.entries(PRERENDERED.views))
    for (const view of views)
      for (const lang of PRERENDERED.langs)
        for (const [layout, width] of Object.entries(PRERENDERED.layouts))
          for (const scheme of PRERENDERED.schemes) list.push({ tag, view, lang, layout, width, scheme, file: `${tag}.${view}.${lang}.${layout}.${scheme}.js` });
  return list;
}

const skipped = (node) =>
  SKIP_TAGS.has(node.tagName) ||
  node.attrs.some((a) => (a.name === 'class' && a.value.split(/\s+/).some((c) => SKIP_CLASSES.includes(c))) || (a.name === 'role' && a.value === 'status'));

/** A parsed node as the loader's tree: `[tag, attributes, ...children]`, text as strings; comments dropped. */
function toTree(node) {
  if (node.nodeName === '#text') return node.value.replace(/[ \t\n\r\f]+/g, ' ');
  if (!node.tagName || skipped(node)) return null;
  const attributes = {};
  for (const { name, value } of node.attrs) if (name !== 'tabindex') attributes[name] = value;
  const children = [];
  for (const child of node.childNodes ?? []) {
    const tree = toTree(child);
    if (tree === null || tree === '') continue;
    // Adjacent text (split at Lit's markers) is merged.
    if (typeof tree === 'string' && typeof children.at(-1) === 'string') children[children.length - 1] += tree;
    else children.push(tree);
  }
  return [node.tagName, attributes, ...children];
}

/** The `.root` element of a rendered tag's shadow root, as a tree. */
function pictureOf(html) {
  const shadow = /<template[^>]*shadowrootmode="open"[^>]*>([\s\S]*)<\/template>/.exec(html)?.[1];
  if (!shadow) throw new Error('the render has no shadow root');
  const rootNode = parseFragment(shadow).childNodes.find((n) => n.tagName === 'div' && n.attrs.some((a) => a.name === 'class' && /\broot\b/.test(a.value)));
  if (!rootNode) throw new Error('the render has no .root element');
  return toTree(rootNode);
}

async function main() {
  const { render, stylesheets } = await import(join(root, 'dist', 'lib', 'ssr', 'index.js'));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const list = variants();
  for (const v of list) {
    const markup = `<${v.tag} lang="${v.lang}"${v.view === 'default' ? '' : ` view="${v.view}"`}></${v.tag}>`;
    const html = await render(markup, { width: v.width, scheme: v.scheme, base: './' });
    writeFileSync(join(outDir, v.file), `export default ${JSON.stringify(pictureOf(html))};\n`);
  }
  const sheets = stylesheets();
  for (const tag of Object.keys(PRERENDERED.views)) {
    writeFileSync(join(outDir, `${tag}.css.js`), `export default ${JSON.stringify([sheets.get(`styles/${tag}.css`)])};\n`);
  }
  console.log(`prerendered: wrote ${list.length} pre-rendered figures and ${Object.keys(PRERENDERED.views).length} style modules to dist/cdn/prerendered/ (Node, no browser)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
