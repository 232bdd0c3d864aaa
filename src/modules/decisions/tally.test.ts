import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { english, textIn } from "../../text/messages.ts";
import {
  ANSWERS,
  type Ballot,
  type BallotGroup,
  explain,
  METHODS,
  type Method,
  ballotProblem as problemOf,
  RANKED_TIE_BREAK_RULE,
  type TallyInput,
  type TallyNumbers,
  tally,
  YES_NO_METHODS,
} from "./tally.ts";

const answer = (a: string, count = 1): BallotGroup => ({ ballot: { answer: a, options: null, scores: null }, count });
const pick = (options: number[], count = 1): BallotGroup => ({ ballot: { answer: null, options, scores: null }, count });
const scored = (scores: number[], count = 1): BallotGroup => ({ ballot: { answer: null, options: null, scores }, count });

const yesNo = (method: Method, groups: BallotGroup[], extra: Partial<TallyInput> = {}) =>
  tally({ method, options: [], electorate: 12, quorumPercent: 40, groups, ...extra });
const ABC = ["Alpha", "Beta", "Gamma"];

describe("quorum", () => {
  it("rounds the quorum up: 40% of 12 needs 5", () => {
    const four = yesNo("majority", [answer("yes", 4)]);
    expect(four).toMatchObject({ quorumNeeded: 5, quorumMet: false, outcome: "no_quorum", answers: { yes: 4, no: 0, abstain: 0 } });
    expect(four.explanation).toContain("4 of 12 took part; quorum not met (5 needed).");
    expect(four.explanation.at(-1)).toBe("No quorum: fewer than 5 members took part, so the vote decides nothing.");
    expect(yesNo("majority", [answer("yes", 4), answer("abstain")])).toMatchObject({ quorumMet: true, outcome: "passed" });
  });

  it("counts abstentions as taking part", () => {
    expect(yesNo("majority", [answer("yes", 1), answer("abstain", 4)])).toMatchObject({ turnout: 5, outcome: "passed" });
  });

  it("takes precedence over blocks and objections", () => {
    expect(yesNo("consensus", [answer("block")]).outcome).toBe("no_quorum");
    expect(yesNo("consent", [answer("object")]).outcome).toBe("no_quorum");
  });

  it("applies to option methods, still reporting the totals", () => {
    const result = tally({ method: "approval", options: ABC, electorate: 10, quorumPercent: 50, groups: [pick([0, 1], 4)] });
    expect(result).toMatchObject({ outcome: "no_quorum", quorumNeeded: 5, optionTotals: [{ total: 4 }, { total: 4 }, { total: 0 }] });
    expect(result.winner).toBeUndefined();
    const ranked = tally({ method: "ranked", options: ABC, electorate: 10, quorumPercent: 50, groups: [pick([2, 0], 4)] });
    expect(ranked).toMatchObject({ outcome: "no_quorum", rounds: [], optionTotals: [{ total: 0 }, { total: 0 }, { total: 4 }] });
  });

  it("needs 100% of the electorate at quorum 100, and nobody at quorum 0", () => {
    expect(yesNo("majority", [answer("yes", 11)], { quorumPercent: 100 }).outcome).toBe("no_quorum");
    expect(yesNo("majority", [answer("yes", 1)], { quorumPercent: 0 })).toMatchObject({ quorumNeeded: 0, outcome: "passed" });
  });
});

describe("majority", () => {
  it("passes when yes outnumbers no, explaining the rule and the numbers", () => {
    const result = yesNo("majority", [answer("yes", 5), answer("no", 2), answer("abstain")]);
    expect(result).toMatchObject({ outcome: "passed", turnout: 8, answers: { yes: 5, no: 2, abstain: 1 } });
    expect(result.explanation).toEqual([
      "Majority vote: the proposal passes if more members vote yes than no, provided at least 5 of the 12 eligible members take part (quorum 40%).",
      "8 of 12 took part; quorum met.",
      "Yes 5, no 2, abstain 1.",
      "Passed: 5 yes votes outnumber 2 no votes.",
    ]);
  });

  it("rejects a tie and says a tie does not pass", () => {
    const result = yesNo("majority", [answer("yes", 3), answer("no", 3)]);
    expect(result.outcome).toBe("rejected");
    expect(result.explanation.at(-1)).toBe("Rejected: yes and no are tied at 3 each, and a tie does not pass.");
  });

  it("rejects when no outnumbers yes, in the singular when one voted", () => {
    const result = yesNo("majority", [answer("yes"), answer("no", 4)]);
    expect(result.outcome).toBe("rejected");
    expect(result.explanation.at(-1)).toBe("Rejected: 1 yes vote does not outnumber 4 no votes.");
  });

  it("rejects when everyone abstains", () => {
    expect(yesNo("majority", [answer("abstain", 6)]).outcome).toBe("rejected");
  });
});

describe("supermajority", () => {
  const twoThirds = { threshold: { numerator: 2, denominator: 3 } };

  it("does not count abstentions as votes cast", () => {
    const result = yesNo("supermajority", [answer("yes", 6), answer("no", 3), answer("abstain", 3)], twoThirds);
    expect(result.outcome).toBe("passed");
    expect(result.explanation).toContain("2/3 of the 9 votes cast for or against is 6; 6 voted yes.");
    // Counted as votes, the 3 abstentions would put 2/3 at 8 and reject it.
  });

  it("passes with more than the threshold", () => {
    const result = yesNo("supermajority", [answer("yes", 7), answer("no", 2)], twoThirds);
    expect(result.outcome).toBe("passed");
    expect(result.explanation).toContain("2/3 of the 9 votes cast for or against is 6; 7 voted yes.");
  });

  it("rounds the yes votes needed up when the threshold falls between whole votes", () => {
    const result = yesNo("supermajority", [answer("yes", 6), answer("no", 4)], twoThirds);
    expect(result.outcome).toBe("rejected");
    expect(result.explanation.slice(-2)).toEqual([
      "2/3 of the 10 votes cast for or against is more than 6, so 7 are needed; 6 voted yes.",
      "Rejected: 6 yes votes fall short of the 7 needed.",
    ]);
  });

  it("rejects when only abstentions were cast", () => {
    expect(yesNo("supermajority", [answer("abstain", 8)], twoThirds).outcome).toBe("rejected");
  });

  it("refuses a missing or impossible threshold", () => {
    expect(() => yesNo("supermajority", [answer("yes", 8)])).toThrow(/threshold/);
    expect(() => yesNo("supermajority", [], { threshold: { numerator: 4, denominator: 3 } })).toThrow(/threshold/);
  });
});

describe("consent", () => {
  it("passes when nobody objects", () => {
    expect(yesNo("consent", [answer("consent", 5)])).toMatchObject({ outcome: "passed", answers: { consent: 5, object: 0 } });
  });

  it("is stopped by a single objection", () => {
    const result = yesNo("consent", [answer("consent", 9), answer("object")]);
    expect(result.outcome).toBe("rejected");
    expect(result.explanation.at(-1)).toBe("Rejected: 1 member objected, and under consent any objection stops the proposal.");
  });
});

describe("consensus", () => {
  it("is stopped by a block, whatever the agreement", () => {
    const result = yesNo("consensus", [answer("agree", 9), answer("block", 2)]);
    expect(result).toMatchObject({ outcome: "rejected", answers: { agree: 9, abstain: 0, disagree: 0, block: 2 } });
    expect(result.explanation.at(-1)).toBe("Rejected: 2 blocks stop the proposal.");
    expect(yesNo("consensus", [answer("agree", 9), answer("block")]).explanation.at(-1)).toBe("Rejected: 1 block stops the proposal.");
  });

  it("passes when agreement outnumbers disagreement, abstentions aside", () => {
    expect(yesNo("consensus", [answer("agree", 3), answer("disagree", 2), answer("abstain", 4)]).outcome).toBe("passed");
  });

  it("rejects a tie between agree and disagree", () => {
    expect(yesNo("consensus", [answer("agree", 3), answer("disagree", 3)]).outcome).toBe("rejected");
  });
});

describe("zero turnout with no quorum required", () => {
  const none = { electorate: 10, quorumPercent: 0, groups: [] };

  it.each([["majority"], ["supermajority"], ["consensus"]] as const)("rejects %s: there are no yes votes", (method) => {
    const result = tally({ method, options: [], threshold: { numerator: 2, denominator: 3 }, ...none });
    expect(result).toMatchObject({ outcome: "rejected", turnout: 0, quorumMet: true });
  });

  it("passes consent, because nobody objected", () => {
    const result = tally({ method: "consent", options: [], ...none });
    expect(result.outcome).toBe("passed");
    expect(result.explanation.at(-1)).toMatch(/nobody objected; under consent a proposal stands unless someone objects/);
  });

  it.each([["approval"], ["score"], ["ranked"]] as const)("gives no_votes for %s", (method) => {
    const result = tally({ method, options: ABC, scoreMax: 5, ...none });
    expect(result.outcome).toBe("no_votes");
    expect(result.winner).toBeUndefined();
  });

  it("is no_quorum when a quorum is required", () => {
    expect(tally({ method: "consent", options: [], electorate: 10, quorumPercent: 10, groups: [] }).outcome).toBe("no_quorum");
  });
});

describe("approval", () => {
  const vote = (groups: BallotGroup[]) => tally({ method: "approval", options: ABC, electorate: 10, quorumPercent: 0, groups });

  it("chooses the option with the most approvals", () => {
    const result = vote([pick([0, 1], 3), pick([1], 2), pick([])]);
    expect(result).toMatchObject({ outcome: "chosen", winner: 1, turnout: 6 });
    expect(result.optionTotals).toEqual([
      { option: 0, label: "Alpha", total: 3 },
      { option: 1, label: "Beta", total: 5 },
      { option: 2, label: "Gamma", total: 0 },
    ]);
    expect(result.explanation.slice(-2)).toEqual([
      'Approvals: "Alpha" 3, "Beta" 5, "Gamma" 0.',
      'Chosen: "Beta", with the most approvals (5).',
    ]);
  });

  it("reports a tie at the top without picking a winner", () => {
    const result = vote([pick([0, 2], 2), pick([1])]);
    expect(result).toMatchObject({ outcome: "tied", tied: [0, 2] });
    expect(result.winner).toBeUndefined();
    expect(result.explanation.at(-1)).toBe('Tied: "Alpha" and "Gamma" each have 2 approvals, so no option is chosen.');
  });

  it("rejects when ballots were cast but nothing was approved", () => {
    const result = vote([pick([], 4)]);
    expect(result.outcome).toBe("rejected");
    expect(result.explanation.at(-1)).toBe("Rejected: no option was approved.");
  });
});

describe("score", () => {
  const vote = (groups: BallotGroup[]) => tally({ method: "score", options: ABC, scoreMax: 5, electorate: 10, quorumPercent: 0, groups });

  it("chooses the highest summed score", () => {
    const result = vote([scored([5, 3, 0], 2), scored([0, 5, 1])]);
    expect(result).toMatchObject({ outcome: "chosen", winner: 1, optionTotals: [{ total: 10 }, { total: 11 }, { total: 1 }] });
  });

  it("reports a tie at the top", () => {
    expect(vote([scored([4, 4, 2])])).toMatchObject({ outcome: "tied", tied: [0, 1] });
  });

  it("rejects when every option scored 0", () => {
    expect(vote([scored([0, 0, 0], 3)]).outcome).toBe("rejected");
  });
});

describe("ranked (instant runoff)", () => {
  const vote = (options: string[], groups: BallotGroup[]) =>
    tally({ method: "ranked", options, electorate: 100, quorumPercent: 0, groups });

  it("transfers votes over several rounds (the Tennessee capital example elects Knoxville)", () => {
    const result = vote(
      ["Memphis", "Nashville", "Chattanooga", "Knoxville"],
      [pick([0, 1, 2, 3], 42), pick([1, 2, 3, 0], 26), pick([2, 3, 1, 0], 15), pick([3, 2, 1, 0], 17)],
    );
    expect(result).toMatchObject({ outcome: "chosen", winner: 3 });
    expect(result.optionTotals?.map((t) => t.total)).toEqual([42, 26, 15, 17]);
    expect(result.rounds?.map((r) => r.eliminated)).toEqual([[2], [1], []]);
    expect(result.rounds?.map((r) => r.totals.map((t) => t.total))).toEqual([
      [42, 26, 15, 17],
      [42, 26, 32],
      [42, 58],
    ]);
    expect(result.rounds?.at(-1)?.note).toBe('"Knoxville" has 58 of the 100 ballots still in the count, more than half, and is chosen.');
    expect(result.explanation).toContain(RANKED_TIE_BREAK_RULE);
  });

  it("chooses in the first round when one option has more than half", () => {
    const result = vote(ABC, [pick([0], 3), pick([1, 0], 2)]);
    expect(result).toMatchObject({ outcome: "chosen", winner: 0 });
    expect(result.rounds).toHaveLength(1);
  });

  it("drops exhausted ballots from the majority needed", () => {
    // Round 1: A 4, B 3, C 2. C goes; its ballots rank nothing else. Round 2: A 4 of 7 is more than half.
    const result = vote(ABC, [pick([0], 4), pick([1], 3), pick([2], 2)]);
    expect(result).toMatchObject({ outcome: "chosen", winner: 0 });
    expect(result.rounds?.map((r) => r.exhausted)).toEqual([0, 2]);
    expect(result.explanation).toContain('Round 2: "Alpha" 4 votes, "Beta" 3 votes; 2 ballots exhausted.');
  });

  it("breaks a tie for fewest backwards, by the most recent earlier round where they differed", () => {
    // Round 1: A 5, B 4, C 3, D 1; D goes, its ballot moves to C. Round 2: B and C tie at 4; C had fewer in round 1.
    const result = vote(["A", "B", "C", "D"], [pick([0], 5), pick([1], 4), pick([2, 1], 3), pick([3, 2])]);
    expect(result.rounds?.map((r) => r.eliminated)).toEqual([[3], [2], []]);
    expect(result).toMatchObject({ outcome: "chosen", winner: 1 });
    expect(result.rounds?.[1]?.note).toBe(
      'No option has more than half of the 13 ballots still in the count (7 needed). "B" and "C" are tied for the fewest votes (4 each), so the tie-break rule applies. In round 1, "C" had fewer votes (3) than "B". "C" is eliminated.',
    );
  });

  it("looks past rounds where the tied options were level to an earlier one where they differed", () => {
    const groups = [pick([0], 5), pick([1], 3), pick([2], 2), pick([3, 2]), pick([3, 1]), pick([4, 2])];
    // Round 1: A 5, B 3, C 2, D 2, E 1 → E goes, to C. Round 2: B 3, C 3, D 2 → D goes, one to C, one to B.
    // Round 3: B 4, C 4 tie; in round 2 they were level (3 each); in round 1 C had fewer (2 against 3) → C goes.
    const result = vote(["A", "B", "C", "D", "E"], groups);
    expect(result.rounds?.map((r) => r.eliminated)).toEqual([[4], [3], [2], []]);
    expect(result.rounds?.[2]?.note).toContain('In round 1, "C" had fewer votes (2) than "B".');
  });

  it("breaks a tie with no earlier difference by eliminating the option listed later", () => {
    // A and B tie in round 1; B is listed later and goes, its ballots moving to A.
    const result = vote(ABC, [pick([0, 2], 2), pick([1, 0], 2), pick([2], 3)]);
    expect(result.rounds?.[0]?.eliminated).toEqual([1]);
    expect(result).toMatchObject({ outcome: "chosen", winner: 0 });
    expect(result.rounds?.[0]?.note).toContain(
      'There is no earlier round to look back to, so "Beta", listed later on the proposal, is eliminated.',
    );
  });

  it("uses listed order when the tied options were level in every earlier round", () => {
    // Round 1: A 4, B 2, C 2, D 1 → D out (exhausted). Round 2: B and C level again, as in round 1 → C out.
    const result = vote(["A", "B", "C", "D"], [pick([0], 4), pick([1], 2), pick([2], 2), pick([3])]);
    expect(result.rounds?.map((r) => r.eliminated)).toEqual([[3], [2], []]);
    expect(result.rounds?.[1]?.note).toContain(
      '"B" and "C" were tied in every earlier round, so "C", listed later on the proposal, is eliminated.',
    );
  });

  it("never ends tied: two options level at the end are split by the tie-break", () => {
    const result = vote(ABC, [pick([0], 2), pick([1], 2)]);
    expect(result.rounds?.map((r) => r.eliminated)).toEqual([[2], [1], []]);
    expect(result).toMatchObject({ outcome: "chosen", winner: 0 });
  });
});

describe("in French", () => {
  const french = (input: TallyInput) => explain(input, tally(input));
  const fr = (texts: Parameters<typeof textIn>[0][]) => texts.map((text) => textIn(text, "fr"));

  it("explains a majority vote", () => {
    const input: TallyInput = {
      method: "majority",
      options: [],
      electorate: 12,
      quorumPercent: 40,
      groups: [answer("yes", 5), answer("no", 2), answer("abstain")],
    };
    expect(fr(french(input).explanation)).toEqual([
      "Vote à la majorité : la proposition est adoptée si plus de membres votent oui que non, à condition que la participation atteigne au moins 5 des 12 membres appelés à voter (quorum de 40 %).",
      "Participation : 8 sur 12 ; quorum atteint.",
      "Oui 5, non 2, abstention 1.",
      "Adoptée : 5 votes oui l’emportent sur 2 votes non.",
    ]);
  });

  it("explains a ranked tie-break, round by round", () => {
    const input: TallyInput = {
      method: "ranked",
      options: ["A", "B", "C", "D"],
      electorate: 100,
      quorumPercent: 0,
      groups: [pick([0], 5), pick([1], 4), pick([2, 1], 3), pick([3, 2])],
    };
    const { explanation, notes } = french(input);
    expect(fr(explanation)).toContain("Tour 2 : « A » 5 voix, « B » 4 voix, « C » 4 voix.");
    expect(fr(notes)[1]).toBe(
      "Aucune option n’a plus de la moitié des 13 bulletins encore comptés (7 requis). « B » et « C » sont à égalité avec le moins de voix (4 chacune) : la règle de départage s’applique. Au tour 1, moins de voix pour « C » (3) que pour « B ». L’option « C » est éliminée.",
    );
    expect(fr(explanation).at(-1)).toBe("Retenue : « B », après 3 tours.");
  });

  it("explains a tie between approved options", () => {
    const input: TallyInput = {
      method: "approval",
      options: ["A", "B", "C"],
      electorate: 10,
      quorumPercent: 0,
      groups: [pick([0, 2], 2), pick([1])],
    };
    expect(fr(french(input).explanation).at(-1)).toBe(
      "Égalité : « A » et « C » ont chacune 2 approbations, aucune option n’est donc retenue.",
    );
  });
});

describe("tally refuses malformed input", () => {
  it("refuses an invalid ballot instead of miscounting it", () => {
    expect(() => yesNo("majority", [answer("maybe")])).toThrow(/Invalid ballot/);
    expect(() => tally({ method: "ranked", options: ABC, electorate: 3, quorumPercent: 0, groups: [pick([0, 0])] })).toThrow(
      /Invalid ballot/,
    );
  });

  it("refuses negative counts, a bad quorum and a wrong number of options", () => {
    expect(() => yesNo("majority", [answer("yes", -1)])).toThrow(/count/);
    expect(() => yesNo("majority", [], { quorumPercent: 101 })).toThrow(/quorum/);
    expect(() => tally({ method: "approval", options: ["only"], electorate: 3, quorumPercent: 0, groups: [] })).toThrow(/options/);
  });
});

describe("ballotProblem", () => {
  /** The problem with its message in English. */
  const ballotProblem = (...args: Parameters<typeof problemOf>) => {
    const problem = problemOf(...args);
    return problem && { field: problem.field, message: english(problem.message) };
  };
  const ballot = (b: Partial<Ballot> & { reason?: string | null }) => ({ answer: null, options: null, scores: null, ...b });

  it("accepts valid ballots of every method", () => {
    expect(ballotProblem("majority", 0, undefined, ballot({ answer: "abstain" }))).toBeNull();
    expect(ballotProblem("consent", 0, undefined, ballot({ answer: "object", reason: "It breaks the licence." }))).toBeNull();
    expect(ballotProblem("consensus", 0, undefined, ballot({ answer: "block", reason: "Unsafe." }))).toBeNull();
    expect(ballotProblem("approval", 3, undefined, ballot({ options: [] }))).toBeNull();
    expect(ballotProblem("approval", 3, undefined, ballot({ options: [2, 0] }))).toBeNull();
    expect(ballotProblem("score", 3, 5, ballot({ scores: [0, 5, 3] }))).toBeNull();
    expect(ballotProblem("ranked", 3, undefined, ballot({ options: [1] }))).toBeNull();
  });

  it("refuses an answer the method does not take", () => {
    expect(ballotProblem("majority", 0, undefined, ballot({ answer: "agree" }))).toEqual({
      field: "answer",
      message: "Choose one of: yes, no, abstain.",
    });
    expect(ballotProblem("consent", 0, undefined, ballot({}))?.field).toBe("answer");
  });

  it("refuses options or scores on a yes/no method", () => {
    expect(ballotProblem("majority", 0, undefined, ballot({ answer: "yes", options: [0] }))).toEqual({
      field: "options",
      message: "This method takes an answer, not options.",
    });
    expect(ballotProblem("consensus", 0, undefined, ballot({ answer: "agree", scores: [1] }))?.field).toBe("scores");
  });

  it("requires a reason for an objection or a block, and not for other answers", () => {
    expect(ballotProblem("consent", 0, undefined, ballot({ answer: "object" }))).toEqual({
      field: "reason",
      message: "An objection must give a reason.",
    });
    expect(ballotProblem("consensus", 0, undefined, ballot({ answer: "block", reason: "   " }))).toEqual({
      field: "reason",
      message: "A block must give a reason.",
    });
    expect(ballotProblem("consensus", 0, undefined, ballot({ answer: "disagree" }))).toBeNull();
  });

  it("checks approval options", () => {
    expect(ballotProblem("approval", 3, undefined, ballot({}))?.field).toBe("options");
    expect(ballotProblem("approval", 3, undefined, ballot({ options: [3] }))?.message).toBe(
      "Each option must be one of the proposal's 3 options (numbered 0 to 2).",
    );
    expect(ballotProblem("approval", 3, undefined, ballot({ options: [1.5] }))?.field).toBe("options");
    expect(ballotProblem("approval", 3, undefined, ballot({ options: [1, 1] }))?.message).toBe("Approve each option at most once.");
    expect(ballotProblem("approval", 3, undefined, ballot({ answer: "yes", options: [] }))?.field).toBe("answer");
  });

  it("checks scores: one whole number in range per option", () => {
    expect(ballotProblem("score", 3, 5, ballot({ scores: [1, 2] }))).toEqual({
      field: "scores",
      message: "Give a score to each of the 3 options.",
    });
    expect(ballotProblem("score", 3, 5, ballot({ scores: [1, 2, 6] }))?.message).toBe("Each score must be a whole number from 0 to 5.");
    expect(ballotProblem("score", 3, 5, ballot({ scores: [1, -1, 2] }))?.field).toBe("scores");
    expect(ballotProblem("score", 3, 5, ballot({ scores: [1, 0.5, 2] }))?.field).toBe("scores");
    expect(ballotProblem("score", 3, 5, ballot({ options: [0], scores: [1, 2, 3] }))?.field).toBe("options");
  });

  it("checks rankings: at least one, distinct, in range", () => {
    expect(ballotProblem("ranked", 3, undefined, ballot({ options: [] }))).toEqual({
      field: "options",
      message: "Rank at least one option.",
    });
    expect(ballotProblem("ranked", 3, undefined, ballot({ options: [0, 2, 0] }))?.message).toBe("Rank each option at most once.");
    expect(ballotProblem("ranked", 3, undefined, ballot({ options: [-1] }))?.field).toBe("options");
    expect(ballotProblem("ranked", 3, undefined, ballot({ options: [0], scores: [1, 2, 3] }))?.field).toBe("scores");
  });
});

// ───────────────────────────── properties ─────────────────────────────

const SCORE_MAX = 4;

function ballotArb(method: Method, n: number): fc.Arbitrary<Ballot> {
  const none = { answer: null, options: null, scores: null };
  const indexes = Array.from({ length: n }, (_, i) => i);
  switch (method) {
    case "majority":
    case "supermajority":
    case "consent":
    case "consensus":
      return fc.constantFrom(...ANSWERS[method]).map((a) => ({ ...none, answer: a }));
    case "approval":
      return fc.shuffledSubarray(indexes).map((options) => ({ ...none, options }));
    case "score":
      return fc.array(fc.integer({ min: 0, max: SCORE_MAX }), { minLength: n, maxLength: n }).map((scores) => ({ ...none, scores }));
    case "ranked":
      return fc.shuffledSubarray(indexes, { minLength: 1 }).map((options) => ({ ...none, options }));
  }
}

function inputArb(methods: readonly Method[] = METHODS): fc.Arbitrary<TallyInput> {
  return fc.record({ method: fc.constantFrom(...methods), n: fc.integer({ min: 2, max: 5 }) }).chain(({ method, n }) =>
    fc.record({
      method: fc.constant(method),
      options: fc.constant(YES_NO_METHODS.includes(method) ? [] : Array.from({ length: n }, (_, i) => `Option ${i + 1}`)),
      electorate: fc.integer({ min: 0, max: 40 }),
      quorumPercent: fc.integer({ min: 0, max: 100 }),
      threshold: fc.constantFrom({ numerator: 1, denominator: 2 }, { numerator: 2, denominator: 3 }, { numerator: 3, denominator: 4 }),
      scoreMax: fc.constant(SCORE_MAX),
      groups: fc.array(fc.record({ ballot: ballotArb(method, n), count: fc.integer({ min: 0, max: 6 }) }), { maxLength: 12 }),
    }),
  );
}

describe("properties", () => {
  it("the order of the groups changes nothing, not even the explanation", () => {
    const withShuffle = inputArb().chain((input) =>
      fc
        .shuffledSubarray(input.groups, { minLength: input.groups.length, maxLength: input.groups.length })
        .map((groups) => [input, groups] as const),
    );
    fc.assert(
      fc.property(withShuffle, ([input, shuffled]) => {
        expect(tally({ ...input, groups: shuffled })).toEqual(tally(input));
      }),
    );
  });

  it("splitting a group of k ballots into k groups of one changes nothing", () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const split = input.groups.flatMap((g) => Array.from({ length: g.count }, () => ({ ballot: g.ballot, count: 1 })));
        expect(tally({ ...input, groups: split })).toEqual(tally(input));
      }),
    );
  });

  it("a ranked winner holds more than half of the ballots still in the final round", () => {
    fc.assert(
      fc.property(inputArb(["ranked"]), (input) => {
        const result = tally(input);
        if (result.winner === undefined) return;
        const last = result.rounds!.at(-1)!;
        const inCount = last.totals.reduce((sum, t) => sum + t.total, 0);
        expect(inCount).toBe(result.turnout - last.exhausted);
        expect(2 * last.totals.find((t) => t.option === result.winner)!.total).toBeGreaterThan(inCount);
        expect(result.outcome).toBe("chosen");
      }),
    );
  });

  it("the explanation written again from a stored result's numbers is the one the tally wrote, and reads in French", () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const result = tally(input);
        // As the database gives it back, without the English sentences.
        const stored = JSON.parse(JSON.stringify({ ...result, explanation: undefined })) as TallyNumbers;
        stored.rounds = stored.rounds?.map((r) => ({ totals: r.totals, exhausted: r.exhausted, eliminated: r.eliminated }));
        const again = explain(input, stored);
        expect(again.explanation.map(english)).toEqual(result.explanation);
        expect(again.notes.map(english)).toEqual(result.rounds?.map((r) => r.note) ?? []);
        for (const text of [...again.explanation, ...again.notes]) expect(textIn(text, "fr")).not.toMatch(/[{}"]|undefined|NaN/);
      }),
    );
  });

  it("turnout is the sum of the counts", () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        expect(tally(input).turnout).toBe(input.groups.reduce((sum, g) => sum + g.count, 0));
      }),
    );
  });

  it("ranked ends chosen whenever ballots were cast and the quorum met", () => {
    fc.assert(
      fc.property(inputArb(["ranked"]), (input) => {
        const result = tally(input);
        if (result.quorumMet && result.turnout > 0) expect(result.outcome).toBe("chosen");
      }),
    );
  });
});

describe("scale", () => {
  it("counts 100,000 distinct ranked ballots over 10 options", () => {
    // A fixed linear congruential generator keeps the ballots the same on every run.
    let seed = 20_240_601;
    const random = (below: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % below;
    };
    const options = Array.from({ length: 10 }, (_, i) => `Option ${i + 1}`);
    const groups = Array.from({ length: 100_000 }, () => {
      const ranking = Array.from({ length: 10 }, (_, i) => i);
      for (let i = ranking.length - 1; i > 0; i--) {
        const j = random(i + 1);
        [ranking[i], ranking[j]] = [ranking[j]!, ranking[i]!];
      }
      return pick(ranking.slice(0, 1 + random(10)));
    });
    const result = tally({ method: "ranked", options, electorate: 100_000, quorumPercent: 50, groups });
    expect(result).toMatchObject({ outcome: "chosen", turnout: 100_000 });
  });
});
