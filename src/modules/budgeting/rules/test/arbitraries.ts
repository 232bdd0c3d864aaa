import fc from "fast-check";
import type { Election } from "../election.ts";
import type { PlainElection } from "./reference-mes.ts";

/**
 * Small random approval elections for property tests. Costs come from a short list so that equal
 * costs, equal prices and exact ties are common: those are where a fast implementation goes wrong.
 */
export const smallElection = (opts: { maxVoters?: number; maxProjects?: number } = {}): fc.Arbitrary<Election> =>
  fc
    .record({
      costs: fc.array(fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15), { minLength: 1, maxLength: opts.maxProjects ?? 6 }),
      budget: fc.integer({ min: 0, max: 40 }),
      currencyUnit: fc.constantFrom(1, 1, 1, 2, 3),
      ballots: fc.array(fc.array(fc.nat(), { maxLength: 6 }), { maxLength: opts.maxVoters ?? 10 }),
    })
    .map(({ costs, budget, currencyUnit, ballots }) => {
      const ids = costs.map((_, i) => `p${i}`);
      return {
        budget,
        currencyUnit,
        voteType: "approval" as const,
        projects: costs.map((cost, i) => ({ id: ids[i]!, cost })),
        ballots: ballots.map((picks) => ({ projects: [...new Set(picks.map((p) => ids[p % ids.length]!))] })),
      };
    });

/** The same election, one list of approvals per voter, for the plain reference. */
export function plainOf(e: Election): PlainElection {
  const ids = e.projects.map((p) => p.id);
  return {
    ids,
    costs: e.projects.map((p) => p.cost),
    budget: e.budget,
    currencyUnit: e.currencyUnit ?? 1,
    approvals: e.ballots.flatMap((b) => Array.from({ length: b.count ?? 1 }, () => b.projects.map((id) => ids.indexOf(id)))),
  };
}
