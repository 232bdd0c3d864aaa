import { and, asc, eq, gt, inArray, lt, sql } from "drizzle-orm";
import { Temporal } from "temporal-polyfill";
import type { Db, Executor } from "../../../db/types.ts";
import type { Actor } from "../../../http/env.ts";
import { AppError } from "../../../http/errors.ts";
import { nowMs } from "../../../now.ts";
import { randomToken, sha256 } from "../../accounts/secrets.ts";
import { recordActivity } from "../../activity/service.ts";
import { findLibrary, findType } from "../library-service.ts";
import { authorizeCalendarFeed } from "../policy.ts";
import { rulesFor } from "../rules.ts";
import { bookings, calendarFeedTokens, libraries, resourceTypes, resourceUnits } from "../schema.ts";
import { BLOCKING_BOOKING_STATUSES } from "../values.ts";
import { t } from "./messages.ts";

/**
 * Bookings as iCalendar (RFC 5545): a resource type's public calendar (busy periods, never who booked)
 * and a person's private feed of their own bookings, read by calendar apps through a secret URL.
 *
 * Whole-day bookings are all-day events on the library's local dates (DTEND the day after the last
 * day). Slots are local date-times with TZID=<the library's zone>, and the calendar carries a
 * VTIMEZONE for that zone made from the zone's own transitions (tzdata, through Temporal) over the
 * span of its events: one observance per transition, no recurrence rules, so it is exact even for a
 * zone whose rules changed within the span.
 */

const CRLF = "\r\n";
/** How far back the feeds reach: a booking that ended more than this ago has left them. */
const PAST_DAYS = 30;
/** A person's feed lists at most this many bookings (the earliest of its range). */
const PERSONAL_LIMIT = 2000;

// ——— the format ———

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeText(value: string): string {
  let out = "";
  for (const ch of value.replace(/\r\n?/g, "\n")) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === "\n") out += "\\n";
    else if (ch === "\\" || ch === ";" || ch === ",") out += `\\${ch}`;
    else if (code >= 0x20 && code !== 0x7f) out += ch;
    else if (ch === "\t") out += ch;
  }
  return out;
}

/** Folds a content line so no line is longer than 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line) <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let size = 0;
  let limit = 75;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    if (size + n > limit) {
      parts.push(current);
      current = "";
      size = 0;
      limit = 74; // the continuation's leading space is one of its 75 octets
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const icsDate = (d: Temporal.PlainDate) => `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;
const icsLocal = (d: Temporal.PlainDateTime) => `${icsDate(d.toPlainDate())}T${pad(d.hour)}${pad(d.minute)}${pad(d.second)}`;
const icsUtc = (i: Temporal.Instant) => `${icsLocal(i.toZonedDateTimeISO("UTC").toPlainDateTime())}Z`;
const instant = (d: Date) => Temporal.Instant.fromEpochMilliseconds(d.getTime());

/** A UTC-OFFSET value (RFC 5545 3.3.14): ±hhmm, with seconds only when the offset has some (old local mean times). */
function utcOffset(nanoseconds: number): string {
  const total = Math.round(Math.abs(nanoseconds) / 1e9);
  const seconds = total % 60;
  return `${nanoseconds < 0 ? "-" : "+"}${pad(Math.floor(total / 3600))}${pad(Math.floor((total % 3600) / 60))}${seconds ? pad(seconds) : ""}`;
}

/** A parameter value, quoted when it holds a character that would end it. */
const paramValue = (v: string) => (/[;:,]/.test(v) ? `"${v.replace(/"/g, "")}"` : v);

/** Whether the offset a transition moves to is the zone's summer time that year: above the lower of its January and July offsets. */
function isDaylight(timeZone: string, at: Temporal.ZonedDateTime): boolean {
  const offsetOn = (month: number) => Temporal.ZonedDateTime.from({ timeZone, year: at.year, month, day: 1 }).offsetNanoseconds;
  return at.offsetNanoseconds > Math.min(offsetOn(1), offsetOn(7));
}

/**
 * The VTIMEZONE of `timeZone` for instants in [from, until]: the observance in force at `from` (from
 * the transition before it) and one per transition up to `until`. Each observance's DTSTART is the
 * transition's moment on the local clock it ends (TZOFFSETFROM), as RFC 5545 3.6.5 wants.
 */
export function vtimezone(timeZone: string, from: Temporal.Instant, until: Temporal.Instant): string[] {
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  const start = from.toZonedDateTimeISO(timeZone);
  const previous = start.getTimeZoneTransition("previous");
  const transitions: Temporal.ZonedDateTime[] = previous ? [previous] : [];
  for (let at = previous ?? start; transitions.length < 1000; ) {
    const next = at.getTimeZoneTransition("next");
    if (!next || Temporal.Instant.compare(next.toInstant(), until) > 0) break;
    transitions.push(next);
    at = next;
  }
  if (!previous) {
    // No transition before `from`: the zone has kept its offset since tzdata begins.
    const offset = utcOffset(start.offsetNanoseconds);
    lines.push("BEGIN:STANDARD", "DTSTART:19700101T000000", `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, "END:STANDARD");
  }
  for (const at of transitions) {
    const moment = at.toInstant();
    const before = moment.subtract({ nanoseconds: 1 }).toZonedDateTimeISO(timeZone).offsetNanoseconds;
    const onset = moment.add({ nanoseconds: before }).toZonedDateTimeISO("UTC").toPlainDateTime();
    const kind = isDaylight(timeZone, at) ? "DAYLIGHT" : "STANDARD";
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${icsLocal(onset)}`,
      `TZOFFSETFROM:${utcOffset(before)}`,
      `TZOFFSETTO:${utcOffset(at.offsetNanoseconds)}`,
      `END:${kind}`,
    );
  }
  lines.push("END:VTIMEZONE");
  return lines;
}

export interface CalendarEvent {
  uid: string;
  created: Date;
  modified: Date;
  start: Date;
  end: Date;
  /** The library's zone: whole days are its local dates, slots its local times. */
  timeZone: string;
  allDay: boolean;
  summary: string;
  status: "CONFIRMED" | "TENTATIVE";
  location?: string;
  geo?: { lat: number; lon: number } | null;
  /** The unit's code (RESOURCES, RFC 5545 3.8.1.10). */
  resources?: string;
}

export interface CalendarDocument {
  name: string;
  /** X-WR-TIMEZONE: the zone a calendar app shows the feed in, when it has one. */
  timeZone?: string;
  /** How often a subscriber should fetch it again (RFC 7986 REFRESH-INTERVAL). */
  refreshMinutes: number;
  events: CalendarEvent[];
}

function eventLines(e: CalendarEvent): string[] {
  const lines = ["BEGIN:VEVENT", `UID:${escapeText(e.uid)}`, `DTSTAMP:${icsUtc(instant(e.modified))}`];
  const start = instant(e.start);
  const end = instant(e.end);
  if (e.allDay) {
    const first = start.toZonedDateTimeISO(e.timeZone).toPlainDate();
    // Exclusive: the day after the last day the booking covers.
    const after = end.subtract({ nanoseconds: 1 }).toZonedDateTimeISO(e.timeZone).toPlainDate().add({ days: 1 });
    lines.push(`DTSTART;VALUE=DATE:${icsDate(first)}`, `DTEND;VALUE=DATE:${icsDate(after)}`);
  } else {
    const tzid = paramValue(e.timeZone);
    lines.push(
      `DTSTART;TZID=${tzid}:${icsLocal(start.toZonedDateTimeISO(e.timeZone).toPlainDateTime())}`,
      `DTEND;TZID=${tzid}:${icsLocal(end.toZonedDateTimeISO(e.timeZone).toPlainDateTime())}`,
    );
  }
  lines.push(`SUMMARY:${escapeText(e.summary)}`, `STATUS:${e.status}`, "TRANSP:OPAQUE");
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.geo) lines.push(`GEO:${e.geo.lat};${e.geo.lon}`);
  if (e.resources) lines.push(`RESOURCES:${escapeText(e.resources)}`);
  lines.push(`CREATED:${icsUtc(instant(e.created))}`, `LAST-MODIFIED:${icsUtc(instant(e.modified))}`, "END:VEVENT");
  return lines;
}

/** The whole calendar: CRLF line ends, every line folded at 75 octets, a VTIMEZONE for each zone a timed event names. */
export function renderCalendar(doc: CalendarDocument): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Triarchy//Shared resources//EN",
    "CALSCALE:GREGORIAN",
    `X-WR-CALNAME:${escapeText(doc.name)}`,
    `NAME:${escapeText(doc.name)}`,
  ];
  if (doc.timeZone) lines.push(`X-WR-TIMEZONE:${escapeText(doc.timeZone)}`);
  lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${doc.refreshMinutes}M`, `X-PUBLISHED-TTL:PT${doc.refreshMinutes}M`);
  const spans = new Map<string, { from: Temporal.Instant; until: Temporal.Instant }>();
  for (const e of doc.events) {
    if (e.allDay) continue;
    const span = spans.get(e.timeZone);
    const from = instant(e.start);
    const until = instant(e.end);
    spans.set(e.timeZone, {
      from: span && Temporal.Instant.compare(span.from, from) < 0 ? span.from : from,
      until: span && Temporal.Instant.compare(span.until, until) > 0 ? span.until : until,
    });
  }
  for (const [zone, span] of [...spans].sort(([a], [b]) => a.localeCompare(b))) lines.push(...vtimezone(zone, span.from, span.until));
  for (const e of doc.events) lines.push(...eventLines(e));
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}

// ——— the public calendar of a resource type ———

const statusOf = (s: string): CalendarEvent["status"] => (s === "requested" ? "TENTATIVE" : "CONFIRMED");

/**
 * A resource type's busy periods: every booking that holds one of its units (requested, confirmed,
 * checked out), from 30 days ago to the end of the booking horizon, as "Booked" with the unit's code.
 * Nothing about who booked: no name, handle, note or fee is read.
 */
export async function typeCalendar(db: Executor, librarySlug: string, typeSlug: string, host: string): Promise<string> {
  const library = await findLibrary(db, librarySlug);
  const type = await findType(db, library, typeSlug);
  const rules = rulesFor(library.rules, type.rules);
  const now = Temporal.Instant.fromEpochMilliseconds(nowMs());
  const today = now.toZonedDateTimeISO(library.timeZone).toPlainDate();
  const from = new Date(now.subtract({ hours: 24 * PAST_DAYS }).epochMilliseconds);
  const until = new Date(
    today
      .add({ days: rules.horizonDays + 1 })
      .toZonedDateTime({ timeZone: library.timeZone })
      .toInstant().epochMilliseconds,
  );
  const rows = await db
    .select({
      id: bookings.id,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      status: bookings.status,
      createdAt: bookings.createdAt,
      updatedAt: bookings.updatedAt,
      code: resourceUnits.code,
    })
    .from(bookings)
    .innerJoin(resourceUnits, eq(resourceUnits.id, bookings.unitId))
    .where(
      and(
        eq(bookings.typeId, type.id),
        inArray(bookings.status, [...BLOCKING_BOOKING_STATUSES]),
        gt(bookings.endsAt, from),
        lt(bookings.startsAt, until),
      ),
    )
    .orderBy(asc(bookings.startsAt), asc(resourceUnits.code));
  return renderCalendar({
    name: `${library.name}: ${type.name}`,
    timeZone: library.timeZone,
    refreshMinutes: 60,
    events: rows.map((r) => ({
      uid: `booking-${r.id}@${host}`,
      created: r.createdAt,
      modified: r.updatedAt,
      start: r.startsAt,
      end: r.endsAt,
      timeZone: library.timeZone,
      allDay: rules.granularity === "day",
      summary: "Booked",
      status: statusOf(r.status),
      resources: r.code,
    })),
  });
}

// ——— a person's private feed ———

/** The path segment of a feed's URL: the token, then `.ics`. */
const FEED_FILE = /^([A-Za-z0-9_-]{20,100})\.ics$/;

export const feedUrl = (base: string, token: string) => `${base}/api/calendar/${token}.ics`;

/** Makes (or replaces) the person's feed token; only its SHA-256 is kept, so the URL is shown this once. */
export async function issueCalendarFeed(db: Db, actor: Actor | null): Promise<{ token: string; createdAt: Date }> {
  const token = randomToken();
  return db.transaction(async (tx) => {
    const me = authorizeCalendarFeed(actor);
    const [row] = await tx
      .insert(calendarFeedTokens)
      .values({ personId: me.id, tokenHash: sha256(token) })
      .onConflictDoUpdate({
        target: calendarFeedTokens.personId,
        set: { tokenHash: sha256(token), createdAt: sql`triarchy_written_at()` },
      })
      .returning();
    if (!row) throw new Error("upsert returned no feed token");
    await recordActivity(tx, {
      actorId: me.id,
      verb: "calendar_feed.issued",
      objectType: "person",
      objectId: me.id,
      visibility: "private",
    });
    return { token, createdAt: row.createdAt };
  });
}

/** Revokes the person's feed: its URL answers 404 from then on. Revoking none is not an error. */
export async function revokeCalendarFeed(db: Db, actor: Actor | null): Promise<void> {
  await db.transaction(async (tx) => {
    const me = authorizeCalendarFeed(actor);
    const gone = await tx
      .delete(calendarFeedTokens)
      .where(eq(calendarFeedTokens.personId, me.id))
      .returning({ personId: calendarFeedTokens.personId });
    if (!gone.length) return;
    await recordActivity(tx, {
      actorId: me.id,
      verb: "calendar_feed.revoked",
      objectType: "person",
      objectId: me.id,
      visibility: "private",
    });
  });
}

const PERSONAL_STATUSES = [...BLOCKING_BOOKING_STATUSES, "returned"] as const;

/**
 * The bookings of the person whose token this is, in every library, from 30 days ago on: the
 * resource's name, the library's name and address as LOCATION (and its position as GEO). The token is
 * the whole credential; an unknown or malformed one is not found.
 */
export async function personalCalendar(db: Executor, file: string, host: string, name: string): Promise<string> {
  const token = FEED_FILE.exec(file)?.[1];
  const [owner] = token
    ? await db
        .select({ personId: calendarFeedTokens.personId })
        .from(calendarFeedTokens)
        .where(eq(calendarFeedTokens.tokenHash, sha256(token)))
    : [];
  if (!owner) throw AppError.notFound(t("calendarFeed"));
  const from = new Date(nowMs() - PAST_DAYS * 86_400_000);
  const rows = await db
    .select({
      id: bookings.id,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      status: bookings.status,
      createdAt: bookings.createdAt,
      updatedAt: bookings.updatedAt,
      resource: resourceTypes.name,
      typeRules: resourceTypes.rules,
      library: libraries.name,
      address: libraries.address,
      latitude: libraries.latitude,
      longitude: libraries.longitude,
      timeZone: libraries.timeZone,
      libraryRules: libraries.rules,
    })
    .from(bookings)
    .innerJoin(resourceTypes, eq(resourceTypes.id, bookings.typeId))
    .innerJoin(libraries, eq(libraries.id, bookings.libraryId))
    .where(and(eq(bookings.personId, owner.personId), inArray(bookings.status, [...PERSONAL_STATUSES]), gt(bookings.endsAt, from)))
    .orderBy(asc(bookings.startsAt), asc(bookings.id))
    .limit(PERSONAL_LIMIT);
  const zones = new Set(rows.map((r) => r.timeZone));
  return renderCalendar({
    name,
    ...(zones.size === 1 ? { timeZone: [...zones][0] } : {}),
    refreshMinutes: 30,
    events: rows.map((r) => ({
      uid: `booking-${r.id}@${host}`,
      created: r.createdAt,
      modified: r.updatedAt,
      start: r.startsAt,
      end: r.endsAt,
      timeZone: r.timeZone,
      allDay: rulesFor(r.libraryRules, r.typeRules).granularity === "day",
      summary: r.resource,
      status: statusOf(r.status),
      location: r.address.trim() ? `${r.library}, ${r.address.trim()}` : r.library,
      geo: r.latitude !== null && r.longitude !== null ? { lat: Number(r.latitude), lon: Number(r.longitude) } : null,
    })),
  });
}
