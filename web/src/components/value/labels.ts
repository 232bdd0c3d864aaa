import type { FixedShare, ValueEquationInput } from "../../api/schema.ts";
import { i18n } from "../../i18n/i18n.ts";
import { formatBp } from "../phyles/percent.ts";

/** 500 basis points → "5%", 1250 → "12.5%" (« 12,5 % » in French), in the chosen language. */
export const percent = (bp: number) => formatBp(bp);

/** What someone typed as a percentage ("5", "12.5", "0,25") as basis points, exactly; null if it is not one. */
export function parsePercent(text: string): number | null {
  const m = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/** Points as the API gives them, six decimals ("4.000000", "0.707100"), without the zeros that say nothing: "4", "0.7071". */
export const pointsShown = (points: string) => (points.includes(".") ? points.replace(/0+$/, "").replace(/\.$/, "") : points);

export const recipientText = (b: FixedShare) => ("person" in b.recipient ? `@${b.recipient.person}` : b.recipient.account);

/** The equation in one paragraph of plain words, in the chosen language. */
export function equationInWords(e: ValueEquationInput & { poolBp: number }): string {
  const t = i18n.t;
  const fixed = e.buckets.map((b) => t("value.words.bucket", { share: percent(b.shareBp), label: b.label, recipient: recipientText(b) }));
  const first = fixed.length ? t("value.words.first", { shares: fixed.join(t("value.words.then")) }) : "";
  const rest = t("value.words.pool", {
    fixed: fixed.length ? "yes" : "no",
    pool: percent(e.poolBp),
    days: e.windowDays,
    decay: e.halfLifeDays ? "yes" : "no",
    halfLife: e.halfLifeDays ?? 0,
    reviews: e.reviewPoints ? "yes" : "no",
    reviewPoints: e.reviewPoints,
  });
  return `${first}${rest}`;
}
