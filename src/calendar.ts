/**
 * Calendar days and periods, as ISO date strings (YYYY-MM-DD) in UTC: reciprocity agreements are
 * invoiced per calendar period, the feedback loop sums per period, and contribution windows count
 * days back from a day. One set of rules, so they agree on where a quarter ends.
 */
export const CALENDAR_PERIODS = ["month", "quarter", "year"] as const;
export type CalendarPeriod = (typeof CALENDAR_PERIODS)[number];

const MONTHS: Record<CalendarPeriod, number> = { month: 1, quarter: 3, year: 12 };

const parts = (day: string) => {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return { y, m: m - 1, d };
};
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The UTC day a moment falls on. */
export const dayOf = (moment: Date): string => iso(moment);

/** Whether `text` names a real calendar day as YYYY-MM-DD (2026-02-29 does not exist). */
export function isDay(text: string): boolean {
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && iso(d) === text;
}

/** The UTC day of a timestamp written as text (ISO 8601, with any offset), or null if it is not one. */
export function dayOfTimestamp(text: string): string | null {
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? null : iso(d);
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The moment `hours` hours after `moment` (before it when negative). */
export const hoursAfter = (moment: Date, hours: number): Date => new Date(moment.getTime() + hours * HOUR_MS);

/** The moment `days` days of 24 hours after `moment` (before it when negative): durations such as a session's lifetime. */
export const daysAfter = (moment: Date, days: number): Date => new Date(moment.getTime() + days * DAY_MS);

/**
 * The earliest day that is still today somewhere at `moment`: the date 12 hours behind UTC (the
 * last time zone to reach a day). A day counts as past only once it has passed everywhere, so
 * nobody is refused their own today because the server's clock is in another time zone.
 */
export const earliestToday = (moment: Date): string => dayOf(hoursAfter(moment, -12));

/** `n` calendar months after `day`, on the same day of the month (overflowing into the next month, as Date.UTC does). */
export function addMonths(day: string, n: number): string {
  const { y, m, d } = parts(day);
  return iso(new Date(Date.UTC(y, m + n, d)));
}

export function addDays(day: string, days: number): string {
  const { y, m, d } = parts(day);
  return iso(new Date(Date.UTC(y, m, d + days)));
}

/** The first day of the period containing `day`. */
export function periodStart(day: string, period: CalendarPeriod): string {
  const { y, m } = parts(day);
  const size = MONTHS[period];
  return iso(new Date(Date.UTC(y, Math.floor(m / size) * size, 1)));
}

/** The first day of the period n periods after (or, n negative, before) the one starting on `start`. */
export function addPeriods(start: string, period: CalendarPeriod, n: number): string {
  const { y, m } = parts(start);
  return iso(new Date(Date.UTC(y, m + n * MONTHS[period], 1)));
}

/** The inclusive last day of the period starting on `start`. */
export const periodEnd = (start: string, period: CalendarPeriod) => addDays(addPeriods(start, period, 1), -1);

/** Every period from the one containing `from` to the one containing `to`, each as [start, end]. */
export function periodsBetween(from: string, to: string, period: CalendarPeriod): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  for (let s = periodStart(from, period); s <= to; s = addPeriods(s, period, 1)) out.push({ start: s, end: periodEnd(s, period) });
  return out;
}
