import { checkElection, type Election } from "./election.ts";

/**
 * An election in the form the rules count it: projects by index, and the ballots' approval projection
 * (the projects each ballot names, whatever its type: ordinal and choose-1 ballots approve what they
 * rank or choose, cumulative and scoring ballots what they give points to, as equalshares.net reads
 * them) grouped so that identical approval sets are one group with a count. The Method of Equal
 * Shares treats the voters of a group alike throughout, so it works on groups, not on voters.
 */
export interface Profile {
  readonly ids: readonly string[];
  readonly costs: readonly number[];
  /** How many voters name each project. */
  readonly votes: readonly number[];
  /** What greedy ranks by: points for cumulative and scoring ballots, otherwise the votes. */
  readonly scores: readonly number[];
  /** Every voter, empty ballots included (each holds an equal share of the budget all the same). */
  readonly voters: number;
  readonly groups: readonly VoterGroup[];
  readonly budget: number;
  readonly currencyUnit: number;
}

export interface VoterGroup {
  /** Project indices, ascending. */
  readonly projects: Int32Array;
  readonly count: number;
}

export function profileOf(election: Election): Profile {
  checkElection(election);
  const ids = election.projects.map((p) => p.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const votes = new Array<number>(ids.length).fill(0);
  const points = new Array<number>(ids.length).fill(0);
  const byKey = new Map<string, { projects: Int32Array; count: number }>();
  let voters = 0;
  for (const ballot of election.ballots) {
    const count = ballot.count ?? 1;
    voters += count;
    const named = Int32Array.from(ballot.projects, (id) => index.get(id)!).sort();
    named.forEach((p) => {
      votes[p]! += count;
    });
    ballot.points?.forEach((x, i) => {
      points[index.get(ballot.projects[i]!)!]! += x * count;
    });
    if (named.length === 0) continue;
    // One character per project index makes the shortest key to hash (indices are far below 65,536).
    const key = ids.length <= 0xffff ? String.fromCharCode(...named) : named.join(",");
    const group = byKey.get(key);
    if (group) group.count += count;
    else byKey.set(key, { projects: named, count });
  }
  const byPoints = election.voteType === "cumulative" || election.voteType === "scoring";
  return {
    ids,
    costs: election.projects.map((p) => p.cost),
    votes,
    scores: byPoints ? points : votes,
    voters,
    groups: [...byKey.values()],
    budget: election.budget,
    currencyUnit: election.currencyUnit ?? 1,
  };
}

/** How many voters approve at least one of the given projects. */
export function votersReached(profile: Profile, projects: Iterable<number>): number {
  const chosen = new Uint8Array(profile.ids.length);
  for (const p of projects) chosen[p] = 1;
  let reached = 0;
  for (const g of profile.groups) if (g.projects.some((p) => chosen[p] === 1)) reached += g.count;
  return reached;
}

export const costOf = (profile: Profile, projects: Iterable<number>): number => {
  let total = 0;
  for (const p of projects) total += profile.costs[p]!;
  return total;
};
