// The package's entry points must match what the build writes and what src/ registers. Needs `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { importsOf } from '../../scripts/check-size.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const at = (path) => join(root, path);

/** The folders of src/elements that hold a registering `<name>/<name>.ts`. */
const elements = readdirSync(at('src/elements'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(at(`src/elements/${e.name}/${e.name}.ts`)))
  .map((e) => e.name);

/** sideEffects globs as bundlers read them: `*` within one folder, `**` across folders. */
const sideEffectPatterns = pkg.sideEffects.map(
  (glob) =>
    new RegExp(
      `^${glob
        .replace(/^\.\//, '')
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*\*/g, '\0')
        .replace(/\*/g, '[^/]*')
        .replace(/\0/g, '.*')}$`,
    ),
);
const hasSideEffects = (path) => sideEffectPatterns.some((re) => re.test(path.replace(/^\.\//, '')));

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

test('every element has its own export, registering and typed', () => {
  assert.ok(elements.length > 0, 'no element found in src/elements');
  for (const name of elements) {
    const base = `./dist/lib/elements/${name}/${name}`;
    assert.deepEqual(
      pkg.exports[`./${name}`],
      { types: `${base}.d.ts`, default: `${base}.js` },
      `package.json exports needs "./${name}": { "types": "${base}.d.ts", "default": "${base}.js" }`,
    );
    assert.ok(hasSideEffects(`${base}.js`), `package.json sideEffects needs "${base}.js" (it registers <${name}>)`);
    assert.ok(!hasSideEffects(`${base}.component.js`), `${base}.component.js must stay free of side effects`);
  }
});

test('every export points to a file the build wrote', () => {
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
      const path = file.replace('*', 'mss-charts.js');
      assert.ok(existsSync(at(path)), `exports["${subpath}"] → ${path} does not exist after the build`);
    }
  }
  for (const field of ['main', 'module', 'types', 'unpkg', 'jsdelivr']) {
    assert.ok(existsSync(at(pkg[field])), `"${field}": ${pkg[field]} does not exist after the build`);
  }
});

test('every export has an element, so no stale entry survives a rename', () => {
  const fixed = new Set([
    '.',
    './data',
    './ssr',
    './hydrate-support',
    './all-words',
    './cdn/*',
    './jsx/react',
    './jsx/preact',
    './custom-elements.json',
    './mss-dataset.json',
    './mss-dataset.schema.json',
    './package.json',
  ]);
  const stale = Object.keys(pkg.exports).filter((k) => !fixed.has(k) && !elements.includes(k.slice(2)));
  assert.deepEqual(stale, [], 'exports without a src/elements/<name>/<name>.ts');
});

test('modules imported only for their side effects are listed in sideEffects', () => {
  // A bundler drops `import './x.js'` when x.js is not listed, so a registration there would silently vanish.
  const unlisted = [];
  for (const file of files(at('dist/lib'))) {
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(file, 'utf8');
    for (const specifier of importsOf(code).static) {
      if (!specifier.startsWith('.')) continue;
      const bare = new RegExp(`^\\s*import\\s*['"]${specifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]`, 'm');
      if (!bare.test(code)) continue;
      const target = `./${relative(root, resolve(dirname(file), specifier)).split('\\').join('/')}`;
      if (!hasSideEffects(target)) unlisted.push(`${target} (imported by ${relative(root, file)})`);
    }
  }
  assert.deepEqual(unlisted, []);
});

test('publint finds nothing to fix in the package', async () => {
  const { messages } = await publint({ pkgDir: root, strict: true });
  assert.deepEqual(messages.map((m) => `${m.type}: ${formatMessage(m, pkg)}`), []);
});
