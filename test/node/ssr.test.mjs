// Server rendering in Node (`mss-charts/ssr` and the `mss-charts render` command), from the built package:
// every element, view and language renders its whole figure into a declarative shadow root, with no <style>
// and no style attribute; several tags, inline data and bad data; the command line.
// Needs `npm run build` (it imports dist/lib/ssr/).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { readPrerenderedVariants } from '../../scripts/prerendered-variants.mjs';
import { dist, root } from './lib/dist-server.mjs';

const VARIANTS = readPrerenderedVariants();
const LANGS = [...VARIANTS.langs, 'de'];
let render;
let DEFAULT_BASE;

before(async () => {
  const entry = join(dist, 'lib', 'ssr', 'index.js');
  if (!existsSync(entry)) throw new Error('dist/lib/ssr/index.js is missing: run `npm run build` first');
  ({ render, DEFAULT_BASE } = await import(entry));
});

const tagOf = (tag, view, lang) => `<${tag}${view === 'default' ? '' : ` view="${view}"`} lang="${lang}"></${tag}>`;
const shadowOf = (html) => /<template[^>]*shadowrootmode="open"[^>]*>([\s\S]*)<\/template>/.exec(html)?.[1] ?? '';
const textOf = (html, cls) => new RegExp(`class="${cls}"[^>]*>(?:<!--[^>]*-->)?([^<]+)`).exec(html)?.[1]?.trim() ?? '';

for (const [tag, views] of Object.entries(VARIANTS.views)) {
  for (const view of views) {
    test(`<${tag}${view === 'default' ? '' : ` view=${view}`}> renders its whole figure in every language`, async () => {
      const titles = new Set();
      for (const lang of LANGS) {
        const html = await render(tagOf(tag, view, lang), { base: '/dist/cdn/' });
        const shadow = shadowOf(html);
        const where = `${tag} ${view} ${lang}`;
        assert.ok(shadow.length > 1000, `${where}: no declarative shadow root`);
        assert.match(html, new RegExp(`^<${tag}[^>]* prerendered[ >]`), `${where}: no prerendered attribute (mss-charts.css must not reserve a box for it)`);
        assert.match(shadow, /^<link rel="stylesheet" href="\/dist\/cdn\/styles\/mss-[a-z-]+\.css">/, `${where}: no stylesheet link first`);
        assert.doesNotMatch(html, /<style[\s>]/, `${where}: a <style> element (a strict CSP blocks it)`);
        assert.doesNotMatch(html, /\sstyle="/, `${where}: a style attribute (a strict CSP blocks it)`);
        const title = textOf(shadow, 'title');
        assert.ok(title.length > 10, `${where}: no title`);
        titles.add(title);
        assert.ok(textOf(shadow, 'summary').length > 20, `${where}: no summary`);
        assert.match(shadow, /<table part="table">[\s\S]*<tbody>[\s\S]*<tr>/, `${where}: no data table rows`);
        assert.match(shadow, /<a href="https:\/\/[^"]+"/, `${where}: no source link`);
        const resolved = lang === 'de' ? 'de' : lang;
        assert.match(shadow, new RegExp(`class="root [^"]*" lang="${resolved}`), `${where}: not in its language`);
        if (tag.endsWith('-chart')) {
          assert.match(shadow, /<svg[^>]*class="static-chart"[\s\S]*?<\/svg>/, `${where}: no static chart`);
          const marks = shadow.match(/<(rect|path|circle|polyline)\b/g) ?? [];
          assert.ok(marks.length >= 3, `${where}: the static chart has ${marks.length} marks`);
        }
      }
      // Each shipped language has its own words (German falls back to English).
      assert.ok(titles.size >= VARIANTS.langs.length - 1, `${tag} ${view}: titles do not change with the language: ${[...titles].join(' | ')}`);
    });
  }
}

test('several tags in one string: each rendered, everything around them kept byte for byte', async () => {
  const before = '<h2 class="x">Before &amp; after</h2>\n<p>Text <b>bold</b></p>\n';
  const between = '\n<aside data-x="1">between</aside>\n';
  const markup = `${before}<mss-pledges-chart></mss-pledges-chart>${between}<mss-key-figures lang="fr"></mss-key-figures>\n`;
  const html = await render(markup);
  assert.ok(html.startsWith(before), 'the markup before the first tag changed');
  assert.ok(html.includes(`</mss-pledges-chart>${between}<mss-key-figures`), 'the markup between the tags changed');
  assert.equal((html.match(/shadowrootmode="open"/g) ?? []).length, 2);
  assert.ok(html.includes(`href="${DEFAULT_BASE}styles/mss-pledges-chart.css"`), 'the default base is not used');
  assert.match(DEFAULT_BASE, /^https:\/\/cdn\.jsdelivr\.net\/npm\/mss-charts@\d+\.\d+\.\d+\/dist\/cdn\/$/);
});

test('ids are unique within a render and differ between renders of different markup', async () => {
  const one = await render('<mss-pledges-chart></mss-pledges-chart><mss-pledges-chart></mss-pledges-chart>');
  const ids = [...one.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  assert.equal(new Set(ids).size, ids.length, `repeated ids: ${ids.join(' ')}`);
  const other = await render('<mss-pledges-chart lang="fr"></mss-pledges-chart>');
  const otherIds = [...other.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(!otherIds.some((id) => ids.includes(id)), 'two renders pasted into one page would repeat ids');
});

test('inline JSON data is validated: bad data renders the error in the element box, and the data stays in the markup', async () => {
  const markup = '<mss-pledges-chart><script type="application/json">{"not": "a dataset"}</script></mss-pledges-chart>';
  const html = await render(markup);
  const shadow = shadowOf(html);
  assert.match(shadow, /role="alert"/, 'no error shown for bad data');
  assert.match(shadow, /not a valid mss-charts dataset/);
  assert.ok(html.includes('<script type="application/json">{"not": "a dataset"}</script></mss-pledges-chart>'), 'the inline data was not kept');
  const notJson = shadowOf(await render('<mss-pledges-chart><script type="application/json">{oops</script></mss-pledges-chart>'));
  assert.match(notJson, /role="alert"/, 'no error shown for text that is not JSON');
});

test('inline JSON data that is valid is charted instead of the shipped figures', async () => {
  const { mssDataset: dataset } = await import(join(dist, 'lib', 'data', 'index.js'));
  const own = { ...dataset, pledges: dataset.pledges.filter((p) => p.country === 'KE') };
  assert.ok(own.pledges.length > 0 && own.pledges.length < dataset.pledges.length, 'fixture: Kenya has pledges and is not all of them');
  const html = await render(`<mss-pledges-chart><script type="application/json">${JSON.stringify(own)}</script></mss-pledges-chart>`);
  const shipped = await render('<mss-pledges-chart></mss-pledges-chart>');
  const rows = (h) => (shadowOf(h).match(/<th scope="row">/g) ?? []).length;
  assert.doesNotMatch(shadowOf(html), /role="alert"/);
  assert.ok(rows(html) < rows(shipped), `own data has ${rows(html)} rows, the shipped data ${rows(shipped)}`);
});

test('the mss-charts render command prints the rendered markup; wrong use prints the usage', () => {
  const bin = join(root, 'bin', 'mss-charts.mjs');
  const ok = spawnSync(process.execPath, [bin, 'render', '<mss-pledges-chart></mss-pledges-chart>', '--base', 'https://example.org/mss/'], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /^<mss-pledges-chart[^>]*><template[^>]*shadowrootmode="open"[^>]*><link rel="stylesheet" href="https:\/\/example\.org\/mss\/styles\/mss-pledges-chart\.css">/);
  const stdin = spawnSync(process.execPath, [bin, 'render', '-'], { input: '<p>x</p><mss-key-figures></mss-key-figures>', encoding: 'utf8' });
  assert.equal(stdin.status, 0, stdin.stderr);
  assert.match(stdin.stdout, /^<p>x<\/p><mss-key-figures[^>]*><template[^>]*shadowrootmode="open"/);
  const wrong = spawnSync(process.execPath, [bin, 'draw'], { encoding: 'utf8' });
  assert.equal(wrong.status, 2);
  assert.match(wrong.stdout, /Usage: mss-charts render/);
  const width = spawnSync(process.execPath, [bin, 'render', '<mss-key-figures></mss-key-figures>', '--width', 'wide'], { encoding: 'utf8' });
  assert.equal(width.status, 2);
  assert.match(width.stderr, /--width/);
});

test('<mss-timeline> renders its whole list on the server: every event with its <time>, in every language, no style', async () => {
  const items = new Set();
  for (const lang of VARIANTS.langs) {
    const html = await render(`<mss-timeline lang="${lang}"></mss-timeline>`, { base: '/dist/cdn/' });
    const shadow = shadowOf(html);
    assert.match(shadow, /^<link rel="stylesheet" href="\/dist\/cdn\/styles\/mss-timeline\.css">/, `${lang}: no stylesheet link first`);
    assert.doesNotMatch(html, /<style[\s>]|\sstyle="/, `${lang}: a <style> element or style attribute (a strict CSP blocks them)`);
    assert.match(shadow, /<ol[^>]*part="entries"/, `${lang}: no ordered list`);
    const times = [...shadow.matchAll(/<time part="date" datetime="(\d{4}(?:-\d{2}){0,2})">/g)].map((m) => m[1]);
    assert.ok(times.length >= 20, `${lang}: ${times.length} events`);
    assert.ok(times.includes('2024-12'), `${lang}: a month-only date lost its precision`);
    assert.match(shadow, /<table part="table">[\s\S]*<tbody>[\s\S]*<tr>/, `${lang}: no data table rows`);
    assert.match(shadow, /<a href="https:\/\/press\.un\.org\/[^"]+"/, `${lang}: no source link`);
    assert.doesNotMatch(shadow, /role="alert"/, `${lang}: an error`);
    items.add(textOf(shadow, 'title'));
  }
  assert.equal(items.size, VARIANTS.langs.length, 'the title does not change with the language');
  const bad = shadowOf(await render('<mss-timeline kinds="battles"></mss-timeline>'));
  assert.match(bad, /role="alert"[\s\S]*Unknown kind “battles”/, 'a bad attribute is not shown as an error in the box');
});
