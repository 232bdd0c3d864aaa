/**
 * Days and times in a library's own time zone. A library's whole days run from its local midnight to
 * the next, whatever zone the browser is in, so every day a page shows or sends is worked out here:
 * days are "YYYY-MM-DD" strings, times "HH:MM", instants epoch milliseconds or ISO strings. Displayed
 * dates and times go through the chosen language's locale (format.ts for days, `formatInstant` here
 * for an instant on the library's clock).
 */
import { formatDate } from "../../format.ts";
import { currentLanguage } from "../../i18n/i18n.ts";
import { perLocale } from "../../i18n/intl.ts";
import type { Language } from "../../i18n/languages.ts";

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, "0");

/** The wall clock in a zone, read with a fixed numeric locale (this is arithmetic, not display). */
const clockFormats = new Map<string, Intl.DateTimeFormat>();
function clockFormat(timeZone: string): Intl.DateTimeFormat {
  let f = clockFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    clockFormats.set(timeZone, f);
  }
  return f;
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(ms: number, timeZone: string): Wall {
  const parts: Record<string, number> = {};
  for (const p of clockFormat(timeZone).formatToParts(new Date(ms))) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** How far the zone's clock is ahead of UTC at this instant, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000;
}

const toMs = (value: string | number) => (typeof value === "number" ? value : new Date(value).getTime());

/** The local day an instant falls on in the zone. */
export function dayIn(value: string | number, timeZone: string): string {
  const w = wallClock(toMs(value), timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** The local time ("HH:MM") of an instant in the zone. */
export function timeIn(value: string | number, timeZone: string): string {
  const w = wallClock(toMs(value), timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** Today in the zone. */
export const todayIn = (timeZone: string, now = Date.now()) => dayIn(now, timeZone);

/** The instant a wall-clock time of a local day happens in the zone (the later one across a change of offset). */
export function instantOf(day: string, time: string, timeZone: string): number {
  const [y, m, d] = parseDay(day);
  const [h = 0, mi = 0] = time.split(":").map(Number);
  const guess = Date.UTC(y, m - 1, d, h, mi);
  const first = guess - offsetAt(guess, timeZone);
  const second = guess - offsetAt(first, timeZone);
  return Math.max(first, second);
}

/** Local midnight starting a day, as an instant. */
export const startOfDay = (day: string, timeZone: string) => instantOf(day, "00:00", timeZone);

function parseDay(day: string): [number, number, number] {
  const m = DAY_RE.exec(day);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [1970, 1, 1];
}

export const isDay = (value: string | null | undefined): value is string => !!value && DAY_RE.test(value);

/** A day `n` days after (or before) another. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = parseDay(day);
  const date = new Date(Date.UTC(y, m - 1, d + n));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Days from `a` to `b` (negative when b comes first). */
export function daysBetween(a: string, b: string): number {
  const [ya, ma, da] = parseDay(a);
  const [yb, mb, db] = parseDay(b);
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / 86_400_000);
}

/** 0 for Monday … 6 for Sunday. */
export function weekdayIndex(day: string): number {
  const [y, m, d] = parseDay(day);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

export const mondayOf = (day: string) => addDays(day, -weekdayIndex(day));
export const firstOfMonth = (day: string) => `${day.slice(0, 8)}01`;
export function lastOfMonth(day: string): string {
  const [y, m] = parseDay(day);
  return addDays(`${y + Math.floor(m / 12)}-${pad((m % 12) + 1)}-01`, -1);
}
export const addMonths = (day: string, n: number): string => {
  const [y, m] = parseDay(day);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
};

/** A datetime-local field's value ("YYYY-MM-DDTHH:MM") for an instant, on the zone's clock. */
export const localInputValue = (value: string | number, timeZone: string) => `${dayIn(value, timeZone)}T${timeIn(value, timeZone)}`;

/** The instant (ISO, UTC) a datetime-local value means on the zone's clock; "" when it is not one. */
export function fromLocalInput(value: string, timeZone: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return m?.[1] && m[2] ? new Date(instantOf(m[1], m[2], timeZone)).toISOString() : "";
}

/*
 * Display, in the chosen language's locale, on the library's clock.
 */
const instantFormats = perLocale((locale) => ({ locale, made: new Map<string, Intl.DateTimeFormat>() }));
function instantFormat(timeZone: string, style: "dateTime" | "time", lang: Language): Intl.DateTimeFormat {
  const { locale, made } = instantFormats(lang);
  const key = `${timeZone}:${style}`;
  let f = made.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      style === "time" ? { timeZone, timeStyle: "short" } : { timeZone, dateStyle: "medium", timeStyle: "short" };
    f = new Intl.DateTimeFormat(locale, options);
    made.set(key, f);
  }
  return f;
}

/** "12 May 2026, 14:00" on the library's clock. */
export function formatInstant(value: string, timeZone: string, lang: Language = currentLanguage()): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : instantFormat(timeZone, "dateTime", lang).format(date);
}

/** "14:00" (or "2:00 PM") on the library's clock. */
export function formatClock(value: string | number, timeZone: string, lang: Language = currentLanguage()): string {
  return instantFormat(timeZone, "time", lang).format(new Date(toMs(value)));
}

/** "09:30" as the language writes a time of day (no zone: it is a wall-clock time). */
export function formatWallTime(hhmm: string, lang: Language = currentLanguage()): string {
  const [h = 0, m = 0] = hhmm.split(":").map(Number);
  return instantFormat("UTC", "time", lang).format(new Date(Date.UTC(2000, 0, 1, h, m)));
}

const dayHeadFormat = perLocale((l) => new Intl.DateTimeFormat(l, { timeZone: "UTC", weekday: "short", day: "numeric" }));
const dayLongFormat = perLocale((l) => new Intl.DateTimeFormat(l, { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" }));
const weekdayShortFormat = perLocale((l) => new Intl.DateTimeFormat(l, { timeZone: "UTC", weekday: "short" }));
const monthTitleFormat = perLocale((l) => new Intl.DateTimeFormat(l, { timeZone: "UTC", month: "long", year: "numeric" }));

const utcNoon = (day: string) => {
  const [y, m, d] = parseDay(day);
  return new Date(Date.UTC(y, m - 1, d, 12));
};

/** "Mon 12" for a calendar's column. */
export const formatDayHead = (day: string, lang: Language = currentLanguage()) => dayHeadFormat(lang).format(utcNoon(day));
/** "Monday 12 May" for a day's full name (buttons, screen readers). */
export const formatDayLong = (day: string, lang: Language = currentLanguage()) => dayLongFormat(lang).format(utcNoon(day));
/** "Mon" for a month grid's column. */
export const formatWeekdayShort = (day: string, lang: Language = currentLanguage()) => weekdayShortFormat(lang).format(utcNoon(day));
/** "May 2026". */
export const formatMonthTitle = (day: string, lang: Language = currentLanguage()) => monthTitleFormat(lang).format(utcNoon(day));

/** A booking's period in words: whole days as "12 – 14 May 2026", other periods from one instant to the other. */
export function describePeriod(startsAt: string, endsAt: string, timeZone: string, lang: Language = currentLanguage()): string {
  const whole = isWholeDays(startsAt, endsAt, timeZone);
  if (whole) {
    const first = dayIn(startsAt, timeZone);
    const last = dayIn(toMs(endsAt) - 1, timeZone);
    return first === last ? formatDate(first, lang) : `${formatDate(first, lang)} – ${formatDate(last, lang)}`;
  }
  const sameDay = dayIn(startsAt, timeZone) === dayIn(toMs(endsAt) - 1, timeZone);
  return sameDay
    ? `${formatInstant(startsAt, timeZone, lang)} – ${formatClock(endsAt, timeZone, lang)}`
    : `${formatInstant(startsAt, timeZone, lang)} – ${formatInstant(endsAt, timeZone, lang)}`;
}

/** Whether a period runs from one local midnight to another (a whole-day booking). */
export function isWholeDays(startsAt: string, endsAt: string, timeZone: string): boolean {
  return timeIn(startsAt, timeZone) === "00:00" && timeIn(endsAt, timeZone) === "00:00" && toMs(endsAt) > toMs(startsAt);
}

/** The first and last day of a whole-day period. */
export const daysOf = (startsAt: string, endsAt: string, timeZone: string) => ({
  firstDay: dayIn(startsAt, timeZone),
  lastDay: dayIn(toMs(endsAt) - 1, timeZone),
});

const dayFullFormat = perLocale(
  (l) => new Intl.DateTimeFormat(l, { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" }),
);
/** "Tuesday 8 December 2026": the desk's day. */
export const formatDayFull = (day: string, lang: Language = currentLanguage()) => dayFullFormat(lang).format(utcNoon(day));
