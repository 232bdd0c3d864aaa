/** Shares are basis points in the API (1000 is 10%); people read and type percentages. */

const percentFormat = new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 2 });

/** 1250 → "12.5%" in the viewer's locale. */
export const formatBp = (bp: number) => percentFormat.format(bp / 10_000);

/** "12.5" → 1250: a percentage with at most two decimals, read by string so 0.1 + 0.2 never happens. */
export function parsePercent(text: string): { ok: true; bp: number } | { ok: false; message: string } {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim().replace(/\s*%$/, ""));
  if (!match) return { ok: false, message: "Give a percentage such as 10 or 12.5 (at most two decimals)." };
  const bp = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  if (bp < 1 || bp > 10_000) return { ok: false, message: "Give a percentage above 0 and at most 100." };
  return { ok: true, bp };
}

/** 1250 → "12.5", for an input's value. */
export const bpToPercentText = (bp: number) => String(bp / 100);
