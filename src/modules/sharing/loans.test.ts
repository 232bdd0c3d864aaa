import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../db/rows.ts";
import { nowMs } from "../../now.ts";
import { advanceClock } from "../../test/clock.ts";
import { makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { libraryWorld, openDay } from "../../test/worlds/library.ts";
import { fanOut } from "../notifications/fanout.ts";
import { remindPickupsAndReturns } from "./due.ts";
import { lapseWaitlistOffers } from "./waitlist-service.ts";

const api = setupApi();
const { openLibrary, addType, bookDays } = libraryWorld(api);

let steward: TestPerson;
let deskHand: TestPerson;
let ana: TestPerson;
let ben: TestPerson;
let cleo: TestPerson;

const notices = async (person: TestPerson, kind: string) =>
  rowsOf<{ verb: string }>(
    api.db,
    sql`select a.verb from notifications n join activities a on a.id = n.activity_id where n.person_id = ${person.id}::uuid and n.kind = ${kind}::notification_kind order by n.id`,
  );

beforeAll(async () => {
  steward = await makePerson(api.db, { handle: "loan-steward" });
  deskHand = await makePerson(api.db, { handle: "loan-desk" });
  ana = await makePerson(api.db, { handle: "loan-ana" });
  ben = await makePerson(api.db, { handle: "loan-ben" });
  cleo = await makePerson(api.db, { handle: "loan-cleo" });
  const org = await openLibrary(steward, [ana, ben, cleo], "lend", { maintenanceEveryLoans: null });
  const { addMember } = await import("../../test/factories.ts");
  await addMember(api.db, org, deskHand, "maintainer");
});

describe("check-out and check-in", () => {
  it("hands a booked unit over at the desk, once, and takes it back with its condition", async () => {
    await addType(steward, "lend", "sander", 1);
    const d = openDay(0).toString();
    const booking = await bookDays("lend", "sander", ana, d, d);
    expect(booking.status).toBe(201);
    expect(
      (await api.call("POST", `/api/bookings/${booking.body.id}/check-out`, { as: ana.token, body: { condition: "good" } })).status,
    ).toBe(403);
    const twice = await Promise.all([
      api.call("POST", `/api/bookings/${booking.body.id}/check-out`, { as: deskHand.token, body: { condition: "good" } }),
      api.call("POST", `/api/bookings/${booking.body.id}/check-out`, { as: steward.token, body: { condition: "good" } }),
    ]);
    expect(twice.map((r) => r.status).sort()).toEqual([201, 409]);
    const loan = twice.find((r) => r.status === 201)?.body;
    // Lent for today, due at the midnight that ends it: today's desk lists it among the returns.
    const desk = await api.call("GET", `/api/libraries/lend/desk?day=${d}`, { as: deskHand.token });
    expect(desk.body.returns.map((r: { loan: string }) => r.loan)).toContain(loan.id);
    const [open] = await rowsOf<{ n: number }>(
      api.db,
      sql`select count(*)::int as n from loans where checked_in_at is null and id = ${loan.id}::uuid`,
    );
    expect(open?.n).toBe(1);
    expect((await api.call("POST", `/api/loans/${loan.id}/answer`, { as: ana.token, body: { withoutLoan: "bought" } })).status).toBe(409);
    const back = await api.call("POST", `/api/loans/${loan.id}/check-in`, {
      as: deskHand.token,
      body: { condition: "fair", notes: "dusty" },
    });
    expect(back.status).toBe(200);
    expect(back.body.conditionIn).toBe("fair");
    expect((await api.call("POST", `/api/loans/${loan.id}/check-in`, { as: deskHand.token, body: { condition: "fair" } })).status).toBe(
      409,
    );
    expect((await api.call("POST", `/api/loans/${loan.id}/answer`, { as: ben.token, body: { withoutLoan: "bought" } })).status).toBe(403);
    expect((await api.call("POST", `/api/loans/${loan.id}/answer`, { as: ana.token, body: { withoutLoan: "bought" } })).status).toBe(200);
    const mine = await api.call("GET", "/api/me/bookings", { as: ana.token });
    expect(mine.body.items.find((b: { id: string }) => b.id === booking.body.id)?.status).toBe("returned");
  });

  it("never lets a unit out twice: a second booking's check-out waits for the first loan's return", async () => {
    await addType(steward, "lend", "jigsaw", 1);
    const d = openDay(0);
    const first = await bookDays("lend", "jigsaw", ana, d.toString(), d.toString());
    const out = await api.call("POST", `/api/bookings/${first.body.id}/check-out`, { as: deskHand.token, body: { condition: "good" } });
    expect(out.status).toBe(201);
    // The first borrower returns it late: a later booking is made for after the first one's end.
    const later = await bookDays("lend", "jigsaw", ben, d.add({ days: 1 }).toString(), d.add({ days: 1 }).toString());
    expect(later.status).toBe(201);
    const refused = await api.call("POST", `/api/bookings/${later.body.id}/check-out`, { as: deskHand.token, body: { condition: "good" } });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/still checked out/);
  });
});

describe("problems and service", () => {
  it("takes a unit out of service, flags the bookings it holds and tells their borrowers, then tells them again when it is back", async () => {
    const [unit] = await addType(steward, "lend", "planer", 1);
    const d = openDay(2);
    const booked = await bookDays("lend", "planer", ben, d.toString(), d.toString());
    expect(booked.status).toBe(201);
    expect(
      (await api.call("POST", `/api/units/${unit}/problems`, { as: cleo.token, body: { severity: "out_of_service", note: "blade" } }))
        .status,
    ).toBe(403);
    const report = await api.call("POST", `/api/units/${unit}/problems`, {
      as: deskHand.token,
      body: { severity: "out_of_service", note: "The blade is chipped." },
    });
    expect(report.status).toBe(201);
    const refused = await bookDays("lend", "planer", cleo, openDay(4).toString(), openDay(4).toString());
    expect(refused.status).toBe(409);
    const mine = await api.call("GET", "/api/me/bookings", { as: ben.token });
    expect(mine.body.items.find((b: { id: string }) => b.id === booked.body.id)?.affected).toBe(true);
    await fanOut(api.db);
    expect((await notices(ben, "booking_update")).map((n) => n.verb)).toContain("booking.affected");
    const desk = await api.call("GET", "/api/libraries/lend/desk", { as: deskHand.token });
    expect(desk.status).toBe(200);
    expect(desk.body.problems.map((p: { id: string }) => p.id)).toContain(report.body.id);
    expect((await api.call("GET", "/api/libraries/lend/desk", { as: ben.token })).status).toBe(403);
    const resolved = await api.call("POST", `/api/problems/${report.body.id}/resolve`, {
      as: deskHand.token,
      body: { resolution: "New blade." },
    });
    expect(resolved.status).toBe(200);
    expect((await bookDays("lend", "planer", cleo, openDay(4).toString(), openDay(4).toString())).status).toBe(201);
    await fanOut(api.db);
    expect((await notices(ben, "booking_update")).map((n) => n.verb)).toContain("booking.restored");
  });

  it("holds a unit for its check after the number of loans its plan sets", async () => {
    const [unit] = await addType(steward, "lend", "mower", 1, { maintenanceEveryLoans: 1 });
    const d = openDay(0).toString();
    const booked = await bookDays("lend", "mower", ana, d, d);
    const loan = await api.call("POST", `/api/bookings/${booked.body.id}/check-out`, { as: deskHand.token, body: { condition: "good" } });
    await api.call("POST", `/api/loans/${loan.body.id}/check-in`, { as: deskHand.token, body: { condition: "good" } });
    const next = openDay(3).toString();
    expect((await bookDays("lend", "mower", ben, next, next)).status).toBe(409);
    const checked = await api.call("POST", `/api/units/${unit}/checked`, { as: deskHand.token });
    expect(checked.status).toBe(200);
    expect(checked.body.status).toBe("available");
    expect((await bookDays("lend", "mower", ben, next, next)).status).toBe(201);
  });
});

describe("a member's own unit lent through the library", () => {
  it("asks its owner, who approves; the borrower hears of it", async () => {
    await api.call("POST", "/api/libraries/lend/resources", { as: steward.token, body: { slug: "van", name: "Van", kind: "vehicle" } });
    const unit = await api.call("POST", "/api/libraries/lend/resources/van/units", {
      as: steward.token,
      body: { code: "VAN-1", owner: cleo.handle },
    });
    expect(unit.status).toBe(201);
    expect(unit.body.acquisition).toBe("lent");
    const d = openDay(5).toString();
    const asked = await bookDays("lend", "van", ana, d, d);
    expect(asked.status).toBe(201);
    expect(asked.body.status).toBe("requested");
    await fanOut(api.db);
    expect((await notices(cleo, "booking_update")).map((n) => n.verb)).toContain("booking.requested");
    expect((await api.call("POST", `/api/bookings/${asked.body.id}/decision`, { as: ben.token, body: { approve: true } })).status).toBe(
      403,
    );
    const approved = await api.call("POST", `/api/bookings/${asked.body.id}/decision`, { as: cleo.token, body: { approve: true } });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe("confirmed");
    await fanOut(api.db);
    expect((await notices(ana, "booking_update")).map((n) => n.verb)).toContain("booking.approved");
    // Nobody else hears who borrows the van.
    expect(await notices(ben, "booking_update")).not.toContainEqual({ verb: "booking.requested" });
  });
});

describe("waitlists", () => {
  it("offers a freed unit to the first in line, holds it for them, and passes it on when the offer lapses", async () => {
    await addType(steward, "lend", "trailer", 1, { offerHours: 2 });
    const d = openDay(6).toString();
    const held = await bookDays("lend", "trailer", ana, d, d);
    expect(held.status).toBe(201);
    const wait = (p: TestPerson) =>
      api.call("POST", "/api/libraries/lend/resources/trailer/waitlist", { as: p.token, body: { firstDay: d, lastDay: d } });
    const first = await wait(ben);
    expect(first.status).toBe(201);
    expect(first.body.position).toBe(1);
    const second = await wait(cleo);
    expect(second.body.position).toBe(2);
    expect((await wait(cleo)).status).toBe(409);
    expect((await api.call("POST", `/api/bookings/${held.body.id}/cancel`, { as: ana.token })).status).toBe(200);
    const bens = await api.call("GET", "/api/me/waitlist", { as: ben.token });
    expect(bens.body.items[0]).toMatchObject({ status: "offered", position: 1 });
    await fanOut(api.db);
    expect((await notices(ben, "waitlist_offer")).length).toBe(1);
    // Ben lets the offer lapse: it passes to Cleo.
    await advanceClock(api.db, 3 * 3600);
    expect(await lapseWaitlistOffers(api.db)).toBe(1);
    const cleos = await api.call("GET", "/api/me/waitlist", { as: cleo.token });
    expect(cleos.body.items[0]).toMatchObject({ status: "offered", position: 1 });
    expect((await api.call("POST", `/api/waitlist/${cleos.body.items[0].id}/accept`, { as: ben.token })).status).toBe(403);
    expect((await api.call("POST", `/api/waitlist/${cleos.body.items[0].id}/accept`, { as: cleo.token })).status).toBe(204);
    const mine = await api.call("GET", "/api/me/bookings", { as: cleo.token });
    expect(mine.body.items.some((b: { resource: string; status: string }) => b.resource === "trailer" && b.status === "confirmed")).toBe(
      true,
    );
  });

  it("refuses a place in line while something is free", async () => {
    await addType(steward, "lend", "clamp", 2);
    const d = openDay(8).toString();
    const res = await api.call("POST", "/api/libraries/lend/resources/clamp/waitlist", {
      as: ben.token,
      body: { firstDay: d, lastDay: d },
    });
    expect(res.status).toBe(409);
  });
});

describe("reminders", () => {
  it("reminds a borrower the day before a pick-up, once", async () => {
    await addType(steward, "lend", "tent", 1);
    const tomorrow = openDay(2);
    const booked = await bookDays("lend", "tent", ana, tomorrow.toString(), tomorrow.toString());
    expect(booked.status).toBe(201);
    // Move to within a day of the pick-up (the booking starts at local midnight).
    const startsIn = (new Date(booked.body.startsAt).getTime() - nowMs()) / 1000;
    if (startsIn > 23 * 3600) await advanceClock(api.db, startsIn - 23 * 3600);
    expect(await remindPickupsAndReturns(api.db)).toBeGreaterThanOrEqual(1);
    expect(await remindPickupsAndReturns(api.db)).toBe(0);
    expect((await notices(ana, "loan_due")).map((n) => n.verb)).toContain("booking.confirmed");
  });
});
