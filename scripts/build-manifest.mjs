// Part of `npm run build`, after Rollup: writes custom-elements.json (from the elements' JSDoc, by
// `cem analyze --litelement`) and, from it, the JSX typings for React 19 and Preact in dist/lib/jsx/.
// Generating both from one manifest means a new attribute or event is typed in JSX the moment it is
// documented, and an undocumented one is missing from both (which the manifest tests catch).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { MANIFEST_FILE, analyze, elementsOf, root } from './manifest.mjs';

const GENERATED = '// Generated from custom-elements.json by scripts/build-manifest.mjs; do not edit.';

/** Attributes every HTML element has; React's and Preact's own typings already cover them. */
const GLOBAL_ATTRIBUTES = new Set(['lang', 'title', 'id', 'class', 'style', 'hidden', 'dir', 'slot', 'part']);

const doc = (text, indent) => {
  if (!text) return '';
  const lines = text.replaceAll('*/', '*\\/').split('\n');
  return lines.length === 1
    ? `${indent}/** ${lines[0]} */\n`
    : `${indent}/**\n${lines.map((l) => `${indent} * ${l}`.trimEnd()).join('\n')}\n${indent} */\n`;
};

/** `dist/lib/jsx/elements.d.ts` → the relative specifier of one of the package's own modules. */
const fromJsx = (module) => {
  const relativePath = posix.relative('dist/lib/jsx', module);
  return relativePath.startsWith('.') ? relativePath : `./${relativePath}`;
};

/** The props of each tag: attributes as in HTML, properties without an attribute of the same name, `on<event>`. */
export function jsxTypings(manifest) {
  const elements = elementsOf(manifest);
  const imports = elements
    .map((e) => `import type { ${e.className} } from '${fromJsx(e.definedIn ?? e.classModule)}';`)
    .join('\n');
  const entries = elements.map((e) => {
    const lines = [];
    const attributeNames = new Set(e.attributes.map((a) => a.name));
    for (const attribute of e.attributes) {
      if (GLOBAL_ATTRIBUTES.has(attribute.name)) continue;
      const type = attribute.fieldName ? `${e.className}['${attribute.fieldName}']` : 'string';
      lines.push(`${doc(attribute.description, '    ')}    '${attribute.name}'?: ${type};`);
    }
    for (const property of e.properties) {
      if (property.readonly || attributeNames.has(property.name) || GLOBAL_ATTRIBUTES.has(property.name)) continue;
      lines.push(`${doc(property.description, '    ')}    ${property.name}?: ${e.className}['${property.name}'];`);
    }
    for (const event of e.events) {
      // React 19 and Preact both add a listener for `on` + the event's exact name on custom elements.
      lines.push(`${doc(event.description, '    ')}    'on${event.name}'?: (event: MssEvent<'${event.name}'>) => void;`);
    }
    return `${doc(e.summary || e.description.split('\n')[0], '  ')}  '${e.tagName}': {\n${lines.join('\n')}\n  };`;
  });
  const elementsDts = `${GENERATED}
${imports}

/** The event an element fires under \`name\`, as typed in \`GlobalEventHandlersEventMap\`. */
export type MssEvent<K extends string> = K extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[K] : CustomEvent<unknown>;

/**
 * What each mss-charts tag takes in JSX, besides the attributes every element has: its attributes as
 * written in HTML (\`chart-title\`, \`show-data\`), its properties (\`data\`, \`showData\`), and a handler
 * for each of its events (\`onmss-error\`).
 */
export interface MssJsxProps {
${entries.join('\n')}
}

export type MssTagName = keyof MssJsxProps;
`;

  const reactDts = `${GENERATED}
// Types the mss-charts tags in React 19 JSX. Opt in once, anywhere in the program:
//   import type {} from 'mss-charts/jsx/react';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { MssJsxProps, MssTagName } from './elements.js';

export type { MssJsxProps, MssTagName, MssEvent } from './elements.js';

/** Each tag's props in React: the common HTML attributes, \`ref\` and \`key\`, plus the element's own. */
export type MssReactElements = {
  [K in MssTagName]: DetailedHTMLProps<HTMLAttributes<HTMLElementTagNameMap[K]>, HTMLElementTagNameMap[K]> & MssJsxProps[K];
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends MssReactElements {}
  }
}
`;

  const preactDts = `${GENERATED}
// Types the mss-charts tags in Preact JSX. Opt in once, anywhere in the program:
//   import type {} from 'mss-charts/jsx/preact';
import type { HTMLAttributes } from 'preact';
import type { MssJsxProps, MssTagName } from './elements.js';

export type { MssJsxProps, MssTagName, MssEvent } from './elements.js';

/** Each tag's props in Preact: the common HTML attributes and \`ref\`, plus the element's own. */
export type MssPreactElements = {
  [K in MssTagName]: HTMLAttributes<HTMLElementTagNameMap[K]> & MssJsxProps[K];
};

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends MssPreactElements {}
  }
}
`;

  // The typings are the point; an empty module lets \`import 'mss-charts/jsx/react'\` run harmlessly too.
  const empty = `${GENERATED}\n// Types only: see the .d.ts file beside this one.\nexport {};\n`;
  return {
    'elements.d.ts': elementsDts,
    'elements.js': empty,
    'react.d.ts': reactDts,
    'react.js': empty,
    'preact.d.ts': preactDts,
    'preact.js': empty,
  };
}

async function main() {
  const manifest = await analyze();
  const elements = elementsOf(manifest);
  if (elements.length === 0) throw new Error('the manifest lists no element: is @tag missing from the element classes?');
  writeFileSync(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
  const jsxDir = join(root, 'dist/lib/jsx');
  for (const [file, text] of Object.entries(jsxTypings(manifest))) {
    mkdirSync(dirname(join(jsxDir, file)), { recursive: true });
    writeFileSync(join(jsxDir, file), text);
  }
  console.log(`custom-elements.json: ${elements.map((e) => `<${e.tagName}>`).join(', ')}; JSX typings in dist/lib/jsx/`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
