import { sql } from "drizzle-orm";
import { Temporal } from "temporal-polyfill";
import { beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../db/rows.ts";
import { addMember, makeOrg, makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { ALL_WEEK, HOURS, libraryWorld, openDay, slot, TZ } from "../../test/worlds/library.ts";
import type { DEFAULT_RULES } from "./rules.ts";

const api = setupApi();
const { openLibrary: open, addType: add, bookDays } = libraryWorld(api);

let steward: TestPerson;
let member: TestPerson;
let other: TestPerson;
let stranger: TestPerson;

/** The library's local date `n` days from today. */
const day = (n: number) => Temporal.Now.plainDateISO(TZ).add({ days: n }).toString();

const bookingsOf = async (typeSlug: string) =>
  Number(
    (
      await rowsOf<{ n: number }>(
        api.db,
        sql`select count(*)::int as n from bookings b join resource_types t on t.id = b.type_id where t.slug = ${typeSlug} and b.status in ('confirmed', 'requested')`,
      )
    )[0]?.n,
  );

const openLibrary = (slug: string, rules: Partial<typeof DEFAULT_RULES> = {}, hours: object = HOURS) =>
  open(steward, [member, other], slug, rules, hours);
const addType = (library: string, slug: string, units: number, rules: object = {}, kind = "tool") =>
  add(steward, library, slug, units, rules, kind);

beforeAll(async () => {
  steward = await makePerson(api.db, { handle: "lib-steward" });
  member = await makePerson(api.db, { handle: "lib-member" });
  other = await makePerson(api.db, { handle: "lib-other" });
  stranger = await makePerson(api.db, { handle: "lib-stranger" });
  await openLibrary("tools");
  await addType("tools", "drill", 1);
  await addType("tools", "cargo-bike", 5, {}, "vehicle");
  await addType("tools", "laser", 1, { eligibility: "approved" }, "machine");
  await addType("tools", "room", 1, { granularity: "slot", slotMinutes: 30, minLength: 30, maxLength: 240 }, "space");
});

describe("booking a unit", () => {
  it("books the first free unit and answers with the period in the library's time zone", async () => {
    const d = openDay(3);
    const res = await bookDays("tools", "cargo-bike", member, d.toString(), d.toString());
    expect(res.status).toBe(201);
    expect(res.body.status).toBe("confirmed");
    expect(Temporal.Instant.from(res.body.startsAt).toZonedDateTimeISO(TZ).toPlainDate().toString()).toBe(d.toString());
    expect(Temporal.Instant.from(res.body.startsAt).toZonedDateTimeISO(TZ).hour).toBe(0);
  });

  it("lets exactly one of 500 concurrent requests for overlapping periods of one unit through", async () => {
    const d = openDay(10);
    const answers = await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        bookDays("tools", "drill", i % 2 ? member : other, d.toString(), d.add({ days: i % 3 }).toString()),
      ),
    );
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(499);
    expect(await bookingsOf("drill")).toBe(1);
  }, 120_000);

  it("hands out exactly five bookings of a five-unit type to 200 concurrent requests, and offers the next free periods to the rest", async () => {
    const d = openDay(20);
    const before = await bookingsOf("cargo-bike");
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => bookDays("tools", "cargo-bike", i % 2 ? member : other, d.toString(), d.toString())),
    );
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(5);
    expect(new Set(answers.filter((a) => a.status === 201).map((a) => a.body.unit)).size).toBe(5);
    expect(await bookingsOf("cargo-bike")).toBe(before + 5);
    const refused = answers.find((a) => a.status === 409);
    expect(refused?.body.nextFree.length).toBeGreaterThan(0);
    const next = Temporal.Instant.from(refused?.body.nextFree[0].startsAt).toZonedDateTimeISO(TZ).toPlainDate();
    expect(Temporal.PlainDate.compare(next, d)).toBe(1);
  }, 120_000);

  it("allows a booking that ends exactly when the next begins (half-open periods)", async () => {
    const d = openDay(5);
    const first = await api.call("POST", "/api/libraries/tools/resources/room/bookings", {
      as: member.token,
      body: slot(d, "10:00", "11:00"),
    });
    expect(first.status).toBe(201);
    const second = await api.call("POST", "/api/libraries/tools/resources/room/bookings", {
      as: other.token,
      body: slot(d, "11:00", "12:00"),
    });
    expect(second.status).toBe(201);
    const overlapping = await api.call("POST", "/api/libraries/tools/resources/room/bookings", {
      as: other.token,
      body: slot(d, "10:30", "11:30"),
    });
    expect(overlapping.status).toBe(409);
  });

  it("frees the unit when its booking is cancelled, and only the borrower or the desk may cancel", async () => {
    const d = openDay(30);
    const booked = await bookDays("tools", "drill", member, d.toString(), d.toString());
    expect(booked.status).toBe(201);
    expect((await bookDays("tools", "drill", other, d.toString(), d.toString())).status).toBe(409);
    expect((await api.call("POST", `/api/bookings/${booked.body.id}/cancel`, { as: other.token })).status).toBe(403);
    const cancelled = await api.call("POST", `/api/bookings/${booked.body.id}/cancel`, { as: member.token });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe("cancelled");
    expect((await bookDays("tools", "drill", other, d.toString(), d.toString())).status).toBe(201);
  });
});

describe("the public calendar", () => {
  const busyDays = async (type: string, from: string, to: string) => {
    const res = await api.call("GET", `/api/libraries/tools/resources/${type}/availability?from=${from}&to=${to}`);
    expect(res.status).toBe(200);
    return (res.body.units as { busy: unknown[] }[]).map((u) => u.busy.length);
  };

  it("shows a booking and its cancellation at once, though this process keeps calendars it has answered", async () => {
    await addType("tools", "sander", 1);
    const d = openDay(40).toString();
    expect(await busyDays("sander", d, d)).toEqual([0]);
    const booked = await bookDays("tools", "sander", member, d, d);
    expect(booked.status).toBe(201);
    expect(await busyDays("sander", d, d)).toEqual([1]);
    expect((await api.call("POST", `/api/bookings/${booked.body.id}/cancel`, { as: member.token })).status).toBe(200);
    expect(await busyDays("sander", d, d)).toEqual([0]);
  });
});

describe("the rules, each refusal naming its field and writing nothing", () => {
  const refused = async (res: Awaited<ReturnType<typeof api.call>>, status: number, path?: string) => {
    expect(res.status).toBe(status);
    if (path) expect(res.body.errors?.[0]?.path).toBe(path);
  };

  it("refuses a slot outside the opening hours, in the past, or off the grid", async () => {
    const before = await bookingsOf("room");
    const d = openDay(6);
    await refused(
      await api.call("POST", "/api/libraries/tools/resources/room/bookings", { as: member.token, body: slot(d, "18:00", "19:00") }),
      422,
      "body.startsAt",
    );
    await refused(
      await api.call("POST", "/api/libraries/tools/resources/room/bookings", { as: member.token, body: slot(d, "09:10", "10:10") }),
      422,
      "body.startsAt",
    );
    await refused(
      await api.call("POST", "/api/libraries/tools/resources/room/bookings", {
        as: member.token,
        body: slot(openDay(0).subtract({ days: 7 }), "10:00", "11:00"),
      }),
      422,
      "body.startsAt",
    );
    await refused(
      await api.call("POST", "/api/libraries/tools/resources/room/bookings", { as: member.token, body: slot(d, "09:00", "14:00") }),
      422,
      "body.endsAt",
    );
    expect(await bookingsOf("room")).toBe(before);
  });

  it("refuses whole-day bookings over the maximum length, in the past, or due back on a closed day", async () => {
    const before = await bookingsOf("cargo-bike");
    const d = openDay(40);
    await refused(await bookDays("tools", "cargo-bike", member, d.toString(), d.add({ days: 7 }).toString()), 422, "body.lastDay");
    await refused(await bookDays("tools", "cargo-bike", member, day(-2), day(-1)), 422, "body.firstDay");
    let sunday = Temporal.Now.plainDateISO(TZ).add({ days: 8 });
    while (sunday.dayOfWeek !== 7) sunday = sunday.add({ days: 1 });
    await refused(
      await bookDays("tools", "cargo-bike", member, sunday.subtract({ days: 1 }).toString(), sunday.toString()),
      422,
      "body.lastDay",
    );
    expect(await bookingsOf("cargo-bike")).toBe(before);
  });

  it("refuses a booking past the person's quota of bookings held at once", async () => {
    await openLibrary("quota", { maxConcurrent: 2 });
    await addType("quota", "saw", 3);
    const d = openDay(12);
    expect((await bookDays("quota", "saw", member, d.toString(), d.toString())).status).toBe(201);
    expect((await bookDays("quota", "saw", member, d.toString(), d.toString())).status).toBe(201);
    const third = await bookDays("quota", "saw", member, d.toString(), d.toString());
    expect(third.status).toBe(422);
    expect(third.body.detail).toMatch(/2 bookings/);
    expect(await bookingsOf("saw")).toBe(2);
  });

  it("refuses people who are not eligible, and lets a steward set a rule aside with a logged reason", async () => {
    const d = openDay(15);
    await refused(await bookDays("tools", "drill", stranger, d.toString(), d.toString()), 403);
    await refused(await bookDays("tools", "laser", member, d.toString(), d.toString()), 403);
    const notDesk = await bookDays("tools", "drill", member, d.toString(), d.add({ days: 9 }).toString(), {
      override: { rules: ["maxLength"], reason: "moving house" },
    });
    expect(notDesk.status).toBe(403);
    const overridden = await bookDays("tools", "drill", steward, d.toString(), d.add({ days: 9 }).toString(), {
      override: { rules: ["maxLength"], reason: "moving house" },
    });
    expect(overridden.status).toBe(201);
    expect(overridden.body.overriddenRules).toEqual(["maxLength"]);
    const [log] = await rowsOf<{ data: { override: string[] } }>(
      api.db,
      sql`select data from activities where object_id = ${overridden.body.id}::uuid`,
    );
    expect(log?.data.override).toEqual(["maxLength"]);
  });

  it("counts whole days across a daylight-saving change by the calendar, from local midnight to local midnight", async () => {
    await openLibrary("dst", { horizonDays: 2000, maxLength: 7 }, ALL_WEEK);
    await addType("dst", "ladder", 1);
    // Europe/Paris moves its clocks forward on the last Sunday of March.
    let change = Temporal.PlainDate.from({ year: Temporal.Now.plainDateISO(TZ).year + 1, month: 3, day: 31 });
    while (change.dayOfWeek !== 7) change = change.subtract({ days: 1 });
    const first = change.subtract({ days: 3 });
    const week = await bookDays("dst", "ladder", member, first.toString(), first.add({ days: 6 }).toString());
    expect(week.status).toBe(201);
    expect(Temporal.Instant.from(week.body.startsAt).equals(first.toZonedDateTime(TZ).toInstant())).toBe(true);
    expect(Temporal.Instant.from(week.body.endsAt).equals(first.add({ days: 7 }).toZonedDateTime(TZ).toInstant())).toBe(true);
    expect(Temporal.Instant.from(week.body.startsAt).until(Temporal.Instant.from(week.body.endsAt)).total("hours")).toBe(167);
    const eight = await bookDays("dst", "ladder", other, first.add({ days: 14 }).toString(), first.add({ days: 21 }).toString());
    expect(eight.status).toBe(422);
    expect(eight.body.errors[0].path).toBe("body.lastDay");
  });
});

describe("who may run a library", () => {
  it("lets only the organization's stewards open a library or add to its catalogue", async () => {
    const org = await makeOrg(api.db, steward, { slug: "guarded-org", name: "Guarded" });
    await addMember(api.db, org, member);
    const body = { organization: org.slug, slug: "guarded", name: "Guarded", timeZone: TZ, openingHours: HOURS };
    expect((await api.call("POST", "/api/libraries", { body })).status).toBe(401);
    expect((await api.call("POST", "/api/libraries", { as: member.token, body })).status).toBe(403);
    expect((await api.call("POST", "/api/libraries", { as: steward.token, body })).status).toBe(201);
    const type = { slug: "hammer", name: "Hammer", kind: "tool" };
    expect((await api.call("POST", "/api/libraries/guarded/resources", { as: member.token, body: type })).status).toBe(403);
    expect((await api.call("POST", "/api/libraries/guarded/resources", { as: steward.token, body: type })).status).toBe(201);
    expect(
      (await api.call("POST", "/api/libraries/guarded/resources/hammer/units", { as: member.token, body: { code: "H1" } })).status,
    ).toBe(403);
  });

  it("refuses an unknown time zone with a problem naming the field", async () => {
    const org = await makeOrg(api.db, steward, { slug: "tz-org", name: "Tz" });
    const res = await api.call("POST", "/api/libraries", {
      as: steward.token,
      body: { organization: org.slug, slug: "tz", name: "Tz", timeZone: "Mars/Olympus", openingHours: HOURS },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].path).toBe("body.timeZone");
  });
});
