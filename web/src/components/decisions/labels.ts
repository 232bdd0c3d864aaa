/** Words for decisions: methods, statuses, outcomes, answers, ballots and who may vote. */

import type { Ballot, MyVote, Outcome, Proposal, ProposalStatus, Role, VotingMethod } from "../../api/schema.ts";
import { keysOf, ROLE_LABEL } from "../../format.ts";

type Method = VotingMethod;

/** A ballot as cast: an answer, chosen options, or scores, and the reason. */
export type BallotChoice = Pick<MyVote, "answer" | "options" | "scores" | "reason">;

export const METHOD_LABEL: Record<Method, string> = {
  majority: "Majority",
  supermajority: "Supermajority",
  consent: "Consent",
  consensus: "Consensus",
  approval: "Approval",
  score: "Score",
  ranked: "Ranked choice",
};

/** One line each, for choosing a method. */
export const METHOD_HINT: Record<Method, string> = {
  majority: "Yes or no: passes when more members vote yes than no. Abstaining counts only towards the quorum.",
  supermajority: "Yes or no: passes when yes reaches a set share, such as two thirds, of the yes and no votes.",
  consent: "Passes unless someone objects. An objection must say why.",
  consensus: "Agree, abstain, disagree or block: any block stops it; otherwise agreement must outnumber disagreement.",
  approval: "Choose among options: members approve as many as they like; the most approved is chosen.",
  score: "Choose among options: members score each one; the highest total is chosen.",
  ranked: "Choose among options: members rank them; the least preferred drop out round by round until one has more than half.",
};

/** Every voting method, in the order they are offered. */
export const METHODS = keysOf(METHOD_LABEL);

/**
 * The answers each method that answers the proposal itself (yes or no, consent or object…) accepts,
 * in the order the tally lists them; methods that choose among options have none.
 */
export const ANSWERS = {
  majority: ["yes", "no", "abstain"],
  supermajority: ["yes", "no", "abstain"],
  consent: ["consent", "object"],
  consensus: ["agree", "abstain", "disagree", "block"],
  approval: null,
  score: null,
  ranked: null,
} as const satisfies Record<Method, readonly string[] | null>;

/** Methods that answer the proposal itself: yes or no, consent or object… */
export type YesNoMethod = { [M in Method]: (typeof ANSWERS)[M] extends null ? never : M }[Method];
/** Methods that choose among options. */
export type OptionMethod = Exclude<Method, YesNoMethod>;

export const isYesNoMethod = (m: Method): m is YesNoMethod => ANSWERS[m] !== null;
export const isOptionMethod = (m: Method): m is OptionMethod => ANSWERS[m] === null;

/** Spending (an expense, a budget) is decided yes or no. */
export const SPENDING_METHODS: YesNoMethod[] = METHODS.filter(isYesNoMethod);

/** Answers the server refuses without a reason. */
export const ANSWERS_NEEDING_REASON: readonly string[] = ["object", "block"];

/** The method as it applies to this proposal, in one sentence. */
export function methodSentence(p: Pick<Proposal, "method" | "threshold" | "scoreMax">): string {
  switch (p.method) {
    case "majority":
      return "Passes if more members vote yes than no; abstentions count towards the quorum but not for or against.";
    case "supermajority": {
      const t = p.threshold;
      const share = t ? `${t.numerator}/${t.denominator}` : "the set share";
      return `Passes if at least ${share} of the members who vote yes or no vote yes; abstentions are not counted.`;
    }
    case "consent":
      return "Passes unless someone objects, giving a reason; a single objection stops it.";
    case "consensus":
      return "Members agree, abstain, disagree or block: a single block stops it; otherwise it passes if more agree than disagree.";
    case "approval":
      return "Each member approves as many options as they like; the option with the most approvals is chosen.";
    case "score":
      return `Each member scores every option from 0 to ${p.scoreMax ?? 5}; the option with the highest total is chosen.`;
    case "ranked":
      return "Each member ranks the options; the option with the fewest first preferences drops out and its ballots go to their next choice, round by round, until one option has more than half.";
  }
}

export const STATUS_LABEL: Record<ProposalStatus, string> = {
  scheduled: "Upcoming",
  open: "Voting open",
  closed: "Closed",
  cancelled: "Cancelled",
};

export const OUTCOME_LABEL: Record<Outcome, string> = {
  passed: "Passed",
  rejected: "Rejected",
  no_quorum: "No quorum",
  chosen: "Chosen",
  tied: "Tied",
  no_votes: "No votes",
};

export const ANSWER_LABEL: Record<string, string> = {
  yes: "Yes",
  no: "No",
  abstain: "Abstain",
  consent: "Consent",
  object: "Object",
  agree: "Agree",
  disagree: "Disagree",
  block: "Block",
};

/** What choosing an answer means, per method. */
export const ANSWER_HINT: Record<YesNoMethod, Record<string, string>> = {
  majority: {
    yes: "For the proposal.",
    no: "Against it.",
    abstain: "Neither: you take part, for the quorum, without counting for or against.",
  },
  supermajority: {
    yes: "For the proposal.",
    no: "Against it.",
    abstain: "Neither: you take part, for the quorum, without counting for or against.",
  },
  consent: { consent: "You can live with it.", object: "It would harm the organization: say why. One objection stops it." },
  consensus: {
    agree: "You support it.",
    abstain: "You stand aside.",
    disagree: "You are against it, but will not stop it.",
    block: "You must stop it: say why. One block stops it.",
  },
};

export const BALLOT_LABEL: Record<Ballot, string> = { public: "Public ballot", secret: "Secret ballot" };

/** Public and secret, in the order they are offered. */
export const BALLOTS = keysOf(BALLOT_LABEL);

export const BALLOT_HINT: Record<Ballot, string> = {
  public: "Everyone who can see the proposal sees who voted what, and the running tally while voting is open.",
  secret: "Only who took part is shown. The tally stays hidden until voting closes, and nobody's choice is ever shown.",
};

/** "the total scores", "approvals": what an option's total counts. */
export function totalNoun(method: Method): string {
  if (method === "approval") return "Approvals";
  if (method === "score") return "Total score";
  return "First preferences";
}

/** Who may vote: "All active members", "Active members whose role is steward or treasurer". */
export function electorateText(roles: readonly string[] | null): string {
  if (!roles?.length) return "All active members";
  const words = roles.map((r) => (ROLE_LABEL[r as Role] ?? r).toLowerCase());
  const list = words.length < 2 ? words[0] : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
  return `Active members whose role is ${list}`;
}

/** The members needed for the quorum, out of the electorate once it is known. */
export function quorumText(percent: number, electorate: number | null): string {
  if (percent === 0) return "None: the vote counts however few take part";
  const needed = electorate === null ? null : Math.ceil((electorate * percent) / 100);
  return needed === null
    ? `${percent}% of the voters must take part`
    : `${percent}% of the voters: ${needed} of ${electorate} must take part`;
}

/** "3 of 7 voted", or "3 voted" before the electorate is fixed. */
export function turnoutText(turnout: number, electorate: number | null): string {
  return electorate === null ? `${turnout} voted` : `${turnout} of ${electorate} voted`;
}

/** A ballot in words: "Yes", "Approves “A” and “B”", "1. A, 2. B", "A 3, B 5". */
export function choiceText(choice: BallotChoice, method: Method, options: readonly string[]): string {
  const label = (i: number) => `“${options[i] ?? `option ${i + 1}`}”`;
  if (choice.answer) return ANSWER_LABEL[choice.answer] ?? choice.answer;
  if (method === "approval" && choice.options) {
    return choice.options.length ? `Approves ${choice.options.map(label).join(", ")}` : "Approves none of the options";
  }
  if (method === "ranked" && choice.options) return choice.options.map((o, i) => `${i + 1}. ${label(o)}`).join(", ");
  if (method === "score" && choice.scores) return choice.scores.map((s, i) => `${label(i)}: ${s}`).join(", ");
  return "";
}
