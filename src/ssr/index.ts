/**
 * Server rendering (`mss-charts/ssr`): turns mss-charts tags into HTML that shows the whole figure before any
 * script runs — the title, summary, legend, the static chart (SVG), notes, data table and source links — in a
 * declarative shadow root. Pasted into a page, it needs no JavaScript to be read; with the CDN script, or the
 * element's module, on the page, the element takes the markup over (Lit hydration) in the same box.
 *
 *   import { render } from 'mss-charts/ssr';
 *   const html = await render('<mss-contingent-chart view="cumulative" lang="fr"></mss-contingent-chart>');
 *
 * Styles come from the package's stylesheet files (`<base>styles/<tag>.css`), never a `<style>` element or a
 * `style` attribute, so a page with a strict Content-Security-Policy needs nothing new.
 */
import { render as renderTemplate } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { html, type TemplateResult } from 'lit';
import { createHash } from 'node:crypto';
import '../i18n/all-words.js';
import { serverRender } from '../elements/base/server-render.js';
import { metricsMeasure } from '../static-chart/metrics.js';
import { drawStaticChart } from '../static-chart/draw.js';
import { useStaticChartDrawer } from '../elements/base/static-chart-controller.js';
import { validateDataset } from '../data/validate.js';
import { useValidator } from '../elements/base/data-source.js';
import { findTags, type FoundTag } from './find-tags.js';
import { elementRendererFor, TAGS } from './element-renderer.js';
import { loadMap } from '../map/load.js';

export { stylesheets, TAGS } from './element-renderer.js';
import { VERSION } from './version.js';
import type { MssChartElement } from '../elements/base/mss-chart-element.js';

export interface RenderOptions {
  /**
   * Address of the package's `dist/cdn/` folder, which the markup's stylesheet links point to. Defaults to
   * this version on jsDelivr; give your own copy's address when you host the files.
   */
  base?: string;
  /** Width in CSS pixels the static chart is laid out at (it scales with the reader's box). 680 by default; under 480, the phone layout. */
  width?: number;
  /**
   * The colours of the page the markup goes into, which a server cannot see: `light` (default) or `dark`. A tag's
   * own `theme` attribute wins. The element redraws in the page's real colours once its script runs.
   */
  scheme?: 'light' | 'dark';
}

/** Where the stylesheets are when no `base` is given: this very version on jsDelivr. */
export const DEFAULT_BASE = `https://cdn.jsdelivr.net/npm/mss-charts@${VERSION}/dist/cdn/`;

// Own data on the server is checked synchronously, as it is in the browser once the validator has loaded.
useValidator(validateDataset);
// The static chart is drawn in the render itself: in the browser its code comes on demand.
useStaticChartDrawer(drawStaticChart);

/**
 * Replaces every mss-charts tag in `markup` with the same tag holding its rendered declarative shadow root;
 * everything else in `markup` is kept byte for byte. Tags may carry inline JSON data
 * (`<script type="application/json">`), which is validated as in the browser: bad data renders the element's
 * error, as the browser would show it.
 */
export async function render(markup: string, options: RenderOptions = {}): Promise<string> {
  const base = withSlash(options.base ?? DEFAULT_BASE);
  const tags = findTags(markup, TAGS);
  serverRender.width = options.width ?? 680;
  serverRender.measure = metricsMeasure;
  serverRender.scheme = options.scheme ?? 'light';
  serverRender.idPrefix = `mss-${createHash('sha256').update(markup).digest('hex').slice(0, 6)}`;
  serverRender.count = 0;
  await loadMapFor(tags);
  let out = '';
  let at = 0;
  for (const found of tags) {
    out += markup.slice(at, found.start) + (await renderTag(found, base));
    at = found.end;
  }
  return out + markup.slice(at);
}

/** A map's code is loaded before its tag renders: a server render is synchronous, a browser's update waits for it. */
async function loadMapFor(tags: readonly FoundTag[]): Promise<void> {
  if (tags.some((t) => t.attributes.some(([name, value]) => name === 'view' && value === 'map'))) await loadMap();
}

async function renderTag(found: FoundTag, base: string): Promise<string> {
  const result = renderTemplate(tagTemplate(found), { elementRenderers: [elementRendererFor(base), LitElementRenderer] });
  return stripOuterMarkers(await collectResult(result));
}

/** A template of the one tag, its attributes as written, its own data as a property, its children kept. */
function tagTemplate(found: FoundTag): TemplateResult {
  // `prerendered` tells mss-charts.css that this tag needs no box reserved: its content is already there.
  const attributes = [...found.attributes.filter(([name]) => name !== 'prerendered'), ['prerendered', ''] as const]
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const parts = [`<${found.tag}${attributes} .data=`, `>${found.inner}</${found.tag}>`];
  const strings = Object.assign([...parts], { raw: parts });
  return html(strings as unknown as TemplateStringsArray, parseData(found));
}

/** Inline JSON, parsed; text that is not JSON is passed on as it is, so the element shows its own error. */
function parseData(found: FoundTag): unknown {
  if (found.json === undefined) return undefined;
  try {
    return JSON.parse(found.json);
  } catch {
    return found.json;
  }
}

/** The markers around the one tag are for hydrating a page's own template, which a pasted snippet never is. */
function stripOuterMarkers(rendered: string): string {
  return rendered.replace(/^<!--lit-part [^>]*-->(?:<!--lit-node \d+-->)?/, '').replace(/<!--\/lit-part-->$/, '');
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

export interface RenderedImage {
  /** The whole figure as an SVG document: title, summary, legend, chart, notes, sources and as-of date. */
  svg: string;
  width: number;
  height: number;
  /** Its text alternative (the title and summary), for an `alt` attribute or a sidecar file. */
  alt: string;
}

/**
 * One chart tag's whole figure as an SVG image, for places where no script runs (newsletters, RSS, social
 * cards): the same drawing as the element's "Download image". Rasterise it with any SVG renderer (the build
 * uses @resvg/resvg-js). Resolves to undefined for a tag that is not a chart (key figures).
 */
export async function renderImage(markup: string, options: Omit<RenderOptions, 'base'> = {}): Promise<RenderedImage | undefined> {
  const [found] = findTags(markup, TAGS);
  if (!found) throw new Error('no mss-charts tag in the markup');
  const width = options.width ?? 680;
  Object.assign(serverRender, { width, measure: metricsMeasure, scheme: options.scheme ?? 'light', count: 0, idPrefix: 'mss-image' });
  await loadMapFor([found]);
  const renderer = new LitElementRenderer(found.tag);
  for (const [name, value] of found.attributes) renderer.attributeChangedCallback(name, null, value);
  const data = parseData(found);
  if (data !== undefined) renderer.setProperty('data', data);
  renderer.connectedCallback();
  const element = renderer.element as unknown as { figureSvg?: MssChartElement['figureSvg'] };
  return element.figureSvg ? await element.figureSvg({ width, measure: metricsMeasure }) : undefined;
}
