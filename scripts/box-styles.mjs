// dist/cdn/mss-charts.css from the measured table src/cdn/box-sizes.json (scripts/measure-boxes.mjs): a
// render-blocking stylesheet that gives each tag, while its code has not arrived (`:not(:defined)`), the
// box the element will take, so nothing below it moves when the chart appears.
//
// The box is a `::before` as wide as the tag: its aspect ratio is the plot's (the plot's height follows the
// width) and its padding the text parts' height (title, summary, legend, notes, footer), in em. The tag
// queries its own width, as the element does, to switch to the compact layout; a view is its attribute,
// a language `:lang()` (en when none of the others matches).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

export function readBoxSizes() {
  return JSON.parse(readFileSync(join(root, 'src', 'cdn', 'box-sizes.json'), 'utf8'));
}

const declarations = ({ text, ratio }) =>
  ratio === undefined ? `aspect-ratio:auto;padding-bottom:${text}em` : `aspect-ratio:${ratio};padding-bottom:${text}em`;

/** The selector of one tag's `::before` in one view (the first is the default) and language (en: any). */
function selector(tag, view, views, lang) {
  const viewPart = views.length === 1 ? '' : view === views[0] ? `:is(:not([view]),[view="${view}"])` : `[view="${view}"]`;
  const langPart = lang === 'en' ? '' : `:lang(${lang})`;
  return `${tag}${viewPart}${langPart}:not(:defined):not([prerendered])::before`;
}

/** The stylesheet's text, one rule per tag, view, language and layout. */
export function boxStylesheet(table = readBoxSizes()) {
  const tags = Object.keys(table.boxes);
  const wide = [];
  const compact = [];
  for (const tag of tags) {
    const views = Object.keys(table.boxes[tag]);
    for (const view of views) {
      for (const [lang, layouts] of Object.entries(table.boxes[tag][view])) {
        wide.push(`${selector(tag, view, views, lang)}{${declarations(layouts.wide)}}`);
        compact.push(`${selector(tag, view, views, lang)}{${declarations(layouts.compact)}}`);
      }
    }
  }
  // A pre-rendered tag (`mss-charts/ssr`) has its content, and so its height, already: nothing to reserve.
  const undefinedTags = (suffix) => tags.map((tag) => `${tag}:not(:defined):not([prerendered])${suffix}`).join(',');
  return [
    '/* mss-charts: the box each chart will take, reserved until its code arrives (no layout shift). */',
    `${undefinedTags(':not([hidden])')}{display:block;container-type:inline-size}`,
    `${undefinedTags('::before')}{content:"";display:block}`,
    ...wide,
    `@container (max-width:${table.compactBelow}px){`,
    ...compact,
    '}',
    '',
  ].join('\n');
}
