import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../db/rows.ts";
import { makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { libraryWorld, openDay } from "../../test/worlds/library.ts";
import { wilson } from "./impact.ts";

const api = setupApi();
const { openLibrary, addType, bookDays } = libraryWorld(api);

let steward: TestPerson;
const borrowers: TestPerson[] = [];

/** A loan of a unit of `type` by `who`, checked out and back in, answered `answer` when given. */
async function lend(type: string, who: TestPerson, daysAhead: number, answer?: string) {
  const d = openDay(daysAhead).toString();
  const booked = await bookDays("impact", type, who, d, d);
  expect(booked.status).toBe(201);
  const out = await api.call("POST", `/api/bookings/${booked.body.id}/check-out`, { as: steward.token, body: { condition: "good" } });
  expect(out.status).toBe(201);
  expect((await api.call("POST", `/api/loans/${out.body.id}/check-in`, { as: steward.token, body: { condition: "good" } })).status).toBe(
    200,
  );
  if (answer)
    expect((await api.call("POST", `/api/loans/${out.body.id}/answer`, { as: who.token, body: { withoutLoan: answer } })).status).toBe(200);
}

beforeAll(async () => {
  steward = await makePerson(api.db, { handle: "impact-steward" });
  for (const h of ["imp-a", "imp-b", "imp-c"]) borrowers.push(await makePerson(api.db, { handle: h }));
  await openLibrary(steward, borrowers, "impact", { maxConcurrent: null });
  await addType(steward, "impact", "drill", 2);
  await addType(steward, "impact", "car", 1, {}, "vehicle");
  await api.db.execute(
    sql`update resource_categories set emission_factor_kg = 30, emission_source = 'a cited life-cycle study' where slug = 'power-tools'`,
  );
  await api.db.execute(sql`update resource_types set replacement_price = 12000 where slug = 'drill'`);
  const [a, b, c] = borrowers as [TestPerson, TestPerson, TestPerson];
  await lend("drill", a, 0, "bought");
  await lend("drill", b, 0, "bought");
  await lend("drill", a, 0, "rented");
  await lend("drill", c, 0, "done_without");
  await lend("drill", c, 0);
});

describe("the purchase rate's range", () => {
  it("is Wilson's 95 % interval, inside [0, 1] even at the extremes", () => {
    const half = wilson(5, 10);
    expect(half?.low).toBeCloseTo(0.2366, 3);
    expect(half?.high).toBeCloseTo(0.7634, 3);
    expect(wilson(0, 4)?.low).toBe(0);
    expect(wilson(4, 4)?.high).toBe(1);
    expect(wilson(0, 0)).toBeNull();
  });
});

describe("the impact page", () => {
  it("counts loans, people served and units never borrowed from the rollups, and gives what borrowing avoided as a range", async () => {
    const res = await api.call("GET", "/api/libraries/impact/impact");
    expect(res.status).toBe(200);
    expect(res.body.perType.find((r: { resource: string }) => r.resource === "drill").loans).toBe(5);
    expect(res.body.avoided).toMatchObject({ answers: 4, wouldHaveBought: 2, wouldHaveRented: 1 });
    const rate = wilson(2, 4);
    expect(res.body.avoided.purchaseRate.low).toBeCloseTo(rate?.low ?? -1, 6);
    // Five loans of a €120.00 drill that cost nothing: 60,000 cents avoidable, times the range.
    expect(Number(res.body.avoided.moneySaved.low)).toBe(Math.floor((60000 * Math.round((rate?.low ?? 0) * 1e6)) / 1e6));
    expect(res.body.avoided.co2Kg.low).toBeCloseTo(150 * (rate?.low ?? 0), 6);
    expect(res.body.avoided.co2Kg.sources).toEqual(["a cited life-cycle study"]);
    // Loans one after another all take the first free unit: the second drill has never left.
    expect(res.body.neverBorrowed.map((u: { code: string }) => u.code)).toContain("drill-2");
    const people = res.body.perUnit.reduce((s: number, u: { people: number }) => s + u.people, 0);
    expect(people).toBeGreaterThanOrEqual(3);
    expect(res.body.loansPerMember).toEqual([
      { bucket: "1", people: 1 },
      { bucket: "2-5", people: 2 },
      { bucket: "6-20", people: 0 },
      { bucket: "21+", people: 0 },
    ]);
    expect(res.body.method.avoided).toMatch(/Wilson/);
  });

  it("prints its method in the reader's language", async () => {
    const res = await api.call("GET", "/api/libraries/impact/impact", { headers: { "accept-language": "fr" } });
    expect(res.body.method.money).toMatch(/jamais « chaque prêt a remplacé un achat »/);
  });

  it("keeps its rollups equal to the loans they sum, and lets nothing else write them", async () => {
    const [direct] = await rowsOf<{ loans: number; answered: number; bought: number }>(
      api.db,
      sql`select count(*)::int as loans, count(without_loan)::int as answered, count(*) filter (where without_loan = 'bought')::int as bought from loans`,
    );
    const [rolled] = await rowsOf<{ loans: number; answered: number; bought: number }>(
      api.db,
      sql`select sum(loans)::int as loans, sum(answered)::int as answered, sum(bought)::int as bought from loan_months`,
    );
    expect(rolled).toEqual(direct);
    const [served] = await rowsOf<{ direct: number; rolled: number; perMember: number; loans: number }>(
      api.db,
      sql`select (select count(*)::int from (select distinct unit_id, custodian_id from loans) d) as direct,
                 (select sum(people)::int from unit_people) as rolled,
                 (select sum(loans)::int from library_borrowers) as "perMember",
                 (select count(*)::int from loans) as loans`,
    );
    expect(served?.rolled).toBe(served?.direct);
    expect(served?.perMember).toBe(served?.loans);
    await expect(api.db.execute(sql`update unit_people set people = people + 1`)).rejects.toThrow();
    await expect(api.db.execute(sql`update loan_months set loans = loans + 1`)).rejects.toThrow();
    await expect(api.db.execute(sql`update loans set without_loan = 'bought' where without_loan = 'rented'`)).rejects.toThrow();
  });

  it("refuses a month it cannot read, naming the field", async () => {
    const res = await api.call("GET", "/api/libraries/impact/impact?from=2026-13");
    expect(res.status).toBe(422);
    expect(res.body.errors[0].path).toBe("query.from");
  });
});

describe("the vehicle survey", () => {
  it("is answered by people who borrowed a vehicle, and gives cars replaced per shared car", async () => {
    const [a] = borrowers as [TestPerson];
    expect(
      (await api.call("POST", "/api/libraries/impact/vehicle-survey", { as: a.token, body: { carsGivenUp: 1, carsNotBought: 0 } })).status,
    ).toBe(403);
    await lend("car", a, 0);
    expect(
      (await api.call("POST", "/api/libraries/impact/vehicle-survey", { as: a.token, body: { carsGivenUp: 1, carsNotBought: 1 } })).status,
    ).toBe(204);
    const res = await api.call("GET", "/api/libraries/impact/impact");
    // The test's car is in "power-tools" (addType's category), so it is not counted as a shared car.
    expect(res.body.cars).toMatchObject({ answers: 1, carsGivenUp: 1, carsNotBought: 1 });
  });
});
