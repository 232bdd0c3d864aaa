import type { Election } from "./election.ts";

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

/** The profile of an election already checked (checkElection). Its groups are formed when first asked for: greedy never needs them. */
export function profileOf(election: Election): Profile {
  const ids = election.projects.map((p) => p.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const votes = new Array<number>(ids.length).fill(0);
  const points = new Array<number>(ids.length).fill(0);
  let voters = 0;
  for (const ballot of election.ballots) {
    const count = ballot.count ?? 1;
    voters += count;
    for (const id of ballot.projects) votes[index.get(id)!]! += count;
    ballot.points?.forEach((x, i) => {
      points[index.get(ballot.projects[i]!)!]! += x * count;
    });
  }
  const byPoints = election.voteType === "cumulative" || election.voteType === "scoring";
  let groups: VoterGroup[] | undefined;
  return {
    ids,
    costs: election.projects.map((p) => p.cost),
    votes,
    scores: byPoints ? points : votes,
    voters,
    get groups() {
      groups ??= groupBallots(election, index);
      return groups;
    },
    budget: election.budget,
    currencyUnit: election.currencyUnit ?? 1,
  };
}

function groupBallots(election: Election, index: ReadonlyMap<string, number>): VoterGroup[] {
  // Ballots name few projects among fewer than 256: six bytes of sorted indices make a numeric key, much
  // cheaper to hash than a string; longer ballots (or larger elections) are keyed by their indices as text.
  // A ballot's indices go to one reused array: only a new group keeps a copy.
  const groups = new Map<number | string, { projects: Int32Array; count: number }>();
  const small = index.size < 256;
  let named = new Int32Array(16);
  for (const ballot of election.ballots) {
    const n = ballot.projects.length;
    if (n === 0) continue;
    if (named.length < n) named = new Int32Array(n);
    for (let i = 0; i < n; i++) named[i] = index.get(ballot.projects[i]!)!;
    const sorted = named.subarray(0, n).sort();
    let key: number | string;
    if (small && n <= 6) {
      key = 0;
      for (const p of sorted) key = key * 256 + p + 1;
    } else key = sorted.join(",");
    const group = groups.get(key);
    if (group) group.count += ballot.count ?? 1;
    else groups.set(key, { projects: sorted.slice(), count: ballot.count ?? 1 });
  }
  return [...groups.values()];
}

/** How many voters named at least one of the funded projects, and how many voters there are. */
export function votersReached(election: Election, funded: ReadonlySet<string>): { voters: number; reached: number } {
  let voters = 0;
  let reached = 0;
  for (const b of election.ballots) {
    voters += b.count ?? 1;
    if (b.projects.some((id) => funded.has(id))) reached += b.count ?? 1;
  }
  return { voters, reached };
}

export const costOf = (profile: Profile, projects: Iterable<number>): number => {
  let total = 0;
  for (const p of projects) total += profile.costs[p]!;
  return total;
};
