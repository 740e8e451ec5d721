// Each element's default data is derived from the dataset by scripts/build-defaults.mjs: after a data edit,
// the committed defaults must be what the script writes, or an element would ship stale figures.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const run = promisify(execFile);

describe('src/data/defaults', () => {
  it('is what scripts/build-defaults.mjs derives from the dataset (run `npm run data:defaults` after a data edit)', async () => {
    const result = await run(process.execPath, [join(root, 'scripts/build-defaults.mjs'), '--check'], { cwd: root }).catch((error) => error);
    assert.equal(result.code ?? 0, 0, String(result.stderr));
  });
});
