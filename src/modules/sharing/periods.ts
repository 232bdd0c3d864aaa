import { Temporal } from "temporal-polyfill";
import { AppError } from "../../http/errors.ts";
import { t } from "./messages.ts";
import type { OpeningHours, Rules } from "./rules.ts";
import { WEEKDAYS } from "./values.ts";

/**
 * A booking's period, worked out in the library's time zone: whole days run from local midnight to
 * local midnight (23 or 25 hours across a daylight-saving change, still one day each), slots are
 * checked against the opening hours on the local clock. All instants are half-open [start, end).
 */
export interface Period {
  start: Temporal.Instant;
  end: Temporal.Instant;
  /** Whole days the period spans, for day-based rules, fees and quotas. */
  days: number;
  /** Its length in minutes of real time. */
  minutes: number;
}

export interface Requested {
  firstDay?: string | undefined;
  lastDay?: string | undefined;
  startsAt?: string | undefined;
  endsAt?: string | undefined;
}

export interface Calendar {
  timeZone: string;
  openingHours: OpeningHours;
  /** Closed days (YYYY-MM-DD) in the range being checked. */
  closed: ReadonlySet<string>;
}

export const weekday = (d: Temporal.PlainDate) => WEEKDAYS[d.dayOfWeek - 1] ?? "mon";

export const isOpenDay = (cal: Calendar, d: Temporal.PlainDate) =>
  !cal.closed.has(d.toString()) && (cal.openingHours[weekday(d)]?.length ?? 0) > 0;

const midnight = (d: Temporal.PlainDate, timeZone: string) => d.toZonedDateTime({ timeZone }).toInstant();

export function dayPeriod(timeZone: string, first: Temporal.PlainDate, last: Temporal.PlainDate): Period {
  const start = midnight(first, timeZone);
  const end = midnight(last.add({ days: 1 }), timeZone);
  return { start, end, days: first.until(last).days + 1, minutes: start.until(end).total("minutes") };
}

/** A stored period read back: its days counted on the library's calendar. */
export function storedPeriod(timeZone: string, startsAt: Date, endsAt: Date): Period {
  const start = Temporal.Instant.fromEpochMilliseconds(startsAt.getTime());
  const end = Temporal.Instant.fromEpochMilliseconds(endsAt.getTime());
  const first = start.toZonedDateTimeISO(timeZone).toPlainDate();
  const last = end.subtract({ nanoseconds: 1 }).toZonedDateTimeISO(timeZone).toPlainDate();
  return { start, end, days: first.until(last).days + 1, minutes: start.until(end).total("minutes") };
}

function slotPeriod(startsAt: string, endsAt: string): Period {
  const start = Temporal.Instant.from(startsAt);
  const end = Temporal.Instant.from(endsAt);
  const minutes = start.until(end).total("minutes");
  return { start, end, days: Math.max(1, Math.ceil(minutes / 1440)), minutes };
}

const parseDay = (value: string, path: string) => {
  try {
    return Temporal.PlainDate.from(value);
  } catch {
    throw AppError.validation(path, t("day"));
  }
};

const parseInstant = (value: string, path: string) => {
  try {
    return Temporal.Instant.from(value).toString();
  } catch {
    throw AppError.validation(path, t("instant"));
  }
};

/** The request's period as the type's granularity wants it, or a problem naming the field. */
export function requestedPeriod(rules: Rules, timeZone: string, r: Requested): Period {
  if (rules.granularity === "day") {
    if (!r.firstDay) throw AppError.validation("body.firstDay", t("dayBooking"));
    if (!r.lastDay) throw AppError.validation("body.lastDay", t("dayBooking"));
    const first = parseDay(r.firstDay, "body.firstDay");
    const last = parseDay(r.lastDay, "body.lastDay");
    if (Temporal.PlainDate.compare(last, first) < 0) throw AppError.validation("body.lastDay", t("lastBeforeFirst"));
    return dayPeriod(timeZone, first, last);
  }
  if (!r.startsAt) throw AppError.validation("body.startsAt", t("slotBooking"));
  if (!r.endsAt) throw AppError.validation("body.endsAt", t("slotBooking"));
  const period = slotPeriod(parseInstant(r.startsAt, "body.startsAt"), parseInstant(r.endsAt, "body.endsAt"));
  if (period.minutes <= 0) throw AppError.validation("body.endsAt", t("endBeforeStart"));
  return period;
}

const startField = (rules: Rules) => (rules.granularity === "day" ? "body.firstDay" : "body.startsAt");
const endField = (rules: Rules) => (rules.granularity === "day" ? "body.lastDay" : "body.endsAt");

/**
 * The rules about time: not in the past, lead time, horizon, length, opening hours and open days.
 * `skip` holds the rules a steward set aside for this booking.
 */
export function checkTimeRules(rules: Rules, cal: Calendar, period: Period, now: Temporal.Instant, skip: ReadonlySet<string>) {
  const start = startField(rules);
  const check = (name: string, ok: boolean, path: string, message: ReturnType<typeof t>) => {
    if (!ok && !skip.has(name)) throw AppError.validation(path, message);
  };
  const today = now.toZonedDateTimeISO(cal.timeZone).toPlainDate();
  const firstLocal = period.start.toZonedDateTimeISO(cal.timeZone);
  const lastLocal = period.end.subtract({ nanoseconds: 1 }).toZonedDateTimeISO(cal.timeZone);
  const past =
    rules.granularity === "day"
      ? Temporal.PlainDate.compare(firstLocal.toPlainDate(), today) < 0
      : Temporal.Instant.compare(period.start, now) < 0;
  if (past) throw AppError.validation(start, t("inPast"));
  const lead = now.add({ minutes: rules.leadMinutes });
  check(
    "leadMinutes",
    rules.granularity === "day" && rules.leadMinutes === 0 ? true : Temporal.Instant.compare(period.start, lead) >= 0,
    start,
    t("leadTime", { minutes: rules.leadMinutes }),
  );
  const horizon = today.add({ days: rules.horizonDays });
  check(
    "horizonDays",
    Temporal.PlainDate.compare(firstLocal.toPlainDate(), horizon) <= 0,
    start,
    t("horizon", { days: rules.horizonDays }),
  );
  const length = rules.granularity === "day" ? period.days : period.minutes;
  check(
    "minLength",
    length >= rules.minLength,
    endField(rules),
    t(rules.granularity === "day" ? "minDays" : "minMinutes", { min: rules.minLength }),
  );
  check(
    "maxLength",
    length <= rules.maxLength,
    endField(rules),
    t(rules.granularity === "day" ? "maxDays" : "maxMinutes", { max: rules.maxLength }),
  );
  if (rules.granularity === "day") {
    check(
      "openingHours",
      isOpenDay(cal, firstLocal.toPlainDate()),
      start,
      t("closedOnFirstDay", { day: firstLocal.toPlainDate().toString() }),
    );
    if (rules.dueOnOpenDays) {
      check(
        "dueOnOpenDays",
        isOpenDay(cal, lastLocal.toPlainDate()),
        endField(rules),
        t("closedOnLastDay", { day: lastLocal.toPlainDate().toString() }),
      );
    }
    return;
  }
  const onSlot = (z: Temporal.ZonedDateTime) => (z.hour * 60 + z.minute) % rules.slotMinutes === 0 && z.second === 0;
  const endLocal = period.end.toZonedDateTimeISO(cal.timeZone);
  check("slotMinutes", onSlot(firstLocal) && onSlot(endLocal), start, t("slotGrid", { minutes: rules.slotMinutes }));
  check("openingHours", withinOpeningHours(cal, firstLocal, endLocal), start, t("outsideHours"));
}

const clock = (z: Temporal.ZonedDateTime) => `${String(z.hour).padStart(2, "0")}:${String(z.minute).padStart(2, "0")}`;

/** A slot lies inside one of its day's opening intervals (a slot may end at 24:00, the next midnight). */
function withinOpeningHours(cal: Calendar, start: Temporal.ZonedDateTime, end: Temporal.ZonedDateTime) {
  const day = start.toPlainDate();
  if (!isOpenDay(cal, day)) return false;
  const endsNextMidnight = Temporal.PlainDate.compare(end.toPlainDate(), day.add({ days: 1 })) === 0 && end.hour === 0 && end.minute === 0;
  if (Temporal.PlainDate.compare(end.toPlainDate(), day) !== 0 && !endsNextMidnight) return false;
  const from = clock(start);
  const to = endsNextMidnight ? "24:00" : clock(end);
  return (cal.openingHours[weekday(day)] ?? []).some(([open, close]) => open <= from && to <= close);
}

/** The period with the rules' buffers around it: what the booking blocks. */
export const blocked = (rules: Rules, p: Period) => ({
  from: p.start.subtract({ minutes: rules.bufferBeforeMinutes }),
  until: p.end.add({ minutes: rules.bufferAfterMinutes }),
});

/** What the booking costs under the rules' fee, in minor units. */
export function feeFor(rules: Rules, p: Period): bigint {
  if (rules.fee.kind === "per_day") return BigInt(rules.fee.amount) * BigInt(p.days);
  if (rules.fee.kind === "per_hour") return BigInt(rules.fee.amount) * BigInt(Math.ceil(p.minutes / 60));
  return 0n;
}

/**
 * Periods of the same length to offer when the one asked for is taken: for whole days, each later
 * first day that the open-day rules allow; for slots, each later slot on the grid inside the opening
 * hours. At most `limit` candidates, within the horizon.
 */
export function candidatesAfter(rules: Rules, cal: Calendar, wanted: Period, now: Temporal.Instant, limit: number): Period[] {
  const out: Period[] = [];
  const today = now.toZonedDateTimeISO(cal.timeZone).toPlainDate();
  const horizon = today.add({ days: rules.horizonDays });
  if (rules.granularity === "day") {
    let first = wanted.start.toZonedDateTimeISO(cal.timeZone).toPlainDate();
    if (Temporal.PlainDate.compare(first, today) < 0) first = today;
    for (let d = first; Temporal.PlainDate.compare(d, horizon) <= 0 && out.length < limit; d = d.add({ days: 1 })) {
      const last = d.add({ days: wanted.days - 1 });
      if (!isOpenDay(cal, d) || (rules.dueOnOpenDays && !isOpenDay(cal, last))) continue;
      out.push(dayPeriod(cal.timeZone, d, last));
    }
    return out;
  }
  let start = wanted.start.toZonedDateTimeISO(cal.timeZone);
  const stepEnd = start.toPlainDate().add({ days: Math.min(rules.horizonDays, 14) });
  while (out.length < limit && Temporal.PlainDate.compare(start.toPlainDate(), stepEnd) <= 0) {
    const end = start.add({ minutes: wanted.minutes });
    if (Temporal.Instant.compare(start.toInstant(), now) >= 0 && withinOpeningHours(cal, start, end)) {
      out.push({ start: start.toInstant(), end: end.toInstant(), days: wanted.days, minutes: wanted.minutes });
    }
    start = start.add({ minutes: rules.slotMinutes });
  }
  return out;
}
