/**
 * Words for participatory budgets: phases, ballot types, who votes, project and grant statuses and the
 * rules, as exhaustive maps over the generated enums (a value the server adds does not compile until it
 * has a label). The shapes' names are derived from the generated components here.
 */
import type { components } from "../../api/schema.gen.ts";
import { keysOf, labels } from "../../format.ts";

type S = components["schemas"];

export type Call = S["PbCall"];
export type Project = S["PbProject"];
export type MyBallot = S["PbMyBallot"];
export type RuleResult = S["PbResult"];
export type Accountability = S["PbAccountability"];
export type Grant = S["PbGrant"];
export type Tranche = S["PbTranche"];
export type CallPhase = Call["phase"];
export type BallotType = Call["ballot"]["type"];
export type VoterRule = Call["voters"];
export type ProjectStatus = Project["status"];
export type GrantStatus = Grant["status"];
export type RuleName = S["CallRules"]["rule"];
export type Completion = S["CallRules"]["completion"];
export type TieBreaking = S["CallRules"]["tieBreaking"];

export const PHASE_LABEL = labels<CallPhase>({
  draft: "budgets.phase.draft",
  submission: "budgets.phase.submission",
  review: "budgets.phase.review",
  voting: "budgets.phase.voting",
  results: "budgets.phase.results",
  implementation: "budgets.phase.implementation",
});
/** The phases in order, as the call's dates run. */
export const PHASES = keysOf(PHASE_LABEL);

/** What happens in each phase, one line under its name on the timeline. */
export const PHASE_HINT = labels<CallPhase>({
  draft: "budgets.phaseHint.draft",
  submission: "budgets.phaseHint.submission",
  review: "budgets.phaseHint.review",
  voting: "budgets.phaseHint.voting",
  results: "budgets.phaseHint.results",
  implementation: "budgets.phaseHint.implementation",
});

export const BALLOT_TYPE_LABEL = labels<BallotType>({
  approval: "budgets.ballotType.approval",
  cumulative: "budgets.ballotType.cumulative",
  scoring: "budgets.ballotType.scoring",
  ordinal: "budgets.ballotType.ordinal",
  "choose-1": "budgets.ballotType.choose1",
});

export const VOTER_RULE_LABEL = labels<VoterRule>({
  signed_in: "budgets.voters.signed_in",
  register: "budgets.voters.register",
});

export const PROJECT_STATUS_LABEL = labels<ProjectStatus>({
  submitted: "budgets.projectStatus.submitted",
  eligible: "budgets.projectStatus.eligible",
  ineligible: "budgets.projectStatus.ineligible",
  withdrawn: "budgets.projectStatus.withdrawn",
});
export const PROJECT_STATUSES = keysOf(PROJECT_STATUS_LABEL);

export const GRANT_STATUS_LABEL = labels<GrantStatus>({
  active: "budgets.grantStatus.active",
  completed: "budgets.grantStatus.completed",
  cancelled: "budgets.grantStatus.cancelled",
});

export const RULE_LABEL = labels<RuleName>({
  greedy: "budgets.rule.greedy",
  "greedy-threshold": "budgets.rule.greedyThreshold",
  mes: "budgets.rule.mes",
});

export const COMPLETION_LABEL = labels<Completion>({
  none: "budgets.completion.none",
  add1: "budgets.completion.add1",
  "add1-nostop": "budgets.completion.add1NoStop",
  add1u: "budgets.completion.add1u",
});

export const TIE_BREAKING_LABEL = labels<TieBreaking>({
  "min-cost,max-votes": "budgets.tieBreaking.minCost",
  id: "budgets.tieBreaking.id",
});

/** A stored result's rule (a string in the document) in words, or as written when it is none of the call's rules. */
export const ruleLabel = (rule: string): string => (Object.hasOwn(RULE_LABEL, rule) ? RULE_LABEL[rule as RuleName] : rule);
