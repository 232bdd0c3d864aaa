import { sql } from "drizzle-orm";
import { integrityProblem } from "../../db/errors.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { now } from "../../now.ts";
import { recordActivity } from "../activity/service.ts";
import { createOrganization, lockedStanding } from "../organizations/service.ts";
import type { ForkRequest } from "./inputs.ts";
import { t } from "./messages.ts";
import { authorizeParticipate, authorizeSteward } from "./policy.ts";
import { commons } from "./schema.ts";
import { COMMONS_CONFLICTS, type Commons, findCommons, organizationOfKind } from "./service.ts";

export const FORK_CONFLICTS = {
  ...COMMONS_CONFLICTS,
  organizations_slug_key: { path: "body.newCommunity.slug", message: t("organizationSlugTaken") },
};

/** The community that will hold the fork: one the actor stewards, or a new one they found now. */
export async function forkHome(tx: Db, actor: Actor, input: ForkRequest) {
  if (input.newCommunity) {
    return createOrganization(tx, actor, { ...input.newCommunity, kind: "community" });
  }
  const community = await organizationOfKind(tx, input.community ?? "", "community", "body.community");
  authorizeSteward(actor, await lockedStanding(tx, community.id, actor));
  return community;
}

/**
 * Copies every document with its full history. Revisions keep their author, time, message and
 * content (blobs are shared by hash, so nothing is duplicated) and point at the origin revision
 * they copy; the insert runs in revision order, as the database's sequence check requires.
 */
async function copyDocuments(tx: Executor, from: Commons, to: Commons) {
  await tx.execute(sql`
    insert into documents (commons_id, path, title, format, forked_from_document_id, forked_from_revision, created_at)
    select ${to.id}, d.path, d.title, d.format, d.id, d.head, d.created_at
    from documents d where d.commons_id = ${from.id} and d.head > 0`);
  await tx.execute(sql`
    insert into revisions (document_id, number, blob_hash, author_id, message, lines_added, lines_removed, upstream_revision_id, created_at)
    select nd.id, r.number, r.blob_hash, r.author_id, r.message, r.lines_added, r.lines_removed, r.id, r.created_at
    from documents nd
    join revisions r on r.document_id = nd.forked_from_document_id and r.number <= nd.forked_from_revision
    where nd.commons_id = ${to.id}
    order by nd.id, r.number`);
}

/** Anyone signed in may fork a commons into a community they steward — the counterpower to maintainers. */
export async function forkCommons(db: Db, actor: Actor | null, slug: string, input: ForkRequest) {
  try {
    return await db.transaction(async (tx) => {
      const me = authorizeParticipate(actor);
      const origin = await findCommons(tx, slug);
      const home = await forkHome(tx, me, input);
      const [fork] = await tx
        .insert(commons)
        .values({
          slug: input.slug,
          title: input.title ?? origin.title,
          summary: origin.summary,
          licence: origin.licence,
          communityId: home.id,
          tags: origin.tags,
          forkedFromId: origin.id,
          forkedAt: now(),
          createdBy: me.id,
        })
        .returning();
      if (!fork) throw new Error("insert returned no row");
      await copyDocuments(tx, origin, fork);
      await recordActivity(tx, {
        actorId: me.id,
        verb: "commons.forked",
        objectType: "commons",
        objectId: fork.id,
        targetType: "commons",
        targetId: origin.id,
        organizationId: home.id,
        data: { slug: fork.slug, title: fork.title, origin: origin.slug },
      });
      return fork;
    });
  } catch (err) {
    throw integrityProblem(err, FORK_CONFLICTS) ?? err;
  }
}
