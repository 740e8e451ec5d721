// Part of `npm run build`, after build-manifest.mjs: writes the API documentation from custom-elements.json,
// so it cannot drift from the code:
//   README.md     the section between <!-- api:start --> and <!-- api:end --> (tables), and the integrity
//                 hash of the classic-script build between <!-- sri:start --> and <!-- sri:end -->
//   demo/api.html the full reference, one section per element (inherited members included)
// `node scripts/api-docs.mjs --check` writes nothing and fails when either file is out of date.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { elementsOf, importPath, readManifest, root, typeText } from './manifest.mjs';

export const README_FILE = join(root, 'README.md');
export const API_PAGE = join(root, 'demo/api.html');
export const IIFE_FILE = join(root, 'dist/cdn/mss-charts.iife.js');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// ── shared ──────────────────────────────────────────────────────────────────────────────────────────

const KINDS = [
  ['attributes', 'Attributes'],
  ['properties', 'Properties'],
  ['methods', 'Methods'],
  ['events', 'Events'],
  ['slots', 'Slots'],
  ['cssParts', 'CSS parts'],
  ['cssProperties', 'CSS custom properties'],
  ['cssStates', 'Custom states (:state())'],
];

/** A default worth printing: a literal, not an expression or a constant's name. */
function defaultText(item, element) {
  const field = item.fieldName ? element.properties.find((p) => p.name === item.fieldName) : item;
  const value = field?.default;
  return typeof value === 'string' && /^(?:'[^']*'|"[^"]*"|-?\d+(?:\.\d+)?|true|false)$/.test(value) ? value : '';
}

/** The columns of one kind of API item, as [header, value] pairs. */
function columns(kind, element) {
  const name = (item) => item.name;
  const description = (item) => item.description ?? '';
  switch (kind) {
    case 'attributes':
      return [
        ['Attribute', (a) => a.name],
        ['Property', (a) => a.fieldName ?? ''],
        ['Type', typeText],
        ['Default', (a) => defaultText(a, element)],
        ['Description', description],
      ];
    case 'properties':
      return [
        ['Property', name],
        ['Type', typeText],
        ['', (p) => (p.readonly ? 'read-only' : '')],
        ['Description', description],
      ];
    case 'methods':
      return [
        ['Method', (m) => `${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`],
        ['Returns', (m) => m.return?.type?.text ?? 'void'],
        ['Description', description],
      ];
    case 'events':
      return [
        ['Event', name],
        ['Type', typeText],
        ['Description', description],
      ];
    default:
      return [
        ['Name', (item) => item.name || '(default)'],
        ['Description', description],
      ];
  }
}

/** Items of one kind; properties that merely mirror an attribute are listed with the attribute. */
function itemsOf(kind, element) {
  if (kind !== 'properties') return element[kind];
  const mirrored = new Set(element.attributes.map((a) => a.fieldName));
  return element.properties.filter((p) => !mirrored.has(p.name));
}

// ── README ──────────────────────────────────────────────────────────────────────────────────────────

const mdCell = (text) => String(text).replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ');
const mdCode = (text) => (text ? `\`${text}\`` : '');

/**
 * The README's tables: the elements, then each kind of API item once, with the elements that have it —
 * most are shared through the base classes, and five copies of the same twenty rows would hide the few
 * that differ. demo/api.html has the full per-element reference.
 */
export function renderReadmeSection(manifest) {
  const elements = elementsOf(manifest);
  const short = (e) => e.tagName.replace(/^mss-/, '');
  const out = [
    '| Element | Import (registers the tag) | What it shows |',
    '| --- | --- | --- |',
    ...elements.map((e) => `| \`<${e.tagName}>\` | \`import '${importPath(e)}'\` | ${mdCell(e.summary || e.description)} |`),
  ];
  for (const [kind, title] of KINDS) {
    const rows = new Map();
    for (const element of elements) {
      for (const item of itemsOf(kind, element)) {
        const cells = columns(kind, element).map(([, value]) => mdCell(value(item)));
        const key = cells.join('\u0000');
        if (!rows.has(key)) rows.set(key, { cells, on: [] });
        rows.get(key).on.push(element);
      }
    }
    out.push('', `### ${title}`, '');
    if (rows.size === 0) {
      out.push(`No element has ${title.toLowerCase()}.`);
      continue;
    }
    const headers = columns(kind, elements[0]).map(([header]) => header);
    out.push(`| ${[...headers, 'Elements'].join(' | ')} |`, `|${' --- |'.repeat(headers.length + 1)}`);
    for (const { cells, on } of rows.values()) {
      const where = on.length === elements.length ? 'all' : on.map(short).join(', ');
      const shown = cells.map((cell, i) => (i === cells.length - 1 || headers[i] === '' ? cell : mdCode(cell)));
      out.push(`| ${[...shown, where].join(' | ')} |`);
    }
  }
  return out.join('\n');
}

/** The integrity attribute of a file, as a browser checks it (SHA-384, base64). */
export function integrityOf(file) {
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}

export function renderSriBlock(integrity) {
  const url = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/cdn/mss-charts.iife.js`;
  return [
    '```html',
    `<script src="${url}"`,
    `        integrity="${integrity}"`,
    '        crossorigin="anonymous"></script>',
    '```',
  ].join('\n');
}

/** Replaces what lies between `<!-- name:start … -->` and `<!-- name:end -->`; throws when the markers are missing. */
export function replaceMarked(text, name, content) {
  const pattern = new RegExp(`(<!-- ${name}:start[^>]*-->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (!pattern.test(text)) throw new Error(`README.md has no <!-- ${name}:start --> … <!-- ${name}:end --> section`);
  return text.replace(pattern, (_, start, end) => `${start}${content}\n${end}`);
}

export function renderReadme(readme, manifest) {
  let text = replaceMarked(readme, 'api', renderReadmeSection(manifest));
  // The hash is of the file this build wrote; without a build (docs only) the last one stays.
  if (existsSync(IIFE_FILE)) text = replaceMarked(text, 'sri', renderSriBlock(integrityOf(IIFE_FILE)));
  return text;
}

// ── demo/api.html ───────────────────────────────────────────────────────────────────────────────────

const escapeHtml = (text) =>
  String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
/** Descriptions use `code` spans and nothing else of Markdown. */
const prose = (text) => escapeHtml(text ?? '').replace(/`([^`]+)`/g, '<code>$1</code>');

function htmlTable(kind, title, element) {
  const items = itemsOf(kind, element);
  const id = `${element.tagName}-${kind}`;
  if (items.length === 0) return `      <h3 id="${id}">${title}</h3>\n      <p class="none">None.</p>`;
  const cols = columns(kind, element);
  const head = cols.map(([header]) => `<th scope="col">${escapeHtml(header)}</th>`).join('');
  const body = items
    .map((item) => {
      const cells = cols.map(([header, value], i) => {
        const text = value(item);
        if (i === 0) return `<th scope="row"><code>${escapeHtml(text)}</code></th>`;
        if (header === 'Description') {
          const from = item.inheritedFrom ? ` <span class="inherited">from ${escapeHtml(item.inheritedFrom.name)}</span>` : '';
          return `<td>${prose(text)}${from}</td>`;
        }
        return `<td>${text && header !== '' ? `<code>${escapeHtml(text)}</code>` : escapeHtml(text)}</td>`;
      });
      return `          <tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `      <h3 id="${id}">${title}</h3>
      <div class="table-scroll">
        <table>
          <thead><tr>${head}</tr></thead>
          <tbody>
${body}
          </tbody>
        </table>
      </div>`;
}

export function renderApiPage(manifest) {
  const elements = elementsOf(manifest);
  const nav = elements.map((e) => `<li><a href="#${e.tagName}"><code>&lt;${e.tagName}&gt;</code></a></li>`).join('\n          ');
  const sections = elements
    .map(
      (e) => `    <section id="${e.tagName}" aria-labelledby="${e.tagName}-h">
      <h2 id="${e.tagName}-h"><code>&lt;${e.tagName}&gt;</code></h2>
      <p class="summary">${prose(e.summary)}</p>
      <p>${prose(e.description).replace(/\n/g, ' ')}</p>
      <pre><code>import '${importPath(e)}';   // registers &lt;${e.tagName}&gt;; the class is ${e.className}</code></pre>
${KINDS.map(([kind, title]) => htmlTable(kind, title, e)).join('\n')}
    </section>`,
    )
    .join('\n');
  return `<!doctype html>
<!-- Generated from custom-elements.json by scripts/api-docs.mjs during \`npm run build\`; edit the elements' JSDoc, not this file. -->
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>mss-charts — API reference</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="./demo.css" />
    <style>
      .api section { margin-block: 2rem 3rem; }
      .api .summary { font-size: 1.1rem; }
      .api h3 { margin-block: 1.5rem 0.5rem; font-size: 1rem; }
      .api .table-scroll { overflow-x: auto; }
      .api table { border-collapse: collapse; width: 100%; background: #fff; font-size: 0.9rem; }
      .api th, .api td { text-align: start; vertical-align: top; padding: 0.4rem 0.6rem; border-bottom: 1px solid #e1e4e8; }
      .api thead th { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: #5c6670; }
      .api tbody th { font-weight: normal; white-space: nowrap; }
      .api .inherited { color: #5c6670; font-size: 0.8rem; white-space: nowrap; }
      .api .none { color: #5c6670; }
      .api pre { background: #fff; padding: 0.75rem; overflow-x: auto; border-radius: 6px; }
    </style>
  </head>
  <body>
    <header class="page-header">
      <nav class="site-nav" aria-label="Demo pages">
        <a href="./">Gallery</a> <a href="./article.html">Article</a> <a href="./api.html" aria-current="page">API reference</a>
      </nav>
      <h1>API reference</h1>
      <p>
        Every attribute, property, method, event, slot, CSS part and CSS custom property of every element of
        ${escapeHtml(pkg.name)} ${escapeHtml(pkg.version)}, inherited ones included, generated from
        <a href="../custom-elements.json"><code>custom-elements.json</code></a>.
      </p>
      <nav aria-label="Elements">
        <ul>
          ${nav}
        </ul>
      </nav>
    </header>
    <main class="api">
${sections}
    </main>
  </body>
</html>
`;
}

// ── main ────────────────────────────────────────────────────────────────────────────────────────────

function main() {
  const check = process.argv.includes('--check');
  const manifest = readManifest();
  const outputs = [
    [README_FILE, renderReadme(readFileSync(README_FILE, 'utf8'), manifest)],
    [API_PAGE, renderApiPage(manifest)],
  ];
  const stale = [];
  for (const [file, text] of outputs) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (current === text) continue;
    stale.push(file.slice(root.length + 1));
    if (!check) writeFileSync(file, text);
  }
  if (check && stale.length > 0) {
    console.error(`Out of date (run npm run docs): ${stale.join(', ')}`);
    process.exitCode = 1;
  } else if (!check) {
    console.log(stale.length > 0 ? `API docs rewritten: ${stale.join(', ')}` : 'API docs up to date');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
