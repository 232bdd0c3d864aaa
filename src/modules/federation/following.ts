import type { Context } from "@fedify/fedify";
import { Follow, isActor, Undo } from "@fedify/vocab";
import { and, desc, eq } from "drizzle-orm";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { requireActor } from "../accounts/policy.ts";
import { isBlocked } from "./blocks.ts";
import { lookupRemote } from "./lookup.ts";
import { t } from "./messages.ts";
import { remoteFollowing } from "./schema.ts";

/** `@name@host` (or `name@host`), as people write a handle from another instance. */
export const REMOTE_HANDLE = /^@?([^@\s/]+)@([a-z0-9.-]+(?::\d+)?)$/i;

/** A handle as stored: `@name@host`, the host in lower case; the same for following and unfollowing. */
function writtenHandle(handle: string, field = "body.handle"): string {
  const match = REMOTE_HANDLE.exec(handle.trim());
  if (!match) throw AppError.validation(field, t("handleForm"));
  return `@${match[1]}@${match[2]?.toLowerCase()}`;
}

/**
 * A person or an organization on another instance, found by its handle through WebFinger; refused
 * (naming `field`) if it is not one, lives here, or is blocked.
 */
export async function findRemoteActor(db: Executor, ctx: Context<null>, handle: string, field = "body.handle") {
  // An actor's (or its page's) address serves as well as a handle: WebFinger is asked over https only.
  const address = /^https?:\/\//i.test(handle.trim()) && URL.canParse(handle.trim()) ? handle.trim() : null;
  let written = address ?? writtenHandle(handle, field);
  const remote = await lookupRemote(ctx, written).catch(() => {
    throw AppError.validation(field, t("unreachable", { handle: written }));
  });
  if (!remote) throw AppError.validation(field, t("nobodyThere", { handle: written }));
  if (!isActor(remote) || !remote.id || !remote.inboxId) throw AppError.validation(field, t("notAnActor", { handle: written }));
  if (remote.id.origin === ctx.canonicalOrigin) throw AppError.validation(field, t("ownInstance", { handle: written }));
  if (await isBlocked(db, remote.id)) throw AppError.validation(field, t("blocked", { handle: written }));
  if (address) written = `@${remote.preferredUsername ?? "?"}@${remote.id.host}`;
  return { remote, id: remote.id, written };
}

/**
 * A local person follows a remote actor (a person or an organization on another instance), found by
 * its handle through WebFinger. The follow waits for the remote side's Accept (`inbox.ts`).
 */
export async function followRemote(db: Db, ctx: Context<null>, actor: Actor | null, handle: string) {
  const me = requireActor(actor);
  const { remote, id, written } = await findRemoteActor(db, ctx, handle);
  const followId = new URL(`#follows/${crypto.randomUUID()}`, ctx.getActorUri(me.id));
  const [row] = await db
    .insert(remoteFollowing)
    .values({
      personId: me.id,
      actorUri: id.href,
      handle: written,
      name: String(remote.name ?? ""),
      followId: followId.href,
      status: "pending",
    })
    .onConflictDoUpdate({
      target: [remoteFollowing.personId, remoteFollowing.actorUri],
      set: { handle: written, name: String(remote.name ?? ""), followId: followId.href, status: "pending" },
    })
    .returning();
  await ctx.sendActivity({ identifier: me.id }, remote, new Follow({ id: followId, actor: ctx.getActorUri(me.id), object: id }));
  if (!row) throw new Error("the follow was not written");
  return row;
}

/** Stops following: the row goes, and the remote side gets an Undo of the Follow. */
export async function unfollowRemote(db: Db, ctx: Context<null>, actor: Actor | null, handle: string) {
  const me = requireActor(actor);
  const [row] = await db
    .delete(remoteFollowing)
    .where(and(eq(remoteFollowing.personId, me.id), eq(remoteFollowing.handle, writtenHandle(handle))))
    .returning();
  if (!row) throw AppError.notFound(t("notFollowing", { handle }));
  const remote = await lookupRemote(ctx, row.actorUri).catch(() => null);
  if (remote && isActor(remote)) {
    const self = ctx.getActorUri(me.id);
    await ctx.sendActivity(
      { identifier: me.id },
      remote,
      new Undo({
        id: new URL(`#undo/${crypto.randomUUID()}`, self),
        actor: self,
        object: new Follow({ id: new URL(row.followId), actor: self, object: new URL(row.actorUri) }),
      }),
    );
  }
  return row;
}

export async function myRemoteFollowing(db: Executor, actor: Actor | null) {
  const me = requireActor(actor);
  return db.select().from(remoteFollowing).where(eq(remoteFollowing.personId, me.id)).orderBy(desc(remoteFollowing.createdAt));
}

/** The remote side accepted (or refused) a follow this instance sent. */
export async function followAnswered(db: Executor, followId: string, actorUri: string, accepted: boolean) {
  const where = and(eq(remoteFollowing.followId, followId), eq(remoteFollowing.actorUri, actorUri));
  if (accepted) await db.update(remoteFollowing).set({ status: "accepted" }).where(where);
  else await db.delete(remoteFollowing).where(where);
}
