/**
 * Lit's hydration support (`@lit-labs/ssr-client`): lets an element take over markup rendered on a server
 * (`mss-charts/ssr`) instead of rendering a second time beside it. The CDN loader loads this only on pages
 * that have such markup; an application that server-renders imports `mss-charts/hydrate-support` before any
 * element.
 *
 * Lit applies the support when its own module runs after it. In the CDN build Lit shares a chunk with
 * lit-html, which the support imports, so Lit has already run by then: it is applied here instead. The
 * support adds its own `observedAttributes` to LitElement, which tells whether it is applied already.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';

type Support = (classes: { LitElement: typeof LitElement }) => void;

const support = (globalThis as { litElementHydrateSupport?: Support }).litElementHydrateSupport;
if (support && !Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes')) support({ LitElement });
