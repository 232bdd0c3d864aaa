/** Calendar periods for the feedback loop: months, quarters or years, as PostgreSQL's date_trunc draws them. */
export const INTERVALS = ["month", "quarter", "year"] as const;
export type Interval = (typeof INTERVALS)[number];

const MONTHS: Record<Interval, number> = { month: 1, quarter: 3, year: 12 };

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (day: string) => new Date(`${day}T00:00:00Z`);

/** The first day of the period containing `day`. */
export function periodStart(day: string, interval: Interval): string {
  const d = utc(day);
  const month = d.getUTCMonth() - (d.getUTCMonth() % MONTHS[interval]);
  return iso(new Date(Date.UTC(d.getUTCFullYear(), month, 1)));
}

/** `start` moved by n periods (n may be negative). */
export function addPeriods(start: string, interval: Interval, n: number): string {
  const d = utc(start);
  return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n * MONTHS[interval], 1)));
}

/** The last day of the period starting on `start`. */
export const periodEnd = (start: string, interval: Interval) => iso(new Date(utc(addPeriods(start, interval, 1)).getTime() - 86_400_000));

/** Every period from the one containing `from` to the one containing `to`, each as [start, end]. */
export function periodsBetween(from: string, to: string, interval: Interval): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  for (let s = periodStart(from, interval); s <= to; s = addPeriods(s, interval, 1)) out.push({ start: s, end: periodEnd(s, interval) });
  return out;
}
