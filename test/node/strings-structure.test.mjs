// Every strings table of the charts (src/charts/*.strings.ts), in every language, uses every part of each
// template that the English one uses: a number, a qualified value, a period or a list a language drops is a
// claim it no longer makes the way English does ("more than 1,200" read as "1,200").
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSource, LANGUAGES, root } from './lib/bundle.mjs';
import { dropped, used } from './lib/templates.mjs';

const TABLES = readdirSync(join(root, 'src/charts')).filter((f) => f.endsWith('.strings.ts'));
const tableName = (file) => `${file.replace('.strings.ts', '').replace(/-(\w)/g, (_m, c) => c.toUpperCase())}Strings`;

let m;
let dispose;
before(async () => {
  ({ module: m, dispose } = await bundleSource(Object.fromEntries(TABLES.map((f) => [`src/charts/${f}`, [tableName(f)]]))));
});
after(() => dispose?.());


describe('the strings tables of the charts', () => {
  it('are found: one per chart kind', () => {
    assert.deepEqual(TABLES.sort(), ['casualties.strings.ts', 'contingent.strings.ts', 'displacement.strings.ts', 'key-figures.strings.ts', 'pledges-map.strings.ts', 'pledges.strings.ts', 'timeline.strings.ts']);
  });

  for (const file of TABLES) {
    it(`${file}: every language uses every part English uses`, () => {
      const tables = Object.fromEntries(LANGUAGES.map((l) => [l, m[tableName(file)](l)]));
      // The smallest table (the pledges map's own words) has three templates.
      assert.ok(Object.keys(used(tables.en)).length >= 3, 'the table has templates');
      assert.deepEqual(dropped(tables), []);
    });
  }

  it('would catch a language dropping a part, in any table', () => {
    for (const file of TABLES) {
      const tables = Object.fromEntries(LANGUAGES.map((l) => [l, m[tableName(file)](l)]));
      const en = used(tables.en);
      const [path, parts] = Object.entries(en).find(([, p]) => p.size > 0) ?? [];
      assert.ok(path, `${file} has a template with parts`);
      // The Haitian Creole template replaced by one that leaves out the first part English uses.
      const part = [...parts][0];
      const keys = path.split('.');
      const copy = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v && typeof v === 'object' && !Array.isArray(v) ? copy(v) : v]));
      const ht = copy(tables.ht);
      let target = ht;
      for (const k of keys.slice(0, -1)) target = target[k];
      const original = target[keys.at(-1)];
      target[keys.at(-1)] = (...args) => String(original(...args)).replaceAll(part, '');
      assert.ok(dropped({ ...tables, ht }).includes(`ht ${path}: ${part}`), `${file} ${path}`);
    }
  });
});
