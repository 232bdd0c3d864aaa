import { type NewProposal, NewProposalInput, type VoteBody } from "../modules/decisions/inputs.ts";
import { settleDue } from "../modules/decisions/lifecycle.ts";
import { getProposal } from "../modules/decisions/read.ts";
import { createProposal } from "../modules/decisions/service.ts";
import type { METHODS } from "../modules/decisions/tally.ts";
import { castVote } from "../modules/decisions/vote.ts";
import { postComment } from "../modules/discussions/service.ts";
import { proposeBudget } from "../modules/treasury/budgets.ts";
import { putToVote } from "../modules/treasury/expenses.ts";
import { DecisionTerms } from "../modules/treasury/inputs.ts";
import { actor, type DemoContext, type DemoStep, idOf } from "./context.ts";
import { FOUNDATION } from "./treasury.ts";

/** How long the votes the story decides stay open; the step then closes them as the clock would. */
const VOTE_DAYS = 5;
/** How long the votes still open today stay open. */
const OPEN_FOR_DAYS = 7;

/** What the proposal decides: the budget, an expense (by its key in treasury.ts), or a question of its own. */
type Subject =
  | { budget: true }
  | { expense: string }
  | { question: { title: string; method: (typeof METHODS)[number]; options?: string[] } };

export interface DemoDecision {
  key: string;
  by: string;
  /** For a budget or an expense, instead of the title the treasury gives the proposal. */
  title?: string;
  about: Subject;
  body: string;
  quorumPercent?: number;
  ballot?: "public" | "secret";
  /** Still open when the demo has loaded (it closes a week later), or closed with its result. */
  stillOpen?: boolean;
  votes: ({ by: string } & VoteBody)[];
  comments?: { by: string; body: string }[];
}

const yes = (...handles: string[]) => handles.map((by) => ({ by, answer: "yes" }));
const no = (...handles: string[]) => handles.map((by) => ({ by, answer: "no" }));
const abstain = (...handles: string[]) => handles.map((by) => ({ by, answer: "abstain" }));
const consent = (...handles: string[]) => handles.map((by) => ({ by, answer: "consent" }));

/** The foundation's seven active members vote: Priya, Ada, Kofi, Lena, Hugo, Elena and Grace. */
export const DEMO_DECISIONS: DemoDecision[] = [
  {
    key: "budget",
    by: "kofi",
    about: { budget: true },
    body: "Until now I paid each bill after asking all of you. This budget covers the running costs for the rest of 2026: hosting, the library workshop, the build days and bank fees. Within these lines I pay without a vote; every payment still shows in the books.",
    quorumPercent: 50,
    votes: [...yes("priya", "ada", "kofi", "lena", "hugo", "grace"), ...abstain("elena")],
  },
  {
    key: "penetrometer",
    by: "hugo",
    about: { expense: "penetrometer" },
    body: "The clay trials need soil strength readings next to each row, or we are guessing why the coulters ride up. I bought a hand penetrometer with four cones; the invoice is attached. It is not in the budget, so I am asking you.",
    quorumPercent: 50,
    votes: [...yes("priya", "ada", "kofi", "lena", "hugo", "elena"), ...abstain("grace")],
  },
  {
    key: "build kits",
    by: "kofi",
    title: "Ten build kits for the spring build weekend: €2,400 of steel",
    about: { expense: "build kits" },
    body: "Ten kits, one per builder, with the steel for frame, hitch and tool bar cut to length. Builders pay back what they can; the rest is the foundation's gift to the commons. The supplier is not chosen yet (see the need on our board), so this approves the amount, to be paid once the steel arrives.",
    quorumPercent: 50,
    votes: yes("priya", "ada", "kofi", "lena", "hugo", "elena", "grace"),
  },
  {
    key: "hanover stand",
    by: "grace",
    about: { expense: "hanover stand" },
    body: "A 9 m² stand at the AgriTech fair in Hanover, two days in March 2027, to show the drill to cooperatives from the rest of Europe. The price includes the stand, a table and power.",
    quorumPercent: 50,
    votes: [...yes("grace", "lena"), ...no("priya", "kofi", "hugo", "elena"), ...abstain("ada")],
    comments: [
      {
        by: "kofi",
        body: "€1,850 is more than our whole events line for a year, for two days. I would rather spend it on two build days here.",
      },
      { by: "grace", body: "Fair enough. I will ask Harrow whether we can share a corner of their stand instead." },
    ],
  },
  {
    key: "thursdays",
    by: "priya",
    about: { question: { title: "Move the monthly assembly to Thursdays", method: "consent" } },
    body: "Tuesdays clash with the city council's committee evenings, so Elena and Marta can rarely come. From January, the assembly would meet on the second Thursday of the month, 19:30, at the library workshop.",
    votes: [
      ...consent("priya", "ada", "kofi", "lena", "elena", "grace"),
      {
        by: "hugo",
        answer: "object",
        reason:
          "Thursday is market day: I sell at the Riverton market until seven, and so do most of the growers who come to the assembly. Wednesday would work for us.",
      },
    ],
    comments: [{ by: "priya", body: "Thank you, Hugo. I will ask Elena about Wednesdays and bring it back next month." }],
  },
  {
    key: "minutes",
    by: "grace",
    about: { question: { title: "Publish the minutes of every assembly within a week", method: "consent" } },
    body: "Whoever takes the minutes posts them on the foundation's page within seven days, so members who could not come can follow.",
    quorumPercent: 50,
    votes: consent("priya", "ada", "kofi", "lena", "hugo", "grace"),
  },
  {
    key: "chair",
    by: "ada",
    about: { question: { title: "Renew Priya Raman's mandate as chair for 2027", method: "majority" } },
    body: "Priya's mandate ends in December and she is willing to serve another year. A secret ballot, as our statutes ask for elections.",
    quorumPercent: 50,
    ballot: "secret",
    votes: [...yes("ada", "kofi", "lena", "hugo", "grace"), ...no("elena"), ...abstain("priya")],
  },
  {
    key: "workshop tool",
    by: "lena",
    about: {
      question: {
        title: "Which tool should the workshop buy next?",
        method: "ranked",
        options: ["A bench-top metal lathe", "A plasma cutter", "A drill press with a cross-slide vice", "A second MIG welder"],
      },
    },
    body: "The workshop line has room for one bigger tool this winter. Rank the ones you would use; instant-runoff picks the one most of us can live with.",
    quorumPercent: 50,
    stillOpen: true,
    votes: [
      { by: "lena", options: [0, 2, 1] },
      { by: "hugo", options: [2, 0] },
      { by: "ada", options: [1, 0, 2] },
      { by: "grace", options: [2, 3] },
      { by: "kofi", options: [0, 1] },
    ],
  },
  {
    key: "build weekend",
    by: "grace",
    about: {
      question: {
        title: "Dates for the spring build weekend",
        method: "approval",
        options: ["14–15 March", "21–22 March", "28–29 March", "4–5 April"],
      },
    },
    body: "Approve every weekend you could come. Furrow Works lends the bay on any of them.",
    stillOpen: true,
    votes: [
      { by: "grace", options: [1, 2] },
      { by: "hugo", options: [0, 1] },
      { by: "kofi", options: [1] },
      { by: "priya", options: [1, 3] },
    ],
  },
];

async function propose(ctx: DemoContext, d: DemoDecision, closesAt: string) {
  const by = actor(ctx, d.by);
  const common = { title: d.title, body: d.body, quorumPercent: d.quorumPercent, ballot: d.ballot, closesAt };
  if ("budget" in d.about) return proposeBudget(ctx.db, by, idOf(ctx, "budget"), DecisionTerms.parse(common));
  if ("expense" in d.about) return putToVote(ctx.db, by, idOf(ctx, `expense:${d.about.expense}`), DecisionTerms.parse(common));
  const input: NewProposal = NewProposalInput.parse({ ...common, ...d.about.question });
  return createProposal(ctx.db, by, FOUNDATION, input);
}

async function discuss(ctx: DemoContext, id: string, comments: DemoDecision["comments"]) {
  if (!comments?.length) return;
  const { threadId } = await getProposal(ctx.db, null, id);
  if (!threadId) throw new Error(`demo data: proposal ${id} has no discussion thread`);
  for (const c of comments) {
    await ctx.clock.pass(6);
    await postComment(ctx.db, actor(ctx, c.by), threadId, c.body);
  }
}

/** Puts a decision to the vote, closing at `closesAt`, and its voters vote over the following hours. */
async function decide(ctx: DemoContext, d: DemoDecision, closesAt: Date) {
  const proposal = await propose(ctx, d, closesAt.toISOString());
  ctx.ids.set(`proposal:${d.key}`, proposal.id);
  for (const { by, ...vote } of d.votes) {
    await ctx.clock.pass(9);
    await castVote(ctx.db, actor(ctx, by), proposal.id, vote);
  }
  await discuss(ctx, proposal.id, d.comments);
  return proposal.id;
}

const daysAfter = (moment: Date, days: number) => new Date(moment.getTime() + days * 86_400_000);

/** The decisions of the story, each voted on and closed at its time; the budget and expenses were drafted in treasury.ts. */
export const decisionsStep: DemoStep = {
  name: "decisions",
  from: "2026-09-21T09:00:00Z",
  async run(ctx) {
    const ids: string[] = [];
    let lastClose = ctx.clock.at;
    for (const d of DEMO_DECISIONS.filter((x) => !x.stillOpen)) {
      await ctx.clock.pass(4);
      lastClose = daysAfter(ctx.clock.at, VOTE_DAYS);
      ids.push(await decide(ctx, d, lastClose));
    }
    await ctx.clock.moveTo(new Date(lastClose.getTime() + 3_600_000));
    await settleDue(ctx.db);
    for (const id of ids) {
      const { status } = await getProposal(ctx.db, null, id);
      if (status !== "closed") throw new Error(`demo: proposal ${id} is ${status} after its closing time`);
    }
  },
};

/** The votes still open when the world is loaded: put to the vote today. */
export const openVotesStep: DemoStep = {
  name: "open votes",
  from: "present",
  async run(ctx) {
    const closesAt = daysAfter(ctx.clock.at, OPEN_FOR_DAYS);
    for (const d of DEMO_DECISIONS.filter((x) => x.stillOpen)) await decide(ctx, d, closesAt);
  },
};
