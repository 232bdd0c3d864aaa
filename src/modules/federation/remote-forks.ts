import type { InboxContext } from "@fedify/fedify";
import { type Collection, type Create, isActor } from "@fedify/vocab";
import { desc, eq } from "drizzle-orm";
import type { Db, Executor } from "../../db/types.ts";
import { commons } from "../commons/schema.ts";
import { findCommons } from "../commons/service.ts";
import { remoteForks } from "./schema.ts";

const COMMONS_PATH = /^\/ap\/commons\/([0-9a-f-]{36})$/;

/**
 * Someone elsewhere forked one of our commons and says so: a `Create` of their fork whose `origin`
 * is our commons. The fork must live where its creator does; it is listed with the commons' forks.
 */
export async function noteRemoteFork(db: Db, ctx: InboxContext<null>, create: Create, fork: Collection) {
  const origin = create.originId;
  const match = origin && origin.origin === ctx.canonicalOrigin ? COMMONS_PATH.exec(origin.pathname) : null;
  if (!match?.[1] || !fork.id || !create.actorId || fork.id.origin !== create.actorId.origin) return;
  const [known] = await db.select({ id: commons.id }).from(commons).where(eq(commons.id, match[1]));
  if (!known) return;
  const creator = await create.getActor(ctx);
  if (!creator?.id || !isActor(creator)) return;
  await db
    .insert(remoteForks)
    .values({
      commonsId: match[1],
      forkUri: fork.id.href,
      title: String(fork.name ?? "").slice(0, 200),
      url: fork.url instanceof URL ? fork.url.href : null,
      actorUri: creator.id.href,
      actorHandle: `@${creator.preferredUsername ?? "?"}@${creator.id.host}`,
    })
    .onConflictDoNothing();
}

/** The forks of a commons made on other instances, newest first. */
export async function remoteForksOf(db: Executor, slug: string) {
  const c = await findCommons(db, slug);
  return db.select().from(remoteForks).where(eq(remoteForks.commonsId, c.id)).orderBy(desc(remoteForks.createdAt)).limit(200);
}
