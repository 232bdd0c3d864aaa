import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Election } from "../election.ts";
import { profileOf } from "../profile.ts";
import { format, rational, toNumber } from "../rational.ts";
import { computeResults } from "../results.ts";
import { plainOf, smallElection } from "../test/arbitraries.ts";
import { type PlainOptions, plainEqualShares } from "../test/reference-mes.ts";
import { TIE_BREAKINGS, tieOrder } from "../tie-breaking.ts";
import { COMPLETIONS, ENDOWMENT_STARTS } from "./add1.ts";
import { COMPARISON_MEASURES } from "./comparison.ts";
import { runMes } from "./run.ts";
import { mesSetup } from "./setup.ts";

const variant: fc.Arbitrary<PlainOptions> = fc.record({
  completion: fc.constantFrom(...COMPLETIONS),
  start: fc.constantFrom(...ENDOWMENT_STARTS),
  tieBreaking: fc.constantFrom(...TIE_BREAKINGS),
  comparison: fc.constantFrom(null, ...COMPARISON_MEASURES),
});

function fastAndPlain(e: Election, v: PlainOptions) {
  const fast = computeResults(e, {
    rule: "mes",
    completion: v.completion,
    endowmentStart: v.start,
    tieBreaking: v.tieBreaking,
    comparison: v.comparison,
  });
  const plain = plainEqualShares(plainOf(e), v);
  return {
    fast: { winners: fast.winners, endowment: fast.parts[0]!.mes!.endowmentExact },
    plain: { winners: plain.winners.map((p) => e.projects[p]!.id), endowment: format(plain.endowment) },
  };
}

/** Elections with more voters and arbitrary costs: prices with large denominators, the doubles' ground. */
const largerElection = fc
  .record({
    costs: fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 2, maxLength: 8 }),
    budget: fc.integer({ min: 500, max: 6000 }),
    ballots: fc.array(fc.array(fc.nat(7), { minLength: 1, maxLength: 4 }), { minLength: 5, maxLength: 45 }),
  })
  .map(
    ({ costs, budget, ballots }): Election => ({
      budget,
      voteType: "approval",
      projects: costs.map((cost, i) => ({ id: `p${i}`, cost })),
      ballots: ballots.map((b) => ({ projects: [...new Set(b.map((p) => `p${p % costs.length}`))] })),
    }),
  );

describe("the Method of Equal Shares against a plain exact implementation of its definition", () => {
  it("funds the same projects, in the same order, from the same endowment, for every completion, start, tie-breaking and comparison", () => {
    fc.assert(
      fc.property(smallElection(), variant, (e, v) => {
        const { fast, plain } = fastAndPlain(e, v);
        expect(fast).toEqual(plain);
      }),
      { numRuns: 1500 },
    );
  });

  it("agrees on elections with more voters and costs that divide unevenly", () => {
    fc.assert(
      fc.property(largerElection, variant, (e, v) => {
        const { fast, plain } = fastAndPlain(e, v);
        expect(fast).toEqual(plain);
      }),
      { numRuns: 120 },
    );
  });

  it("never lets a voter pay more than its share without a completion, nor funds more than the budget", () => {
    fc.assert(
      fc.property(largerElection, fc.constantFrom(...TIE_BREAKINGS), (e, tieBreaking) => {
        const profile = profileOf(e);
        const setup = mesSetup(profile);
        const share = rational(e.budget, profile.voters);
        const paid = new Float64Array(profile.groups.length);
        const run = runMes(setup, share, tieOrder(profile, tieBreaking), {
          funded(selection, payment) {
            for (const g of setup.supporters[selection.project]!) paid[g]! += payment(g);
          },
        });
        const limit = toNumber(share) * (1 + 1e-12);
        expect([...paid].filter((x) => x > limit)).toEqual([]);
        expect(run.cost).toBeLessThanOrEqual(e.budget);
      }),
      { numRuns: 200 },
    );
  });
});
