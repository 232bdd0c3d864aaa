import { NewNeedInput } from "../modules/needs/inputs.ts";
import type { URGENCIES } from "../modules/needs/schema.ts";
import { closeNeed, linkContribution, postNeed, postProgress, takeUp } from "../modules/needs/service.ts";
import { actor, type DemoContext, type DemoStep, idOf } from "./context.ts";
import { DEMO_COMMONS } from "./documents.ts";

/**
 * A need or an offer on the board of the commons (or of an organization), and what became of it:
 * who took it up, progress they reported, contributions linked to it, and whether it is done.
 * Due dates are days from the day the demo loads, since the board refuses a due date in the past.
 */
interface DemoNeed {
  key: string;
  by: string;
  on?: { organization: string };
  type: "need" | "offer";
  title: string;
  body: string;
  tags?: string[];
  urgency?: (typeof URGENCIES)[number];
  dueInDays?: number;
  takers?: string[];
  progress?: { by: string; body: string }[];
  /** Keys of contributions (see commons.ts, work.ts) that answer it, linked by the first taker or the author. */
  links?: string[];
  done?: { by: string; note: string };
}

export const DEMO_NEEDS: DemoNeed[] = [
  {
    key: "clay trials",
    by: "ada",
    type: "need",
    title: "Field-test the seed metering on heavy clay",
    body: "The drill over-sows beans on clay (see the field-trial log). We need two more plots sown and measured before the spring build, ideally with the 19-tooth sprocket.",
    tags: ["field-trials", "clay"],
    urgency: "high",
    dueInDays: 30,
    takers: ["hugo", "dmitri"],
    progress: [
      {
        by: "hugo",
        body: "Plot C is ploughed and the drill is calibrated with the new sprocket: 203 kg/ha on the bench for a 200 kg/ha target. Sowing next dry day.",
      },
    ],
    links: ["contribution:Field trial: field beans on clay, plot C"],
  },
  {
    key: "portuguese guide",
    by: "grace",
    type: "need",
    title: "Translate the assembly guide into Portuguese",
    body: "Two cooperatives near Braga want to build the drill. The guide is about 1,500 words; the safety notes should come first.",
    tags: ["translation"],
    urgency: "normal",
    takers: ["joao"],
  },
  {
    key: "seed plate drawings",
    by: "lena",
    type: "need",
    title: "Drawings for the three seed plates",
    body: "The bill of materials names SP-01 to SP-03 but the drawings only exist as sketches.",
    tags: ["drawings", "metering"],
    urgency: "normal",
    takers: ["lena"],
    links: ["contribution:Seed-plate drawings SP-01 to SP-03"],
    done: { by: "lena", note: "SP-01 to SP-03 are drawn and linked from the bill of materials." },
  },
  {
    key: "proofread safety",
    by: "grace",
    type: "need",
    title: "Proofread the safety notes",
    body: "A fresh pair of eyes on the safety notes before we print them for the build days.",
    tags: ["documentation"],
    urgency: "low",
  },
  {
    key: "welding time",
    by: "rosa",
    type: "offer",
    title: "Welding time at Furrow Works on Saturdays",
    body: "Our bay and a MIG welder are free on Saturday mornings. Bring your cut steel; one of us will be there to help and check the frame is square.",
    tags: ["welding", "workshop"],
    takers: ["sam", "felix"],
  },
  {
    key: "laser cutting",
    by: "dmitri",
    type: "offer",
    title: "Laser-cutting seed plates and hitch plates at cost",
    body: "Harrow's laser is idle on Fridays. Send a DXF and we cut the plates at material cost.",
    tags: ["laser-cutting"],
  },
  {
    key: "build kit steel",
    by: "kofi",
    on: { organization: "open-farm-tools-foundation" },
    type: "need",
    title: "Steel for ten build kits",
    body: "The foundation has voted €2,400 for ten kits. We need a supplier who can cut to length and deliver to the library workshop before the build weekend.",
    tags: ["build-kits", "suppliers"],
    urgency: "critical",
    dueInDays: 14,
    takers: ["amara"],
  },
  {
    key: "builders list",
    by: "dmitri",
    on: { organization: "open-farm-tools-foundation" },
    type: "need",
    title: "A list of everyone who builds and sells the drill",
    body: "For the foundation's website, as Ada suggested when she declined my edit to the guide: workshops, cooperatives and companies, with a contact each.",
    tags: ["website"],
    urgency: "low",
  },
];

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function post(ctx: DemoContext, n: DemoNeed) {
  const input = NewNeedInput.parse({
    type: n.type,
    title: n.title,
    body: n.body,
    tags: n.tags,
    urgency: n.urgency,
    dueOn: n.dueInDays === undefined ? undefined : inDays(n.dueInDays),
  });
  await ctx.clock.pass(40);
  const need = await postNeed(ctx.db, actor(ctx, n.by), n.on ?? { commons: DEMO_COMMONS.slug }, input);
  ctx.ids.set(`need:${n.key}`, need.id);
  for (const t of n.takers ?? []) {
    await ctx.clock.pass(10);
    await takeUp(ctx.db, actor(ctx, t), need.id);
  }
  for (const p of n.progress ?? []) {
    await ctx.clock.pass(30);
    await postProgress(ctx.db, actor(ctx, p.by), need.id, p.body);
  }
  for (const key of n.links ?? []) await linkContribution(ctx.db, actor(ctx, n.takers?.[0] ?? n.by), need.id, idOf(ctx, key));
  if (n.done) {
    await ctx.clock.pass(48);
    await closeNeed(ctx.db, actor(ctx, n.done.by), need.id, n.done.note);
  }
}

export const needsStep: DemoStep = {
  name: "needs board",
  from: "2026-08-17T09:00:00Z",
  async run(ctx) {
    for (const n of DEMO_NEEDS) await post(ctx, n);
  },
};
