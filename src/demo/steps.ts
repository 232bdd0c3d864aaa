import type { Actor } from "../http/env.ts";
import { insertPerson, updateProfile } from "../modules/accounts/service.ts";
import { claimAffiliation, reviewAffiliation } from "../modules/affiliations/service.ts";
import { setUpInstance } from "../modules/instance/service.ts";
import { approve, changeRole, invite, join } from "../modules/memberships/service.ts";
import { createOrganization } from "../modules/organizations/service.ts";
import { DEMO_AFFILIATIONS, type DemoAffiliation } from "./affiliations.ts";
import { budgetsStep } from "./budgets.ts";
import { coalitionStep } from "./coalition.ts";
import { afterForkStep, commonsStep, conflictStep } from "./commons.ts";
import { actor, type DemoContext, type DemoStep } from "./context.ts";
import { decisionsStep, openVotesStep } from "./decisions.ts";
import { discussionsStep } from "./discussions.ts";
import { forkStep } from "./fork.ts";
import { libraryStep } from "./library.ts";
import { needsStep } from "./needs.ts";
import { DEMO_ORGANIZATIONS, type DemoMember, type DemoOrganization } from "./organizations.ts";
import { DEMO_ADMIN, DEMO_INSTANCE, DEMO_PEOPLE, type DemoPerson, signUpInput } from "./people.ts";
import { spendingStep, treasuryStep } from "./treasury.ts";
import { workStep } from "./work.ts";

export { actor, type DemoContext, type DemoStep } from "./context.ts";

const asActor = (p: { id: string; handle: string; name: string; isAdmin: boolean }): Actor => ({
  id: p.id,
  handle: p.handle,
  name: p.name,
  isAdmin: p.isAdmin,
});

async function describeThemselves(ctx: DemoContext, p: DemoPerson) {
  await updateProfile(ctx.db, actor(ctx, p.handle), { bio: p.bio });
}

export const peopleStep: DemoStep = {
  name: "people",
  from: "2025-09-01T09:00:00Z",
  async run(ctx) {
    const { admin } = await setUpInstance(
      ctx.db,
      { ...signUpInput(DEMO_ADMIN), instanceName: DEMO_INSTANCE.name, description: DEMO_INSTANCE.description },
      { ttlDays: 1, withSession: false },
    );
    ctx.people.set(admin.handle, asActor(admin));
    await describeThemselves(ctx, DEMO_ADMIN);
    for (const p of DEMO_PEOPLE) {
      await ctx.clock.pass(26);
      ctx.people.set(p.handle, asActor(await insertPerson(ctx.db, signUpInput(p))));
      await describeThemselves(ctx, p);
    }
  },
};

async function addMember(ctx: DemoContext, org: DemoOrganization, m: DemoMember) {
  await ctx.clock.pass(9);
  const steward = actor(ctx, org.founder);
  const person = actor(ctx, m.handle);
  if (m.via === "invitation") {
    await invite(ctx.db, steward, org.slug, m.handle, m.role ?? "member");
    if (!m.open) await join(ctx.db, person, org.slug);
    return;
  }
  const row = await join(ctx.db, person, org.slug);
  // The organization's join policy decides the outcome; a mismatch means the data contradicts it.
  const expected = m.via === "join" ? "active" : "pending";
  if (row.status !== expected) {
    throw new Error(`demo data: @${m.handle} joining ${org.slug} by ${m.via} became ${row.status}, not ${expected}`);
  }
  if (m.open) return;
  if (m.via === "request") await approve(ctx.db, steward, org.slug, m.handle);
  if (m.role && m.role !== "member") await changeRole(ctx.db, steward, org.slug, m.handle, m.role);
}

export const organizationsStep: DemoStep = {
  name: "organizations",
  from: "2025-10-01T10:00:00Z",
  async run(ctx) {
    for (const { founder, members, ...input } of DEMO_ORGANIZATIONS) {
      await ctx.clock.pass(60);
      await createOrganization(ctx.db, actor(ctx, founder), input);
    }
    for (const org of DEMO_ORGANIZATIONS) {
      for (const m of org.members) await addMember(ctx, org, m);
    }
  },
};

async function affiliate(ctx: DemoContext, a: DemoAffiliation) {
  const row = await claimAffiliation(ctx.db, actor(ctx, a.handle), {
    enterprise: a.enterprise,
    startsOn: a.startsOn,
    endsOn: a.endsOn ?? null,
    note: a.note,
  });
  if (a.review) await reviewAffiliation(ctx.db, actor(ctx, a.review.by), row.id, a.review.decision, a.review.note);
}

export const affiliationsStep: DemoStep = {
  name: "affiliations",
  from: "2025-11-03T11:00:00Z",
  async run(ctx) {
    for (const a of DEMO_AFFILIATIONS) {
      await ctx.clock.pass(20);
      await affiliate(ctx, a);
    }
  },
};

/**
 * In order: each step may rely on what the earlier ones created. Each begins at its own date
 * (`from`): the story's threads (the commons, the books, the decisions) run side by side.
 */
export const DEMO_STEPS: DemoStep[] = [
  peopleStep,
  organizationsStep,
  affiliationsStep,
  commonsStep,
  conflictStep,
  forkStep,
  afterForkStep,
  workStep,
  needsStep,
  discussionsStep,
  treasuryStep,
  decisionsStep,
  spendingStep,
  coalitionStep,
  libraryStep,
  budgetsStep,
  openVotesStep,
];
