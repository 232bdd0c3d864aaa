import { describe } from "vitest";
import { addMember, ensureInstance, makeOrg, makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { authorizationMatrix, type MatrixCase } from "../../test/matrix.ts";
import { HOURS, openDay, TZ } from "../../test/worlds/library.ts";
import { DEFAULT_RULES } from "./rules.ts";
import { bookings, libraries, loans, problemReports, resourceTypes, resourceUnits, waitlistEntries } from "./schema.ts";
import { ensureTaxonomy } from "./taxonomy.ts";

/**
 * Who may do what with a library of shared resources, route by route, each cell against a fresh
 * little world. The library's organization has a steward, a maintainer (the desk) and members; the
 * borrower is a member with a booking, a loan of the other unit returned, and a place in line; the
 * owner is a member lending their van through the library.
 */
const api = setupApi();

type Who = "anonymous" | "outsider" | "member" | "borrower" | "owner" | "maintainer" | "steward" | "admin";
const WHO: Who[] = ["anonymous", "outsider", "member", "borrower", "owner", "maintainer", "steward", "admin"];

interface World {
  org: string;
  library: string;
  type: string;
  fullType: string;
  unit: string;
  booking: string;
  request: string;
  loan: string;
  openLoanBooking: string;
  openLoan: string;
  problem: string;
  place: string;
  as: Record<Who, string | undefined>;
}

const day = (n: number, hour = 0) => {
  const d = openDay(n).toZonedDateTime({ timeZone: TZ }).add({ hours: hour });
  return new Date(d.epochMilliseconds);
};

async function world(): Promise<World> {
  await ensureInstance(api.db);
  const steward = await makePerson(api.db);
  const people: Record<Exclude<Who, "anonymous" | "steward">, TestPerson> = {
    outsider: await makePerson(api.db),
    member: await makePerson(api.db),
    borrower: await makePerson(api.db),
    owner: await makePerson(api.db),
    maintainer: await makePerson(api.db),
    admin: await makePerson(api.db, { isAdmin: true }),
  };
  const org = await makeOrg(api.db, steward);
  for (const p of [people.member, people.borrower, people.owner]) await addMember(api.db, org, p);
  await addMember(api.db, org, people.maintainer, "maintainer");
  await ensureTaxonomy(api.db);
  const [library] = await api.db
    .insert(libraries)
    .values({
      organizationId: org.id,
      slug: `lib-${org.slug}`.slice(0, 50),
      name: "Library",
      timeZone: TZ,
      openingHours: HOURS,
      rules: { ...DEFAULT_RULES, maxConcurrent: null },
    })
    .returning();
  if (!library) throw new Error("no library");
  const [tools, full] = await api.db
    .insert(resourceTypes)
    .values([
      { libraryId: library.id, slug: "car", name: "Car", kind: "vehicle" },
      { libraryId: library.id, slug: "full", name: "Full", kind: "tool" },
    ])
    .returning();
  if (!tools || !full) throw new Error("no types");
  const [unit, van, spare, fullUnit] = await api.db
    .insert(resourceUnits)
    .values([
      { typeId: tools.id, code: "U1" },
      { typeId: tools.id, code: "VAN", acquisition: "lent", ownerPersonId: people.owner.id },
      { typeId: tools.id, code: "U2" },
      { typeId: full.id, code: "F1" },
    ])
    .returning();
  if (!unit || !van || !spare || !fullUnit) throw new Error("no units");
  const span = (u: string, person: string, n: number, status: "confirmed" | "requested" | "active" | "returned") => ({
    unitId: u,
    typeId: u === fullUnit.id ? full.id : tools.id,
    libraryId: library.id,
    personId: person,
    startsAt: day(n),
    endsAt: day(n + 1),
    blockedFrom: day(n),
    blockedUntil: day(n + 1),
    status,
  });
  const [booking, request, returned, active] = await api.db
    .insert(bookings)
    .values([
      span(unit.id, people.borrower.id, 3, "confirmed"),
      span(van.id, people.borrower.id, 4, "requested"),
      span(spare.id, people.borrower.id, 0, "returned"),
      span(spare.id, people.borrower.id, 1, "active"),
    ])
    .returning();
  await api.db.insert(bookings).values(span(fullUnit.id, people.member.id, 5, "confirmed"));
  if (!booking || !request || !returned || !active) throw new Error("no bookings");
  // The first loan of the spare unit came back before the second went out (one open loan per unit).
  const [loan] = await api.db
    .insert(loans)
    .values({
      unitId: spare.id,
      bookingId: returned.id,
      custodianId: people.borrower.id,
      dueAt: day(1),
      conditionOut: "good",
      checkedOutAt: new Date(Date.now() - 2 * 86_400_000),
      checkedInAt: new Date(Date.now() - 86_400_000),
      conditionIn: "good",
    })
    .returning();
  const [openLoan] = await api.db
    .insert(loans)
    .values({ unitId: spare.id, bookingId: active.id, custodianId: people.borrower.id, dueAt: day(2), conditionOut: "good" })
    .returning();
  if (!loan || !openLoan) throw new Error("no loans");
  const [problem] = await api.db
    .insert(problemReports)
    .values({ unitId: unit.id, reporterId: steward.id, severity: "check", note: "Wobbly" })
    .returning();
  const [place] = await api.db
    .insert(waitlistEntries)
    .values({ typeId: full.id, personId: people.borrower.id, startsAt: day(5), endsAt: day(6) })
    .returning();
  if (!problem || !place) throw new Error("no problem or place");
  const as = Object.fromEntries(Object.entries({ ...people, steward }).map(([k, p]) => [k, p.token])) as Record<Who, string | undefined>;
  as.anonymous = undefined;
  return {
    org: org.slug,
    library: library.slug,
    type: tools.slug,
    fullType: full.slug,
    unit: unit.id,
    booking: booking.id,
    request: request.id,
    loan: loan.id,
    openLoanBooking: active.id,
    openLoan: openLoan.id,
    problem: problem.id,
    place: place.id,
    as,
  };
}

const stewards = { anonymous: 401, outsider: 403, member: 403, borrower: 403, owner: 403, maintainer: 403 } as const;
const desk = { anonymous: 401, outsider: 403, member: 403, borrower: 403, owner: 403 } as const;
const everyone = (status: number) => Object.fromEntries(WHO.map((w) => [w, status])) as Record<Who, number>;

const cases: MatrixCase<World, Who>[] = [
  { route: "GET /libraries/{slug}", request: (w) => ({ method: "GET", path: `/api/libraries/${w.library}` }), expect: everyone(200) },
  {
    route: "GET /libraries/{slug}/resources",
    request: (w) => ({ method: "GET", path: `/api/libraries/${w.library}/resources` }),
    expect: everyone(200),
  },
  {
    route: "GET /libraries/{slug}/resources/{type}/availability",
    request: (w) => ({ method: "GET", path: `/api/libraries/${w.library}/resources/${w.type}/availability` }),
    expect: everyone(200),
  },
  {
    route: "GET /libraries/{slug}/impact",
    request: (w) => ({ method: "GET", path: `/api/libraries/${w.library}/impact` }),
    expect: everyone(200),
  },
  {
    route: "POST /libraries",
    request: (w, who) => ({
      method: "POST",
      path: "/api/libraries",
      body: { organization: w.org, slug: `new-${who}-${w.library}`.slice(0, 50), name: "New", timeZone: TZ, openingHours: HOURS },
    }),
    expect: { ...stewards, steward: 201, admin: 201 },
  },
  {
    route: "POST /libraries/{slug}/resources",
    request: (w) => ({ method: "POST", path: `/api/libraries/${w.library}/resources`, body: { slug: "saw", name: "Saw", kind: "tool" } }),
    expect: { ...stewards, steward: 201, admin: 201 },
  },
  {
    route: "POST /libraries/{slug}/resources/{type}/units",
    request: (w) => ({ method: "POST", path: `/api/libraries/${w.library}/resources/${w.type}/units`, body: { code: "U9" } }),
    expect: { ...stewards, steward: 201, admin: 201 },
  },
  {
    route: "PUT /libraries/{slug}/closures",
    request: (w) => ({
      method: "PUT",
      path: `/api/libraries/${w.library}/closures`,
      body: { days: [{ day: "2027-12-25", reason: "Holiday" }] },
    }),
    expect: { ...stewards, steward: 200, admin: 200 },
  },
  {
    route: "POST /libraries/{slug}/resources/{type}/approvals",
    request: (w) => ({
      method: "POST",
      path: `/api/libraries/${w.library}/resources/${w.type}/approvals`,
      body: { person: "nobody-here" },
    }),
    // Authorized people get past the policy to the validation of the handle.
    expect: { ...stewards, steward: 422, admin: 422 },
  },
  {
    route: "GET /libraries/{slug}/desk",
    request: (w) => ({ method: "GET", path: `/api/libraries/${w.library}/desk` }),
    expect: { ...desk, maintainer: 200, steward: 200, admin: 200 },
  },
  {
    route: "POST /libraries/{slug}/resources/{type}/bookings",
    request: (w) => ({
      method: "POST",
      path: `/api/libraries/${w.library}/resources/${w.type}/bookings`,
      body: { firstDay: openDay(8).toString(), lastDay: openDay(8).toString() },
    }),
    // The library lends to its organization's members (its default rule); the instance admin is not one.
    expect: { anonymous: 401, outsider: 403, member: 201, borrower: 201, owner: 201, maintainer: 201, steward: 201, admin: 403 },
  },
  {
    route: "POST /libraries/{slug}/resources/{type}/waitlist",
    request: (w) => ({
      method: "POST",
      path: `/api/libraries/${w.library}/resources/${w.fullType}/waitlist`,
      body: { firstDay: openDay(5).toString(), lastDay: openDay(5).toString() },
    }),
    // The borrower already holds a place in this line.
    expect: { anonymous: 401, outsider: 403, member: 201, borrower: 409, owner: 201, maintainer: 201, steward: 201, admin: 403 },
  },
  {
    route: "POST /waitlist/{id}/leave",
    request: (w) => ({ method: "POST", path: `/api/waitlist/${w.place}/leave` }),
    expect: { ...desk, maintainer: 403, steward: 403, admin: 403, borrower: 204 },
  },
  {
    route: "POST /bookings/{id}/cancel",
    request: (w) => ({ method: "POST", path: `/api/bookings/${w.booking}/cancel` }),
    expect: { ...desk, borrower: 200, maintainer: 200, steward: 200, admin: 200 },
  },
  {
    route: "POST /bookings/{id}/end",
    request: (w) => ({ method: "POST", path: `/api/bookings/${w.booking}/end`, body: { lastDay: openDay(3).toString() } }),
    expect: { ...desk, borrower: 200, maintainer: 200, steward: 200, admin: 200 },
  },
  {
    route: "POST /bookings/{id}/decision",
    request: (w) => ({ method: "POST", path: `/api/bookings/${w.request}/decision`, body: { approve: true } }),
    expect: { ...desk, owner: 200, maintainer: 200, steward: 200, admin: 200 },
  },
  {
    route: "POST /bookings/{id}/check-out",
    request: (w) => ({ method: "POST", path: `/api/bookings/${w.booking}/check-out`, body: { condition: "good" } }),
    expect: { ...desk, maintainer: 201, steward: 201, admin: 201 },
  },
  {
    route: "POST /loans/{id}/check-in",
    request: (w) => ({ method: "POST", path: `/api/loans/${w.openLoan}/check-in`, body: { condition: "good" } }),
    expect: { ...desk, maintainer: 200, steward: 200, admin: 200 },
  },
  {
    route: "POST /loans/{id}/answer",
    request: (w) => ({ method: "POST", path: `/api/loans/${w.loan}/answer`, body: { withoutLoan: "bought" } }),
    expect: { ...desk, borrower: 200, maintainer: 403, steward: 403, admin: 403 },
  },
  {
    route: "POST /units/{id}/problems",
    request: (w) => ({ method: "POST", path: `/api/units/${w.unit}/problems`, body: { severity: "note", note: "A scratch" } }),
    // The borrower has a booking of this unit but has never had it in hand.
    expect: { ...desk, maintainer: 201, steward: 201, admin: 201 },
  },
  {
    route: "POST /problems/{id}/resolve",
    request: (w) => ({ method: "POST", path: `/api/problems/${w.problem}/resolve`, body: { resolution: "Tightened" } }),
    expect: { ...desk, maintainer: 200, steward: 200, admin: 200 },
  },
  {
    route: "POST /units/{id}/checked",
    request: (w) => ({ method: "POST", path: `/api/units/${w.unit}/checked` }),
    expect: { ...desk, maintainer: 200, steward: 200, admin: 200 },
  },
  {
    route: "POST /libraries/{slug}/vehicle-survey",
    request: (w) => ({ method: "POST", path: `/api/libraries/${w.library}/vehicle-survey`, body: { carsGivenUp: 1, carsNotBought: 0 } }),
    // Only someone who has had one of the library's vehicles answers.
    expect: { ...desk, borrower: 204, maintainer: 403, steward: 403, admin: 403 },
  },
  {
    route: "GET /me/bookings",
    request: () => ({ method: "GET", path: "/api/me/bookings" }),
    expect: { ...everyone(200), anonymous: 401 },
  },
  {
    route: "GET /me/waitlist",
    request: () => ({ method: "GET", path: "/api/me/waitlist" }),
    expect: { ...everyone(200), anonymous: 401 },
  },
];

describe("who may do what with a library", () => {
  authorizationMatrix(api, WHO, world, cases);
});
