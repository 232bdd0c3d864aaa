/**
 * Intl formatters for a language, made once per locale: building one costs far more than using it,
 * and a list formats hundreds of dates.
 */
import { currentLanguage } from "./i18n.ts";
import { formattingLocale, type Language } from "./languages.ts";

export function perLocale<T>(make: (locale: string) => T): (lang?: Language) => T {
  const made = new Map<string, T>();
  return (lang = currentLanguage()) => {
    const locale = formattingLocale(lang);
    let formatter = made.get(locale);
    if (!formatter) {
      formatter = make(locale);
      made.set(locale, formatter);
    }
    return formatter;
  };
}
