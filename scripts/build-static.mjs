// Images for where JavaScript never runs (newsletters, RSS, Apple News, social cards): `dist/static/`, per
// chart element × view × language, the whole figure (title, summary, legend, chart, notes, sources, as-of
// date) as an SVG and a 2× PNG, with its alt text beside it (`.txt`). The same drawing as the elements'
// "Download image" (the one static renderer), made in Node: no browser.
//
// PNGs are rasterised with @resvg/resvg-js in DejaVu Sans, from the dejavu-fonts-ttf package, not from the
// system: the static chart's text metrics were measured in that font, and every machine draws the same image.
//
//   node scripts/build-static.mjs      (run by `npm run build` after Rollup)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { allViews, readPrerenderedVariants } from './prerendered-variants.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'static');
const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => join(fontDir, file));

/** The views and languages the CDN's pre-rendered figures cover (src/prerendered-variants.ts), and the map; charts only. */
export function imageVariants() {
  const { langs } = readPrerenderedVariants();
  const views = allViews();
  const list = [];
  for (const [tag, tagViews] of Object.entries(views)) {
    if (!tag.endsWith('-chart')) continue;
    for (const view of tagViews) for (const lang of langs) list.push({ tag, view, lang, name: `${tag}${view === 'default' ? '' : `.${view}`}.${lang}` });
  }
  return list;
}

export function rasterise(svg) {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

async function main() {
  const { renderImage } = await import(join(root, 'dist', 'lib', 'ssr', 'index.js'));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const list = imageVariants();
  for (const v of list) {
    const markup = `<${v.tag} lang="${v.lang}"${v.view === 'default' ? '' : ` view="${v.view}"`}></${v.tag}>`;
    const image = await renderImage(markup, { width: 680 });
    if (!image) throw new Error(`${v.name}: no image`);
    writeFileSync(join(outDir, `${v.name}.svg`), image.svg);
    writeFileSync(join(outDir, `${v.name}.png`), rasterise(image.svg));
    writeFileSync(join(outDir, `${v.name}.txt`), `${image.alt}\n`);
  }
  console.log(`static: wrote ${list.length} images (SVG, 2× PNG, alt text) to dist/static/ (Node, no browser)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
