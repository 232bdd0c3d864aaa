import { asc, eq, like, or, sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { recordActivity } from "../activity/service.ts";
import { t } from "./messages.ts";
import { authorizeBlocks } from "./policy.ts";
import { federationBlocks, remoteFollowers } from "./schema.ts";

const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::\d{1,5})?$/;

/** A block's target as stored: a host (an instance) or an actor's https address. */
export function blockTarget(input: string): { kind: "instance" | "actor"; target: string } {
  const raw = input.trim();
  if (/^https?:\/\//i.test(raw)) {
    const url = URL.canParse(raw) ? new URL(raw) : null;
    if (!url || url.pathname === "/") throw AppError.validation("body.target", t("blockTarget"));
    url.hash = "";
    return { kind: "actor", target: url.href };
  }
  const host = raw.toLowerCase();
  if (!HOST.test(host)) throw AppError.validation("body.target", t("blockTarget"));
  return { kind: "instance", target: host };
}

/**
 * Blocks an instance or an actor: their follows of local actors end (nothing more is sent to them) and
 * the inboxes refuse them from now on. Blocking again changes the reason.
 */
export async function block(db: Db, actor: Actor | null, input: { target: string; reason?: string }) {
  return writeBlock(db, authorizeBlocks(actor).id, input);
}

/** The block itself, by the admin `byId`, or by the instance's operator at the command line (null). */
export async function writeBlock(db: Db, byId: string | null, input: { target: string; reason?: string }) {
  const { kind, target } = blockTarget(input.target);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(federationBlocks)
      .values({ target, kind, reason: input.reason ?? "" })
      .onConflictDoUpdate({ target: federationBlocks.target, set: { reason: input.reason ?? "" } })
      .returning();
    const host = kind === "instance" ? target : new URL(target).host;
    await tx
      .delete(remoteFollowers)
      .where(
        kind === "instance"
          ? or(like(remoteFollowers.followerUri, `https://${host}/%`), like(remoteFollowers.followerUri, `http://${host}/%`))
          : eq(remoteFollowers.followerUri, target),
      );
    if (byId) {
      await recordActivity(tx, {
        actorId: byId,
        verb: "federation.blocked",
        objectType: "instance",
        objectId: byId,
        visibility: "private",
        data: { kind, target },
      });
    }
    if (!row) throw new Error("the block was not written");
    return row;
  });
}

export async function unblock(db: Db, actor: Actor | null, input: string) {
  authorizeBlocks(actor);
  return removeBlock(db, input);
}

export async function removeBlock(db: Executor, input: string) {
  const { target } = blockTarget(input);
  const [row] = await db.delete(federationBlocks).where(eq(federationBlocks.target, target)).returning();
  if (!row) throw AppError.notFound(t("block"));
  return row;
}

export async function listBlocks(db: Executor, actor: Actor | null) {
  authorizeBlocks(actor);
  return allBlocks(db);
}

export const allBlocks = (db: Executor) => db.select().from(federationBlocks).orderBy(asc(federationBlocks.createdAt));

/** Whether an actor's address (or its whole instance) is blocked. */
export async function isBlocked(db: Executor, actorUri: string | URL): Promise<boolean> {
  const url = new URL(actorUri);
  url.hash = "";
  const [row] = await db
    .select({ target: federationBlocks.target })
    .from(federationBlocks)
    .where(or(eq(federationBlocks.target, url.host), eq(federationBlocks.target, url.href)))
    .limit(1);
  return !!row;
}

/** The instances whose deliveries from here keep failing: outgoing messages already retried, by inbox. */
export async function failingInboxes(db: Executor) {
  return rowsOf<{ inbox: string; waiting: number; attempts: number }>(
    db,
    sql`select message->>'inbox' as inbox, count(*)::int as waiting, max((message->>'attempt')::int)::int as attempts
          from federation_queue where message->>'type' = 'outbox' and coalesce((message->>'attempt')::int, 0) > 0
          group by 1 order by 3 desc, 1`,
  );
}
