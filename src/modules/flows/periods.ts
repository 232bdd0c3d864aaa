import { CALENDAR_PERIODS, type CalendarPeriod } from "../../calendar.ts";

/** The feedback loop sums per calendar month, quarter or year (the same periods PostgreSQL's date_trunc draws). */
export const INTERVALS = CALENDAR_PERIODS;
export type Interval = CalendarPeriod;
