import { and, count, eq, getTableColumns } from "drizzle-orm";
import { z } from "zod";
import { CursorTime, exactTime, keyset } from "../../db/keyset.ts";
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

const oldestFirst = keyset(
  [
    { column: remoteFollowers.createdAt, type: "timestamptz" },
    { column: remoteFollowers.followerUri, type: "text" },
  ],
  "asc",
);

/**
 * A page of an actor's accepted followers, oldest first, after the cursor's follower (the collection's
 * cursor is the last row's exact time and address, so a follow arriving meanwhile shifts nothing).
 */
export async function followersPage(db: Executor, actorId: string, after: readonly [string, string] | null, limit: number) {
  return db
    .select({ ...getTableColumns(remoteFollowers), cursorTime: exactTime(remoteFollowers.createdAt) })
    .from(remoteFollowers)
    .where(and(accepted(actorId), oldestFirst.after(after)))
    .orderBy(...oldestFirst.orderBy)
    .limit(limit);
}

const Cursor = z.tuple([CursorTime, z.string().url()]);

/** The collection's cursor, read back; null for one that is not (Fedify then answers 404). */
export function followersCursor(cursor: string): readonly [string, string] | null | undefined {
  if (cursor === "") return null;
  try {
    return Cursor.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    return undefined;
  }
}

export const nextFollowersCursor = (row: { cursorTime: string; followerUri: string }) =>
  Buffer.from(JSON.stringify([row.cursorTime, row.followerUri])).toString("base64url");

export async function followerCount(db: Executor, actorId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(remoteFollowers).where(accepted(actorId));
  return row?.n ?? 0;
}
