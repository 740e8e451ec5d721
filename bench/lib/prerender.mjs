// Pre-rendered markup: a page of plain mss-charts tags run through `render()` of mss-charts/ssr (the built
// dist/lib/ssr), as a newsroom's server would before sending it. Each tag then holds its whole figure in a
// declarative shadow root; the loader hydrates it. The stylesheet of each tag used is linked in the head,
// before the loader, so it is loaded before the first paint (the shadow roots link the same files).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The built server renderer (needs `npm run build`). */
async function loadSsr(root) {
  const file = join(root, 'dist', 'lib', 'ssr', 'index.js');
  if (!existsSync(file)) throw new Error('dist/lib/ssr/index.js is missing: run `npm run build` first');
  return import(pathToFileURL(file).href);
}

/**
 * `html` with its mss-charts tags server-rendered, stylesheets at `base` (the bench server's copy of
 * dist/cdn/). `loaderTag` is the page's loader script: the stylesheet links go right before it, and the
 * reserved-box stylesheet (`mss-charts.css`, for plain tags) is dropped, since no tag is left plain.
 */
export async function prerenderPage(root, html, { base, loaderTag, boxStylesheetTag }) {
  const { render, TAGS } = await loadSsr(root);
  if (!html.includes(loaderTag)) throw new Error(`the page has no ${loaderTag}`);
  const used = [...TAGS].filter((tag) => html.includes(`<${tag}`));
  const links = used.map((tag) => `<link rel="stylesheet" href="${base}styles/${tag}.css" />`).join('\n    ');
  const withLinks = html.replace(boxStylesheetTag, '').replace(loaderTag, `${links}\n    ${loaderTag}`);
  return render(withLinks, { base });
}
