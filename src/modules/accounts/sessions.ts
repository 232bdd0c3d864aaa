import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { daysAfter, hoursAfter } from "../../calendar.ts";
import { prepared } from "../../db/prepared.ts";
import type { Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { now } from "../../now.ts";
import { apiTokens, people, sessions } from "./schema.ts";
import { API_TOKEN_PREFIX, randomToken, sha256 } from "./secrets.ts";
import { keepsSignIns, type SignIn, signIns } from "./signed-in-cache.ts";

export interface NewSession {
  /** The secret for the cookie; only its hash is stored. */
  token: string;
  id: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(tx: Executor, personId: string, ttlDays: number): Promise<NewSession> {
  const token = randomToken();
  const id = sha256(token);
  const csrfToken = randomToken(24);
  const expiresAt = daysAfter(now(), ttlDays);
  await tx.insert(sessions).values({ id, personId, csrfToken, expiresAt });
  return { token, id, csrfToken, expiresAt };
}

const actorColumns = {
  id: people.id,
  handle: people.handle,
  name: people.name,
  isAdmin: people.isAdmin,
  // Read with the actor so that the instance's "verified accounts only" rule costs no query of its own (policy.ts).
  unverifiedWhileRequired: sql<boolean>`(${people.emailVerifiedAt} is null and coalesce((select require_verified_email from instance where id = 1), false))`,
};

/** Reads through the kept sign-ins (signed-in-cache.ts) while this process hears their changes. */
function throughKept(db: Executor, key: string, read: () => Promise<SignIn | null>): Promise<SignIn | null> {
  return keepsSignIns(db) ? signIns(db).get(key, read) : read();
}

export async function actorFromSession(db: Executor, token: string) {
  const id = sha256(token);
  const found = await throughKept(db, `session:${id}`, async () => {
    const lookup = prepared(db, "actor_from_session", () =>
      db
        .select({ ...actorColumns, csrfToken: sessions.csrfToken, expiresAt: sessions.expiresAt })
        .from(sessions)
        .innerJoin(people, eq(people.id, sessions.personId))
        .where(and(eq(sessions.id, sql.placeholder("id")), gt(sessions.expiresAt, sql`triarchy_now()`)))
        .limit(1)
        .prepare("actor_from_session"),
    );
    const [row] = await lookup.execute({ id });
    if (!row) return null;
    const { csrfToken, unverifiedWhileRequired, expiresAt, ...actor } = row;
    return { actor: actor satisfies Actor, unverifiedWhileRequired, csrfToken, expiresAt };
  });
  if (!found?.csrfToken || !found.expiresAt || found.expiresAt <= now()) return null;
  return { actor: found.actor, unverifiedWhileRequired: found.unverifiedWhileRequired, sessionId: id, csrfToken: found.csrfToken };
}

export async function actorFromApiToken(db: Executor, token: string) {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const hash = sha256(token);
  const found = await throughKept(db, `token:${hash}`, async () => {
    const lookup = prepared(db, "actor_from_api_token", () =>
      db
        .select({ ...actorColumns, tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt })
        .from(apiTokens)
        .innerJoin(people, eq(people.id, apiTokens.personId))
        .where(and(eq(apiTokens.tokenHash, sql.placeholder("hash")), isNull(apiTokens.revokedAt)))
        .limit(1)
        .prepare("actor_from_api_token"),
    );
    const [row] = await lookup.execute({ hash });
    if (!row) return null;
    const { tokenId, lastUsedAt, unverifiedWhileRequired, ...actor } = row;
    return { actor: actor satisfies Actor, unverifiedWhileRequired, tokenId, lastUsedAt };
  });
  if (!found?.tokenId) return null;
  // Last use is shown to the owner to the nearest hour; writing it on every request would make reads into writes.
  const at = now();
  if (!found.lastUsedAt || at > hoursAfter(found.lastUsedAt, 1)) {
    found.lastUsedAt = at;
    await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, found.tokenId));
  }
  return { actor: found.actor, unverifiedWhileRequired: found.unverifiedWhileRequired };
}

export async function deleteSession(tx: Executor, id: string) {
  await tx.delete(sessions).where(eq(sessions.id, id));
}
