import { castBallot, enterPaperBallots } from "../modules/budgeting/ballots.ts";
import { advancePhases, createCall } from "../modules/budgeting/calls.ts";
import { payTranche, planTranches, reportProgress } from "../modules/budgeting/grants.ts";
import {
  BallotInput,
  NewCallInput,
  NewProjectInput,
  PaperBallotInput,
  ReportInput,
  ReviewInput,
  TrancheInput,
} from "../modules/budgeting/inputs.ts";
import { grantIdOf, projectIdOf, trancheIdOf } from "../modules/budgeting/lookups.ts";
import { reviewProject, submitProject, supportProject } from "../modules/budgeting/projects.ts";
import { computeResults } from "../modules/budgeting/results.ts";
import { createCommons } from "../modules/commons/service.ts";
import { VoteInput } from "../modules/decisions/inputs.ts";
import { settleDue } from "../modules/decisions/lifecycle.ts";
import { castVote } from "../modules/decisions/vote.ts";
import { NewTransactionInput } from "../modules/ledger/inputs.ts";
import { openBooks, postManual } from "../modules/ledger/service.ts";
import { createOrganization } from "../modules/organizations/service.ts";
import { draftBudget, listBudgets, proposeBudget } from "../modules/treasury/budgets.ts";
import { BudgetInput, DecisionTerms } from "../modules/treasury/inputs.ts";
import { actor, type DemoContext, type DemoStep } from "./context.ts";
import { FOUNDATION } from "./treasury.ts";

/**
 * "Riverton Decides 2026": the City of Riverton's participatory budget. The city opens its books and its
 * members approve a budget with a line for it; the call runs its phases (submission, review, two weeks of
 * voting, results, implementation), 24 projects in two districts (one by the Open Farm Tools Foundation
 * for the tool library, one by the Riverton Trail Friends producing a trail guide as a commons), 600
 * ballots (a few online from the demo's people, the rest paper ballots entered by the city's staff,
 * generated from a fixed seed), results by the Method of Equal Shares with greedy beside it, and the
 * winners' grants with their first tranches paid and progress reports posted.
 *
 * The story is told relative to the day the world is loaded, as the library's is, so the vote is always
 * a few months back and the implementation under way.
 */
/** The trail guide's team, a community founded for it. */
export const DEMO_TRAIL_FRIENDS = "riverton-trail-friends";
export const DEMO_CALL = { slug: "riverton-decides-2026", title: "Riverton Decides 2026", ballots: 600 };
const CITY = "riverton";
const CURRENCY = "EUR";
const EUR = 100;
const DAY = 86_400_000;
/** Paper ballots entered in one counting session. */
const PAPER_STACK = 50;

const DISTRICTS = [
  { name: "Northbank", budget: 120_000 * EUR },
  { name: "Southbank", budget: 180_000 * EUR },
];

interface DemoProject {
  title: string;
  district: "Northbank" | "Southbank";
  cost: number;
  by: string;
  organization?: string;
  commons?: string;
  categories: string[];
  description: string;
  /** How much voters like it (a weight for the generated ballots). */
  appeal: number;
}

const P = (
  title: string,
  district: DemoProject["district"],
  euros: number,
  by: string,
  categories: string[],
  appeal: number,
  description: string,
  extra: Partial<DemoProject> = {},
): DemoProject => ({ title, district, cost: euros * EUR, by, categories, appeal, description, ...extra });

export const DEMO_CALL_PROJECTS: DemoProject[] = [
  P(
    "Cargo bikes for the tool library",
    "Northbank",
    18_000,
    "priya",
    ["Mobility"],
    8,
    "Two more cargo bikes in the Riverton Tool Library's pool, with a covered stand at the Old Creamery.",
    {
      organization: FOUNDATION,
    },
  ),
  P(
    "A trail guide to the river paths",
    "Southbank",
    9_500,
    "yusuf",
    ["Nature", "Culture"],
    7,
    "A walking guide to the river paths, written by those who walk them and published as a commons anyone may copy and improve.",
    {
      organization: DEMO_TRAIL_FRIENDS,
      commons: "riverton-trail-guide",
    },
  ),
  P(
    "Shade trees on Market Square",
    "Northbank",
    64_000,
    "elena",
    ["Nature"],
    9,
    "Twenty-four limes in planters with drip irrigation, where the market stands bake in July.",
  ),
  P(
    "Repair café in the library",
    "Northbank",
    7_500,
    "grace",
    ["Circular economy"],
    6,
    "Tools, a soldering station and a year of monthly repair evenings at the public library.",
  ),
  P(
    "Outdoor gym by the allotments",
    "Northbank",
    42_000,
    "hugo",
    ["Sport"],
    5,
    "Eight weatherproof stations and a soft surface by the Northbank allotments.",
  ),
  P(
    "Community fridge",
    "Northbank",
    6_000,
    "noor",
    ["Food"],
    5,
    "A fridge and a pantry outside the community centre, stocked by shops and neighbours.",
  ),
  P("Bike racks at the station", "Northbank", 11_000, "felix", ["Mobility"], 6, "Sixty covered racks at Riverton station."),
  P(
    "Murals on the underpass",
    "Northbank",
    14_000,
    "rosa",
    ["Culture"],
    4,
    "Three murals painted with the schools on the Mill Road underpass.",
  ),
  P(
    "Accessible playground",
    "Northbank",
    58_000,
    "amara",
    ["Children"],
    7,
    "A playground where children in wheelchairs play with the others.",
  ),
  P("Pollinator verges", "Northbank", 5_000, "wei", ["Nature"], 5, "Wildflower verges on four streets, mown twice a year."),
  P("Open-air cinema evenings", "Northbank", 8_000, "sam", ["Culture"], 4, "A screen, a projector and six summer evenings in the park."),
  P(
    "Safe crossing at School Lane",
    "Northbank",
    27_000,
    "lena",
    ["Mobility", "Children"],
    6,
    "A raised crossing and lights where children cross to school.",
  ),
  P(
    "Orchard pruning school",
    "Southbank",
    6_500,
    "joao",
    ["Nature", "Food"],
    5,
    "A winter of pruning lessons in the municipal orchards, open to all.",
  ),
  P(
    "Skate park extension",
    "Southbank",
    85_000,
    "dmitri",
    ["Sport", "Children"],
    7,
    "A bowl and a street section added to the skate park.",
  ),
  P(
    "Public toilets at the riverside",
    "Southbank",
    48_000,
    "kofi",
    ["Public space"],
    6,
    "Accessible toilets by the riverside path, open all year.",
  ),
  P(
    "Benches along the river path",
    "Southbank",
    12_000,
    "victor",
    ["Public space"],
    6,
    "Thirty benches every two hundred metres along the river path.",
  ),
  P(
    "Makerspace tools for schools",
    "Southbank",
    16_000,
    "ada",
    ["Education"],
    5,
    "A laser cutter and hand tools lent to Southbank's schools through the makerspace.",
  ),
  P(
    "Rain gardens on Quay Street",
    "Southbank",
    33_000,
    "joao",
    ["Nature"],
    5,
    "Rain gardens that take the street's run-off before it floods the quay.",
  ),
  P("Street library boxes", "Southbank", 3_500, "grace", ["Culture"], 4, "Ten book boxes on Southbank's streets."),
  P(
    "Covered market hall roof",
    "Southbank",
    96_000,
    "tomas",
    ["Public space"],
    6,
    "A new roof on the covered market so it can open in winter.",
  ),
  P("Youth music studio", "Southbank", 24_000, "noor", ["Culture", "Children"], 5, "A rehearsal and recording room in the youth centre."),
  P("Drinking fountains", "Southbank", 9_000, "hugo", ["Public space"], 5, "Five fountains on the river path and in the parks."),
  P(
    "Tree nursery for the city",
    "Southbank",
    15_000,
    "wei",
    ["Nature"],
    4,
    "A nursery where volunteers grow the city's next street trees from seed.",
  ),
  P("Night bus shelter lighting", "Southbank", 10_000, "lena", ["Mobility"], 4, "Solar lights in twelve bus shelters."),
];

/** A fixed-seed generator (mulberry32), so the world's ballots are the same at every load. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A voter of a district approves up to five of its projects, each drawn by appeal without repeats. */
function generatedBallot(next: () => number, numbers: Map<string, string>) {
  const district = next() < 0.45 ? "Northbank" : "Southbank";
  const pool = DEMO_CALL_PROJECTS.filter((p) => p.district === district);
  const size = 1 + Math.floor(next() * 5);
  const chosen: string[] = [];
  while (chosen.length < size) {
    const left = pool.filter((p) => !chosen.includes(p.title));
    const total = left.reduce((s, p) => s + p.appeal ** 2, 0);
    const pick = next() * total;
    let reached = 0;
    const found = left.find((p) => {
      reached += p.appeal ** 2;
      return pick < reached;
    });
    chosen.push((found ?? left[left.length - 1]!).title);
  }
  return { district, projects: chosen.map((title) => ({ project: numbers.get(title)! })) };
}

const at = (from: Date, days: number, hour = 10) => {
  const d = new Date(from.getTime() + days * DAY);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
};

async function cityBudget(ctx: DemoContext, year: number) {
  const marta = actor(ctx, "marta");
  const tomas = actor(ctx, "tomas");
  await openBooks(ctx.db, marta, CITY, CURRENCY);
  await ctx.clock.pass(2);
  await postManual(
    ctx.db,
    tomas,
    CITY,
    NewTransactionInput.parse({
      kind: "transfer",
      date: ctx.clock.at.toISOString().slice(0, 10),
      description: "The participatory budget's share of the city's accounts",
      counterpartyKind: "internal",
      postings: [
        { account: "assets:bank", amount: 400_000 * EUR, currency: CURRENCY },
        { account: "equity:opening-balances", amount: -400_000 * EUR, currency: CURRENCY },
      ],
    }),
  );
  await ctx.clock.pass(3);
  const budget = await draftBudget(
    ctx.db,
    tomas,
    CITY,
    BudgetInput.parse({
      year,
      title: `Participatory budget ${year}`,
      lines: [{ name: DEMO_CALL.title, account: "expenses:grants", amount: 300_000 * EUR }],
    }),
  );
  const closesAt = new Date(ctx.clock.at.getTime() + 3 * DAY);
  const proposal = await proposeBudget(ctx.db, tomas, budget.id, DecisionTerms.parse({ closesAt: closesAt.toISOString() }));
  for (const who of ["marta", "tomas", "yusuf", "elena"]) {
    await ctx.clock.pass(5);
    await castVote(ctx.db, actor(ctx, who), proposal.id, VoteInput.parse({ answer: "yes" }));
  }
  await ctx.clock.moveTo(new Date(closesAt.getTime() + 3_600_000));
  await settleDue(ctx.db);
  const [approved] = (await listBudgets(ctx.db, CITY, year)).filter((b) => b.id === budget.id);
  const line = approved?.lines[0];
  if (!line || approved.status !== "approved") throw new Error("demo: the city's budget was not approved");
  return line.id;
}

/** The trail guide's team: a community with the guide as its commons. */
async function trailFriends(ctx: DemoContext) {
  await createOrganization(ctx.db, actor(ctx, "yusuf"), {
    slug: DEMO_TRAIL_FRIENDS,
    name: "Riverton Trail Friends",
    kind: "community",
    description: "Walkers who map, mend and write about Riverton's river paths.",
  } as Parameters<typeof createOrganization>[2]);
  await createCommons(ctx.db, actor(ctx, "yusuf"), {
    slug: "riverton-trail-guide",
    title: "Riverton trail guide",
    summary: "A walking guide to the river paths, free to copy and improve.",
    licence: "CC-BY-SA-4.0",
    community: DEMO_TRAIL_FRIENDS,
  } as Parameters<typeof createCommons>[2]);
}

async function phases(ctx: DemoContext, moment: Date) {
  await ctx.clock.moveTo(moment);
  await advancePhases(ctx.db, computeResults);
}

export const budgetsStep: DemoStep = {
  name: "participatory budget",
  from: "present",
  async run(ctx) {
    const today = ctx.clock.at;
    const start = at(today, -200);
    await ctx.clock.moveTo(start);
    const lineId = await cityBudget(ctx, start.getUTCFullYear());
    await trailFriends(ctx);
    const dates = {
      submissionOpens: at(today, -180, 8),
      reviewOpens: at(today, -130, 8),
      votingOpens: at(today, -100, 8),
      votingCloses: at(today, -86, 20),
      implementationOpens: at(today, -80, 8),
    };
    await ctx.clock.moveTo(at(today, -185));
    await createCall(
      ctx.db,
      actor(ctx, "marta"),
      NewCallInput.parse({
        organization: CITY,
        slug: DEMO_CALL.slug,
        title: DEMO_CALL.title,
        description:
          "Riverton sets aside **€300,000** for projects its residents propose and choose. Propose a project for your district, support the ones you like, and vote: the winners are chosen by the Method of Equal Shares, so every group of voters gets its fair share of the money.",
        eligibility: "Projects must be public, on city land or open to all, and cost at most the district's budget.",
        budget: 300_000 * EUR,
        budgetLine: lineId,
        districts: DISTRICTS,
        categories: [...new Set(DEMO_CALL_PROJECTS.flatMap((p) => p.categories))].sort(),
        ...Object.fromEntries(Object.entries(dates).map(([k, v]) => [k, v.toISOString()])),
        ballotType: "approval",
        minProjects: 1,
        maxProjects: 5,
        rules: { rule: "mes", completion: "add1u", compareWithGreedy: true },
      }),
    );
    await phases(ctx, dates.submissionOpens);

    const numbers = new Map<string, string>();
    for (const p of DEMO_CALL_PROJECTS) {
      await ctx.clock.pass(20);
      const { project } = await submitProject(
        ctx.db,
        actor(ctx, p.by),
        DEMO_CALL.slug,
        NewProjectInput.parse({
          title: p.title,
          description: p.description,
          district: p.district,
          categories: p.categories,
          cost: p.cost,
          costBreakdown: [
            { item: "Works and equipment", amount: Math.round(p.cost * 0.8) },
            { item: "Design and supervision", amount: p.cost - Math.round(p.cost * 0.8) },
          ],
          organization: p.organization,
          commons: p.commons,
        }),
      );
      numbers.set(p.title, project.number);
      for (const fan of ["sam", "rosa", "kofi"].slice(0, p.appeal % 4)) {
        if (fan !== p.by) await supportProject(ctx.db, actor(ctx, fan), project.id, true);
      }
    }

    await phases(ctx, dates.reviewOpens);
    for (const p of DEMO_CALL_PROJECTS) {
      await ctx.clock.pass(3);
      await reviewProject(
        ctx.db,
        actor(ctx, "marta"),
        await projectIdOf(ctx.db, DEMO_CALL.slug, numbers.get(p.title)!),
        ReviewInput.parse({ eligible: true, reason: "On city land, within the district's budget, and open to everyone." }),
      );
    }

    await phases(ctx, dates.votingOpens);
    const next = random(2026);
    const online = [
      "ada",
      "joao",
      "lena",
      "grace",
      "wei",
      "amara",
      "rosa",
      "hugo",
      "noor",
      "dmitri",
      "felix",
      "sam",
      "priya",
      "kofi",
      "elena",
      "yusuf",
    ];
    for (const who of online) {
      await ctx.clock.pass(7);
      await castBallot(ctx.db, actor(ctx, who), DEMO_CALL.slug, BallotInput.parse(generatedBallot(next, numbers)));
    }
    // The staff count the paper ballots in stacks, one session an evening.
    const paper = Array.from({ length: DEMO_CALL.ballots - online.length }, (_, k) => {
      const ballot = generatedBallot(next, numbers);
      return PaperBallotInput.parse({ ...ballot, reference: `P-${String(online.length + k).padStart(4, "0")}` });
    });
    for (let i = 0; i < paper.length; i += PAPER_STACK) {
      await ctx.clock.pass(PAPER_STACK / 4);
      await enterPaperBallots(ctx.db, actor(ctx, "marta"), DEMO_CALL.slug, paper.slice(i, i + PAPER_STACK));
    }

    // Voting closes; the clock computes the results and the winners' grants.
    await phases(ctx, new Date(dates.votingCloses.getTime() + 60_000));
    await phases(ctx, dates.implementationOpens);
    await grantsUnderWay(ctx, numbers, today);
  },
};

/** Each grant in two tranches; the first is paid for all, the second for the finished ones, with the teams' reports. */
async function grantsUnderWay(ctx: DemoContext, numbers: Map<string, string>, today: Date) {
  const granted: { number: string; project: DemoProject; grantId: string }[] = [];
  for (const [title, number] of numbers) {
    const grantId = await grantIdOf(ctx.db, DEMO_CALL.slug, number).catch(() => null);
    if (grantId) granted.push({ number, project: DEMO_CALL_PROJECTS.find((p) => p.title === title)!, grantId });
  }
  if (!granted.length) throw new Error("demo: the call has no winners");
  await ctx.clock.moveTo(at(today, -78));
  for (const { number, project, grantId } of granted) {
    await ctx.clock.pass(20);
    const half = Math.round(project.cost / 2);
    await planTranches(
      ctx.db,
      actor(ctx, "marta"),
      grantId,
      TrancheInput.parse({
        tranches: [
          { milestone: "Agreement signed", amount: half },
          { milestone: "Works finished and shown", amount: project.cost - half },
        ],
      }),
    );
    await ctx.clock.pass(4);
    await payTranche(ctx.db, actor(ctx, "tomas"), await trancheIdOf(ctx.db, DEMO_CALL.slug, number, 1), {});
  }
  await ctx.clock.moveTo(at(today, -40));
  for (const [i, { number, project, grantId }] of granted.entries()) {
    await ctx.clock.pass(30);
    const done = i % 3 === 0;
    await reportProgress(
      ctx.db,
      actor(ctx, project.by),
      grantId,
      ReportInput.parse({
        body: done
          ? `Finished: ${project.title.toLowerCase()} is open to everyone.`
          : `Under way: the works for ${project.title.toLowerCase()} started this month.`,
        progress: done ? 100 : 40 + (i % 3) * 20,
        evidence: [`https://riverton.example.org/budget/2026/${number}`],
      }),
    );
    if (done) {
      await ctx.clock.pass(2);
      await payTranche(ctx.db, actor(ctx, "tomas"), await trancheIdOf(ctx.db, DEMO_CALL.slug, number, 2), {});
    }
  }
}
