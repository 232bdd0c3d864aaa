import { and, eq, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import { constraintOf, pgError } from "../../db/errors.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { now } from "../../now.ts";
import { recordActivity } from "../activity/service.ts";
import { commons } from "../commons/schema.ts";
import { findCommons } from "../commons/service.ts";
import { contributions } from "../contributions/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { findOrganization, lockedStanding } from "../organizations/service.ts";
import type { NeedPatch, NewNeed } from "./inputs.ts";
import { t } from "./messages.ts";
import {
  authorizeEditNeed,
  authorizeLink,
  authorizePostNeed,
  authorizeProgress,
  authorizeSignedIn,
  authorizeStepBack,
  authorizeTakeUp,
  type NeedRelation,
} from "./policy.ts";
import { needLinks, needRemoteTakers, needs, needTakers, needUpdates } from "./schema.ts";

export type Need = typeof needs.$inferSelect;

/** Where a need lives, and which organization's maintainers look after it (and whose feed shows it). */
export interface NeedScope {
  kind: "commons" | "organization";
  id: string;
  slug: string;
  maintainerOrgId: string;
}

export type NeedTarget = { commons: string } | { organization: string };

/** Freshness only moves forward, even when a transaction that started earlier commits later. */
const fresh = sql`greatest(${needs.activeAt}, now())`;

/** The database's refusals a link can meet, as the conflict each stands for. */
const LINK_CONFLICTS: Record<string, () => AppError> = {
  need_links_contribution_id_contributions_id_fk: () => AppError.conflict(t("contributionGone"), "body.contribution"),
};

async function targetScope(tx: Executor, target: NeedTarget): Promise<NeedScope> {
  if ("commons" in target) {
    const c = await findCommons(tx, target.commons);
    return { kind: "commons", id: c.id, slug: c.slug, maintainerOrgId: c.communityId };
  }
  const org = await findOrganization(tx, target.organization);
  return { kind: "organization", id: org.id, slug: org.slug, maintainerOrgId: org.id };
}

function scopeOfRow(r: {
  need: Need;
  commons: { slug: string; communityId: string } | null;
  organization: { id: string; slug: string } | null;
}): NeedScope {
  if (r.need.commonsId && r.commons) {
    return { kind: "commons", id: r.need.commonsId, slug: r.commons.slug, maintainerOrgId: r.commons.communityId };
  }
  if (r.organization) return { kind: "organization", id: r.organization.id, slug: r.organization.slug, maintainerOrgId: r.organization.id };
  throw new Error(`need ${r.need.id} has no scope`);
}

/**
 * Every write on a need starts here: it locks the need's row, so take-ups, closes and edits of one
 * need queue one behind the other and each sees the state the previous one left.
 */
/** The need, locked, and where it lives. */
async function lockedNeed(tx: Executor, id: string) {
  const [found] = await tx
    .select({
      need: needs,
      commons: { slug: commons.slug, communityId: commons.communityId },
      organization: { id: organizations.id, slug: organizations.slug },
    })
    .from(needs)
    .leftJoin(commons, eq(commons.id, needs.commonsId))
    .leftJoin(organizations, eq(organizations.id, needs.organizationId))
    .where(eq(needs.id, id))
    .for("update", { of: needs });
  if (!found) throw AppError.notFound(t("need"));
  return { need: found.need, scope: scopeOfRow(found) };
}

async function lockNeed(tx: Executor, id: string, actor: Actor) {
  const { need, scope } = await lockedNeed(tx, id);
  const [taker] = await tx
    .select({ personId: needTakers.personId })
    .from(needTakers)
    .where(and(eq(needTakers.needId, id), eq(needTakers.personId, actor.id)));
  const relation: NeedRelation = {
    authorId: need.authorId,
    standing: await lockedStanding(tx, scope.maintainerOrgId, actor),
    isTaker: !!taker,
  };
  return { need, scope, relation };
}

function record(tx: Executor, me: Actor | null, verb: string, need: Need, scope: NeedScope, extra: Record<string, unknown> = {}) {
  return recordActivity(tx, {
    actorId: me?.id ?? null,
    verb,
    objectType: "need",
    objectId: need.id,
    targetType: scope.kind,
    targetId: scope.id,
    organizationId: scope.maintainerOrgId,
    data: { title: need.title, type: need.type, [scope.kind]: scope.slug, ...extra },
  });
}

/** Writes `set` and moves the need up the fresh board: something happened on it. */
async function touch(tx: Executor, id: string, set: PgUpdateSetSource<typeof needs> = {}) {
  const [row] = await tx
    .update(needs)
    .set({ activeAt: fresh, ...set })
    .where(eq(needs.id, id))
    .returning();
  if (!row) throw new Error("update returned no row");
  return row;
}

export async function postNeed(db: Db, actor: Actor | null, target: NeedTarget, input: NewNeed) {
  return db.transaction(async (tx) => {
    const me = authorizePostNeed(actor);
    const scope = await targetScope(tx, target);
    const [row] = await tx
      .insert(needs)
      .values({
        type: input.type,
        commonsId: scope.kind === "commons" ? scope.id : null,
        organizationId: scope.kind === "organization" ? scope.id : null,
        title: input.title,
        body: input.body ?? "",
        tags: input.tags ?? [],
        urgency: input.urgency ?? null,
        dueOn: input.dueOn ?? null,
        authorId: me.id,
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await record(tx, me, "need.posted", row, scope);
    return row;
  });
}

export async function editNeed(db: Db, actor: Actor | null, id: string, patch: NeedPatch) {
  return db.transaction(async (tx) => {
    const me = authorizeSignedIn(actor);
    const { need, scope, relation } = await lockNeed(tx, id, me);
    authorizeEditNeed(me, relation);
    const [row] = await tx
      .update(needs)
      .set({ ...patch, updatedAt: now() })
      .where(eq(needs.id, need.id))
      .returning();
    if (!row) throw new Error("update returned no row");
    await record(tx, me, "need.updated", row, scope, { fields: Object.keys(patch) });
    return row;
  });
}

/** "I'm taking this up." The row lock makes the count exact; the primary key makes a second take-up a no-op we refuse. */
export async function takeUp(db: Db, actor: Actor | null, id: string) {
  return db.transaction(async (tx) => {
    const me = authorizeTakeUp(actor);
    const { need, scope } = await lockNeed(tx, id, me);
    if (need.status === "done") throw AppError.conflict(t("doneTakeUp"));
    const [taken] = await tx.insert(needTakers).values({ needId: need.id, personId: me.id }).onConflictDoNothing().returning();
    if (!taken) throw AppError.conflict(t("alreadyTakenUp"));
    const row = await touch(tx, need.id, { takerCount: sql`${needs.takerCount} + 1` });
    await record(tx, me, "need.taken_up", row, scope);
    return row;
  });
}

/**
 * Someone on another instance takes the need up (a FEP-0837 answer to it): recorded here, once.
 * Returns the organization that answers for the need, and whether its answer is yes.
 */
export async function takeUpFromElsewhere(db: Db, id: string, taker: { uri: string; handle: string; name: string; offerUri: string }) {
  return db.transaction(async (tx) => {
    const { need, scope } = await lockedNeed(tx, id);
    // The organization answers: no to a need that is done; yes to a taker, recorded once however often they ask.
    const answer = { organizationId: scope.maintainerOrgId, accepted: need.status !== "done" };
    if (!answer.accepted) return answer;
    const [taken] = await tx
      .insert(needRemoteTakers)
      .values({ needId: need.id, actorUri: taker.uri, handle: taker.handle, name: taker.name, offerUri: taker.offerUri })
      .onConflictDoNothing()
      .returning();
    if (taken) {
      const row = await touch(tx, need.id, { takerCount: sql`${needs.takerCount} + 1` });
      await record(tx, null, "need.taken_up", row, scope, { remoteTaker: taker.handle });
    }
    return answer;
  });
}

/** Stepping back is always one's own choice; a done need keeps its takers as the record of who did it. */
export async function stepBack(db: Db, actor: Actor | null, id: string) {
  return db.transaction(async (tx) => {
    const me = authorizeStepBack(actor);
    const { need, scope } = await lockNeed(tx, id, me);
    if (need.status === "done") throw AppError.conflict(t("doneTakers"));
    const [gone] = await tx
      .delete(needTakers)
      .where(and(eq(needTakers.needId, need.id), eq(needTakers.personId, me.id)))
      .returning();
    if (!gone) throw AppError.conflict(t("notTakenUp"));
    const [row] = await tx
      .update(needs)
      .set({ takerCount: sql`${needs.takerCount} - 1` })
      .where(eq(needs.id, need.id))
      .returning();
    if (!row) throw new Error("update returned no row");
    await record(tx, me, "need.stepped_back", row, scope);
    return row;
  });
}

export async function postProgress(db: Db, actor: Actor | null, id: string, body: string) {
  return db.transaction(async (tx) => {
    const me = authorizeSignedIn(actor);
    const { need, scope, relation } = await lockNeed(tx, id, me);
    authorizeProgress(me, relation);
    const [update] = await tx.insert(needUpdates).values({ needId: need.id, authorId: me.id, body }).returning({ id: needUpdates.id });
    if (!update) throw new Error("insert returned no row");
    const row = await touch(tx, need.id);
    await record(tx, me, "need.progress", row, scope, { updateId: update.id });
    return row;
  });
}

export async function linkContribution(db: Db, actor: Actor | null, id: string, contributionId: string) {
  try {
    return await db.transaction(async (tx) => {
      const me = authorizeSignedIn(actor);
      const { need, scope, relation } = await lockNeed(tx, id, me);
      const [contribution] = await tx
        .select({ id: contributions.id, title: contributions.title, commonsId: contributions.commonsId, authorId: contributions.authorId })
        .from(contributions)
        .where(eq(contributions.id, contributionId));
      if (!contribution) throw AppError.validation("body.contribution", t("noContribution"));
      if (need.commonsId && contribution.commonsId !== need.commonsId) {
        throw AppError.validation("body.contribution", t("otherCommons"));
      }
      authorizeLink(me, relation, contribution.authorId);
      const [link] = await tx
        .insert(needLinks)
        .values({ needId: need.id, contributionId: contribution.id, linkedBy: me.id })
        .onConflictDoNothing()
        .returning();
      if (!link) throw AppError.conflict(t("alreadyLinked"), "body.contribution");
      const row = await touch(tx, need.id);
      await record(tx, me, "need.linked", row, scope, { contributionId: contribution.id, contribution: contribution.title });
      return row;
    });
  } catch (err) {
    const e = pgError(err);
    const conflict = e?.code === "23503" ? LINK_CONFLICTS[constraintOf(e) ?? ""] : undefined;
    throw conflict ? conflict() : err;
  }
}

export async function closeNeed(db: Db, actor: Actor | null, id: string, note: string | undefined) {
  return db.transaction(async (tx) => {
    const me = authorizeSignedIn(actor);
    const { need, scope, relation } = await lockNeed(tx, id, me);
    authorizeEditNeed(me, relation);
    if (need.status === "done") throw AppError.conflict(t("alreadyDone"));
    const closedAt = now();
    const [row] = await tx
      .update(needs)
      .set({ status: "done", closedBy: me.id, closedAt, closeNote: note ?? "", updatedAt: closedAt })
      .where(eq(needs.id, need.id))
      .returning();
    if (!row) throw new Error("update returned no row");
    await record(tx, me, "need.closed", row, scope);
    return row;
  });
}

export async function reopenNeed(db: Db, actor: Actor | null, id: string) {
  return db.transaction(async (tx) => {
    const me = authorizeSignedIn(actor);
    const { need, scope, relation } = await lockNeed(tx, id, me);
    authorizeEditNeed(me, relation);
    if (need.status === "open") throw AppError.conflict(t("alreadyOpen"));
    const row = await touch(tx, need.id, { status: "open", closedBy: null, closedAt: null, closeNote: "", updatedAt: now() });
    await record(tx, me, "need.reopened", row, scope);
    return row;
  });
}
