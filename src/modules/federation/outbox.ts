import type { Context, Federation } from "@fedify/fedify";
import { isActor } from "@fedify/vocab";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/types.ts";
import { every } from "../../every.ts";
import type { Logger } from "../../logger.ts";
import { type LogBatch, moveLogReader, readLog } from "../activity/log-reader.ts";
import { commons } from "../commons/schema.ts";
import { contributions } from "../contributions/schema.ts";
import { lookupRemote } from "./lookup.ts";
import { announcementOf, type LoggedRow } from "./objects.ts";
import { answerOffer } from "./offers.ts";

/** Rows read at a time; most are skipped (members-only, or an organization nobody elsewhere follows). */
const BATCH = 500;

/**
 * Reads the activity log and hands each public row of a followed organization to Fedify's queue, to
 * be delivered to its followers' (shared) inboxes. It runs in the server process, never in the
 * request that wrote the row, so federation costs that request nothing. The reader moves on after
 * the rows are queued: a crash in between queues them again, and each receiving inbox drops an
 * activity it already took in (by its id).
 */
export async function publishBatch(db: Db, federation: Federation<null>, origin: string): Promise<number> {
  const batch: LogBatch<Omit<LoggedRow, "id"> & { followed: boolean; answersOffer: boolean }> | null = await db.transaction((tx) =>
    readLog(
      tx,
      "federation_progress",
      sql`a.verb, a.object_type as "objectType", a.object_id as "objectId", a.organization_id as "organizationId",
          a.actor_id as "actorId", a.data, a.created_at as "createdAt",
          (a.visibility = 'public' and exists (select 1 from remote_followers f
             where f.actor_id = a.organization_id and f.status = 'accepted')) as "followed",
          (a.verb in ('contribution.accepted', 'contribution.rejected') and exists (select 1 from contributions c
             where c.id = a.object_id and c.remote_offer_uri is not null)) as "answersOffer"`,
      BATCH,
    ),
  );
  const last = batch?.rows.at(-1);
  if (!batch || !last) return 0;
  const ctx = federation.createContext(new URL(origin), null);
  for (const row of batch.rows) {
    if (row.answersOffer) await answerReviewedOffer(ctx, db, row);
    if (!row.followed) continue;
    const activity = await announcementOf(ctx, db, row);
    if (activity) await ctx.sendActivity({ identifier: row.organizationId }, "followers", activity, { preferSharedInbox: true });
  }
  await moveLogReader(db, "federation_progress", last, batch.from);
  return batch.rows.length;
}

/** A maintainer reviewed a change offered from another instance: its author there hears the answer. */
async function answerReviewedOffer(ctx: Context<null>, db: Db, row: LoggedRow) {
  const [offer] = await db
    .select({ offerUri: contributions.remoteOfferUri, authorUri: contributions.remoteAuthorUri, communityId: commons.communityId })
    .from(contributions)
    .innerJoin(commons, eq(commons.id, contributions.commonsId))
    .where(eq(contributions.id, row.objectId));
  if (!offer?.offerUri || !offer.authorUri) return;
  const author = await lookupRemote(ctx, offer.authorUri).catch(() => null);
  if (!author || !isActor(author)) return;
  const accepted = row.verb === "contribution.accepted";
  await answerOffer(ctx, offer.communityId, new URL(offer.offerUri), author, accepted, `contributions/${row.id}`);
}

/** Publishes every second (and at once), one round at a time, until stopped. */
export function startOutbox(db: Db, federation: Federation<null>, origin: string, logger: Logger, everyMs = 1_000) {
  return every(everyMs, async () => {
    try {
      while ((await publishBatch(db, federation, origin)) === BATCH) {}
    } catch (err) {
      logger.error({ err: { message: (err as Error).message } }, "failed: federation outbox");
    }
  });
}
