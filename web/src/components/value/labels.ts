import type { FixedShare, ValueEquationInput } from "../../api/schema.ts";
import { plural } from "../../format.ts";

/** 500 basis points → "5%", 1250 → "12.5%". */
export const percent = (bp: number) => `${(bp / 100).toLocaleString(undefined, { maximumFractionDigits: 2 })}%`;

/** What someone typed as a percentage ("5", "12.5", "0,25") as basis points, exactly; null if it is not one. */
export function parsePercent(text: string): number | null {
  const m = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/** Points as the API gives them, six decimals ("4.000000", "0.707100"), without the zeros that say nothing: "4", "0.7071". */
export const pointsShown = (points: string) => (points.includes(".") ? points.replace(/0+$/, "").replace(/\.$/, "") : points);

export const recipientText = (b: FixedShare) => ("person" in b.recipient ? `@${b.recipient.person}` : b.recipient.account);

/** The equation in one paragraph of plain words. */
export function equationInWords(e: ValueEquationInput & { poolBp: number }): string {
  const fixed = e.buckets.map((b) => `${percent(b.shareBp)} to ${b.label} (${recipientText(b)})`);
  const first = fixed.length ? `First ${fixed.join(", then ")}. ` : "";
  const pool = `${fixed.length ? "The remaining" : "All"} ${percent(e.poolBp)} is shared among the people whose contributions were accepted in the last ${e.windowDays} days, in proportion to their points`;
  const decay = e.halfLifeDays ? `; a contribution's points halve every ${e.halfLifeDays} days of age` : "";
  const reviews = e.reviewPoints ? `. Each review of a contribution earns its reviewer ${plural(e.reviewPoints, "point")}` : "";
  return `${first}${pool}${decay}${reviews}. Contributions by unknown authors (imported without a matching account) are counted but take nothing.`;
}
