import { useId } from "react";
import "./LanguagePicker.css";
import { useTranslation } from "react-i18next";
import { chooseLanguage, currentLanguage } from "./i18n.ts";
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from "./languages.ts";

/** The language of the whole app, by its own name; the choice is remembered in this browser. */
export function LanguagePicker() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="language-picker">
      <label htmlFor={id}>{t("common.language.label")}</label>
      <select
        id={id}
        value={currentLanguage()}
        onChange={(e) => {
          if (isLanguage(e.target.value)) void chooseLanguage(e.target.value);
        }}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
