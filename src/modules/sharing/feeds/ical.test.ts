import ICAL from "ical.js";
import { Temporal } from "temporal-polyfill";
import { beforeAll, describe, expect, it } from "vitest";
import { addMember, makeOrg, makePerson, type TestPerson } from "../../../test/factories.ts";
import { setupApi } from "../../../test/harness.ts";
import { DEFAULT_RULES } from "../rules.ts";
import { escapeText, foldLine, vtimezone } from "./ical.ts";

const PUBLIC = "https://triarchy.example.org";
const api = setupApi({ publicUrl: PUBLIC });
const TZ = "Europe/Paris";
const DAY = ["09:00", "18:00"];
const ALL_WEEK = { mon: [DAY], tue: [DAY], wed: [DAY], thu: [DAY], fri: [DAY], sat: [DAY], sun: [DAY] };

let steward: TestPerson;
let member: TestPerson;
let owner: TestPerson;
let other: TestPerson;

const today = () => Temporal.Now.plainDateISO(TZ);

/** The local date of Europe/Paris's next change of clocks at least four days ahead (so the days around it can be booked). */
function nextChange(zone = TZ): Temporal.PlainDate {
  let at = Temporal.Now.zonedDateTimeISO(zone).add({ days: 4 }).startOfDay();
  const change = at.getTimeZoneTransition("next");
  if (!change) throw new Error(`${zone} has no next transition`);
  at = change;
  return at.toPlainDate();
}

async function openLibrary(slug: string, extra: object = {}, timeZone = TZ) {
  const org = await makeOrg(api.db, steward, { slug: `${slug}-org`, name: `${slug} org` });
  for (const p of [member, owner, other]) await addMember(api.db, org, p);
  const res = await api.call("POST", "/api/libraries", {
    as: steward.token,
    body: {
      organization: org.slug,
      slug,
      name: `Library ${slug}`,
      timeZone,
      openingHours: ALL_WEEK,
      rules: { ...DEFAULT_RULES, maxConcurrent: null, horizonDays: 400 },
      ...extra,
    },
  });
  expect(res.status).toBe(201);
}

async function addType(library: string, slug: string, units: number, over: object = {}, unit: object = {}) {
  const res = await api.call("POST", `/api/libraries/${library}/resources`, {
    as: steward.token,
    body: { slug, name: slug, kind: "tool", ...over },
  });
  expect(res.status).toBe(201);
  for (let i = 1; i <= units; i++) {
    const u = await api.call("POST", `/api/libraries/${library}/resources/${slug}/units`, {
      as: steward.token,
      body: { code: `${slug}-${i}`, ...unit },
    });
    expect(u.status).toBe(201);
  }
}

const book = async (library: string, type: string, as: TestPerson, body: object) => {
  const res = await api.call("POST", `/api/libraries/${library}/resources/${type}/bookings`, { as: as.token, body });
  expect(res.status).toBe(201);
  return res.body as { id: string; startsAt: string; endsAt: string; status: string };
};
const bookDays = (library: string, type: string, as: TestPerson, first: Temporal.PlainDate, last: Temporal.PlainDate) =>
  book(library, type, as, { firstDay: first.toString(), lastDay: last.toString() });
const slot = (d: Temporal.PlainDate, from: string, to: string, zone = TZ) => ({
  startsAt: d.toPlainDateTime(Temporal.PlainTime.from(from)).toZonedDateTime(zone).toString({ timeZoneName: "never" }),
  endsAt: d.toPlainDateTime(Temporal.PlainTime.from(to)).toZonedDateTime(zone).toString({ timeZoneName: "never" }),
});

async function fetchCalendar(path: string) {
  const res = await api.call("GET", path);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/calendar/);
  return res.body as string;
}

/**
 * Parses with ical.js. A TZID is resolved by the parser from the calendar's own VTIMEZONE (ical.js has
 * no time-zone data of its own), so the instants it reads test the offsets the feed gives.
 */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((v) => ({
    component: v,
    event: new ICAL.Event(v),
    uid: String(v.getFirstPropertyValue("uid")),
    status: String(v.getFirstPropertyValue("status")),
  }));
  return { calendar, events };
}

/** X- and RFC 7986 properties are unknown to ical.js, which leaves them escaped: read them as TEXT. */
const textValue = (raw: unknown) =>
  (ICAL.design.icalendar.value as unknown as Record<string, { fromICAL(v: string): string }>).text?.fromICAL(String(raw));

const eventOf = (parsed: ReturnType<typeof parse>, bookingId: string) => {
  const found = parsed.events.find((e) => e.uid === `booking-${bookingId}@triarchy.example.org`);
  if (!found) throw new Error(`no event for booking ${bookingId}`);
  return found;
};

beforeAll(async () => {
  steward = await makePerson(api.db, { handle: "ical-steward", name: "Stella Steward" });
  member = await makePerson(api.db, { handle: "ical-member", name: "Zoé Borrower", email: "zoe.borrower@example.test" });
  owner = await makePerson(api.db, { handle: "ical-owner", name: "Omar Owner" });
  other = await makePerson(api.db, { handle: "ical-other", name: "Olga Other" });
  await openLibrary("ical-lib", { address: "12 rue des Lilas, 75020 Paris", latitude: 48.8716, longitude: 2.3985 });
  await addType("ical-lib", "ladder", 2, { name: "Échelle; 3 m, alu" });
  await addType("ical-lib", "room", 1, {
    name: "Meeting room",
    kind: "space",
    rules: { granularity: "slot", slotMinutes: 60, minLength: 60, maxLength: 240 },
  });
  await addType("ical-lib", "drill", 1, { name: "Drill" }, { owner: owner.handle });
});

describe("a resource type's public calendar", () => {
  it("lists whole-day bookings as all-day events on the library's local dates across a daylight-saving change, with no borrower", async () => {
    const change = nextChange();
    const first = change.subtract({ days: 2 });
    const last = change.add({ days: 1 });
    const booking = await bookDays("ical-lib", "ladder", member, first, last);
    const text = await fetchCalendar("/api/libraries/ical-lib/resources/ladder/calendar.ics");
    const parsed = parse(text);
    const { event, status, component } = eventOf(parsed, booking.id);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe(first.toString());
    // DTEND is exclusive: the day after the last day, although that week is 23 or 25 hours off 4 × 24.
    expect(event.endDate.isDate).toBe(true);
    expect(event.endDate.toString()).toBe(last.add({ days: 1 }).toString());
    expect(event.summary).toBe("Booked");
    expect(status).toBe("CONFIRMED");
    expect(component.getFirstPropertyValue("resources")).toMatch(/^ladder-[12]$/);
    expect(component.getFirstPropertyValue("dtstamp")).toBeTruthy();
    expect(parsed.calendar.getFirstPropertyValue("x-wr-timezone")).toBe(TZ);
    expect(textValue(parsed.calendar.getFirstPropertyValue("x-wr-calname"))).toBe("Library ical-lib: Échelle; 3 m, alu");
    for (const secret of [member.handle, member.name, member.email, member.id, "Borrower"]) expect(text).not.toContain(secret);
  });

  it("gives slots as local times with TZID and a VTIMEZONE whose offsets put them at the booked instants on both sides of the change", async () => {
    const change = nextChange();
    const before = await book("ical-lib", "room", member, slot(change.subtract({ days: 1 }), "10:00", "12:00"));
    const after = await book("ical-lib", "room", other, slot(change.add({ days: 1 }), "10:00", "12:00"));
    const text = await fetchCalendar("/api/libraries/ical-lib/resources/room/calendar.ics");
    expect(text).toContain(`DTSTART;TZID=Europe/Paris:${change.subtract({ days: 1 }).toString().replaceAll("-", "")}T100000`);
    const parsed = parse(text);
    expect(parsed.calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid"))).toEqual([TZ]);
    for (const booking of [before, after]) {
      const { event } = eventOf(parsed, booking.id);
      expect(event.startDate.zone?.tzid).toBe(TZ);
      expect(event.startDate.hour).toBe(10);
      expect(event.startDate.toJSDate().toISOString()).toBe(new Date(booking.startsAt).toISOString());
      expect(event.endDate.toJSDate().toISOString()).toBe(new Date(booking.endsAt).toISOString());
    }
    // The same local hour is a different UTC hour once the clocks have changed.
    expect(new Date(before.startsAt).getUTCHours()).not.toBe(new Date(after.startsAt).getUTCHours());
    for (const p of [member, other]) expect(text).not.toContain(p.handle);
  });

  it("marks a request awaiting the unit's owner TENTATIVE, and leaves cancelled bookings and other types out", async () => {
    const d = today().add({ days: 6 });
    const requested = await bookDays("ical-lib", "drill", member, d, d);
    expect(requested.status).toBe("requested");
    const cancelled = await bookDays("ical-lib", "drill", other, d.add({ days: 2 }), d.add({ days: 2 }));
    expect((await api.call("POST", `/api/bookings/${cancelled.id}/cancel`, { as: other.token })).status).toBe(200);
    const ladder = await bookDays("ical-lib", "ladder", other, d, d);
    const parsed = parse(await fetchCalendar("/api/libraries/ical-lib/resources/drill/calendar.ics"));
    expect(eventOf(parsed, requested.id).status).toBe("TENTATIVE");
    expect(parsed.events.map((e) => e.uid)).not.toContain(`booking-${cancelled.id}@triarchy.example.org`);
    expect(parsed.events.map((e) => e.uid)).not.toContain(`booking-${ladder.id}@triarchy.example.org`);
  });

  it("answers 404 for an unknown library or type", async () => {
    expect((await api.call("GET", "/api/libraries/nowhere/resources/ladder/calendar.ics")).status).toBe(404);
    expect((await api.call("GET", "/api/libraries/ical-lib/resources/nothing/calendar.ics")).status).toBe(404);
  });
});

describe("the format", () => {
  it("writes CRLF lines of at most 75 octets, folded inside no UTF-8 character, and escapes text", async () => {
    const long = "Perceuse-visseuse sans fil; 18 V, 2 batteries, coffret — « réservée aux ateliers », voir \\notice";
    const res = await api.call("POST", "/api/libraries/ical-lib/resources", {
      as: steward.token,
      body: { slug: "long-name", name: long, kind: "tool" },
    });
    expect(res.status).toBe(201);
    const text = await fetchCalendar("/api/libraries/ical-lib/resources/long-name/calendar.ics");
    expect(text.endsWith("\r\n")).toBe(true);
    const lines = text.slice(0, -2).split("\r\n");
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    }
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
    expect(textValue(parse(text).calendar.getFirstPropertyValue("x-wr-calname"))).toBe(`Library ical-lib: ${long}`);
  });

  it("folds multi-byte text at character boundaries and escapes the characters RFC 5545 reserves", () => {
    const line = `SUMMARY:${"é".repeat(100)}`;
    const folded = foldLine(line).split("\r\n");
    expect(folded.map((l) => Buffer.byteLength(l)).every((n) => n <= 75)).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join("")).toBe(line);
    expect(escapeText("a;b,c\\d\ne\r\nf\u0007")).toBe("a\\;b\\,c\\\\d\\ne\\nf");
  });

  it("describes a zone's transitions exactly: Paris in 2026 moves at 02:00 and 03:00 local time, Tokyo keeps one offset", () => {
    const paris = vtimezone(TZ, Temporal.Instant.from("2026-01-10T00:00:00Z"), Temporal.Instant.from("2026-12-10T00:00:00Z")).join("\n");
    expect(paris).toContain("BEGIN:DAYLIGHT\nDTSTART:20260329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nEND:DAYLIGHT");
    expect(paris).toContain("BEGIN:STANDARD\nDTSTART:20261025T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD");
    // The observance in force at the start: the change of October 2025.
    expect(paris).toContain("DTSTART:20251026T030000");
    const tokyo = vtimezone("Asia/Tokyo", Temporal.Instant.from("2026-01-10T00:00:00Z"), Temporal.Instant.from("2026-12-10T00:00:00Z"));
    expect(tokyo.filter((l) => l.startsWith("TZOFFSETTO"))).toEqual(["TZOFFSETTO:+0900"]);
  });
});

describe("a person's private feed", () => {
  it("is made by its owner only, lists their bookings in every library with the library's address, and nobody else's", async () => {
    await openLibrary("ical-far", { address: "" }, "America/New_York");
    await addType("ical-far", "kayak", 1, { name: "Kayak" });
    const nyDay = Temporal.Now.plainDateISO("America/New_York").add({ days: 3 });
    const far = await bookDays("ical-far", "kayak", member, nyDay, nyDay);
    const near = await book("ical-lib", "room", member, slot(today().add({ days: 3 }), "14:00", "15:00"));
    const notMine = await book("ical-lib", "room", other, slot(today().add({ days: 3 }), "15:00", "16:00"));

    expect((await api.call("POST", "/api/me/calendar-feed")).status).toBe(401);
    const made = await api.call("POST", "/api/me/calendar-feed", { as: member.token });
    expect(made.status).toBe(201);
    const url = new URL(made.body.url);
    expect(url.origin).toBe(PUBLIC);
    expect(url.pathname).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{20,}\.ics$/);

    const text = await fetchCalendar(url.pathname);
    const parsed = parse(text);
    const room = eventOf(parsed, near.id);
    expect(room.event.summary).toBe("Meeting room");
    expect(room.event.location).toBe("Library ical-lib, 12 rue des Lilas, 75020 Paris");
    expect(room.event.startDate.toJSDate().toISOString()).toBe(new Date(near.startsAt).toISOString());
    const kayak = eventOf(parsed, far.id);
    expect(kayak.event.summary).toBe("Kayak");
    expect(kayak.event.location).toBe("Library ical-far");
    expect(kayak.event.startDate.isDate).toBe(true);
    expect(kayak.event.startDate.toString()).toBe(nyDay.toString());
    expect(parsed.events.map((e) => e.uid)).not.toContain(`booking-${notMine.id}@triarchy.example.org`);
    expect(textValue(parsed.calendar.getFirstPropertyValue("x-wr-calname"))).toBe("My bookings (triarchy.example.org)");
  });

  it("answers 404 for an unknown, malformed, replaced or revoked token", async () => {
    expect((await api.call("GET", `/api/calendar/${"x".repeat(43)}.ics`)).status).toBe(404);
    expect((await api.call("GET", "/api/calendar/not-a-feed")).status).toBe(404);
    const first = new URL((await api.call("POST", "/api/me/calendar-feed", { as: other.token })).body.url).pathname;
    expect((await api.call("GET", first)).status).toBe(200);
    const second = new URL((await api.call("POST", "/api/me/calendar-feed", { as: other.token })).body.url).pathname;
    expect(second).not.toBe(first);
    expect((await api.call("GET", first)).status).toBe(404);
    expect((await api.call("GET", second)).status).toBe(200);
    expect((await api.call("DELETE", "/api/me/calendar-feed")).status).toBe(401);
    expect((await api.call("DELETE", "/api/me/calendar-feed", { as: other.token })).status).toBe(204);
    expect((await api.call("GET", second)).status).toBe(404);
    expect((await api.call("DELETE", "/api/me/calendar-feed", { as: other.token })).status).toBe(204);
  });
});
