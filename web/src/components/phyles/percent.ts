/** Shares are basis points in the API (1000 is 10%); people read and type percentages. */
import { i18n } from "../../i18n/i18n.ts";
import { perLocale } from "../../i18n/intl.ts";
import type { Language } from "../../i18n/languages.ts";

const percentFormat = perLocale((l) => new Intl.NumberFormat(l, { style: "percent", maximumFractionDigits: 2 }));

/** 1250 → "12.5%" (« 12,5 % » in French), in the chosen language. */
export const formatBp = (bp: number, lang?: Language) => percentFormat(lang).format(bp / 10_000);

/** "12.5" → 1250: a percentage with at most two decimals, read by string so 0.1 + 0.2 never happens. */
export function parsePercent(text: string): { ok: true; bp: number } | { ok: false; message: string } {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim().replace(/\s*%$/, ""));
  if (!match) return { ok: false, message: i18n.t("phyles.percent.invalid") };
  const bp = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  if (bp < 1 || bp > 10_000) return { ok: false, message: i18n.t("phyles.percent.range") };
  return { ok: true, bp };
}

/** 1250 → "12.5", for an input's value. */
export const bpToPercentText = (bp: number) => String(bp / 100);
