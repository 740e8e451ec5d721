// Images for where JavaScript never runs (dist/static/, scripts/build-static.mjs): for every chart element,
// view and language, an SVG, a 2× PNG with text drawn in, and an alt text; none blank.
// Needs `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Resvg } from '@resvg/resvg-js';
import { imageVariants, rasterise } from '../../scripts/build-static.mjs';
import { dist } from './lib/dist-server.mjs';

const dir = join(dist, 'static');

/** A PNG's size from its IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.toString('latin1', 1, 4), 'PNG', 'not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('every chart element, view and language has an SVG, a 2× PNG and its alt text', () => {
  const list = imageVariants();
  assert.equal(list.length, 28, 'seven chart views (the pledges map included) in four languages');
  for (const { name, lang } of list) {
    for (const ext of ['svg', 'png', 'txt']) assert.ok(existsSync(join(dir, `${name}.${ext}`)), `dist/static/${name}.${ext} is missing: run \`npm run build\``);
    const svg = readFileSync(join(dir, `${name}.svg`), 'utf8');
    const { width, height } = pngSize(readFileSync(join(dir, `${name}.png`)));
    const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
    assert.ok(viewBox, `${name}: no viewBox`);
    assert.equal(width, Number(viewBox[1]) * 2, `${name}: the PNG is not 2×`);
    assert.equal(height, Number(viewBox[2]) * 2, `${name}: the PNG is not 2×`);
    assert.match(svg, /class="static-chart"/, `${name}: no chart in the figure`);
    assert.match(svg, />(Sources?|Sous( yo)?|Fuentes?)\s?: /, `${name}: no source line`);
    const alt = readFileSync(join(dir, `${name}.txt`), 'utf8').trim();
    assert.ok(alt.length > 60, `${name}: alt text too short: ${alt}`);
    const firstWords = alt.split(' ').slice(0, 3).join(' ').replace(/&/g, '&amp;').replace(/'/g, '&#39;');
    assert.ok(svg.includes(firstWords), `${name} (${lang}): the alt text does not start with the figure's title`);
  }
});

test('the images are not blank: the text, the chart and the sources are drawn in', () => {
  for (const { name } of imageVariants().filter((v) => v.lang === 'fr' || v.lang === 'en')) {
    const svg = readFileSync(join(dir, `${name}.svg`), 'utf8');
    const image = new Resvg(svg, { fitTo: { mode: 'zoom', value: 1 } }).render();
    const rendered = rasterise(svg);
    assert.ok(rendered.length > 20_000, `${name}: a PNG of ${rendered.length} bytes`);
    const pixels = image.pixels;
    const [r0, g0, b0] = pixels;
    let ink = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (Math.abs(pixels[i] - r0) + Math.abs(pixels[i + 1] - g0) + Math.abs(pixels[i + 2] - b0) > 60) ink++;
    }
    const share = ink / (pixels.length / 4);
    assert.ok(share > 0.04 && share < 0.6, `${name}: ${(share * 100).toFixed(1)} % of the pixels differ from the background`);
    // Text is drawn in: the bottom rows (the source line) and the top rows (the title) carry ink.
    const rowInk = (y) => {
      let n = 0;
      for (let x = 0; x < image.width; x++) {
        const i = (y * image.width + x) * 4;
        if (Math.abs(pixels[i] - r0) + Math.abs(pixels[i + 1] - g0) + Math.abs(pixels[i + 2] - b0) > 60) n++;
      }
      return n;
    };
    const band = (from, to) => Array.from({ length: to - from }, (_, k) => rowInk(from + k)).reduce((a, b) => a + b, 0);
    assert.ok(band(16, 40) > 200, `${name}: no title drawn at the top`);
    assert.ok(band(image.height - 50, image.height - 16) > 200, `${name}: no source line drawn at the bottom`);
  }
});
