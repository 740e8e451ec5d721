// custom-elements.json must document every element completely, and what is generated from it (README
// tables, demo/api.html, JSX typings) must match it. Needs `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { API_PAGE, README_FILE, renderApiPage, renderReadme } from '../../scripts/api-docs.mjs';
import { jsxTypings } from '../../scripts/build-manifest.mjs';
import { MANIFEST_FILE, analyze, elementsOf, readManifest, root } from '../../scripts/manifest.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = readManifest();
const elements = elementsOf(manifest);
const read = (path) => readFileSync(join(root, path), 'utf8');

/** Element folders with a registering module, and the tag each registers. */
const registered = readdirSync(join(root, 'src/elements'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(root, 'src/elements', e.name, `${e.name}.ts`)))
  .map((e) => {
    const tag = /defineElement\(\s*'([^']+)'/.exec(read(`src/elements/${e.name}/${e.name}.ts`))?.[1];
    return { folder: e.name, tag };
  });

const declarationOf = (className) =>
  manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.kind === 'class' && d.name === className);
const names = (list) => (list ?? []).map((item) => item.name);
/** Source files of the base classes and of one element's folder. */
const sources = (folder) =>
  readdirSync(join(root, 'src/elements', folder))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => read(`src/elements/${folder}/${f}`))
    .join('\n');

test('package.json names the manifest, and it is what the analyzer makes of the current sources', async () => {
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(existsSync(MANIFEST_FILE));
  assert.deepEqual(readManifest(), await analyze(), 'custom-elements.json is stale: run `npm run build`');
});

test('every registered element is in the manifest with its tag, class and registering module', () => {
  assert.ok(registered.length > 0);
  for (const { folder, tag } of registered) {
    const element = elements.find((e) => e.tagName === tag);
    assert.ok(element, `<${tag}> (src/elements/${folder}) is missing from the manifest: does its class have @tag ${tag}?`);
    assert.equal(element.definedIn, `dist/lib/elements/${folder}/${folder}.js`);
    assert.equal(element.classModule, `dist/lib/elements/${folder}/${folder}.component.js`);
    for (const path of [element.definedIn, element.classModule]) assert.ok(existsSync(join(root, path)), `${path} is not built`);
  }
  assert.equal(elements.length, registered.length, 'the manifest lists an element that src/elements does not register');
});

test("each element lists what it inherits from its base classes: attributes, members, events, parts, custom properties", () => {
  const kinds = ['attributes', 'members', 'events', 'cssParts', 'cssProperties', 'slots'];
  for (const element of elements) {
    const own = declarationOf(element.className);
    let base = declarationOf(own.superclass?.name);
    assert.ok(base, `${element.className} extends ${own.superclass?.name}, which the manifest does not describe`);
    while (base) {
      for (const kind of kinds) {
        const inherited = names(base[kind]?.filter((item) => item.privacy !== 'protected'));
        const missing = inherited.filter((name) => !names(own[kind]).includes(name));
        assert.deepEqual(missing, [], `<${element.tagName}> lacks ${kind} of ${base.name}`);
      }
      base = declarationOf(base.superclass?.name);
    }
  }
  // What every element shares, spelled out so that a broken inheritance chain cannot pass unnoticed.
  for (const element of elements) {
    for (const attribute of ['chart-title', 'theme', 'lang', 'show-data', 'src']) {
      assert.ok(names(element.attributes).includes(attribute), `<${element.tagName}> lacks the ${attribute} attribute`);
    }
    assert.ok(names(element.properties).includes('data'), `<${element.tagName}> lacks the data property`);
    assert.ok(names(element.events).includes('mss-error'), `<${element.tagName}> lacks mss-error`);
    assert.ok(names(element.events).includes('mss-render'), `<${element.tagName}> lacks mss-render`);
    for (const part of ['figure', 'title', 'summary', 'table', 'footer']) {
      assert.ok(names(element.cssParts).includes(part), `<${element.tagName}> lacks the ${part} part`);
    }
    assert.ok(names(element.cssProperties).includes('--mss-color-accent'), `<${element.tagName}> lacks --mss-color-accent`);
  }
});

test('every attribute, property, method, event, slot, part and custom property has a description', () => {
  const undocumented = [];
  for (const element of elements) {
    for (const kind of ['attributes', 'properties', 'methods', 'events', 'slots', 'cssParts', 'cssProperties']) {
      for (const item of element[kind]) if (!item.description?.trim()) undocumented.push(`<${element.tagName}> ${kind}: ${item.name}`);
    }
    if (!element.summary) undocumented.push(`<${element.tagName}>: no @summary`);
    if (!element.description) undocumented.push(`<${element.tagName}>: no class description`);
  }
  assert.deepEqual(undocumented, []);
});

/** Parts, custom properties (--mss-color-series-N counts as the documented -1) and events in source code. */
function usedIn(code) {
  return {
    cssParts: [...new Set([...code.matchAll(/\bpart="([a-z-]+)"/g)].map((m) => m[1]))],
    cssProperties: [
      ...new Set([...code.matchAll(/var\((--mss-[a-z0-9-]+)/g)].map((m) => m[1].replace(/^(--mss-color-series-)\d+$/, '$11'))),
    ],
    events: [...new Set([...code.matchAll(/new CustomEvent\(\s*'([a-z-]+)'/g)].map((m) => m[1]))],
  };
}

test('every part, custom property and event the code uses is in the manifest', () => {
  // The base folder's files are checked against the base classes together (which class renders a helper's
  // template is not visible from here); inheritance to each element is checked above.
  const baseDocs = ['MssElement', 'MssChartElement'].map(declarationOf);
  const checks = [{ where: 'src/elements/base', code: sources('base'), documented: baseDocs }];
  for (const { folder, tag } of registered) {
    const element = elements.find((e) => e.tagName === tag);
    checks.push({ where: `src/elements/${folder}`, code: sources(folder), documented: [element] });
  }
  for (const { where, code, documented } of checks) {
    const used = usedIn(code);
    for (const kind of ['cssParts', 'cssProperties', 'events']) {
      const known = new Set(documented.flatMap((d) => names(d[kind])));
      const tag = { cssParts: '@csspart', cssProperties: '@cssprop', events: '@fires' }[kind];
      assert.deepEqual(used[kind].filter((name) => !known.has(name)), [], `${where} uses ${kind} without a ${tag}`);
    }
  }
  // Every documented event is typed for addEventListener.
  const typed = [...read('src/elements/base/mss-element.ts').matchAll(/'(mss-[a-z-]+)':\s*CustomEvent/g)].map((m) => m[1]);
  const documented = new Set(elements.flatMap((e) => names(e.events)));
  assert.deepEqual([...documented].filter((e) => !typed.includes(e)), [], 'events missing from GlobalEventHandlersEventMap');
});

test('the README tables and the integrity hash are generated from the current manifest and build', () => {
  const readme = readFileSync(README_FILE, 'utf8');
  assert.equal(readme, renderReadme(readme, manifest), 'README.md is out of date: run `npm run docs`');
  for (const element of elements) assert.ok(readme.includes(`\`<${element.tagName}>\``), `README.md does not name <${element.tagName}>`);
});

test('demo/api.html is generated from the current manifest', () => {
  assert.equal(readFileSync(API_PAGE, 'utf8'), renderApiPage(manifest), 'demo/api.html is out of date: run `npm run docs`');
});

test('the JSX typings in dist/lib/jsx are generated from the current manifest', () => {
  for (const [file, text] of Object.entries(jsxTypings(manifest))) {
    assert.equal(read(`dist/lib/jsx/${file}`), text, `dist/lib/jsx/${file} is out of date`);
  }
  const react = read('dist/lib/jsx/elements.d.ts');
  for (const element of elements) {
    assert.match(react, new RegExp(`'${element.tagName}': \\{`), `no JSX props for <${element.tagName}>`);
    for (const event of element.events) assert.ok(react.includes(`'on${event.name}'?:`), `<${element.tagName}> lacks on${event.name}`);
  }
});
