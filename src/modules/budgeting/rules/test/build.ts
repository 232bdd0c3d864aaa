import type { Election } from "../election.ts";

/**
 * A hand-made approval election for tests: `costs` by project id, and ballots written as
 * "times × project,project" (or just "project,project").
 */
export function approvalElection(budget: number, costs: Record<string, number>, ballots: string[], currencyUnit = 1): Election {
  return {
    budget,
    currencyUnit,
    voteType: "approval",
    projects: Object.entries(costs).map(([id, cost]) => ({ id, cost })),
    ballots: ballots.map((b) => {
      const [times, list] = b.includes("×") ? b.split("×").map((s) => s.trim()) : ["1", b];
      return { projects: list!.split(",").filter(Boolean), count: Number(times) };
    }),
  };
}
