import type { AGREEMENT_PERIODS } from "./schema.ts";

/**
 * An agreement's periods are calendar months, quarters or years: an agreement starts on the first
 * day of one and ends on the last day of one, so every invoice covers a whole period and a fixed fee
 * never needs prorating. Days are ISO strings in UTC.
 */
export type Period = (typeof AGREEMENT_PERIODS)[number];

const MONTHS: Record<Period, number> = { month: 1, quarter: 3, year: 12 };

const parts = (day: string) => {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return { y, m: m - 1, d };
};
const iso = (date: Date) => date.toISOString().slice(0, 10);

export function periodStartOf(day: string, period: Period): string {
  const { y, m } = parts(day);
  const size = MONTHS[period];
  return iso(new Date(Date.UTC(y, Math.floor(m / size) * size, 1)));
}

/** The inclusive last day of the period that starts on `start`. */
export function periodEndOf(start: string, period: Period): string {
  const { y, m } = parts(start);
  return iso(new Date(Date.UTC(y, m + MONTHS[period], 0)));
}

export const isPeriodStart = (day: string, period: Period) => periodStartOf(day, period) === day;
export const isPeriodEnd = (day: string, period: Period) => periodEndOf(periodStartOf(day, period), period) === day;

export function addDays(day: string, days: number): string {
  const { y, m, d } = parts(day);
  return iso(new Date(Date.UTC(y, m, d + days)));
}

/** The next period's first day. */
export const nextPeriod = (start: string, period: Period) => addDays(periodEndOf(start, period), 1);

export const PERIOD_WORDS: Record<Period, string> = { month: "a calendar month", quarter: "a calendar quarter", year: "a calendar year" };
