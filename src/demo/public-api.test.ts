import { sql } from "drizzle-orm";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../db/rows.ts";
import { setupApi } from "../test/harness.ts";
import { DEMO_CALL, DEMO_CALL_PROJECTS } from "./budgets.ts";
import { DEMO_LIBRARY, DEMO_LIBRARY_TYPES, DEMO_PAST_LOANS } from "./library.ts";
import { DEMO_PEOPLE } from "./people.ts";
import { loadDemoWorld } from "./world.ts";

// The demo world's library and participatory budget, read through the public API of one freshly built world.
const api = setupApi({ publicUrl: "https://riverton.example.org" });
const SLUG = DEMO_LIBRARY.slug;
const path = (rest: string) => `/api/libraries/${SLUG}${rest}`;

beforeAll(async () => {
  await loadDemoWorld(api.db);
});

describe("the demo world's library", () => {
  it("is run by the foundation, with a position, opening hours, a time zone and rules", async () => {
    const res = await api.call("GET", path(""));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ slug: SLUG, name: DEMO_LIBRARY.name, timeZone: "Europe/Dublin" });
    const [row] = await rowsOf<{ org: string; lat: string | null; lon: string | null }>(
      api.db,
      sql`select o.slug as org, l.latitude::text as lat, l.longitude::text as lon
          from libraries l join organizations o on o.id = l.organization_id where l.slug = ${SLUG}`,
    );
    expect(row?.org).toBe("open-farm-tools-foundation");
    expect(row?.lat).not.toBeNull();
    expect(row?.lon).not.toBeNull();
  });

  it("answers with its catalogue: drills, ladders, four cargo bikes (one out of service), the van, the laser cutter and the room", async () => {
    const res = await api.call("GET", path("/resources"));
    expect(res.status).toBe(200);
    const items = res.body.items as { slug: string; kind: string; units: number; inService: number }[];
    expect(items.map((i) => i.slug).sort()).toEqual(DEMO_LIBRARY_TYPES.map((t) => t.slug).sort());
    expect(items.find((i) => i.slug === "cargo-bike")).toMatchObject({ kind: "vehicle", units: 4, inService: 3 });
    expect(items.find((i) => i.slug === "laser-cutter")).toMatchObject({ kind: "machine" });
    expect(items.find((i) => i.slug === "community-room")).toMatchObject({ kind: "space" });
  });

  it("publishes its cargo bikes in its GBFS feed: three free to take and the one out of service, four in all", async () => {
    const vehicles = await api.call("GET", path("/gbfs/vehicle_status.json"));
    expect(vehicles.status).toBe(200);
    const bikes = (vehicles.body.data.vehicles as { vehicle_type_id: string }[]).filter((v) => v.vehicle_type_id === "cargo-bike");
    const status = await api.call("GET", path("/gbfs/station_status.json"));
    expect(status.status).toBe(200);
    const [station] = status.body.data.stations;
    expect(bikes).toHaveLength(3);
    expect(station.num_vehicles_disabled).toBe(1);
    expect(bikes.length + station.num_vehicles_disabled).toBe(4);
    const types = await api.call("GET", path("/gbfs/vehicle_types.json"));
    expect(types.body.data.vehicle_types).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ vehicle_type_id: "cargo-bike", form_factor: "cargo_bicycle" }),
        expect.objectContaining({ vehicle_type_id: "van", form_factor: "car" }),
      ]),
    );
  });

  it("answers with the iCalendar of its bookings, naming no borrower", async () => {
    for (const type of ["cargo-bike", "community-room"]) {
      const res = await api.call("GET", path(`/resources/${type}/calendar.ics`));
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/calendar/);
      const calendar = new ICAL.Component(ICAL.parse(res.body as string));
      expect(calendar.getAllSubcomponents("vevent").length).toBeGreaterThanOrEqual(2);
      for (const p of DEMO_PEOPLE) expect(res.body).not.toContain(p.name);
    }
  });

  it("has months of past loans, answered with a mix of what borrowers would have done without", async () => {
    const loans = await rowsOf<{ month: string; answer: string | null; back: boolean }>(
      api.db,
      sql`select to_char(o.checked_out_at, 'YYYY-MM') as month, o.without_loan as answer, o.checked_in_at is not null as back
          from loans o join resource_units u on u.id = o.unit_id join resource_types t on t.id = u.type_id
          join libraries l on l.id = t.library_id where l.slug = ${SLUG}`,
    );
    const returned = loans.filter((l) => l.back);
    expect(returned).toHaveLength(DEMO_PAST_LOANS.length);
    expect(loans.filter((l) => !l.back)).toHaveLength(1);
    expect(new Set(returned.map((l) => l.month)).size).toBeGreaterThanOrEqual(4);
    const answers = new Set(returned.map((l) => l.answer));
    expect(answers).toEqual(new Set(["bought", "rented", "borrowed_elsewhere", "done_without", null]));
    // Each loan's moments are its own: checked out after it was booked, back after it went out, and nothing after the load.
    const [order] = await rowsOf<{ bad: number }>(
      api.db,
      sql`select count(*)::int as bad from loans o join bookings b on b.id = o.booking_id
          where o.checked_out_at < b.created_at or o.checked_in_at < o.checked_out_at or o.checked_out_at > now()`,
    );
    expect(order?.bad).toBe(0);
  });

  it("has bookings to come, a request waiting for the van's owner, a place in line, a unit out of service and an approved laser cutter user", async () => {
    const bookings = await rowsOf<{ type: string; status: string }>(
      api.db,
      sql`select t.slug as type, b.status::text from bookings b join resource_types t on t.id = b.type_id
          join libraries l on l.id = b.library_id where l.slug = ${SLUG} and b.starts_at > now()`,
    );
    expect(bookings.filter((b) => b.status === "confirmed").length).toBeGreaterThanOrEqual(6);
    expect(bookings.filter((b) => b.status === "requested")).toEqual([{ type: "van", status: "requested" }]);
    const waiting = await rowsOf<{ type: string; handle: string }>(
      api.db,
      sql`select t.slug as type, p.handle from waitlist_entries w join resource_types t on t.id = w.type_id
          join people p on p.id = w.person_id where w.status = 'waiting'`,
    );
    expect(waiting).toEqual([{ type: "van", handle: "sam" }]);
    const out = await rowsOf<{ code: string; note: string }>(
      api.db,
      sql`select u.code, r.note from resource_units u join problem_reports r on r.unit_id = u.id
          where u.status = 'out_of_service' and r.resolved_at is null`,
    );
    expect(out).toEqual([{ code: "CB-3", note: expect.stringMatching(/brake cable/) }]);
    const approved = await rowsOf<{ handle: string; type: string }>(
      api.db,
      sql`select p.handle, t.slug as type from borrowing_approvals a join people p on p.id = a.person_id join resource_types t on t.id = a.type_id`,
    );
    expect(approved).toEqual([{ handle: "felix", type: "laser-cutter" }]);
    const [van] = await rowsOf<{ owner: string; acquisition: string }>(
      api.db,
      sql`select p.handle as owner, u.acquisition::text from resource_units u join people p on p.id = u.owner_person_id where u.code = 'VAN-1'`,
    );
    expect(van).toEqual({ owner: "amara", acquisition: "lent" });
  });

  it("answers with its impact page, from its loans and its borrowers' answers", async () => {
    const res = await api.call("GET", path("/impact"));
    expect(res.status).toBe(200);
    expect(res.body.loans).toBeGreaterThan(0);
  });

  it("exports its ValueFlows graph without naming a borrower", async () => {
    const res = await api.call("GET", path("/valueflows.jsonld"));
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    expect(text).toContain("https://riverton.example.org/people/amara");
    const borrowers = new Set(DEMO_PAST_LOANS.map((l) => l.who));
    for (const p of DEMO_PEOPLE.filter((x) => borrowers.has(x.handle))) {
      expect(text).not.toContain(`/people/${p.handle}`);
      expect(text).not.toContain(p.name);
    }
  });
});

const callPath = (rest: string) => `/api/calls/${DEMO_CALL.slug}${rest}`;

describe("Riverton Decides 2026", () => {
  it("is the City of Riverton's call, in two districts, now in its implementation", async () => {
    const call = await api.call("GET", callPath(""));
    expect(call.status).toBe(200);
    expect(call.body).toMatchObject({
      organization: "riverton",
      title: DEMO_CALL.title,
      phase: "implementation",
      ballots: DEMO_CALL.ballots,
      districts: [{ name: "Northbank" }, { name: "Southbank" }],
    });
    const projects = (await api.call("GET", callPath("/projects"))).body.items as {
      title: string;
      status: string;
      organization: { slug: string } | null;
      commons: string | null;
    }[];
    expect(projects).toHaveLength(DEMO_CALL_PROJECTS.length);
    expect(projects.every((p) => p.status === "eligible")).toBe(true);
    expect(projects.find((p) => p.title === "Cargo bikes for the tool library")?.organization?.slug).toBe("open-farm-tools-foundation");
    expect(projects.find((p) => p.title === "A trail guide to the river paths")?.commons).toBe("riverton-trail-guide");
  });

  it("has results by the Method of Equal Shares with greedy beside them, within each district's budget", async () => {
    const { results } = (await api.call("GET", callPath("/results"))).body as {
      results: { rule: string; official: boolean; winners: string[]; cost: string }[];
    };
    expect(results.map((r) => `${r.rule}${r.official ? " (official)" : ""}`).sort()).toEqual(["greedy", "mes (official)"]);
    for (const r of results) expect(Number(r.cost)).toBeLessThanOrEqual(300_000 * 100);
    const [mes, greedy] = [results.find((r) => r.rule === "mes")!, results.find((r) => r.rule === "greedy")!];
    expect(mes.winners.length).toBeGreaterThan(0);
    expect([...mes.winners].sort()).not.toEqual([...greedy.winners].sort());
    const [paper] = await rowsOf<{ n: number }>(api.db, sql`select count(*)::int as n from pb_ballots where paper`);
    expect(paper!.n).toBeGreaterThan(500);
  });

  it("funds the winners through grants: first tranches paid from the budget line, reports posted", async () => {
    const account = (await api.call("GET", callPath("/accountability"))).body as {
      granted: string;
      paid: string;
      grants: { tranches: { paidAt: string | null }[]; reports: unknown[]; progress: number }[];
    };
    const { results } = (await api.call("GET", callPath("/results"))).body as { results: { official: boolean; winners: string[] }[] };
    expect(account.grants).toHaveLength(results.find((r) => r.official)!.winners.length);
    expect(account.grants.every((g) => g.tranches[0]?.paidAt && g.reports.length === 1)).toBe(true);
    expect(account.grants.some((g) => g.progress === 100 && g.tranches.every((x) => x.paidAt))).toBe(true);
    expect(BigInt(account.paid)).toBeGreaterThan(0n);
    expect(BigInt(account.paid)).toBeLessThan(BigInt(account.granted));
    const [line] = await rowsOf<{ spent: string }>(
      api.db,
      sql`select sum(e.amount)::text as spent from expenses e join budget_lines l on l.id = e.budget_line_id where l.name = ${DEMO_CALL.title} and e.status = 'paid'`,
    );
    expect(line!.spent).toBe(account.paid);
  });
});
