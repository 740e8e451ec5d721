/** The languages whose UI text the charts ship; any other page language gets English text. */
export const UI_LANGUAGES = ['en', 'fr', 'ht', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The UI language for a locale: `fr-CA` → `fr`, `ht` → `ht`, `de` → `en`. */
export function uiLanguage(locale: string): UiLanguage {
  const base = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return (UI_LANGUAGES as readonly string[]).includes(base) ? (base as UiLanguage) : 'en';
}

/** Picks the translation of a per-language table for a locale, falling back to English. */
export function pick<T>(table: Record<UiLanguage, T>, locale: string): T {
  return table[uiLanguage(locale)];
}
