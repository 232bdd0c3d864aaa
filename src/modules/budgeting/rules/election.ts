// What every rule reads: the projects with their costs, the budget, and the ballots. Money is in
// integer minor units, as everywhere in Triarchy; `currencyUnit` says how many make one unit of the
// currency, because the Add1 completion raises each voter's share one *currency unit* at a time and
// starts from ⌊budget / voters⌋ in currency units (equalshares.net's "integral" option).

export const VOTE_TYPES = ["approval", "cumulative", "scoring", "ordinal", "choose-1"] as const;
export type VoteType = (typeof VOTE_TYPES)[number];

export interface ElectionProject {
  readonly id: string;
  /** Minor units, a whole number ≥ 0. */
  readonly cost: number;
  /** The district the project belongs to, when the election has districts with budgets of their own. */
  readonly district?: string | null;
}

export interface ElectionBallot {
  /** The projects the ballot names (best first for ordinal ballots). */
  readonly projects: readonly string[];
  /** Points per named project, aligned with `projects` (cumulative and scoring ballots). */
  readonly points?: readonly number[] | null;
  /** How many voters cast this same ballot (1 when absent): grouped ballots, as a GROUP BY returns them. */
  readonly count?: number;
}

export interface ElectionDistrict {
  readonly id: string;
  /** Minor units: the money for this district's projects. */
  readonly budget: number;
}

export interface Election {
  /** Minor units. */
  readonly budget: number;
  /** Minor units per unit of the currency (100 for euros held in cents); 1 when absent. */
  readonly currencyUnit?: number;
  readonly voteType: VoteType;
  readonly projects: readonly ElectionProject[];
  readonly ballots: readonly ElectionBallot[];
  /** Districts with budgets of their own: the rule then runs in each district separately (see districts.ts). */
  readonly districts?: readonly ElectionDistrict[];
}

/** An election the rules cannot run on (a ballot naming an unknown project, a cost that is not whole…). */
export class ElectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ElectionError";
  }
}

const isMoney = (x: number) => Number.isSafeInteger(x) && x >= 0;

/** Refuses what no rule could count, with a sentence naming the culprit. */
export function checkElection(e: Election): void {
  if (!isMoney(e.budget)) throw new ElectionError(`the budget must be a whole number of minor units ≥ 0, not ${e.budget}`);
  const unit = e.currencyUnit ?? 1;
  if (!Number.isSafeInteger(unit) || unit < 1) throw new ElectionError(`the currency unit must be a whole number ≥ 1, not ${unit}`);
  const ids = new Set<string>();
  for (const p of e.projects) {
    if (ids.has(p.id)) throw new ElectionError(`project ${p.id} appears twice`);
    if (!isMoney(p.cost)) throw new ElectionError(`project ${p.id} must cost a whole number of minor units ≥ 0, not ${p.cost}`);
    ids.add(p.id);
  }
  const withPoints = e.voteType === "cumulative" || e.voteType === "scoring";
  for (const b of e.ballots) {
    const count = b.count ?? 1;
    if (!Number.isSafeInteger(count) || count < 1) throw new ElectionError(`a ballot's count must be a whole number ≥ 1, not ${count}`);
    for (let i = 0; i < b.projects.length; i++) {
      const id = b.projects[i]!;
      if (!ids.has(id)) throw new ElectionError(`a ballot names the unknown project ${id}`);
      if (b.projects.indexOf(id) !== i) throw new ElectionError(`a ballot names project ${id} twice`);
    }
    if (withPoints && (b.points?.length ?? -1) !== b.projects.length) {
      throw new ElectionError(`a ${e.voteType} ballot needs points for each project it names`);
    }
  }
}
