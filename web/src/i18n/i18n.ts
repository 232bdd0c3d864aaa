/**
 * The one i18next instance: ICU MessageFormat messages (i18next-icu), the bundled catalogues, the
 * language chosen as languages.ts says, and `<html lang>` kept in step with it.
 */
import i18next from "i18next";
import ICU from "i18next-icu";
import { initReactI18next } from "react-i18next";
import { FALLBACK_LANGUAGE, formattingLocale, initialLanguage, isLanguage, LANGUAGES, type Language, storeLanguage } from "./languages.ts";
import { NAMESPACES, resources } from "./resources.ts";

export const i18n = i18next.createInstance();

// ICU formats `{n, number}` and plurals in the browser's regional variant of the language (en-GB, fr-CA…).
const icu = new ICU({ parseLngForICU: (lng) => (isLanguage(lng) ? formattingLocale(lng) : lng) });

void i18n
  .use(icu)
  .use(initReactI18next)
  .init({
    resources,
    lng: initialLanguage(),
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: LANGUAGES,
    // Keys are whole ids ("account.password.new"), found in whichever namespace holds them.
    ns: NAMESPACES,
    defaultNS: "common",
    fallbackNS: NAMESPACES.filter((ns) => ns !== "common"),
    keySeparator: false,
    nsSeparator: false,
    // The catalogues are in the bundle: initialise synchronously, so the first render is translated.
    initAsync: false,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });

export function currentLanguage(): Language {
  const lang = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(lang) ? lang : FALLBACK_LANGUAGE;
}

function reflect(lang: string) {
  if (typeof document !== "undefined") document.documentElement.lang = lang;
}
reflect(currentLanguage());
i18n.on("languageChanged", reflect);

/** The picker's choice: switches every translated view at once and is remembered for the next visit. */
export async function chooseLanguage(lang: Language): Promise<void> {
  storeLanguage(lang);
  await i18n.changeLanguage(lang);
}
