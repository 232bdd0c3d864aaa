import { addDays, type CalendarPeriod, periodEnd, periodStart } from "../../calendar.ts";

/**
 * An agreement's periods are calendar months, quarters or years: an agreement starts on the first
 * day of one and ends on the last day of one, so every invoice covers a whole period and a fixed fee
 * never needs prorating.
 */
export type Period = CalendarPeriod;

export const isPeriodStart = (day: string, period: Period) => periodStart(day, period) === day;
export const isPeriodEnd = (day: string, period: Period) => periodEnd(periodStart(day, period), period) === day;

/** The next period's first day. */
export const nextPeriod = (start: string, period: Period) => addDays(periodEnd(start, period), 1);
