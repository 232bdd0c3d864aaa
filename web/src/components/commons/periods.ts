import type { CreditReport, Interval } from "../../api/schema.ts";

type Row = CreditReport["series"][number];

const iso = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;

function next(start: string, interval: Interval): string {
  const d = new Date(`${start}T00:00:00Z`);
  if (interval === "week") d.setUTCDate(d.getUTCDate() + 7);
  else if (interval === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else if (interval === "quarter") d.setUTCMonth(d.getUTCMonth() + 3);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return iso(d);
}

/**
 * The report lists only periods with accepted contributions; a chart over time needs the quiet
 * ones too, as zeros, so that bars keep their place on the time axis.
 */
export function withEmptyPeriods(series: Row[], interval: Interval): Row[] {
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) return [];
  const byStart = new Map(series.map((r) => [r.start, r]));
  const rows: Row[] = [];
  for (let start = first.start; start <= last.start && rows.length < 1000; start = next(start, interval)) {
    rows.push(byStart.get(start) ?? { start, paid: 0, volunteer: 0, unknown: 0 });
  }
  return rows;
}
