/**
 * The languages the API answers people in (problem titles), chosen from the request's
 * Accept-Language: the first supported language in the header's order of preference, English when
 * the header names none we have. Only the primary subtag counts ("fr-CA" is French).
 */

import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "../text/messages.ts";

export { DEFAULT_LANGUAGE, LANGUAGES, type Language };

const isLanguage = (tag: string): tag is Language => (LANGUAGES as readonly string[]).includes(tag);

/** Each range of the header with its weight (q, 1 when absent); malformed weights count as 0, i.e. "not acceptable". */
function ranges(header: string): { tag: string; q: number; order: number }[] {
  return header
    .split(",")
    .map((part, order) => {
      const [range = "", ...params] = part.split(";").map((s) => s.trim());
      const qParam = params.find((p) => /^q=/i.test(p));
      const q = qParam === undefined ? 1 : /^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/i.test(qParam) ? Number(qParam.slice(2)) : 0;
      return { tag: range.toLowerCase(), q, order };
    })
    .filter((r) => r.tag !== "" && r.q > 0);
}

export function negotiateLanguage(header: string | null | undefined): Language {
  if (!header) return DEFAULT_LANGUAGE;
  // Higher q first; equal weights keep the header's order (sort is stable).
  const preferred = ranges(header).sort((a, b) => b.q - a.q);
  for (const { tag } of preferred) {
    const primary = tag.split("-")[0] ?? "";
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
