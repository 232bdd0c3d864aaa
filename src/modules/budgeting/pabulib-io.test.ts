import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../db/rows.ts";
import { ensureInstance, makeOrg, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { afterDays, city, eligibleProjects, openCall } from "../../test/worlds/city.ts";
import { advancePhases } from "./calls.ts";
import { parsePb } from "./pabulib/parse.ts";
import { exportPb, importPb } from "./pabulib-io.ts";
import { computeResults } from "./results.ts";

const api = setupApi();
const SAMPLES = [
  "France_Toulouse_2019",
  "Netherlands_Amsterdam_252",
  "Poland_Gdansk_2020",
  "Poland_Gdansk_2020_Chelm",
  "Poland_Krakow_2020_Bienczyce",
];
const sample = (name: string) => readFileSync(`../shared/standards/pabulib/${name}.pb`, "utf8");

let body = "";
beforeAll(async () => {
  await ensureInstance(api.db);
  const steward = await makePerson(api.db);
  body = (await makeOrg(api.db, steward, { kind: "public_body" })).slug;
});

describe("Pabulib files and calls", () => {
  it.each(SAMPLES)(
    "imports %s as a call with its projects and ballots, and exports the same file",
    async (name) => {
      const text = sample(name);
      const instance = parsePb(text);
      const call = await importPb(api.db, instance, { body, slug: name.toLowerCase().replaceAll("_", "-") });
      const [counts] = await rowsOf<{ projects: number; ballots: number }>(
        api.db,
        sql`select (select count(*)::int from pb_projects where call_id = ${call.id}) as projects,
                 (select count(*)::int from pb_ballots where call_id = ${call.id}) as ballots`,
      );
      expect(counts).toEqual({ projects: instance.projects.length, ballots: instance.votes.length });
      expect(await exportPb(api.db, call.slug)).toBe(text);
      const results = await api.call("GET", `/api/calls/${call.slug}/results`);
      expect(results.body.results.length).toBeGreaterThan(0);
    },
    120_000,
  );

  it("reproduces the file's own greedy winners from the stored ballots (Kraków, Bieńczyce: ordinal, greedy)", async () => {
    const text = sample("Poland_Krakow_2020_Bienczyce");
    const instance = parsePb(text);
    const call = await importPb(api.db, instance, { body, slug: "krakow-winners" });
    const selectedAt = instance.projectColumns.indexOf("selected");
    const selected = instance.projects.filter((p) => p.cells[selectedAt] === "1").map((p) => p.id);
    const results = await api.call("GET", `/api/calls/${call.slug}/results`);
    const official = results.body.results.find((r: { official: boolean }) => r.official);
    expect([...official.winners].sort()).toEqual([...selected].sort());
  });

  it("exports a call run here, and its export imports and exports again to the same file", async () => {
    const c = await city(api);
    const call = await openCall(api, c, {
      districts: [
        { name: "North", budget: 400_000 },
        { name: "South", budget: 600_000 },
      ],
    });
    const author = await makePerson(api.db);
    const numbers = await eligibleProjects(api, c, call.slug, author, [
      { title: 'Benches; with "quotes"', cost: 150_050, district: "North" },
      { title: "Trees", cost: 300_000, district: "South" },
      { title: "Books", cost: 250_000, district: "South" },
    ]);
    await afterDays(api, 2.1);
    await advancePhases(api.db, computeResults);
    for (const [i, who] of Array.from({ length: 4 }, () => makePerson(api.db)).entries()) {
      const v = await who;
      const projects = i < 2 ? [{ project: numbers[0]! }] : [{ project: numbers[1]! }, { project: numbers[2]! }];
      const res = await api.call("PUT", `/api/calls/${call.slug}/ballot`, {
        as: v.token,
        body: { projects, district: i < 2 ? "North" : "South" },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    await afterDays(api, 1);
    await advancePhases(api.db, computeResults);
    const first = await exportPb(api.db, call.slug);
    const parsed = parsePb(first);
    expect(parsed.meta.get("budget_per_neighborhood")).toBe("4000,6000");
    expect(parsed.projects.map((p) => p.cost)).toEqual(["1500.5", "3000", "2500"]);
    expect(parsed.votes).toHaveLength(4);
    const again = await importPb(api.db, parsed, { body, slug: "round-trip" });
    expect(await exportPb(api.db, again.slug)).toBe(first);
  });
});
