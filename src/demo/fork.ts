import { forkCommons } from "../modules/commons/fork.ts";
import { proposeUpstream } from "../modules/contributions/upstream.ts";
import { changeRole, join } from "../modules/memberships/service.ts";
import { updateOrganization } from "../modules/organizations/service.ts";
import { headOf, runEdits, settle } from "./commons.ts";
import { actor, type DemoStep } from "./context.ts";
import { DEMO_COMMONS } from "./documents.ts";
import type { DemoEdit } from "./history.ts";

/** Furrow Works' makers fork the drill into a community of their own, to build it for their customers. */
export const DEMO_FORK = {
  by: "rosa",
  slug: "open-seed-drill-furrow",
  title: "Open Seed Drill — Furrow Works edition",
  community: {
    slug: "furrow-makers",
    name: "Furrow Works Makers",
    description:
      "The people who build Open Seed Drills at Furrow Works for farms around Riverton, and the changes that make them quicker to build in a shop.",
  },
  members: [
    { handle: "joao", role: "maintainer" as const },
    { handle: "wei", role: "member" as const },
  ],
};

/** Changes made in the fork; the last one, the welding jig, is proposed back upstream. */
export const FORK_EDITS: DemoEdit[] = [
  {
    doc: "bill-of-materials.md",
    by: "wei",
    title: "Frame tube from Riverton Steel, cut to length",
    changes: [
      {
        find: "| 2 | Side rail | 50 × 50 × 3 mm square tube, 1,500 mm | |",
        replace: "| 2 | Side rail | 50 × 50 × 3 mm square tube, 1,500 mm | Riverton Steel cuts to length for €2 a cut |",
      },
    ],
    outcome: { accept: "rosa" },
  },
  {
    doc: "assembly-guide.md",
    by: "joao",
    title: "Welding jig for the frame",
    kind: "design",
    changes: [
      {
        find: "4. Weld in short runs, alternating sides, so the frame does not pull out of square.",
        replace:
          "4. Weld in short runs, alternating sides, so the frame does not pull out of square.\n5. Building more than one drill? Clamp the rails in the welding jig (drawing JIG-01): it holds the frame square while you weld and saves an hour per frame.",
      },
    ],
    outcome: { accept: "rosa" },
  },
];

export const UPSTREAM = {
  by: "joao",
  doc: "assembly-guide.md",
  title: "Welding jig for the frame, from the Furrow Works edition",
  description: "We have built eleven frames with this jig at Furrow Works. Drawing JIG-01 is in our fork's files.",
  supporters: ["wei", "hugo"],
};

export const forkStep: DemoStep = {
  name: "fork",
  from: "2026-04-13T08:00:00Z",
  async run(ctx) {
    const f = DEMO_FORK;
    const { description, ...community } = f.community;
    await forkCommons(ctx.db, actor(ctx, f.by), DEMO_COMMONS.slug, { slug: f.slug, title: f.title, newCommunity: community });
    await updateOrganization(ctx.db, actor(ctx, f.by), community.slug, { description });
    for (const m of f.members) {
      await ctx.clock.pass(12);
      await join(ctx.db, actor(ctx, m.handle), community.slug);
      if (m.role !== "member") await changeRole(ctx.db, actor(ctx, f.by), community.slug, m.handle, m.role);
    }
    await runEdits(ctx, f.slug, FORK_EDITS);
    const u = UPSTREAM;
    await ctx.clock.pass(72);
    const head = await headOf(ctx, f.slug, u.doc);
    const c = await proposeUpstream(ctx.db, actor(ctx, u.by), f.slug, u.doc, head.number, { title: u.title, description: u.description });
    await settle(ctx, c, u.by, { pending: true }, u.supporters);
    ctx.ids.set("contribution:upstream", c.id);
  },
};
