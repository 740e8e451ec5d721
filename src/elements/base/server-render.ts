/**
 * What a server render (`mss-charts/ssr`) tells the elements it renders: the width to lay the static chart out
 * at and the text measure to use (there is no canvas in Node), and a prefix that keeps the ids of one render
 * unique on the page it is pasted into. The browser never sets it.
 */
import type { Scheme } from '../../engine/palette.js';
import type { TextMeasure } from '../../static-chart/measure.js';

export interface ServerRenderSettings {
  /** CSS pixels: the static chart is drawn at this width and scales with the reader's box. */
  width: number;
  measure?: TextMeasure;
  /** The colours drawn with: the page's colour scheme, which a server cannot see. */
  scheme: Scheme;
  /** Ids are `<prefix>-<n>`: the prefix differs from render to render. */
  idPrefix: string;
  count: number;
}

export const serverRender: ServerRenderSettings = { width: 680, scheme: 'light', idPrefix: 'mss', count: 0 };

let browserCount = 0;

/**
 * A unique prefix for the ids in an element's shadow root. An element that takes over server-rendered markup
 * keeps the ids that markup already has, so that its labels and references stay paired.
 */
export function elementUid(host: HTMLElement, isServer: boolean): string {
  if (isServer) return `${serverRender.idPrefix}-${++serverRender.count}`;
  const rendered = host.shadowRoot?.querySelector('[part~="title"]')?.id;
  if (rendered?.endsWith('-title')) return rendered.slice(0, -'-title'.length);
  return `mss-${++browserCount}`;
}
