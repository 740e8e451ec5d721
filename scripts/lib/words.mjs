// What the scripts and Node tests that build specs for their words share: the four languages, and a theme in
// plain colours (colours never reach the words; the builders only need a complete theme, hatching marked).
export const LANGUAGES = ['en', 'fr', 'ht', 'es'];

export const WORDS_THEME = {
  text: '#111111',
  muted: '#666666',
  grid: '#dddddd',
  background: '#ffffff',
  accent: '#0b5cad',
  series: ['#c4510a', '#00795a', '#9a4b94', '#7f4f24', '#5f6368', '#1f1f1f'],
  disputedFill: 'hatch(#666666)',
  hatch: (color) => `hatch(${color})`,
  fontFamily: 'sans-serif',
  fontSize: 12,
};
