import { describe, expect, it } from "vitest";
import type { ProjectExplanation } from "../explanation.ts";
import { computeResults, type RuleOptions } from "../results.ts";
import { approvalElection } from "../test/build.ts";

const mes = (o: Partial<RuleOptions> = {}): RuleOptions => ({ rule: "mes", completion: "none", ...o });
const project = (r: ReturnType<typeof computeResults>, id: string): ProjectExplanation => r.parts[0]!.projects.find((p) => p.id === id)!;

describe("the Method of Equal Shares, on elections worked out by hand", () => {
  // 4 voters share 40: 10 each. v1 {K, M}, v2 {K, L}, v3 {L}, v4 {L}; L costs 27, K 10, M 6.
  // Round 1: L's three supporters pay 9 each (ρ = 9/27 = 1/3); K's two would pay 5 (ρ = 1/2); M's one, 6 (ρ = 1).
  //   L is funded: v2, v3, v4 keep 1 each.
  // Round 2: K's supporters hold 10 + 1 = 11 ≥ 10. Split equally K would ask 5 each, more than v2's 1, so v2
  //   pays its 1 and v1 pays the other 9 (price 9, ρ = 0.9); M still asks 6 of v1 (ρ = 1). K is funded; v1 keeps 1.
  // Round 3: M's only supporter has 1 < 6: nothing else is affordable. Winners L, K (37 of 40).
  const whoPaid = approvalElection(40, { L: 27, K: 10, M: 6 }, ["K,M", "K,L", "L", "L"]);

  it("funds the cheapest utility first and lets supporters who cannot pay the price pay what they have", () => {
    const r = computeResults(whoPaid, mes());
    expect(r.winners).toEqual(["L", "K"]);
    expect(r.cost).toBe(37);
    expect(project(r, "L")).toMatchObject({ status: "funded", by: "mes", round: 1, price: 9, effectiveVotes: 3, moneyBehind: 30 });
    expect(project(r, "L")).toMatchObject({ payments: [{ voters: 3, amount: 9 }] });
    expect(project(r, "K")).toMatchObject({ status: "funded", round: 2, price: 9, rho: 0.9, moneyBehind: 11 });
    expect(project(r, "K")).toMatchObject({
      payments: [
        { voters: 1, amount: 9 },
        { voters: 1, amount: 1 },
      ],
    });
    // M's supporter spent 9 of its 10 on K and has 1 left of the 6 M costs.
    expect(project(r, "M")).toEqual({
      id: "M",
      cost: 6,
      votes: 1,
      score: 1,
      status: "not-funded",
      reason: "unaffordable",
      moneyBehind: 1,
      spentOn: [{ project: "K", voters: 1, amount: 9 }],
    });
    expect(r.parts[0]!.mes).toMatchObject({ endowment: 10, endowmentExact: "10", add1Steps: 0, fundedByMes: ["L", "K"], mesCost: 37 });
    expect([r.votersWithAFundedProject, r.shareOfVotersWithAFundedProject]).toEqual([4, 1]);
  });

  // 6 voters, budget 60: v1–v3 {P, Q}, v4–v6 {Q, R}; P costs 30, Q 36, R 24.
  // With shares of e: Q first (each pays 6, ρ = 1/6, against 1/3 for P and R), leaving e − 6 each.
  // R is then affordable when 3(e − 6) ≥ 24, e ≥ 14; P when 3(e − 6) ≥ 30, e ≥ 16.
  // - none (e = 10): Q alone, 36 of 60.
  // - add1 from ⌊60/6⌋ = 10: 11, 12, 13 fund Q alone (feasible, and R would still fit); 14 funds Q and R, 60 of 60,
  //   exhaustive: stop. Four steps.
  // - add1-nostop: 15 still funds Q, R; at 16, R and P tie at ρ = 1/3, the cheaper R goes first, then P: 90 > 60. Stop at 15.
  const qrp = approvalElection(60, { P: 30, Q: 36, R: 24 }, ["3 × P,Q", "3 × Q,R"]);

  it.each([
    ["none", ["Q"], 10, 0],
    ["add1", ["Q", "R"], 14, 4],
    ["add1-nostop", ["Q", "R"], 15, 5],
  ] as const)("with completion %s funds %j at a share of %d after %d Add1 steps", (completion, winners, endowment, steps) => {
    const r = computeResults(qrp, mes({ completion }));
    expect(r.winners).toEqual(winners);
    expect(r.parts[0]!.mes).toMatchObject({ endowment, add1Steps: steps, initialEndowment: 10 });
  });

  // The same with a budget of 65 and a project S (5) nobody voted for. From ⌊65/6⌋ = 10, Q and R come at 14 (60),
  // but S would still fit, so the outcome is not exhaustive (equalshares.net counts every project); 15 gives the same
  // and 16 adds P (90 > 65). Add1u's greedy completion then takes what fits by votes: P (30) does not, S (5) does.
  it("completes Add1 greedily by votes with add1u, counting projects nobody voted for as still fitting", () => {
    const e = approvalElection(65, { P: 30, Q: 36, R: 24, S: 5 }, ["3 × P,Q", "3 × Q,R"]);
    const r = computeResults(e, mes({ completion: "add1u" }));
    expect(r.winners).toEqual(["Q", "R", "S"]);
    expect(r.parts[0]!.mes).toMatchObject({ endowment: 15, add1Steps: 5, fundedByMes: ["Q", "R"], fundedByCompletion: ["S"] });
    expect(project(r, "S")).toMatchObject({ status: "funded", by: "completion", remainingBefore: 5 });
    expect(project(r, "P")).toMatchObject({ status: "not-funded", reason: "unaffordable", moneyBehind: 27 });
  });

  // Budget 95 for 6 voters: everything (90) fits. equalshares.net then skips Add1 and runs once at 95/6 = 15.83…:
  // Q leaves 9.83… each, enough for R (29.5 ≥ 24) but not P (29.5 < 30). pabutools' start (exact) raises the share
  // anyway: at 16.83…, R and P tie at ρ = 1/3, R goes first, then P: all three, 90 ≤ 95.
  it("skips Add1 when every project fits, as equalshares.net does, but not from the exact start, as pabutools does not", () => {
    const e = approvalElection(95, { P: 30, Q: 36, R: 24 }, ["3 × P,Q", "3 × Q,R"]);
    const floor = computeResults(e, mes({ completion: "add1" }));
    expect(floor.winners).toEqual(["Q", "R"]);
    expect(floor.parts[0]!.mes).toMatchObject({ everythingAffordable: true, add1Steps: 0, endowmentExact: "95/6" });
    const exact = computeResults(e, mes({ completion: "add1", endowmentStart: "exact" }));
    expect(exact.winners).toEqual(["Q", "R", "P"]);
    expect(exact.parts[0]!.mes).toMatchObject({ add1Steps: 1, endowmentExact: "101/6" });
  });

  // Budget 300, 3 voters with 100 each: v1, v2 {A, B}, v3 {C}; A costs 200, B 100, C 100.
  // A and B both cost their supporters the same share of their utility (ρ = 100/200 = 50/100 = 1/2): a tie.
  // - min-cost,max-votes: B (cheaper) first; v1, v2 keep 50 each, too little for A; then C (ρ = 1). B, C: 200.
  // - id: A first ("A" < "B"); v1, v2 are left with nothing; then C. A, C: 300.
  it.each([
    ["min-cost,max-votes", ["B", "C"]],
    ["id", ["A", "C"]],
  ] as const)("breaks an exact tie in ρ by %s", (tieBreaking, winners) => {
    const e = approvalElection(300, { A: 200, B: 100, C: 100 }, ["2 × A,B", "C"]);
    expect(computeResults(e, mes({ tieBreaking })).winners).toEqual(winners);
  });

  // pabutools' tests (tests/test_rule.py, "AppEx_2" and "AppEx_3", cost satisfaction), costs ×100: p0 1, p1 0.9, p2 2,
  // p3 1.09, budget 4; ballots {p0}, {p1, p2, p3} twice, {p2}. Published: MES funds {p0, p2}; MES iterated with
  // voter_budget_increment 1/10 from 4/4 funds {p0, p1, p2}. AppEx_3 adds p4 and p5 (1.09) that nobody voted for.
  it.each([
    ["AppEx_2", {}],
    ["AppEx_3", { p4: 109, p5: 109 }],
  ])("gives pabutools' published outcomes for %s", (_, extra) => {
    const e = approvalElection(400, { p0: 100, p1: 90, p2: 200, p3: 109, ...extra }, ["p0", "2 × p1,p2,p3", "p2"], 100);
    expect([...computeResults(e, mes()).winners].sort()).toEqual(["p0", "p2"]);
    const iterated = computeResults(e, mes({ completion: "add1", endowmentStart: "exact", increment: 10 }));
    expect([...iterated.winners].sort()).toEqual(["p0", "p1", "p2"]);
  });

  // The running example of Lackner and Skowron (2023), as pabutools' tests give it: 7 projects costing 1, budget 4,
  // 12 voters (3 {a, b}, 3 {a, c}, 2 {a, d}, {b, c, f}, {e}, {f}, {g}). Published: MES funds {a} alone.
  it("gives the published outcome of Lackner and Skowron's running example", () => {
    const e = approvalElection(4, { a: 1, b: 1, c: 1, d: 1, e: 1, f: 1, g: 1 }, ["3 × a,b", "3 × a,c", "2 × a,d", "b,c,f", "e", "f", "g"]);
    expect(computeResults(e, mes()).winners).toEqual(["a"]);
  });

  // Budget 100, 8 voters: 5 × {A, B}, 3 × {C}; each project costs 50. Add1 from 12: A (a tie with B on everything,
  // broken by id) at ρ = 1/5; C becomes affordable at 17 (3 × 17 ≥ 50). MES: A, C. Greedy by votes: A, B.
  // Under equalshares.net's "satisfaction", the five {A, B} voters prefer greedy (2 projects against 1); the three
  // {C} voters have no project under greedy, so they count for neither side: 5 to 0, greedy's outcome is kept.
  // Under "exclusion ratio" only the {C} voters have a preference (a project against none): 3 to 0 for MES.
  it.each([
    ["satisfaction", { prefersMes: 0, prefersGreedy: 5, kept: "greedy" }, ["A", "B"]],
    ["exclusion-ratio", { prefersMes: 3, prefersGreedy: 0, kept: "mes" }, ["A", "C"]],
  ] as const)("runs the comparison step by %s", (measure, counts, winners) => {
    const e = approvalElection(100, { A: 50, B: 50, C: 50 }, ["5 × A,B", "3 × C"]);
    const r = computeResults(e, mes({ completion: "add1u", comparison: measure }));
    expect(r.parts[0]!.comparison).toEqual({ measure, ...counts, mesWinners: ["A", "C"], greedyWinners: ["A", "B"] });
    expect(r.winners).toEqual(winners);
    expect(project(r, "B").status).toBe((winners as readonly string[]).includes("B") ? "funded" : "not-funded");
    if (counts.kept === "greedy") expect(project(r, "B")).toMatchObject({ by: "greedy", rank: 2 });
  });

  it("leaves free projects and projects nobody voted for to the completion", () => {
    const e = approvalElection(10, { A: 4, free: 0, lonely: 3 }, ["A,free", "A"]);
    const none = computeResults(e, mes());
    expect(project(none, "free")).toMatchObject({ status: "not-funded", reason: "free" });
    expect(project(none, "lonely")).toMatchObject({ status: "not-funded", reason: "no-votes" });
    expect(computeResults(e, mes({ completion: "add1u" })).winners).toEqual(["A", "free", "lonely"]);
  });

  it("funds nothing without voters, and lets add1u fall back on greedy", () => {
    const e = approvalElection(10, { A: 4, B: 5 }, []);
    expect(computeResults(e, mes({ completion: "add1" })).winners).toEqual([]);
    expect(computeResults(e, mes({ completion: "add1u" })).winners).toEqual(["A", "B"]);
  });
});
