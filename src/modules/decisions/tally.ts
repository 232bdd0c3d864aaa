// The tally engine: pure functions from grouped ballots to an outcome and the sentences that justify
// it. Everything is integer arithmetic and sums over groups, so the order the database returns the
// groups in can change neither the outcome nor a word of the explanation.

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
  /** why those were eliminated, or who won */
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
  /** Plain-language explanation, one sentence per entry, shown on the result page: the rule applied, the numbers, and why the outcome follows. */
  explanation: string[];
}

/** Stated in every ranked explanation, so members know the rule before they see it applied. */
export const RANKED_TIE_BREAK_RULE =
  "Among options tied for the fewest votes, the one that had fewer votes in the most recent earlier round where they differed is eliminated; if they were tied in every earlier round, the one listed later on the proposal is eliminated.";

const MIN_OPTIONS = 2;
const MAX_OPTIONS = 20;

type YesNoMethod = keyof typeof ANSWERS;
type Answer = (typeof ANSWERS)[YesNoMethod][number];
type Problem = { field: "answer" | "options" | "scores" | "reason"; message: string };

const isYesNo = (method: Method): method is YesNoMethod => Object.hasOwn(ANSWERS, method);

// ───────────────────────────── ballots ─────────────────────────────

const REASON_MESSAGES: Record<(typeof ANSWERS_NEEDING_REASON)[number], string> = {
  object: "An objection must give a reason.",
  block: "A block must give a reason.",
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
    return { field: "reason", message: REASON_MESSAGES[ballot.answer as keyof typeof REASON_MESSAGES] };
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
  if (options != null) return { field: "options", message: "This method takes an answer, not options." };
  if (scores != null) return { field: "scores", message: "This method takes an answer, not options." };
  const allowed: readonly string[] = ANSWERS[method];
  if (typeof answer !== "string" || !allowed.includes(answer)) {
    return { field: "answer", message: `Choose one of: ${allowed.join(", ")}.` };
  }
  return null;
}

function approvalProblem(n: number, { answer, options, scores }: Ballot): Problem | null {
  if (answer != null) return { field: "answer", message: "This method takes the options you approve, not an answer." };
  if (scores != null) return { field: "scores", message: "This method takes the options you approve, not scores." };
  if (!Array.isArray(options)) return { field: "options", message: "List the options you approve (an empty list approves none)." };
  return indexesProblem(n, options, "Approve each option at most once.");
}

function scoreProblem(n: number, scoreMax: number | undefined, { answer, options, scores }: Ballot): Problem | null {
  if (scoreMax === undefined) throw new RangeError("Score voting needs scoreMax.");
  if (answer != null) return { field: "answer", message: "This method takes a score for each option, not an answer." };
  if (options != null) return { field: "options", message: "This method takes a score for each option, not a list of options." };
  if (!Array.isArray(scores) || scores.length !== n) return { field: "scores", message: `Give a score to each of the ${n} options.` };
  if (!scores.every((s) => Number.isInteger(s) && s >= 0 && s <= scoreMax)) {
    return { field: "scores", message: `Each score must be a whole number from 0 to ${scoreMax}.` };
  }
  return null;
}

function rankingProblem(n: number, { answer, options, scores }: Ballot): Problem | null {
  if (answer != null) return { field: "answer", message: "This method takes a ranking of options, not an answer." };
  if (scores != null) return { field: "scores", message: "This method takes a ranking of options, not scores." };
  if (!Array.isArray(options) || options.length === 0) return { field: "options", message: "Rank at least one option." };
  return indexesProblem(n, options, "Rank each option at most once.");
}

function indexesProblem(n: number, indexes: number[], duplicateMessage: string): Problem | null {
  const seen = new Uint8Array(n);
  for (const i of indexes) {
    if (!Number.isInteger(i) || i < 0 || i >= n) {
      return { field: "options", message: `Each option must be one of the proposal's ${n} options (numbered 0 to ${n - 1}).` };
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
    if (problem) throw new RangeError(`Invalid ballot (${problem.field}): ${problem.message}`);
  }
}

// ───────────────────────────── tally ─────────────────────────────

interface Facts {
  input: TallyInput;
  turnout: number;
  quorumNeeded: number;
  quorumMet: boolean;
}
interface Frame extends Facts {
  /** The rule and turnout sentences every explanation opens with. */
  preamble: string[];
}

export function tally(input: TallyInput): TallyResult {
  checkInput(input);
  const turnout = input.groups.reduce((sum, g) => sum + g.count, 0);
  const quorumNeeded = Math.floor((input.electorate * input.quorumPercent + 99) / 100);
  const quorumMet = turnout >= quorumNeeded;
  const facts = { input, turnout, quorumNeeded, quorumMet };
  const frame: Frame = { ...facts, preamble: [...ruleSentences(facts), turnoutSentence(facts)] };
  const { method } = input;
  const base = { method, electorate: input.electorate, turnout, quorumNeeded, quorumMet };
  if (isYesNo(method)) return { ...base, ...tallyYesNo(method, frame) };
  if (method === "ranked") return { ...base, ...tallyRanked(frame) };
  return { ...base, ...tallyTotals(method, frame) };
}

type Decided = Omit<TallyResult, "method" | "electorate" | "turnout" | "quorumNeeded" | "quorumMet">;

function noQuorum({ quorumNeeded }: Frame): string {
  const tooFew = quorumNeeded === 1 ? "nobody took part" : `fewer than ${quorumNeeded} members took part`;
  return `No quorum: ${tooFew}, so the vote decides nothing.`;
}

// ── yes/no methods

function tallyYesNo(method: YesNoMethod, frame: Frame): Decided {
  const answers: Record<string, number> = Object.fromEntries(ANSWERS[method].map((a) => [a, 0]));
  for (const { ballot, count } of frame.input.groups) answers[ballot.answer as string]! += count;
  const count = (a: Answer) => answers[a] ?? 0;
  const counts = ANSWERS[method].map((a, i) => `${i === 0 ? capitalize(a) : a} ${count(a)}`).join(", ");
  const explanation = [...frame.preamble, `${counts}.`];
  if (!frame.quorumMet) return { outcome: "no_quorum", answers, explanation: [...explanation, noQuorum(frame)] };
  const { passed, why } = decideYesNo(method, count, frame);
  return { outcome: passed ? "passed" : "rejected", answers, explanation: [...explanation, ...why] };
}

type Verdict = { passed: boolean; why: string[] };

function decideYesNo(method: YesNoMethod, count: (a: Answer) => number, frame: Frame): Verdict {
  switch (method) {
    case "majority":
      return decideMajority(count("yes"), count("no"));
    case "supermajority":
      return decideSupermajority(count("yes"), count("no"), frame.input.threshold!);
    case "consent":
      return decideConsent(count("object"), frame.turnout);
    case "consensus":
      return decideConsensus(count("agree"), count("disagree"), count("block"), frame.turnout);
  }
}

function decideMajority(yes: number, no: number): Verdict {
  if (yes > no) return { passed: true, why: [`Passed: ${votes(yes, "yes")} ${agree(yes, "outnumbers", "outnumber")} ${votes(no, "no")}.`] };
  if (yes === 0 && no === 0) return { passed: false, why: ["Rejected: nobody voted yes or no, and a tie does not pass."] };
  if (yes === no) return { passed: false, why: [`Rejected: yes and no are tied at ${yes} each, and a tie does not pass.`] };
  return { passed: false, why: [`Rejected: ${votes(yes, "yes")} ${agree(yes, "does", "do")} not outnumber ${votes(no, "no")}.`] };
}

function decideSupermajority(yes: number, no: number, { numerator, denominator }: { numerator: number; denominator: number }): Verdict {
  const fraction = `${numerator}/${denominator}`;
  const cast = yes + no;
  if (cast === 0) return { passed: false, why: ["Rejected: nobody voted yes or no, so there is no yes vote to count."] };
  // BigInt keeps the products exact whatever the threshold's size.
  const product = BigInt(numerator) * BigInt(cast);
  const needed = Number((product + BigInt(denominator) - 1n) / BigInt(denominator));
  const exact = product % BigInt(denominator) === 0n;
  const share = exact
    ? `${fraction} of the ${plural(cast, "vote")} cast for or against is ${needed}`
    : `${fraction} of the ${plural(cast, "vote")} cast for or against is more than ${needed - 1}, so ${needed} ${needed === 1 ? "is" : "are"} needed`;
  const numbers = `${share}; ${yes} voted yes.`;
  const passed = yes > 0 && yes >= needed;
  const verdict = passed
    ? `Passed: ${votes(yes, "yes")} ${agree(yes, "reaches", "reach")} the ${fraction} threshold.`
    : `Rejected: ${votes(yes, "yes")} ${agree(yes, "falls", "fall")} short of the ${needed} needed.`;
  return { passed, why: [numbers, verdict] };
}

function decideConsent(objections: number, turnout: number): Verdict {
  if (objections > 0) {
    return {
      passed: false,
      why: [`Rejected: ${plural(objections, "member")} objected, and under consent any objection stops the proposal.`],
    };
  }
  if (turnout === 0)
    return {
      passed: true,
      why: ["Passed: nobody objected; under consent a proposal stands unless someone objects, even when nobody votes."],
    };
  return { passed: true, why: ["Passed: nobody objected."] };
}

function decideConsensus(agreeing: number, disagreeing: number, blocks: number, turnout: number): Verdict {
  if (blocks > 0) return { passed: false, why: [`Rejected: ${plural(blocks, "block")} ${agree(blocks, "stops", "stop")} the proposal.`] };
  if (turnout === 0) return { passed: false, why: ["Rejected: nobody voted, so nobody agreed."] };
  const numbers = `${agreeing} agree and ${disagreeing} disagree`;
  if (agreeing > disagreeing) return { passed: true, why: [`Passed: ${numbers}, and nobody blocked.`] };
  if (agreeing === disagreeing) return { passed: false, why: [`Rejected: ${numbers}, and a tie does not pass.`] };
  return { passed: false, why: [`Rejected: ${numbers}; agreement must outnumber disagreement.`] };
}

// ── approval and score

function tallyTotals(method: "approval" | "score", frame: Frame): Decided {
  const labels = frame.input.options;
  const sums = new Array<number>(labels.length).fill(0);
  for (const { ballot, count } of frame.input.groups) {
    if (method === "approval") for (const i of ballot.options!) sums[i]! += count;
    else for (const [i, s] of ballot.scores!.entries()) sums[i]! += s * count;
  }
  const optionTotals = sums.map((total, option) => ({ option, label: labels[option]!, total }));
  const noun = method === "approval" ? "Approvals" : "Total scores";
  const explanation = [...frame.preamble, `${noun}: ${optionTotals.map((t) => `${quote(t.label)} ${t.total}`).join(", ")}.`];
  const finish = (decided: Omit<Decided, "optionTotals" | "explanation">, sentence: string): Decided => ({
    ...decided,
    optionTotals,
    explanation: [...explanation, sentence],
  });
  if (!frame.quorumMet) return finish({ outcome: "no_quorum" }, noQuorum(frame));
  if (frame.turnout === 0) return finish({ outcome: "no_votes" }, "No votes: nobody took part, so no option is chosen.");
  const top = Math.max(...sums);
  if (top === 0) {
    return finish(
      { outcome: "rejected" },
      method === "approval" ? "Rejected: no option was approved." : "Rejected: every option scored 0.",
    );
  }
  const leaders = optionTotals.filter((t) => t.total === top);
  const measure = method === "approval" ? plural(top, "approval") : `a total score of ${top}`;
  if (leaders.length > 1) {
    const names = listOf(leaders.map((t) => quote(t.label)));
    return finish({ outcome: "tied", tied: leaders.map((t) => t.option) }, `Tied: ${names} each have ${measure}, so no option is chosen.`);
  }
  const winner = leaders[0]!;
  const most = method === "approval" ? "the most approvals" : "the highest total score";
  return finish({ outcome: "chosen", winner: winner.option }, `Chosen: ${quote(winner.label)}, with ${most} (${top}).`);
}

// ── ranked (instant runoff)

function tallyRanked(frame: Frame): Decided {
  const labels = frame.input.options;
  const firsts = new Array<number>(labels.length).fill(0);
  for (const { ballot, count } of frame.input.groups) firsts[ballot.options![0]!]! += count;
  const optionTotals = firsts.map((total, option) => ({ option, label: labels[option]!, total }));
  const explanation = [...frame.preamble, `First preferences: ${optionTotals.map((t) => `${quote(t.label)} ${t.total}`).join(", ")}.`];
  if (!frame.quorumMet) return { outcome: "no_quorum", optionTotals, rounds: [], explanation: [...explanation, noQuorum(frame)] };
  if (frame.turnout === 0) {
    return {
      outcome: "no_votes",
      optionTotals,
      rounds: [],
      explanation: [...explanation, "No votes: nobody took part, so no option is chosen."],
    };
  }
  const { rounds, winner, sentences } = instantRunoff(frame.input.groups, labels);
  const finalSentence = `Chosen: ${quote(labels[winner]!)}, after ${plural(rounds.length, "round")}.`;
  return { outcome: "chosen", optionTotals, rounds, winner, explanation: [...explanation, ...sentences, finalSentence] };
}

/**
 * Runs rounds until an option holds more than half of the ballots still in the count. Each group keeps
 * a cursor on its highest-ranked continuing option; cursors only move forward because options only
 * leave, so the whole count costs O(rounds × groups + total ranking length) and copies no ballot.
 */
function instantRunoff(groups: BallotGroup[], labels: string[]): { rounds: RankedRound[]; winner: number; sentences: string[] } {
  const continuing = new Array<boolean>(labels.length).fill(true);
  const cursors = new Int32Array(groups.length);
  const history: number[][] = [];
  const rounds: RankedRound[] = [];
  const sentences: string[] = [];
  for (;;) {
    const { totals, exhausted } = countRound(groups, cursors, continuing);
    history.push(totals);
    const standing = totals.flatMap((total, option) => (continuing[option] ? [{ option, label: labels[option]!, total }] : []));
    const inCount = standing.reduce((sum, t) => sum + t.total, 0);
    const heading = `Round ${rounds.length + 1}: ${standing.map((t) => `${quote(t.label)} ${plural(t.total, "vote")}`).join(", ")}${
      exhausted > 0 ? `; ${plural(exhausted, "ballot")} exhausted` : ""
    }.`;
    // While ballots were cast, the option with the fewest votes never holds them all, so inCount stays
    // positive and the last option standing always has a majority: the loop ends.
    const leader = standing.find((t) => 2 * t.total > inCount);
    if (leader) {
      const note = `${quote(leader.label)} has ${leader.total} of the ${plural(inCount, "ballot")} still in the count, more than half, and is chosen.`;
      rounds.push({ totals: standing, exhausted, eliminated: [], note });
      sentences.push(heading, note);
      return { rounds, winner: leader.option, sentences };
    }
    const { loser, why } = chooseElimination(standing, history, labels);
    continuing[loser] = false;
    const majority = `No option has more than half of the ${plural(inCount, "ballot")} still in the count (${Math.floor(inCount / 2) + 1} needed).`;
    rounds.push({ totals: standing, exhausted, eliminated: [loser], note: [majority, ...why].join(" ") });
    sentences.push(heading, majority, ...why);
  }
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

/** Picks the option to eliminate this round and says why, applying RANKED_TIE_BREAK_RULE when several share the fewest votes. */
function chooseElimination(standing: OptionTotal[], history: number[][], labels: string[]): { loser: number; why: string[] } {
  const fewest = Math.min(...standing.map((t) => t.total));
  let candidates = standing.filter((t) => t.total === fewest).map((t) => t.option);
  const name = (option: number) => quote(labels[option]!);
  if (candidates.length === 1) {
    const loser = candidates[0]!;
    return { loser, why: [`${name(loser)} has the fewest votes (${fewest}) and is eliminated.`] };
  }
  const why = [`${listOf(candidates.map(name))} are tied for the fewest votes (${fewest} each), so the tie-break rule applies.`];
  const currentRound = history.length - 1;
  for (let round = currentRound - 1; round >= 0 && candidates.length > 1; round--) {
    const earlier = history[round]!;
    const low = Math.min(...candidates.map((o) => earlier[o]!));
    const fewer = candidates.filter((o) => earlier[o] === low);
    if (fewer.length === candidates.length) continue;
    const more = candidates.filter((o) => earlier[o] !== low);
    why.push(`In round ${round + 1}, ${listOf(fewer.map(name))} had fewer votes (${low}) than ${listOf(more.map(name))}.`);
    candidates = fewer;
  }
  if (candidates.length === 1) {
    const loser = candidates[0]!;
    why.push(`${name(loser)} is eliminated.`);
    return { loser, why };
  }
  const loser = Math.max(...candidates);
  const lookedBack =
    currentRound === 0 ? "There is no earlier round to look back to" : `${listOf(candidates.map(name))} were tied in every earlier round`;
  why.push(`${lookedBack}, so ${name(loser)}, listed later on the proposal, is eliminated.`);
  return { loser, why };
}

// ───────────────────────────── sentences ─────────────────────────────

function ruleSentences(frame: Facts): string[] {
  const { method, threshold, scoreMax } = frame.input;
  // The quorum clause ends each method's first sentence; later sentences finish the rule.
  const rules: Record<Method, string[]> = {
    majority: ["Majority vote: the proposal passes if more members vote yes than no"],
    supermajority: [
      `Supermajority vote: the proposal passes if at least ${threshold?.numerator}/${threshold?.denominator} of the votes cast for or against are yes (abstentions are not counted)`,
    ],
    consent: ["Consent: the proposal passes unless someone objects (an objection gives a reason)"],
    consensus: ["Consensus: the proposal passes if more members agree than disagree and nobody blocks"],
    approval: ["Approval vote: each member approves any number of options, and the option with the most approvals is chosen"],
    score: [`Score vote: each member gives every option a score from 0 to ${scoreMax}, and the option with the highest total is chosen`],
    ranked: [
      "Ranked-choice vote (instant runoff): each ballot counts for its highest-ranked option still in the count, and an option with more than half of those ballots is chosen",
      "Otherwise the option with the fewest votes is eliminated and its ballots move to their next choice, round after round.",
      RANKED_TIE_BREAK_RULE,
    ],
  };
  const [first, ...rest] = rules[method];
  return [`${first}${quorumClause(frame)}.`, ...rest];
}

function quorumClause({ input, quorumNeeded }: Facts): string {
  if (quorumNeeded === 0) return ", with no minimum turnout";
  return `, provided at least ${quorumNeeded} of the ${plural(input.electorate, "eligible member")} take part (quorum ${input.quorumPercent}%)`;
}

function turnoutSentence({ input, turnout, quorumNeeded, quorumMet }: Facts): string {
  const tookPart = `${turnout} of ${input.electorate} took part`;
  if (quorumNeeded === 0) return `${tookPart}.`;
  return quorumMet ? `${tookPart}; quorum met.` : `${tookPart}; quorum not met (${quorumNeeded} needed).`;
}

const plural = (n: number, word: string) => `${n} ${n === 1 ? word : `${word}s`}`;
const votes = (n: number, answer: string) => `${n} ${answer} ${n === 1 ? "vote" : "votes"}`;
const agree = (n: number, singular: string, pluralForm: string) => (n === 1 ? singular : pluralForm);
const quote = (label: string) => `"${label}"`;
const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function listOf(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
