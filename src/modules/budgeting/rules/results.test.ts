import { describe, expect, it } from "vitest";
import { electionOf } from "../pabulib/election.ts";
import { parsePb } from "../pabulib/parse.ts";
import { readSample } from "../pabulib/test/samples.ts";
import { ElectionError } from "./election.ts";
import { computeResults } from "./results.ts";
import { approvalElection } from "./test/build.ts";

const chelm = electionOf(parsePb(readSample("Poland_Gdansk_2020_Chelm")));

describe("a rule's results and their explanation", () => {
  it("is plain JSON, stored and served as computed", () => {
    for (const rule of ["greedy", "mes"] as const) {
      const r = computeResults(chelm, { rule, comparison: rule === "mes" ? true : undefined });
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    }
  });

  it("explains every project of Chełm's vote, and its numbers add up", () => {
    const r = computeResults(chelm, { rule: "mes", completion: "add1" });
    const part = r.parts[0]!;
    expect(part.projects).toHaveLength(16);
    expect(part.mes).toMatchObject({ initialEndowment: 408, add1Steps: 186, endowment: 594 });
    for (const p of part.projects) {
      if (p.status === "funded" && p.by === "mes") {
        // Supporters pay the cost exactly: those who could, the price; the others, all they had.
        expect(p.payments.reduce((sum, x) => sum + x.voters * x.amount, 0)).toBeCloseTo(p.cost, 6);
        expect(Math.max(...p.payments.map((x) => x.amount))).toBeCloseTo(p.price, 9);
        expect(p.moneyBehind).toBeGreaterThanOrEqual(p.cost);
      } else if (p.status === "not-funded" && p.reason === "unaffordable") {
        expect(p.moneyBehind).toBeLessThan(p.cost);
        // What they had left and what they spent elsewhere is at most what they were given.
        const spent = p.spentOn.reduce((sum, x) => sum + x.amount, 0);
        expect(p.moneyBehind + spent).toBeLessThanOrEqual(p.votes * part.mes!.endowment + 1e-6);
      } else throw new Error(`unexpected explanation ${JSON.stringify(p)}`);
    }
    const rounds = part.projects.flatMap((p) => (p.status === "funded" && p.by === "mes" ? [p.round] : [])).sort((a, b) => a - b);
    expect(rounds).toEqual(rounds.map((_, i) => i + 1));
    expect(r.cost).toBe(part.cost);
    expect(r.shareOfVotersWithAFundedProject).toBeCloseTo(r.votersWithAFundedProject / r.voters, 12);
  });

  it("records the settings it was computed with", () => {
    const r = computeResults(chelm, { rule: "mes" });
    expect(r.settings).toEqual({
      rule: "mes",
      tieBreaking: "min-cost,max-votes",
      threshold: null,
      completion: "add1u",
      comparison: null,
      endowmentStart: "floor",
      increment: 1,
    });
    expect(computeResults(chelm, { rule: "greedy-threshold", threshold: 300 }).settings).toMatchObject({
      threshold: 300,
      completion: null,
    });
  });

  it.each([
    ["greedy-threshold without a threshold", { rule: "greedy-threshold" }, /needs a threshold/],
    ["a threshold for another rule", { rule: "greedy", threshold: 3 }, /only greedy-threshold/],
    ["an increment of zero", { rule: "mes", increment: 0 }, /increment must be a whole number/],
  ] as const)("refuses %s", (_, options, message) => {
    expect(() => computeResults(chelm, options)).toThrow(ElectionError);
    expect(() => computeResults(chelm, options)).toThrow(message);
  });

  it.each([
    ["a ballot for an unknown project", approvalElection(10, { A: 1 }, ["A,Z"]), /unknown project Z/],
    ["a cost in fractions of a minor unit", approvalElection(10, { A: 1.5 }, ["A"]), /whole number of minor units/],
    [
      "a project twice",
      {
        ...approvalElection(10, { A: 1 }, ["A"]),
        projects: [
          { id: "A", cost: 1 },
          { id: "A", cost: 2 },
        ],
      },
      /appears twice/,
    ],
  ])("refuses an election with %s", (_, election, message) => {
    expect(() => computeResults(election, { rule: "greedy" })).toThrow(message);
  });
});
