import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { electionOf } from "../pabulib/election.ts";
import { projectField } from "../pabulib/instance.ts";
import { parsePb } from "../pabulib/parse.ts";
import { readSample } from "../pabulib/test/samples.ts";
import type { Election } from "./election.ts";
import { computeResults } from "./results.ts";
import { smallElection } from "./test/arbitraries.ts";
import { approvalElection } from "./test/build.ts";

describe("greedy by votes", () => {
  // Budget 100; votes A 5 (cost 70), B 4 (40), C 3 (30), D 3 (20), E 1 (10).
  // A fits (30 left); B does not (40 > 30); C and D tie on 3 votes: D is cheaper, so D (10 left), then C does
  // not fit (30 > 10); E does (0 left).
  const e = approvalElection(100, { A: 70, B: 40, C: 30, D: 20, E: 10 }, ["2 × A,B,C,D", "2 × A,B", "A,C,D", "E"]);

  it("funds from the most votes down, skipping what does not fit", () => {
    const r = computeResults(e, { rule: "greedy" });
    expect(r.winners).toEqual(["A", "D", "E"]);
    expect(r.cost).toBe(100);
    expect(r.parts[0]!.projects.find((p) => p.id === "B")).toMatchObject({
      status: "not-funded",
      reason: "did-not-fit",
      rank: 2,
      remainingBefore: 30,
    });
    expect(r.parts[0]!.projects.find((p) => p.id === "E")).toMatchObject({ status: "funded", by: "greedy", rank: 5, remainingBefore: 10 });
  });

  it("breaks ties by id when asked: C before D", () => {
    expect(computeResults(e, { rule: "greedy", tieBreaking: "id" }).winners).toEqual(["A", "C"]);
  });

  it("leaves out what scores under the threshold with greedy-threshold, even when it fits", () => {
    const r = computeResults(e, { rule: "greedy-threshold", threshold: 3 });
    expect(r.winners).toEqual(["A", "D"]);
    expect(r.parts[0]!.projects.find((p) => p.id === "E")).toMatchObject({ status: "not-funded", reason: "under-threshold", threshold: 3 });
  });

  it("ranks cumulative ballots by points, not by voters", () => {
    const points: Election = {
      budget: 10,
      voteType: "cumulative",
      projects: [
        { id: "many", cost: 10 },
        { id: "keen", cost: 10 },
      ],
      ballots: [
        { projects: ["many"], points: [1], count: 3 },
        { projects: ["keen"], points: [5] },
      ],
    };
    expect(computeResults(points, { rule: "greedy" }).winners).toEqual(["keen"]);
  });

  it("reproduces the selected column of Kraków's ordinal vote (greedy by the number of voters ranking a project)", () => {
    const pb = parsePb(readSample("Poland_Krakow_2020_Bienczyce"));
    const selected = pb.projects.filter((p) => projectField(pb, p, "selected") === "1").map((p) => p.id);
    expect([...computeResults(electionOf(pb), { rule: "greedy" }).winners].sort()).toEqual(selected.sort());
  });

  it("never funds more than the budget, under any rule", () => {
    fc.assert(
      fc.property(
        smallElection(),
        fc.constantFrom("greedy", "mes"),
        fc.constantFrom("none", "add1", "add1-nostop", "add1u"),
        (election, rule, completion) => {
          const r = computeResults(election, { rule, completion: rule === "mes" ? completion : undefined });
          expect(r.cost).toBeLessThanOrEqual(election.budget);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("never drops a winner when a voter who approves only that winner is added", () => {
    fc.assert(
      fc.property(smallElection(), fc.nat(), (election, pick) => {
        const before = computeResults(election, { rule: "greedy" }).winners;
        fc.pre(before.length > 0);
        const winner = before[pick % before.length]!;
        const after = computeResults({ ...election, ballots: [...election.ballots, { projects: [winner] }] }, { rule: "greedy" }).winners;
        expect(after).toContain(winner);
      }),
      { numRuns: 400 },
    );
  });
});
