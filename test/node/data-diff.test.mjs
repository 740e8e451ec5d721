// `npm run data:diff` on frozen fixture data: an edit that changes a figure prints the sentences it changes,
// in every language, before and after; the same data prints "no change".
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = join(root, 'test/fixtures/data/mss-2025-12-08.ts');
const run = promisify(execFile);
const diff = async (...args) => (await run(process.execPath, [join(root, 'scripts/data-diff.mjs'), ...args], { cwd: root })).stdout;

let dir;
let data;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mss-data-diff-test-'));
  await build({ entryPoints: [fixture], outfile: join(dir, 'fixture.mjs'), bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' });
  data = (await import(pathToFileURL(join(dir, 'fixture.mjs')).href)).mss20251208;
});
after(() => rm(dir, { recursive: true, force: true }));

/** The fixture with one edit, written as a JSON dataset file. */
async function edited(name, edit) {
  const copy = structuredClone(data);
  edit(copy);
  const file = join(dir, `${name}.json`);
  await writeFile(file, JSON.stringify(copy));
  return file;
}

describe('npm run data:diff', () => {
  it('prints "no change" for the same data', async () => {
    const same = await edited('same', () => {});
    assert.equal((await diff('--base', fixture, same)).trim(), 'no change');
  });

  it('prints each changed sentence before and after, in every language, and only those', async () => {
    // October 2025: "more than 1.4 million" becomes "more than 1.6 million", five times December 2023's 315,000.
    const file = await edited('displaced', (d) => {
      const latest = d.displacement.find((r) => r.date === '2025-10');
      latest.idps = { ...latest.idps, value: 1_600_000 };
    });
    const out = (await diff('--base', fixture, file)).trim();
    assert.match(out, /^displacement · en · title\n {2}- Displacement in Haiti has more than quadrupled since December 2023\n {2}\+ Displacement in Haiti has more than quintupled since December 2023$/m);
    for (const locale of ['en', 'fr', 'ht', 'es']) {
      assert.match(out, new RegExp(`^displacement · ${locale} · summary$`, 'm'), locale);
      assert.match(out, new RegExp(`^key figures · ${locale} · card displaced$`, 'm'), locale);
    }
    assert.match(out, /\+ .*plus de 1,6 million/);
    // Charts that do not read displacement do not change.
    assert.doesNotMatch(out, /^(pledges|contingent|casualties)/m);
    assert.match(out, /\d+ sentences changed\.$/);
  });

  it('names a correction of the seed article that changes', async () => {
    const file = await edited('verdict', (d) => {
      const claim = d.seedClaims.find((c) => c.verdict === 'outdated');
      claim.verdict = 'confirmed';
    });
    const out = (await diff('--base', fixture, file)).trim();
    assert.match(out, /^article corrections · en · \S+\n {2}- Out of date “/m);
  });
});
