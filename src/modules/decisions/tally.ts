// The tally engine: pure functions from grouped ballots to an outcome, and from an outcome's numbers to
// the sentences that justify it. Everything is integer arithmetic and sums over groups, so the order the
// database returns the groups in can change neither the outcome nor a word of the explanation. The
// sentences are messages (./messages.ts): `tally` keeps them in English with the result, and `explain`
// writes them again from a stored result's numbers, so a reader gets them in their own language.

import { english, type Message, type Text, type Translatable, textIn } from "../../text/messages.ts";
import { t } from "./messages.ts";

export const METHODS = ["majority", "supermajority", "consent", "consensus", "approval", "score", "ranked"] as const;
export type Method = (typeof METHODS)[number];
/** Methods that decide yes or no on the proposal itself (only these may approve an expense or a budget). */
export const YES_NO_METHODS: readonly Method[] = ["majority", "supermajority", "consent", "consensus"];
/** Methods that choose among options. */
export const OPTION_METHODS: readonly Method[] = ["approval", "score", "ranked"];
/** The answers each yes/no method accepts. */
export const ANSWERS = {
  majority: ["yes", "no", "abstain"],
  supermajority: ["yes", "no", "abstain"],
  consent: ["consent", "object"],
  consensus: ["agree", "abstain", "disagree", "block"],
} as const;
/** Answers that must come with a reason. */
export const ANSWERS_NEEDING_REASON = ["object", "block"] as const;

/** One ballot as stored: `answer` for yes/no methods; `options` = approved option indexes (approval) or the ranking, most preferred first (ranked); `scores[i]` = score given to option i (score). */
export interface Ballot {
  answer: string | null;
  options: number[] | null;
  scores: number[] | null;
}
/** Identical ballots grouped, as the database returns them (GROUP BY), with how many members cast each. */
export interface BallotGroup {
  ballot: Ballot;
  count: number;
}

export interface TallyInput {
  method: Method;
  /** Option labels, for option methods (2–20 of them); [] for yes/no methods. */
  options: string[];
  /** How many members may vote (the electorate frozen when voting opened). */
  electorate: number;
  /** Share of the electorate, in whole percent 0–100, that must take part (any ballot, abstentions included, counts as taking part). */
  quorumPercent: number;
  /** Supermajority threshold as a fraction of votes cast for or against (abstentions not counted), e.g. {numerator: 2, denominator: 3}. Only for supermajority. */
  threshold?: { numerator: number; denominator: number };
  /** Highest score per option for score voting (scores are integers 0..scoreMax). */
  scoreMax?: number;
  groups: BallotGroup[];
}

/** The terms of a vote an explanation states besides the result's numbers (a proposal keeps them). */
export type TallyTerms = Pick<TallyInput, "quorumPercent" | "threshold" | "scoreMax">;

export type Outcome = "passed" | "rejected" | "no_quorum" | "chosen" | "tied" | "no_votes";

export interface OptionTotal {
  option: number;
  label: string;
  total: number;
}
export interface RankedRound {
  /** continuing options' first-preference totals this round, in option order */
  totals: OptionTotal[];
  exhausted: number;
  eliminated: number[];
  /** why those were eliminated, or who won (in English; `explain` writes it in any language) */
  note: string;
}

export interface TallyResult {
  method: Method;
  outcome: Outcome;
  electorate: number;
  /** ballots cast */
  turnout: number;
  quorumNeeded: number; // ceil(electorate * quorumPercent / 100)
  quorumMet: boolean;
  /** yes/no methods: count per answer, every answer of the method present (0 when none) */
  answers?: Record<string, number>;
  /** option methods: total per option (approvals, summed scores, or first preferences in the first round), in option order */
  optionTotals?: OptionTotal[];
  rounds?: RankedRound[]; // ranked only
  /** chosen option index, when outcome is "chosen" */
  winner?: number;
  /** tied option indexes, when outcome is "tied" */
  tied?: number[];
  /**
   * Plain-language explanation, one sentence per entry, shown on the result page: the rule applied, the
   * numbers, and why the outcome follows. In English; `explain` writes it in any language from the numbers.
   */
  explanation: string[];
}

/** What an explanation is written from: a result's numbers, without its sentences. */
export type TallyNumbers = Omit<TallyResult, "explanation" | "rounds"> & { rounds?: Omit<RankedRound, "note">[] };

/** The explanation of a result, and each ranked round's note, as texts to write in any language. */
export interface Explanation {
  explanation: Text[];
  notes: Text[];
}

/** Stated in every ranked explanation, so members know the rule before they see it applied. */
export const RANKED_TIE_BREAK_RULE = english(t("rankedTieBreak"));

const MIN_OPTIONS = 2;
const MAX_OPTIONS = 20;

type YesNoMethod = keyof typeof ANSWERS;
type Answer = (typeof ANSWERS)[YesNoMethod][number];
type Problem = { field: "answer" | "options" | "scores" | "reason"; message: Message };

const isYesNo = (method: Method): method is YesNoMethod => Object.hasOwn(ANSWERS, method);

// ───────────────────────────── ballots ─────────────────────────────

const REASON_MESSAGES: Record<(typeof ANSWERS_NEEDING_REASON)[number], () => Message> = {
  object: () => t("objectionReason"),
  block: () => t("blockReason"),
};

/** Validates one ballot against a proposal's method and options; returns a message naming what is wrong, or null when valid. Used by the service before storing a vote. */
export function ballotProblem(
  method: Method,
  optionCount: number,
  scoreMax: number | undefined,
  ballot: Ballot & { reason?: string | null },
): Problem | null {
  const problem = shapeProblem(method, optionCount, scoreMax, ballot);
  if (problem) return problem;
  const needsReason = isYesNo(method) && Object.hasOwn(REASON_MESSAGES, ballot.answer as string);
  if (needsReason && !ballot.reason?.trim()) {
    return { field: "reason", message: REASON_MESSAGES[ballot.answer as keyof typeof REASON_MESSAGES]() };
  }
  return null;
}

/** Everything about a ballot except its reason: stored ballots carry no reason, yet the tally must still refuse malformed ones. */
function shapeProblem(method: Method, n: number, scoreMax: number | undefined, ballot: Ballot): Problem | null {
  if (isYesNo(method)) return answerProblem(method, ballot);
  if (method === "approval") return approvalProblem(n, ballot);
  if (method === "score") return scoreProblem(n, scoreMax, ballot);
  return rankingProblem(n, ballot);
}

function answerProblem(method: YesNoMethod, { answer, options, scores }: Ballot): Problem | null {
  if (options != null) return { field: "options", message: t("answerNotOptions") };
  if (scores != null) return { field: "scores", message: t("answerNotOptions") };
  const allowed: readonly string[] = ANSWERS[method];
  if (typeof answer !== "string" || !allowed.includes(answer)) {
    return { field: "answer", message: t("chooseAnswer", { answers: allowed.join(", ") }) };
  }
  return null;
}

function approvalProblem(n: number, { answer, options, scores }: Ballot): Problem | null {
  if (answer != null) return { field: "answer", message: t("approvalNotAnswer") };
  if (scores != null) return { field: "scores", message: t("approvalNotScores") };
  if (!Array.isArray(options)) return { field: "options", message: t("approvalList") };
  return indexesProblem(n, options, t("approveOnce"));
}

function scoreProblem(n: number, scoreMax: number | undefined, { answer, options, scores }: Ballot): Problem | null {
  if (scoreMax === undefined) throw new RangeError("Score voting needs scoreMax.");
  if (answer != null) return { field: "answer", message: t("scoreNotAnswer") };
  if (options != null) return { field: "options", message: t("scoreNotOptions") };
  if (!Array.isArray(scores) || scores.length !== n) return { field: "scores", message: t("scoreEach", { count: n }) };
  if (!scores.every((s) => Number.isInteger(s) && s >= 0 && s <= scoreMax)) {
    return { field: "scores", message: t("scoreRange", { max: scoreMax }) };
  }
  return null;
}

function rankingProblem(n: number, { answer, options, scores }: Ballot): Problem | null {
  if (answer != null) return { field: "answer", message: t("rankedNotAnswer") };
  if (scores != null) return { field: "scores", message: t("rankedNotScores") };
  if (!Array.isArray(options) || options.length === 0) return { field: "options", message: t("rankOne") };
  return indexesProblem(n, options, t("rankOnce"));
}

function indexesProblem(n: number, indexes: number[], duplicateMessage: Message): Problem | null {
  const seen = new Uint8Array(n);
  for (const i of indexes) {
    if (!Number.isInteger(i) || i < 0 || i >= n) {
      return { field: "options", message: t("optionIndex", { count: n, last: n - 1 }) };
    }
    if (seen[i]) return { field: "options", message: duplicateMessage };
    seen[i] = 1;
  }
  return null;
}

// ───────────────────────────── input ─────────────────────────────

/** The service validates every ballot before storing it, so a bad input here is a bug: refuse it loudly rather than miscount. */
function checkInput(input: TallyInput): void {
  const { method, options, electorate, quorumPercent, threshold, scoreMax, groups } = input;
  if (!METHODS.includes(method)) throw new RangeError(`Unknown voting method: ${method}.`);
  if (isYesNo(method) ? options.length !== 0 : options.length < MIN_OPTIONS || options.length > MAX_OPTIONS) {
    throw new RangeError(`${method} takes ${isYesNo(method) ? "no options" : `${MIN_OPTIONS} to ${MAX_OPTIONS} options`}.`);
  }
  if (!Number.isSafeInteger(electorate) || electorate < 0) throw new RangeError("The electorate must be a whole number.");
  if (!Number.isInteger(quorumPercent) || quorumPercent < 0 || quorumPercent > 100) {
    throw new RangeError("The quorum must be a whole percentage from 0 to 100.");
  }
  if (method === "supermajority") {
    const { numerator, denominator } = threshold ?? { numerator: 0, denominator: 0 };
    if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || numerator < 1 || numerator > denominator) {
      throw new RangeError("A supermajority needs a threshold between 0 and 1, such as 2/3.");
    }
  }
  if (method === "score" && (!Number.isSafeInteger(scoreMax) || (scoreMax as number) < 1)) {
    throw new RangeError("Score voting needs a highest score of at least 1.");
  }
  for (const { ballot, count } of groups) {
    if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`A ballot count must be a whole number, not ${count}.`);
    const problem = shapeProblem(method, options.length, scoreMax, ballot);
    if (problem) throw new RangeError(`Invalid ballot (${problem.field}): ${english(problem.message)}`);
  }
}

// ───────────────────────────── tally ─────────────────────────────

interface Frame {
  input: TallyInput;
  turnout: number;
  quorumMet: boolean;
}

/** Counts the ballots and decides; the explanation, in English, is written from the numbers by `explain`. */
export function tally(input: TallyInput): TallyResult {
  checkInput(input);
  const turnout = input.groups.reduce((sum, g) => sum + g.count, 0);
  const quorumNeeded = Math.floor((input.electorate * input.quorumPercent + 99) / 100);
  const quorumMet = turnout >= quorumNeeded;
  const frame: Frame = { input, turnout, quorumMet };
  const { method } = input;
  const base = { method, electorate: input.electorate, turnout, quorumNeeded, quorumMet };
  const counted: TallyNumbers = isYesNo(method)
    ? { ...base, ...countYesNo(method, frame) }
    : method === "ranked"
      ? { ...base, ...countRanked(frame) }
      : { ...base, ...countTotals(method, frame) };
  const { explanation, notes } = explain(input, counted);
  const { rounds: counting, ...numbers } = counted;
  const rounds = counting?.map((round, i) => ({ ...round, note: english(notes[i] ?? "") }));
  return { ...numbers, ...(rounds ? { rounds } : {}), explanation: explanation.map(english) };
}

type Decided = Omit<TallyNumbers, "method" | "electorate" | "turnout" | "quorumNeeded" | "quorumMet">;

/**
 * The explanation of a result, written from its numbers and the vote's terms: the same sentences
 * `tally` wrote, in whatever language they are then asked in. A stored result's numbers suffice, so
 * results closed before explanations were translated read in every language too.
 */
export function explain(terms: TallyTerms, result: TallyNumbers): Explanation {
  const preamble = [...ruleSentences(terms, result), turnoutSentence(result)];
  const { method } = result;
  if (isYesNo(method)) return { explanation: [...preamble, ...explainYesNo(method, terms, result)], notes: [] };
  if (method === "ranked") {
    const { sentences, notes } = explainRanked(result);
    return { explanation: [...preamble, ...sentences], notes };
  }
  return { explanation: [...preamble, ...explainTotals(method, result)], notes: [] };
}

const noQuorum = ({ quorumNeeded }: TallyNumbers) => t("noQuorum", { needed: quorumNeeded });

// ── yes/no methods

function countYesNo(method: YesNoMethod, frame: Frame): Decided {
  const answers: Record<string, number> = Object.fromEntries(ANSWERS[method].map((a) => [a, 0]));
  for (const { ballot, count } of frame.input.groups) answers[ballot.answer as string]! += count;
  if (!frame.quorumMet) return { outcome: "no_quorum", answers };
  const { passed } = decideYesNo(method, (a) => answers[a] ?? 0, frame.turnout, frame.input.threshold);
  return { outcome: passed ? "passed" : "rejected", answers };
}

function explainYesNo(method: YesNoMethod, terms: TallyTerms, result: TallyNumbers): Message[] {
  const count = (a: Answer) => result.answers?.[a] ?? 0;
  const counts =
    method === "consent"
      ? t("countsConsent", { consent: count("consent"), object: count("object") })
      : method === "consensus"
        ? t("countsConsensus", { agree: count("agree"), abstain: count("abstain"), disagree: count("disagree"), block: count("block") })
        : t("countsYesNo", { yes: count("yes"), no: count("no"), abstain: count("abstain") });
  if (!result.quorumMet) return [counts, noQuorum(result)];
  return [counts, ...decideYesNo(method, count, result.turnout, terms.threshold).why];
}

type Verdict = { passed: boolean; why: Message[] };

function decideYesNo(method: YesNoMethod, count: (a: Answer) => number, turnout: number, threshold: TallyInput["threshold"]): Verdict {
  switch (method) {
    case "majority":
      return decideMajority(count("yes"), count("no"));
    case "supermajority":
      return decideSupermajority(count("yes"), count("no"), threshold!);
    case "consent":
      return decideConsent(count("object"), turnout);
    case "consensus":
      return decideConsensus(count("agree"), count("disagree"), count("block"), turnout);
  }
}

function decideMajority(yes: number, no: number): Verdict {
  if (yes > no) return { passed: true, why: [t("majorityPassed", { yes, no })] };
  if (yes === 0 && no === 0) return { passed: false, why: [t("majorityNobody")] };
  if (yes === no) return { passed: false, why: [t("majorityTie", { yes })] };
  return { passed: false, why: [t("majorityRejected", { yes, no })] };
}

function decideSupermajority(yes: number, no: number, { numerator, denominator }: { numerator: number; denominator: number }): Verdict {
  const fraction = `${numerator}/${denominator}`;
  const cast = yes + no;
  if (cast === 0) return { passed: false, why: [t("supermajorityNobody")] };
  // BigInt keeps the products exact whatever the threshold's size.
  const product = BigInt(numerator) * BigInt(cast);
  const needed = Number((product + BigInt(denominator) - 1n) / BigInt(denominator));
  const exact = product % BigInt(denominator) === 0n;
  const numbers = exact
    ? t("supermajorityShare", { fraction, cast, needed, yes })
    : t("supermajorityShareAbove", { fraction, cast, below: needed - 1, needed, yes });
  const passed = yes > 0 && yes >= needed;
  const verdict = passed ? t("supermajorityPassed", { yes, fraction }) : t("supermajorityRejected", { yes, needed });
  return { passed, why: [numbers, verdict] };
}

function decideConsent(objections: number, turnout: number): Verdict {
  if (objections > 0) return { passed: false, why: [t("consentRejected", { objections })] };
  if (turnout === 0) return { passed: true, why: [t("consentNobodyVoted")] };
  return { passed: true, why: [t("consentPassed")] };
}

function decideConsensus(agree: number, disagree: number, blocks: number, turnout: number): Verdict {
  if (blocks > 0) return { passed: false, why: [t("consensusBlocked", { blocks })] };
  if (turnout === 0) return { passed: false, why: [t("consensusNobody")] };
  if (agree > disagree) return { passed: true, why: [t("consensusPassed", { agree, disagree })] };
  if (agree === disagree) return { passed: false, why: [t("consensusTie", { agree, disagree })] };
  return { passed: false, why: [t("consensusRejected", { agree, disagree })] };
}

// ── approval and score

function countTotals(method: "approval" | "score", frame: Frame): Decided {
  const labels = frame.input.options;
  const sums = new Array<number>(labels.length).fill(0);
  for (const { ballot, count } of frame.input.groups) {
    if (method === "approval") for (const i of ballot.options!) sums[i]! += count;
    else for (const [i, s] of ballot.scores!.entries()) sums[i]! += s * count;
  }
  const optionTotals = sums.map((total, option) => ({ option, label: labels[option]!, total }));
  return { ...decideTotals(method, optionTotals, frame).decided, optionTotals };
}

function explainTotals(method: "approval" | "score", result: TallyNumbers): Message[] {
  const optionTotals = result.optionTotals ?? [];
  const totals = t(method === "approval" ? "approvals" : "totalScores", { totals: totalsList(optionTotals) });
  return [totals, decideTotals(method, optionTotals, result).sentence];
}

function decideTotals(
  method: "approval" | "score",
  optionTotals: OptionTotal[],
  { turnout, quorumMet, quorumNeeded = 0 }: { turnout: number; quorumMet: boolean; quorumNeeded?: number },
): { decided: Pick<Decided, "outcome" | "winner" | "tied">; sentence: Message } {
  if (!quorumMet) return { decided: { outcome: "no_quorum" }, sentence: t("noQuorum", { needed: quorumNeeded }) };
  if (turnout === 0) return { decided: { outcome: "no_votes" }, sentence: t("noVotes") };
  const top = Math.max(...optionTotals.map((o) => o.total));
  if (top === 0) return { decided: { outcome: "rejected" }, sentence: t(method === "approval" ? "noneApproved" : "allScoredZero") };
  const leaders = optionTotals.filter((o) => o.total === top);
  if (leaders.length > 1) {
    const options = listOf(leaders.map((o) => quote(o.label)));
    return { decided: { outcome: "tied", tied: leaders.map((o) => o.option) }, sentence: t("tied", { options, method, top }) };
  }
  const winner = leaders[0]!;
  return {
    decided: { outcome: "chosen", winner: winner.option },
    sentence: t("chosenTotals", { option: quote(winner.label), method, top }),
  };
}

// ── ranked (instant runoff)

function countRanked(frame: Frame): Decided {
  const labels = frame.input.options;
  const firsts = new Array<number>(labels.length).fill(0);
  for (const { ballot, count } of frame.input.groups) firsts[ballot.options![0]!]! += count;
  const optionTotals = firsts.map((total, option) => ({ option, label: labels[option]!, total }));
  if (!frame.quorumMet) return { outcome: "no_quorum", optionTotals, rounds: [] };
  if (frame.turnout === 0) return { outcome: "no_votes", optionTotals, rounds: [] };
  const { rounds, winner } = instantRunoff(frame.input.groups, labels);
  return { outcome: "chosen", optionTotals, rounds, winner };
}

/**
 * Runs rounds until an option holds more than half of the ballots still in the count. Each group keeps
 * a cursor on its highest-ranked continuing option; cursors only move forward because options only
 * leave, so the whole count costs O(rounds × groups + total ranking length) and copies no ballot.
 */
function instantRunoff(groups: BallotGroup[], labels: string[]): { rounds: Omit<RankedRound, "note">[]; winner: number } {
  const continuing = new Array<boolean>(labels.length).fill(true);
  const cursors = new Int32Array(groups.length);
  const history: number[][] = [];
  const rounds: Omit<RankedRound, "note">[] = [];
  for (;;) {
    const { totals, exhausted } = countRound(groups, cursors, continuing);
    history.push(totals);
    const standing = totals.flatMap((total, option) => (continuing[option] ? [{ option, label: labels[option]!, total }] : []));
    const inCount = standing.reduce((sum, s) => sum + s.total, 0);
    // While ballots were cast, the option with the fewest votes never holds them all, so inCount stays
    // positive and the last option standing always has a majority: the loop ends.
    const leader = standing.find((s) => 2 * s.total > inCount);
    if (leader) {
      rounds.push({ totals: standing, exhausted, eliminated: [] });
      return { rounds, winner: leader.option };
    }
    const { loser } = chooseElimination(standing, history, labels);
    continuing[loser] = false;
    rounds.push({ totals: standing, exhausted, eliminated: [loser] });
  }
}

/** Each round's heading and what it decided, from the stored rounds: their totals are the history the tie-break looks back on. */
function explainRanked(result: TallyNumbers): { sentences: Message[]; notes: Text[] } {
  const optionTotals = result.optionTotals ?? [];
  const labels = optionTotals.map((o) => o.label);
  const sentences = [t("firstPreferences", { totals: totalsList(optionTotals) })];
  if (!result.quorumMet) return { sentences: [...sentences, noQuorum(result)], notes: [] };
  if (result.turnout === 0) return { sentences: [...sentences, t("noVotes")], notes: [] };
  const rounds = result.rounds ?? [];
  const history: number[][] = [];
  const notes: Text[] = [];
  for (const [i, round] of rounds.entries()) {
    const totals = new Array<number>(labels.length).fill(0);
    for (const s of round.totals) totals[s.option] = s.total;
    history.push(totals);
    const inCount = round.totals.reduce((sum, s) => sum + s.total, 0);
    const votes = joined(
      round.totals.map((s) => t("optionVotes", { option: quote(s.label), total: s.total })),
      ", ",
    );
    sentences.push(t("roundHeading", { round: i + 1, totals: votes, exhausted: round.exhausted }));
    const leader = round.eliminated.length === 0 ? round.totals.find((s) => 2 * s.total > inCount) : undefined;
    const decided = leader
      ? [t("leaderChosen", { option: quote(leader.label), total: leader.total, inCount })]
      : [t("noMajority", { inCount, needed: Math.floor(inCount / 2) + 1 }), ...chooseElimination(round.totals, history, labels).why];
    sentences.push(...decided);
    notes.push(joined(decided, " "));
  }
  sentences.push(t("chosenRanked", { option: quote(labels[result.winner ?? 0] ?? ""), rounds: rounds.length }));
  return { sentences, notes };
}

function countRound(groups: BallotGroup[], cursors: Int32Array, continuing: boolean[]): { totals: number[]; exhausted: number } {
  const totals = new Array<number>(continuing.length).fill(0);
  let exhausted = 0;
  for (let g = 0; g < groups.length; g++) {
    const { ballot, count } = groups[g]!;
    const ranking = ballot.options!;
    let at = cursors[g]!;
    while (at < ranking.length && !continuing[ranking[at]!]) at++;
    cursors[g] = at;
    if (at < ranking.length) totals[ranking[at]!]! += count;
    else exhausted += count;
  }
  return { totals, exhausted };
}

/**
 * Picks the option to eliminate this round and says why, applying RANKED_TIE_BREAK_RULE when several
 * share the fewest votes. `history` holds every round's totals by option, this one last.
 */
function chooseElimination(standing: OptionTotal[], history: number[][], labels: string[]): { loser: number; why: Message[] } {
  const fewest = Math.min(...standing.map((s) => s.total));
  let candidates = standing.filter((s) => s.total === fewest).map((s) => s.option);
  const name = (option: number) => quote(labels[option]!);
  if (candidates.length === 1) {
    const loser = candidates[0]!;
    return { loser, why: [t("fewestVotes", { option: name(loser), fewest })] };
  }
  const why = [t("tiedForFewest", { options: listOf(candidates.map(name)), fewest })];
  const currentRound = history.length - 1;
  for (let round = currentRound - 1; round >= 0 && candidates.length > 1; round--) {
    const earlier = history[round]!;
    const low = Math.min(...candidates.map((o) => earlier[o]!));
    const fewer = candidates.filter((o) => earlier[o] === low);
    if (fewer.length === candidates.length) continue;
    const more = candidates.filter((o) => earlier[o] !== low);
    why.push(t("earlierRound", { round: round + 1, fewer: listOf(fewer.map(name)), low, more: listOf(more.map(name)) }));
    candidates = fewer;
  }
  if (candidates.length === 1) {
    const loser = candidates[0]!;
    why.push(t("eliminated", { option: name(loser) }));
    return { loser, why };
  }
  const loser = Math.max(...candidates);
  why.push(
    currentRound === 0
      ? t("noEarlierRound", { option: name(loser) })
      : t("tiedEveryRound", { options: listOf(candidates.map(name)), option: name(loser) }),
  );
  return { loser, why };
}

// ───────────────────────────── sentences ─────────────────────────────

function ruleSentences(terms: TallyTerms, result: TallyNumbers): Message[] {
  const { threshold, scoreMax } = terms;
  const quorum = quorumClause(terms, result);
  // The quorum clause ends each method's first sentence; later sentences finish the rule.
  switch (result.method) {
    case "majority":
      return [t("ruleMajority", { quorum })];
    case "supermajority":
      return [t("ruleSupermajority", { fraction: `${threshold?.numerator}/${threshold?.denominator}`, quorum })];
    case "consent":
      return [t("ruleConsent", { quorum })];
    case "consensus":
      return [t("ruleConsensus", { quorum })];
    case "approval":
      return [t("ruleApproval", { quorum })];
    case "score":
      return [t("ruleScore", { scoreMax: String(scoreMax), quorum })];
    case "ranked":
      return [t("ruleRanked", { quorum }), t("rankedTransfer"), t("rankedTieBreak")];
  }
}

function quorumClause({ quorumPercent }: TallyTerms, { electorate, quorumNeeded }: TallyNumbers): Message {
  if (quorumNeeded === 0) return t("noMinimumTurnout");
  return t("quorumClause", { needed: quorumNeeded, electorate, percent: quorumPercent });
}

function turnoutSentence({ turnout, electorate, quorumNeeded, quorumMet }: TallyNumbers): Message {
  if (quorumNeeded === 0) return t("turnout", { turnout, electorate });
  return quorumMet
    ? t("turnoutQuorumMet", { turnout, electorate })
    : t("turnoutQuorumNotMet", { turnout, electorate, needed: quorumNeeded });
}

/** `"A" 3, "B" 5`: each option with its total. */
const totalsList = (totals: OptionTotal[]) =>
  joined(
    totals.map((o) => joined([quote(o.label), String(o.total)], " ")),
    ", ",
  );
const quote = (label: string) => t("quoted", { label });

/** Texts written one after the other, each in the language asked for. */
function joined(parts: readonly Text[], separator: string): Translatable {
  return { in: (language) => parts.map((part) => textIn(part, language)).join(separator) };
}

/** "A", "A and B", "A, B and C", in the language asked for. */
function listOf(items: Text[]): Text {
  if (items.length <= 1) return items[0] ?? "";
  return t("and", { head: joined(items.slice(0, -1), ", "), last: items.at(-1)! });
}
