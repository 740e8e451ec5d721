/** The languages whose UI text the charts ship; any other page language gets English text. */
export const UI_LANGUAGES = ['en', 'fr', 'ht', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The UI language for a locale: `fr-CA` → `fr`, `ht` → `ht`, `de` → `en`. */
export function uiLanguage(locale: string): UiLanguage {
  // Asked for each formatted figure (thousands at the row limit): a page has few locales.
  let language = uiLanguages.get(locale);
  if (!language) {
    const base = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
    language = (UI_LANGUAGES as readonly string[]).includes(base) ? (base as UiLanguage) : 'en';
    uiLanguages.set(locale, language);
  }
  return language;
}
const uiLanguages = new Map<string, UiLanguage>();

/**
 * Picks a translation from a table that holds all four languages: for the few words of code that is itself
 * loaded on demand (the refresh's). An element's own words are a Words table instead.
 */
export function pick<T>(table: Record<UiLanguage, T>, locale: string): T {
  return table[uiLanguage(locale)];
}

type OtherLanguage = Exclude<UiLanguage, 'en'>;

/**
 * The words of one kind (the UI's, one chart's) in every language. English is always there; each other
 * language is a module of its own (`words/<kind>.<lang>.ts`), loaded on demand, so a page in English never
 * downloads French, Creole or Spanish. An element loads its kinds in its language before rendering
 * (MssElement); server rendering and scripts load every language at once (all-words.ts).
 */
export class Words<T> {
  private readonly table: Partial<Record<UiLanguage, T>> = {};
  private readonly pending = new Map<OtherLanguage, Promise<void>>();

  constructor(
    private readonly en: T,
    private readonly loaders: Record<OtherLanguage, () => Promise<{ words: T }>>,
  ) {}

  /** The words for a locale: English for other languages, and while (or if) its language is not loaded. */
  pick(locale: string): T {
    return this.table[uiLanguage(locale)] ?? this.en;
  }

  /** Whether the words of a locale's language are there (always, for English and other languages). */
  ready(locale: string): boolean {
    const lang = uiLanguage(locale);
    return lang === 'en' || this.table[lang] !== undefined;
  }

  /**
   * Loads the words of a locale's language, once. A failed load (a flaky network) is forgotten and
   * rejects: the element then speaks English rather than nothing, and its next render tries again.
   */
  load(locale: string): Promise<void> {
    const lang = uiLanguage(locale);
    if (lang === 'en' || this.table[lang]) return Promise.resolve();
    let pending = this.pending.get(lang);
    if (!pending) {
      pending = this.loaders[lang]().then(
        (module) => this.add(lang, module.words),
        (error: unknown) => {
          this.pending.delete(lang);
          throw error;
        },
      );
      this.pending.set(lang, pending);
    }
    return pending;
  }

  /** Adds a language's words given at once (all-words.ts). */
  add(lang: OtherLanguage, words: T): void {
    this.table[lang] = words;
  }
}
