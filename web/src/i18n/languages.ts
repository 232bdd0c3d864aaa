import type { Language as ServerLanguage } from "../../../src/text/messages.ts";

/**
 * The languages the web app speaks, and how one is chosen: the person's own choice (the picker,
 * kept in localStorage), else the first of the browser's preferred languages we have, else English.
 * Pure except for the storage and navigator reads, which are guarded so Node (unit tests) can import it.
 */

/**
 * Each language's name in itself, as the picker shows it: someone who cannot read the current language still finds theirs.
 * Exactly the server's languages (src/text/messages.ts), so its answers and the pages speak the same ones.
 */
export const LANGUAGE_NAMES = {
  en: "English",
  fr: "Français",
} as const satisfies Record<ServerLanguage, string>;

export type Language = keyof typeof LANGUAGE_NAMES;

export const LANGUAGES = Object.keys(LANGUAGE_NAMES) as Language[];
export const FALLBACK_LANGUAGE: Language = "en";

const STORAGE_KEY = "triarchy.language";

export const isLanguage = (value: unknown): value is Language => typeof value === "string" && Object.hasOwn(LANGUAGE_NAMES, value);

/** "fr-CA" → "fr": the primary subtag, which is all the catalogues distinguish. */
const primary = (tag: string) => tag.trim().split("-")[0]?.toLowerCase() ?? "";

/** The first of `tags` (BCP 47, in preference order) whose language we have; English when none. */
export function pickLanguage(tags: readonly string[]): Language {
  for (const tag of tags) {
    const lang = primary(tag);
    if (isLanguage(lang)) return lang;
  }
  return FALLBACK_LANGUAGE;
}

/** The browser's preferred languages; none outside a browser. */
export function browserLanguages(): readonly string[] {
  return typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]).filter(Boolean);
}

/** localStorage can be missing (Node) or throw (storage disabled): the choice is then simply not remembered. */
export function storedLanguage(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLanguage(lang: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered across visits; the page still switches.
  }
}

export function initialLanguage(): Language {
  return storedLanguage() ?? pickLanguage(browserLanguages());
}

/**
 * The locale dates and numbers are formatted in: the browser's own regional variant of the chosen
 * language when it has one ("en-GB" writes 12 Mar 2026, "en-US" Mar 12, 2026), else the language.
 */
export function formattingLocale(lang: Language, preferred: readonly string[] = browserLanguages()): string {
  const regional = preferred.find((tag) => primary(tag) === lang);
  if (!regional) return lang;
  try {
    return Intl.getCanonicalLocales(regional)[0] ?? lang;
  } catch {
    return lang;
  }
}
