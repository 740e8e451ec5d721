// `custom-elements.json` (the Custom Elements Manifest), generated from the elements' JSDoc by
// `cem analyze --litelement` during `npm run build` (scripts/build-manifest.mjs). Editors, Storybook and
// lit-analyzer read it; the README's API tables, demo/api.html and the JSX typings are generated from it.
//
// The manifest describes the published package, not the sources: module paths point at dist/lib/*.js,
// private members are left out, and each registering module says which tag it defines.

import { readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';

/** `src/elements/x/y.ts` → `dist/lib/elements/x/y.js`: the files a consumer actually has. */
const toDist = (path) => (typeof path === 'string' ? path.replace(/^src\/(.*)\.ts$/, 'dist/lib/$1.js') : path);

/**
 * Elements register through `defineElement()` (it tolerates a second copy of the library on a page), which
 * the analyzer does not know; without this the manifest would not say which module defines which tag.
 */
function defineElementCalls() {
  return {
    name: 'mss-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text } },
      ];
    },
  };
}

/**
 * The manifest documents elements: modules that declare an element or one of its base classes, or
 * register a tag. Helpers (downloads, data loading, controllers) are implementation. Private members are
 * left out too; protected ones stay on the base classes, for subclasses, and are left off the elements.
 */
function elementsOnly() {
  return {
    name: 'mss-elements-only',
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) if (d.kind === 'class') classes.set(d.name, d);
      }
      const documented = new Set();
      for (const d of classes.values()) {
        if (!d.customElement) continue;
        for (let c = d; c && !documented.has(c.name); c = classes.get(c.superclass?.name)) documented.add(c.name);
      }
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (mod) =>
          (mod.declarations ?? []).some((d) => documented.has(d.name)) ||
          (mod.exports ?? []).some((e) => e.kind === 'custom-element-definition'),
      );
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (m) => m.privacy !== 'private' && !m.name.startsWith('#') && !(declaration.customElement && m.privacy === 'protected'),
          );
          for (const member of declaration.members) {
            // Initialisers of controllers and helpers are code, not documentation.
            if (typeof member.default === 'string' && member.default.length > 80) delete member.default;
          }
        }
      }
    },
  };
}

/** Paths of the published files, and the module that declares each defined class. */
function publishedPaths() {
  return {
    name: 'mss-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      const declaredIn = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) declaredIn.set(declaration.name, mod.path);
      }
      const fixReference = (ref, from) => {
        if (!ref || ref.package) return;
        if (!ref.module && declaredIn.has(ref.name)) ref.module = declaredIn.get(ref.name);
        // Re-exports keep their specifier (`./mss-element.js`); resolve it against the module's own path.
        if (ref.module?.startsWith('.')) ref.module = posix.join(posix.dirname(from), ref.module).replace(/\.js$/, '.ts');
        ref.module = toDist(ref.module);
      };
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          fixReference(declaration.superclass, mod.path);
          for (const list of ['members', 'attributes', 'events', 'cssParts', 'cssProperties', 'slots']) {
            for (const item of declaration[list] ?? []) fixReference(item.inheritedFrom, mod.path);
          }
        }
        for (const exported of mod.exports ?? []) fixReference(exported.declaration, mod.path);
      }
      for (const mod of customElementsManifest.modules) mod.path = toDist(mod.path);
      // The file system's order, which the analyzer keeps, is not guaranteed; the manifest must be stable.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

/** `export type ContingentView = 'arrivals' | 'cumulative';` anywhere in src/, by name. */
function stringUnionAliases(dir = 'src') {
  const aliases = new Map();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const code = readFileSync(join(entry.parentPath ?? entry.path, entry.name), 'utf8');
    for (const m of code.matchAll(/^export type (\w+) = ((?:'[^']*'\s*\|\s*)*'[^']*');/gm)) aliases.set(m[1], m[2]);
  }
  return aliases;
}

/**
 * The analyzer reads types as written, so `view: ContingentView` would document a name a page author cannot
 * look up. Aliases of string unions are spelled out: `'arrivals' | 'cumulative'`.
 */
function spelledOutUnions() {
  return {
    name: 'mss-spelled-out-unions',
    packageLinkPhase({ customElementsManifest }) {
      const aliases = stringUnionAliases();
      const spell = (type) => {
        if (type?.text && aliases.has(type.text)) type.text = aliases.get(type.text);
      };
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) spell(item.type);
        }
      }
    },
  };
}

export default {
  // Every element and its base classes; the builders, data and engine have their own TypeScript docs.
  globs: ['src/elements/**/*.ts'],
  // define.ts calls customElements.define() for every tag and would read as the definition of a tag "tag".
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/define.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself; the analyzer would rewrite the whole file.
  packagejson: false,
  quiet: true,
  plugins: [defineElementCalls(), elementsOnly(), spelledOutUnions(), publishedPaths()],
};
