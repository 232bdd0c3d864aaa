import { describe, expect, it } from "vitest";
import { electionOf } from "../pabulib/election.ts";
import { parsePb } from "../pabulib/parse.ts";
import { readSample } from "../pabulib/test/samples.ts";
import { splitByDistrict } from "./districts.ts";
import { type Election, ElectionError } from "./election.ts";
import { computeResults } from "./results.ts";

const amsterdam = electionOf(parsePb(readSample("Netherlands_Amsterdam_252")));

/** Greedy over the whole election, a project skipped when it would break its neighbourhood's bound: Amsterdam's rule. */
function greedyWithBounds(e: Election): string[] {
  const votes = new Map(e.projects.map((p) => [p.id, 0]));
  for (const b of e.ballots) for (const id of b.projects) votes.set(id, votes.get(id)! + 1);
  const left = new Map(e.districts!.map((d) => [d.id, d.budget]));
  let total = e.budget;
  const funded: string[] = [];
  const ranked = [...e.projects].sort((a, b) => votes.get(b.id)! - votes.get(a.id)! || a.cost - b.cost || (a.id < b.id ? -1 : 1));
  for (const p of ranked) {
    if (p.cost > total || p.cost > left.get(p.district!)!) continue;
    funded.push(p.id);
    total -= p.cost;
    left.set(p.district!, left.get(p.district!)! - p.cost);
  }
  return funded;
}

describe("districts with budgets of their own", () => {
  it("splits Amsterdam by neighbourhood: its projects, its budget, and the voters who voted for them", () => {
    const parts = splitByDistrict(amsterdam);
    expect(parts.map((p) => [p.district, p.election.budget])).toEqual([
      ["Oostelijke Eilanden", 150000],
      ["Haarlemmerhouttuinen", 100000],
      ["Other", 250000],
    ]);
    expect(parts.reduce((n, p) => n + p.election.projects.length, 0)).toBe(85);
    for (const { district, election } of parts) {
      const here = new Set(election.projects.map((p) => p.id));
      expect(election.projects.every((p) => p.district === district)).toBe(true);
      expect(election.ballots.every((b) => b.projects.length > 0 && b.projects.every((id) => here.has(id)))).toBe(true);
    }
  });

  it("gives greedy per neighbourhood exactly Amsterdam's greedy under the neighbourhoods' upper bounds", () => {
    const r = computeResults(amsterdam, { rule: "greedy" });
    expect([...r.winners].sort()).toEqual(greedyWithBounds(amsterdam).sort());
    for (const part of r.parts) expect(part.cost).toBeLessThanOrEqual(part.budget);
  });

  it("runs the Method of Equal Shares in each neighbourhood with its own shares", () => {
    const r = computeResults(amsterdam, { rule: "mes", completion: "add1u" });
    expect(r.parts).toHaveLength(3);
    for (const part of r.parts) {
      expect(part.cost).toBeLessThanOrEqual(part.budget);
      expect(part.mes!.initialEndowment).toBe(Math.floor(part.budget / part.voters));
    }
    expect(r.winners).toEqual(r.parts.flatMap((p) => p.winners));
    expect(r.voters).toBe(8520);
  });

  it("decides projects without a district with what the districts leave", () => {
    const e: Election = {
      budget: 100,
      voteType: "approval",
      projects: [
        { id: "north", cost: 50, district: "N" },
        { id: "citywide", cost: 40, district: null },
      ],
      ballots: [{ projects: ["north", "citywide"] }],
      districts: [{ id: "N", budget: 60 }],
    };
    const parts = splitByDistrict(e);
    expect(parts.map((p) => [p.district, p.election.budget, p.election.projects.map((x) => x.id)])).toEqual([
      ["N", 60, ["north"]],
      [null, 40, ["citywide"]],
    ]);
    expect(computeResults(e, { rule: "greedy" }).winners).toEqual(["north", "citywide"]);
  });

  it("refuses district budgets that add up to more than the budget", () => {
    expect(() => splitByDistrict({ ...amsterdam, budget: 400000 })).toThrow(ElectionError);
  });
});
