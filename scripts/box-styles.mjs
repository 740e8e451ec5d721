// dist/cdn/mss-charts.css from the measured table src/cdn/box-sizes.json (scripts/measure-boxes.mjs): a
// render-blocking stylesheet that gives each tag, until the element's first render, the box the element
// will take, so nothing below it moves when the chart appears. "Until the first render" is: not defined
// yet, or defined but in none of the element's display states (the first render sets one, in the same
// frame). The states are inside :is(), a forgiving list, so a browser without custom states keeps the
// rule for undefined tags.
//
// The box is a `::before` as wide as the tag: its aspect ratio is the plot's (the plot's height follows the
// width) and its padding the text parts' height (title, summary, legend, notes, footer), in em, as measured
// at the nearest of several widths in em. The tag queries its own width, as the element does, to switch to
// the compact layout; a view is its attribute, a language `:lang()` (en when none of the others matches).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** The element's display states (MssElement's DISPLAY_STATES): the first render sets one of them. */
export const DISPLAY_STATES = ['loading', 'static', 'interactive', 'error'];

export function readBoxSizes() {
  return JSON.parse(readFileSync(join(root, 'src', 'cdn', 'box-sizes.json'), 'utf8'));
}

const declarations = ({ text, ratio }) =>
  ratio === undefined ? `aspect-ratio:auto;padding-bottom:${text}em` : `aspect-ratio:${ratio};padding-bottom:${text}em`;

/** The selector of one tag's `::before` in one view (the first is the default) and language (en: any). */
function selector(tag, view, views, lang) {
  const viewPart = views.length === 1 ? '' : view === views[0] ? `:is(:not([view]),[view="${view}"])` : `[view="${view}"]`;
  const langPart = lang === 'en' ? '' : `:lang(${lang})`;
  return `${tag}${viewPart}${langPart}::before`;
}

/** The middle of two measured widths (em), where one measurement gives way to the next. */
const between = (a, b) => Math.round(((a + b) / 2) * 100) / 100;

/**
 * The rules of one layout, widest measurement first: `[query, rules]` pairs, where a query is the width in
 * em under which a narrower measurement takes over (undefined: the widest, no em condition).
 */
function layoutBands(table, layout) {
  const bands = [];
  for (const tag of Object.keys(table.boxes)) {
    const views = Object.keys(table.boxes[tag]);
    for (const view of views) {
      for (const [lang, layouts] of Object.entries(table.boxes[tag][view])) {
        const points = [...layouts[layout]].sort((a, b) => b.em - a.em);
        points.forEach((point, i) => {
          const below = i === 0 ? undefined : between(point.em, points[i - 1].em);
          let band = bands.find(([query]) => query === below);
          if (!band) bands.push((band = [below, []]));
          band[1].push(`${selector(tag, view, views, lang)}{${declarations(point)}}`);
        });
      }
    }
  }
  // Wider bands first, so that a narrower one, coming later, wins where both match.
  return bands.sort(([a], [b]) => (b ?? Infinity) - (a ?? Infinity));
}

/**
 * The stylesheet's text: for each tag, view and language, the wide layout's box at each measured width,
 * then (under `compactBelow` px, where the elements switch) the compact layout's. A width in em is that of
 * the tag itself, in its own font size (a container query's em), so a page set in 18 px gets the box that
 * its text wraps to.
 */
export function boxStylesheet(table = readBoxSizes()) {
  const tags = Object.keys(table.boxes);
  const compactQuery = `(max-width:${table.compactBelow}px)`;
  const blocks = [];
  for (const [below, rules] of layoutBands(table, 'wide')) {
    blocks.push(...(below === undefined ? rules : [`@container (max-width:${below}em){`, ...rules, '}']));
  }
  for (const [below, rules] of layoutBands(table, 'compact')) {
    blocks.push(`@container ${compactQuery}${below === undefined ? '' : ` and (max-width:${below}em)`}{`, ...rules, '}');
  }
  // A pre-rendered tag (`mss-charts/ssr`, or a figure the CDN loader showed) has its content, and so its
  // height, already: nothing to reserve. The sizing rules below apply only where this one gives the
  // `::before` its content.
  const waiting = `:is(:not(:defined),:not(${DISPLAY_STATES.map((state) => `:state(${state})`).join(',')})):not([prerendered])`;
  const waitingTags = (suffix) => tags.map((tag) => `${tag}${waiting}${suffix}`).join(',');
  return [
    '/* mss-charts: the box each chart will take, reserved until its first render (no layout shift). */',
    `${waitingTags(':not([hidden])')}{display:block;container-type:inline-size}`,
    `${waitingTags('::before')}{content:"";display:block}`,
    ...blocks,
    '',
  ].join('\n');
}
