import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../db/rows.ts";
import { setupApi } from "../test/harness.ts";
import { DEMO_CALL, DEMO_CALL_PROJECTS } from "./budgets.ts";
import { loadDemoWorld } from "./world.ts";

// The demo world's participatory budget, read through the public API of a freshly built world.
const api = setupApi();
const path = (rest: string) => `/api/calls/${DEMO_CALL.slug}${rest}`;

beforeAll(async () => {
  await loadDemoWorld(api.db);
}, 240_000);

describe("Riverton Decides 2026", () => {
  it("is the City of Riverton's call, in two districts, now in its implementation", async () => {
    const call = await api.call("GET", path(""));
    expect(call.status).toBe(200);
    expect(call.body).toMatchObject({
      organization: "riverton",
      title: DEMO_CALL.title,
      phase: "implementation",
      ballots: DEMO_CALL.ballots,
      districts: [{ name: "Northbank" }, { name: "Southbank" }],
    });
    const projects = (await api.call("GET", path("/projects"))).body.items as {
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
    const { results } = (await api.call("GET", path("/results"))).body as {
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
    const account = (await api.call("GET", path("/accountability"))).body as {
      granted: string;
      paid: string;
      grants: { tranches: { paidAt: string | null }[]; reports: unknown[]; progress: number }[];
    };
    const { results } = (await api.call("GET", path("/results"))).body as { results: { official: boolean; winners: string[] }[] };
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
