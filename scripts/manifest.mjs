// Reads the custom-elements manifest: runs the analyzer (custom-elements-manifest.config.mjs) and turns
// its output into one record per element, the shape the README tables, demo/api.html, the JSX typings and
// the manifest tests share.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MANIFEST_FILE = join(root, 'custom-elements.json');

/** The manifest as `cem analyze --litelement` makes it from the current sources (nothing written). */
export async function analyze() {
  return cli({ argv: ['analyze', '--litelement'], cwd: root, noWrite: true });
}

export function readManifest() {
  return JSON.parse(readFileSync(MANIFEST_FILE, 'utf8'));
}

/** Members a page can use: public, not static, not inherited from LitElement (which is not analysed). */
const isPublic = (member) => !member.privacy || member.privacy === 'public';

/**
 * One record per element, sorted by tag: its class, the module that registers its tag, and its
 * attributes, properties, methods, events, slots, CSS parts and custom properties (inherited ones included).
 */
export function elementsOf(manifest) {
  const definitions = new Map();
  for (const mod of manifest.modules) {
    for (const exported of mod.exports ?? []) {
      if (exported.kind === 'custom-element-definition') definitions.set(exported.declaration.name, { tag: exported.name, module: mod.path });
    }
  }
  const elements = [];
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const members = (declaration.members ?? []).filter((m) => isPublic(m) && !m.static);
      elements.push({
        tagName: declaration.tagName,
        className: declaration.name,
        summary: declaration.summary ?? '',
        description: declaration.description ?? '',
        /** The module with the class alone (no side effects). */
        classModule: mod.path,
        /** The module that registers the tag (what `import 'mss-charts/<name>'` loads). */
        definedIn: definitions.get(declaration.name)?.module,
        attributes: declaration.attributes ?? [],
        properties: members.filter((m) => m.kind === 'field'),
        methods: members.filter((m) => m.kind === 'method'),
        events: declaration.events ?? [],
        slots: declaration.slots ?? [],
        cssParts: declaration.cssParts ?? [],
        cssProperties: declaration.cssProperties ?? [],
        cssStates: declaration.cssStates ?? [],
      });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** The package subpath that registers one element: `dist/lib/elements/x/x.js` → `mss-charts/x`. */
export function importPath(element) {
  const match = /^dist\/lib\/elements\/([^/]+)\/\1\.js$/.exec(element.definedIn ?? '');
  return match ? `mss-charts/${match[1]}` : 'mss-charts';
}

/** A type as written in the manifest, for tables: `'light' | 'dark' | undefined` → `'light' \| 'dark'`. */
export function typeText(item) {
  const text = item.type?.text ?? '';
  return text.replace(/\s*\|\s*undefined\b/g, '').trim();
}
