/** Words for decisions: methods, statuses, outcomes, answers, ballots and who may vote. */

import type { Ballot, MyVote, Outcome, Proposal, ProposalStatus, Role, VotingMethod } from "../../api/schema.ts";
import { keysOf, labels, ROLE_LABEL } from "../../format.ts";
import { i18n } from "../../i18n/i18n.ts";
import { perLocale } from "../../i18n/intl.ts";

type Method = VotingMethod;

/** A ballot as cast: an answer, chosen options, or scores, and the reason. */
export type BallotChoice = Pick<MyVote, "answer" | "options" | "scores" | "reason">;

export const METHOD_LABEL: Readonly<Record<Method, string>> = labels<Method>({
  majority: "decisions.method.majority",
  supermajority: "decisions.method.supermajority",
  consent: "decisions.method.consent",
  consensus: "decisions.method.consensus",
  approval: "decisions.method.approval",
  score: "decisions.method.score",
  ranked: "decisions.method.ranked",
});

/** One line each, for choosing a method. */
export const METHOD_HINT: Readonly<Record<Method, string>> = labels<Method>({
  majority: "decisions.methodHint.majority",
  supermajority: "decisions.methodHint.supermajority",
  consent: "decisions.methodHint.consent",
  consensus: "decisions.methodHint.consensus",
  approval: "decisions.methodHint.approval",
  score: "decisions.methodHint.score",
  ranked: "decisions.methodHint.ranked",
});

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

const percentFormat = perLocale((l) => new Intl.NumberFormat(l, { style: "percent", maximumFractionDigits: 1 }));

/** A percentage (0–100) in the current language: "67%", "66.7%"; "67 %" in French. */
export function formatPercent(percent: number): string {
  return percentFormat().format(percent / 100);
}

/** An option's label in quotes: “A” in English, « A » in French. */
export function quote(text: string): string {
  return i18n.t("decisions.quote", { text });
}

/** The method as it applies to this proposal, in one sentence. */
export function methodSentence(p: Pick<Proposal, "method" | "threshold" | "scoreMax">): string {
  switch (p.method) {
    case "majority":
      return i18n.t("decisions.sentence.majority");
    case "supermajority": {
      const t = p.threshold;
      return t
        ? i18n.t("decisions.sentence.supermajority", { share: `${t.numerator}/${t.denominator}` })
        : i18n.t("decisions.sentence.supermajorityUnset");
    }
    case "consent":
      return i18n.t("decisions.sentence.consent");
    case "consensus":
      return i18n.t("decisions.sentence.consensus");
    case "approval":
      return i18n.t("decisions.sentence.approval");
    case "score":
      return i18n.t("decisions.sentence.score", { max: p.scoreMax ?? 5 });
    case "ranked":
      return i18n.t("decisions.sentence.ranked");
  }
}

export const STATUS_LABEL: Readonly<Record<ProposalStatus, string>> = labels<ProposalStatus>({
  scheduled: "decisions.status.scheduled",
  open: "decisions.status.open",
  closed: "decisions.status.closed",
  cancelled: "decisions.status.cancelled",
});

export const OUTCOME_LABEL: Readonly<Record<Outcome, string>> = labels<Outcome>({
  passed: "decisions.outcome.passed",
  rejected: "decisions.outcome.rejected",
  no_quorum: "decisions.outcome.no_quorum",
  chosen: "decisions.outcome.chosen",
  tied: "decisions.outcome.tied",
  no_votes: "decisions.outcome.no_votes",
});

/** Every answer any method accepts. */
type Answer = NonNullable<(typeof ANSWERS)[YesNoMethod]>[number];

export const ANSWER_LABEL: Readonly<Record<string, string>> = labels<Answer>({
  yes: "decisions.answer.yes",
  no: "decisions.answer.no",
  abstain: "decisions.answer.abstain",
  consent: "decisions.answer.consent",
  object: "decisions.answer.object",
  agree: "decisions.answer.agree",
  disagree: "decisions.answer.disagree",
  block: "decisions.answer.block",
});

const YES_NO_HINT = labels<(typeof ANSWERS)["majority"][number]>({
  yes: "decisions.answerHint.yes",
  no: "decisions.answerHint.no",
  abstain: "decisions.answerHint.abstain",
});

/** What choosing an answer means, per method. */
export const ANSWER_HINT: Record<YesNoMethod, Readonly<Record<string, string>>> = {
  majority: YES_NO_HINT,
  supermajority: YES_NO_HINT,
  consent: labels<(typeof ANSWERS)["consent"][number]>({
    consent: "decisions.answerHint.consent",
    object: "decisions.answerHint.object",
  }),
  consensus: labels<(typeof ANSWERS)["consensus"][number]>({
    agree: "decisions.answerHint.agree",
    abstain: "decisions.answerHint.consensusAbstain",
    disagree: "decisions.answerHint.disagree",
    block: "decisions.answerHint.block",
  }),
};

export const BALLOT_LABEL: Readonly<Record<Ballot, string>> = labels<Ballot>({
  public: "decisions.ballot.public",
  secret: "decisions.ballot.secret",
});

/** Public and secret, in the order they are offered. */
export const BALLOTS = keysOf(BALLOT_LABEL);

export const BALLOT_HINT: Readonly<Record<Ballot, string>> = labels<Ballot>({
  public: "decisions.ballotHint.public",
  secret: "decisions.ballotHint.secret",
});

/** "Total score", "Approvals": what an option's total counts. */
export function totalNoun(method: Method): string {
  if (method === "approval") return i18n.t("decisions.total.approval");
  if (method === "score") return i18n.t("decisions.total.score");
  return i18n.t("decisions.total.firstPreferences");
}

/** Who may vote: "All active members", "Active members whose role is steward or treasurer". */
export function electorateText(roles: readonly string[] | null): string {
  if (!roles?.length) return i18n.t("decisions.electorate.all");
  const words = roles.map((r) => (ROLE_LABEL[r as Role] ?? r).toLowerCase());
  const last = words.at(-1) ?? "";
  const list = words.length < 2 ? last : i18n.t("decisions.electorate.rolesOr", { first: words.slice(0, -1).join(", "), last });
  return i18n.t("decisions.electorate.roles", { roles: list });
}

/** The members needed for the quorum, out of the electorate once it is known. */
export function quorumText(percent: number, electorate: number | null): string {
  if (percent === 0) return i18n.t("decisions.quorum.none");
  const needed = electorate === null ? null : Math.ceil((electorate * percent) / 100);
  return needed === null || electorate === null
    ? i18n.t("decisions.quorum.percent", { percent })
    : i18n.t("decisions.quorum.needed", { percent, needed, electorate });
}

/** "3 of 7 voted", or "3 voted" before the electorate is fixed. */
export function turnoutText(turnout: number, electorate: number | null): string {
  return electorate === null
    ? i18n.t("decisions.turnout.voted", { turnout })
    : i18n.t("decisions.turnout.votedOf", { turnout, electorate });
}

/** A ballot in words: "Yes", "Approves “A”, “B”", "1. “A”, 2. “B”", "“A”: 3, “B”: 5". */
export function choiceText(choice: BallotChoice, method: Method, options: readonly string[]): string {
  const label = (i: number) => quote(options[i] ?? i18n.t("decisions.choice.optionN", { n: i + 1 }));
  if (choice.answer) return ANSWER_LABEL[choice.answer] ?? choice.answer;
  if (method === "approval" && choice.options) {
    return choice.options.length
      ? i18n.t("decisions.choice.approves", { options: choice.options.map(label).join(", ") })
      : i18n.t("decisions.choice.approvesNone");
  }
  if (method === "ranked" && choice.options)
    return choice.options.map((o, i) => i18n.t("decisions.choice.rankedItem", { place: i + 1, option: label(o) })).join(", ");
  if (method === "score" && choice.scores)
    return choice.scores.map((s, i) => i18n.t("decisions.choice.scoreItem", { option: label(i), score: s })).join(", ");
  return "";
}
