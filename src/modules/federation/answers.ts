import type { Context } from "@fedify/fedify";
import { Accept, Follow, Reject } from "@fedify/vocab";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { recordActivity } from "../activity/service.ts";
import { findOrganization, standingOf } from "../organizations/service.ts";
import { t } from "./messages.ts";
import { authorizeFollowers } from "./policy.ts";
import { remoteFollowers } from "./schema.ts";

/** An organization's remote followers, pending first, for its stewards. */
export async function organizationFollowers(db: Db, actor: Actor | null, slug: string) {
  const org = await findOrganization(db, slug);
  authorizeFollowers(actor, await standingOf(db, org.id, actor));
  return (
    db
      .select()
      .from(remoteFollowers)
      .where(eq(remoteFollowers.actorId, org.id))
      // Pending first: those are the ones waiting for an answer.
      .orderBy(desc(sql`${remoteFollowers.status} = 'pending'`), asc(remoteFollowers.createdAt))
  );
}

/**
 * A steward answers a remote follow of an organization that approves its members: accepted, the
 * follower starts hearing from it; refused, the follow is gone. The follower's instance is told
 * (Accept or Reject of its Follow); an activity row for the organization's members records it.
 */
export async function answerFollow(
  db: Db,
  federation: () => Context<null>,
  actor: Actor | null,
  slug: string,
  input: { follower: string; accept: boolean },
) {
  const org = await findOrganization(db, slug);
  const me = authorizeFollowers(actor, await standingOf(db, org.id, actor));
  const ctx = federation();
  const answered = await db.transaction(async (tx) => {
    const where = and(eq(remoteFollowers.actorId, org.id), eq(remoteFollowers.followerUri, input.follower));
    const [row] = input.accept
      ? await tx
          .update(remoteFollowers)
          .set({ status: "accepted" })
          .where(and(where, eq(remoteFollowers.status, "pending")))
          .returning()
      : await tx.delete(remoteFollowers).where(where).returning();
    if (!row) throw AppError.notFound(t("follower"));
    await recordActivity(tx, {
      actorId: me.id,
      verb: input.accept ? "federation.follow_accepted" : "federation.follow_refused",
      objectType: "organization",
      objectId: org.id,
      organizationId: org.id,
      visibility: "members",
      data: { handle: row.handle },
    });
    return row;
  });
  const recipient = { id: new URL(answered.followerUri), inboxId: new URL(answered.inbox) };
  const orgUri = ctx.getActorUri(org.id);
  const follow = new Follow({ id: new URL(answered.followId), actor: new URL(answered.followerUri), object: orgUri });
  const Answer = input.accept ? Accept : Reject;
  await ctx.sendActivity(
    { identifier: org.id },
    recipient,
    new Answer({ id: new URL(`#${input.accept ? "accepts" : "rejects"}/${crypto.randomUUID()}`, orgUri), actor: orgUri, object: follow }),
  );
  return answered;
}
