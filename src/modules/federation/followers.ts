import { and, asc, count, eq } from "drizzle-orm";
import type { Executor } from "../../db/types.ts";
import { remoteFollowers } from "./schema.ts";

export type NewFollower = {
  actorId: string;
  followerUri: string;
  handle: string;
  name: string;
  inbox: string;
  sharedInbox: string | null;
  followId: string;
  status: "pending" | "accepted";
};

/** Records a remote follow (again: a repeated Follow replaces the earlier one, keeping an acceptance). */
export async function recordFollower(db: Executor, f: NewFollower): Promise<"pending" | "accepted"> {
  const [row] = await db
    .insert(remoteFollowers)
    .values(f)
    .onConflictDoUpdate({
      target: [remoteFollowers.actorId, remoteFollowers.followerUri],
      set: { handle: f.handle, name: f.name, inbox: f.inbox, sharedInbox: f.sharedInbox, followId: f.followId },
    })
    .returning({ status: remoteFollowers.status });
  return row?.status ?? f.status;
}

export async function removeFollower(db: Executor, actorId: string, followerUri: string): Promise<void> {
  await db.delete(remoteFollowers).where(and(eq(remoteFollowers.actorId, actorId), eq(remoteFollowers.followerUri, followerUri)));
}

const accepted = (actorId: string) => and(eq(remoteFollowers.actorId, actorId), eq(remoteFollowers.status, "accepted"));

/** A page of an actor's accepted followers, oldest first (`offset` is the collection's cursor). */
export async function followersPage(db: Executor, actorId: string, offset: number, limit: number) {
  return db
    .select()
    .from(remoteFollowers)
    .where(accepted(actorId))
    .orderBy(asc(remoteFollowers.createdAt), asc(remoteFollowers.followerUri))
    .offset(offset)
    .limit(limit);
}

export async function followerCount(db: Executor, actorId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(remoteFollowers).where(accepted(actorId));
  return row?.n ?? 0;
}
