/**
 * The colours of the two schemes, written once: the element's stylesheet declares them as its CSS defaults
 * (base.styles.ts), and where no CSS can be read — a server render, an image made at build time — the static
 * chart is drawn with them directly. A page's `--mss-*` properties override them in the browser.
 */
import type { ChartTheme } from '../charts/spec.js';
import { hatchMarker } from './theme.js';

export type Scheme = 'light' | 'dark';

export interface Palette {
  text: string;
  background: string;
  muted: string;
  grid: string;
  accent: string;
  series: readonly [string, string, string, string, string, string];
  disputed: string;
  focus: string;
}

export const PALETTES: Readonly<Record<Scheme, Palette>> = {
  light: {
    text: '#1f1f1f',
    background: '#ffffff',
    muted: '#5c6670',
    grid: '#e1e4e8',
    accent: '#0b5cad',
    // Not #876800 for the fourth: protanopes saw it as the same colour as the first (ΔE 1.7, Machado simulation).
    series: ['#c4510a', '#00795a', '#9a4b94', '#7f4f24', '#5f6368', '#1f1f1f'],
    disputed: '#5c6670',
    focus: '#0b5cad',
  },
  dark: {
    text: '#ececec',
    background: '#17191c',
    muted: '#aab1b9',
    grid: '#3a3e44',
    accent: '#5aaef2',
    series: ['#f0894a', '#3cc49a', '#d690cf', '#e6c35c', '#a9adb3', '#e8e8e8'],
    disputed: '#aab1b9',
    focus: '#8cc8ff',
  },
};

/** The chart theme of a scheme where no CSS can be read (hatched parts marked for the static chart to hatch). */
export function schemeTheme(scheme: Scheme, fontFamily = 'system-ui, sans-serif'): ChartTheme {
  const p = PALETTES[scheme];
  return {
    text: p.text,
    muted: p.muted,
    grid: p.grid,
    background: 'transparent',
    accent: p.accent,
    series: p.series,
    disputedFill: hatchMarker(p.disputed),
    hatch: hatchMarker,
    fontFamily,
    fontSize: 12,
  };
}
