/**
 * Which tags the CDN loader counts as needing the full Chart.js engine (lines, areas or the map) rather
 * than the bar engine: read from the tag and its `view` attribute alone, before any element code has come.
 * It must agree with `engineKindOf` (src/engine/load-engine.ts) on every chart the elements build; the
 * engine-kinds test checks it does.
 */
export function needsFullEngine(tag: string, view: string | null): boolean {
  switch (tag) {
    case 'mss-displacement-chart':
      return true;
    case 'mss-contingent-chart':
      return view === 'cumulative';
    case 'mss-pledges-chart':
      return view === 'map';
    default:
      return false;
  }
}
