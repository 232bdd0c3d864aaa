import { and, asc, eq, gt, ilike, isNull, ne, or, sql } from "drizzle-orm";
import { z } from "zod";
import { integrityProblem } from "../../db/errors.ts";
import { keyset } from "../../db/keyset.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { decodeCursor, page } from "../../http/pagination.ts";
import { now } from "../../now.ts";
import type { Language } from "../../text/messages.ts";
import { recordActivity } from "../activity/service.ts";
import { instance } from "../instance/schema.ts";
import { sendVerification } from "./email.ts";
import type { NewPerson, PasswordChange, ProfilePatch, SignIn } from "./inputs.ts";
import { t } from "./messages.ts";
import { requireActor } from "./policy.ts";
import { apiTokens, people, sessions } from "./schema.ts";
import { API_TOKEN_PREFIX, decoyHash, hashPassword, randomToken, sha256, verifyPassword } from "./secrets.ts";
import { createSession, deleteSession } from "./sessions.ts";

export type { NewPerson } from "./inputs.ts";

const PERSON_CONFLICTS = {
  people_handle_key: { path: "body.handle", message: t("handleTaken") },
  people_email_key: { path: "body.email", message: t("emailTaken") },
};

/** Inserts a person and their public "joined" activity; callers hold the transaction. */
export async function insertPerson(tx: Executor, input: NewPerson, opts: { isAdmin?: boolean; language?: Language } = {}) {
  const passwordHash = await hashPassword(input.password);
  try {
    const [person] = await tx
      .insert(people)
      .values({
        handle: input.handle,
        name: input.name,
        email: input.email,
        passwordHash,
        isAdmin: opts.isAdmin ?? false,
        language: opts.language ?? null,
      })
      .returning();
    if (!person) throw new Error("insert returned no row");
    await recordActivity(tx, {
      actorId: person.id,
      verb: "person.joined",
      objectType: "person",
      objectId: person.id,
      data: { handle: person.handle, name: person.name },
    });
    return person;
  } catch (err) {
    throw integrityProblem(err, PERSON_CONFLICTS) ?? err;
  }
}

export async function isSetUp(db: Executor): Promise<boolean> {
  const rows = await db.select({ id: instance.id }).from(instance).limit(1);
  return rows.length > 0;
}

/** Signs up in the request's language; with email on, the verification link leaves with the account's commit. */
export async function signUp(db: Db, input: NewPerson, opts: { ttlDays: number; language: Language; emailOn: boolean }) {
  return db.transaction(async (tx) => {
    if (!(await isSetUp(tx))) {
      throw new AppError(409, "setup-required", t("setupFirst"));
    }
    const person = await insertPerson(tx, input, { language: opts.language });
    if (opts.emailOn) await sendVerification(tx, person);
    const session = await createSession(tx, person.id, opts.ttlDays);
    return { person, session };
  });
}

export async function signIn(db: Db, input: SignIn, ttlDays: number) {
  const [person] = await db.select().from(people).where(eq(people.email, input.email)).limit(1);
  const ok = await verifyPassword(input.password, person?.passwordHash ?? (await decoyHash()));
  if (!person || !ok) {
    throw new AppError(401, "unauthenticated", t("wrongCredentials"), [{ path: "body.password", message: t("wrongCredentials") }]);
  }
  return db.transaction(async (tx) => {
    const session = await createSession(tx, person.id, ttlDays);
    await recordActivity(tx, {
      actorId: person.id,
      verb: "session.started",
      objectType: "person",
      objectId: person.id,
      visibility: "private",
    });
    return { person, session };
  });
}

export async function signOut(db: Db, actor: Actor, sessionId: string) {
  await db.transaction(async (tx) => {
    await deleteSession(tx, sessionId);
    await recordActivity(tx, { actorId: actor.id, verb: "session.ended", objectType: "person", objectId: actor.id, visibility: "private" });
  });
}

/** Changing the password signs out every other session, in case the old one leaked. */
export async function changePassword(db: Db, actor: Actor | null, input: PasswordChange, keepSessionId: string | null) {
  const me = requireActor(actor);
  const [person] = await db.select().from(people).where(eq(people.id, me.id));
  if (!person || !(await verifyPassword(input.currentPassword, person.passwordHash))) {
    throw AppError.validation("body.currentPassword", t("wrongPassword"));
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    // The check above ran outside the transaction (hashing is slow); a password changed meanwhile voids it.
    const [locked] = await tx.select({ passwordHash: people.passwordHash }).from(people).where(eq(people.id, me.id)).for("update");
    if (locked?.passwordHash !== person.passwordHash) {
      throw AppError.validation("body.currentPassword", t("wrongPassword"));
    }
    await tx.update(people).set({ passwordHash, updatedAt: now() }).where(eq(people.id, me.id));
    await tx.delete(sessions).where(and(eq(sessions.personId, me.id), keepSessionId ? ne(sessions.id, keepSessionId) : undefined));
    const revoked = input.revokeTokens
      ? await tx
          .update(apiTokens)
          .set({ revokedAt: now() })
          .where(and(eq(apiTokens.personId, me.id), isNull(apiTokens.revokedAt)))
          .returning({ id: apiTokens.id })
      : [];
    await recordActivity(tx, {
      actorId: me.id,
      verb: "password.changed",
      objectType: "person",
      objectId: me.id,
      visibility: "private",
      data: { tokensRevoked: revoked.length },
    });
  });
}

export async function updateProfile(db: Db, actor: Actor | null, input: ProfilePatch) {
  return db.transaction(async (tx) => {
    const me = requireActor(actor);
    const [person] = await tx
      .update(people)
      .set({ ...input, updatedAt: now() })
      .where(eq(people.id, me.id))
      .returning();
    if (!person) throw AppError.notFound(t("yourAccount"));
    await recordActivity(tx, {
      actorId: me.id,
      verb: "person.updated",
      objectType: "person",
      objectId: me.id,
      data: { handle: person.handle, name: person.name, fields: Object.keys(input) },
    });
    return person;
  });
}

/** The signed-in person's own account row (the only read that returns their email). */
export async function getMe(db: Executor, actor: Actor) {
  const [person] = await db.select().from(people).where(eq(people.id, actor.id)).limit(1);
  if (!person) throw AppError.notFound(t("yourAccount"));
  return person;
}

export async function findPerson(db: Executor, handle: string) {
  const [person] = await db.select().from(people).where(eq(people.handle, handle.toLowerCase())).limit(1);
  if (!person) throw AppError.notFound(t("person", { handle }));
  return person;
}

const byName = keyset(
  [
    { column: people.name, type: "text" },
    { column: people.id, type: "uuid" },
  ],
  "asc",
);

export async function listPeople(db: Executor, f: { q?: string; cursor?: string; limit: number }) {
  const after = decodeCursor(f.cursor, z.tuple([z.string(), z.uuid()]));
  const pattern = f.q ? `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const rows = await db
    .select()
    .from(people)
    .where(and(pattern ? or(ilike(people.name, pattern), ilike(people.handle, pattern)) : undefined, byName.after(after)))
    .orderBy(...byName.orderBy)
    .limit(f.limit + 1);
  return page(rows, f.limit, publicPerson, (r) => [r.name, r.id]);
}

/** What anyone may see of a person: never the email or the hash. */
export function publicPerson(p: { id: string; handle: string; name: string; bio: string; isAdmin: boolean; createdAt: Date }) {
  return { id: p.id, handle: p.handle, name: p.name, bio: p.bio, isAdmin: p.isAdmin, createdAt: p.createdAt.toISOString() };
}

/** A bound that keeps the token list short enough to show whole. */
export const MAX_ACTIVE_TOKENS = 50;

export async function createApiToken(db: Db, actor: Actor | null, name: string) {
  const token = `${API_TOKEN_PREFIX}${randomToken()}`;
  return db.transaction(async (tx) => {
    const me = requireActor(actor);
    // Locking the person row serialises concurrent creations, so the bound holds.
    await tx.select({ id: people.id }).from(people).where(eq(people.id, me.id)).for("update");
    const [active] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(apiTokens)
      .where(and(eq(apiTokens.personId, me.id), isNull(apiTokens.revokedAt)));
    if ((active?.n ?? 0) >= MAX_ACTIVE_TOKENS) {
      throw AppError.conflict(t("tooManyTokens", { max: MAX_ACTIVE_TOKENS }), "body.name");
    }
    const [row] = await tx
      .insert(apiTokens)
      .values({ personId: me.id, name, tokenHash: sha256(token), prefix: token.slice(0, 8) })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordActivity(tx, {
      actorId: me.id,
      verb: "token.created",
      objectType: "api_token",
      objectId: row.id,
      visibility: "private",
      data: { name },
    });
    return { token, row };
  });
}

export async function listApiTokens(db: Executor, actor: Actor | null) {
  const me = requireActor(actor);
  return db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.personId, me.id), isNull(apiTokens.revokedAt)))
    .orderBy(asc(apiTokens.createdAt));
}

export async function revokeApiToken(db: Db, actor: Actor | null, id: string) {
  await db.transaction(async (tx) => {
    const me = requireActor(actor);
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: now() })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.personId, me.id), isNull(apiTokens.revokedAt)))
      .returning();
    if (!row) throw AppError.notFound(t("token"));
    await recordActivity(tx, {
      actorId: me.id,
      verb: "token.revoked",
      objectType: "api_token",
      objectId: id,
      visibility: "private",
      data: { name: row.name },
    });
  });
}

export async function pruneExpiredSessions(db: Executor) {
  await db.delete(sessions).where(gt(sql`triarchy_now()`, sessions.expiresAt));
}
