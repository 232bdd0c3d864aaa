import { and, eq, ne } from "drizzle-orm";
import { integrityProblem } from "../../db/errors.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { now } from "../../now.ts";
import { DEFAULT_LANGUAGE, type Language } from "../../text/messages.ts";
import { recordActivity } from "../activity/service.ts";
import { enqueueMail } from "../mail/outbox.ts";
import { issueToken, spendAll, spendToken } from "./account-tokens.ts";
import type { EmailChange, PasswordReset, PasswordResetRequest } from "./inputs.ts";
import { maskEmail } from "./letters.ts";
import { t } from "./messages.ts";
import { requireActor } from "./policy.ts";
import { people, sessions } from "./schema.ts";
import { hashPassword, verifyPassword } from "./secrets.ts";

/**
 * Proving an address, resetting a password, changing the address: each link is a single-use token
 * (account-tokens.ts) written with its message in one transaction, so a message leaves only for a
 * token that exists, and a token exists only if its message will leave.
 */

type Person = typeof people.$inferSelect;

export const languageOf = (p: { language: string | null }): Language => (p.language as Language | null) ?? DEFAULT_LANGUAGE;

/** Without a mail server there is no link to send: the route says so rather than pretend. */
export function requireEmail(emailOn: boolean) {
  if (!emailOn) throw new AppError(503, "email-off", t("emailOff"));
}

/** A verification link to the person's current address; callers hold the transaction. */
export async function sendVerification(tx: Executor, person: Person) {
  const token = await issueToken(tx, person.id, "verify_email", person.email);
  await enqueueMail(tx, {
    personId: person.id,
    to: person.email,
    language: languageOf(person),
    template: "verify_email",
    data: { name: person.name, token },
  });
}

export async function resendVerification(db: Db, actor: Actor | null, emailOn: boolean) {
  const me = requireActor(actor);
  requireEmail(emailOn);
  await db.transaction(async (tx) => {
    const [person] = await tx.select().from(people).where(eq(people.id, me.id)).for("update");
    if (!person) throw AppError.notFound(t("yourAccount"));
    if (person.emailVerifiedAt) throw AppError.conflict(t("alreadyVerified"));
    await sendVerification(tx, person);
  });
}

/** Needs no session: the link may be opened on another device than the one signed in. */
export async function verifyEmail(db: Db, token: string) {
  await db.transaction(async (tx) => {
    const row = await spendToken(tx, token, "verify_email");
    const [person] = await tx.select().from(people).where(eq(people.id, row.personId)).for("update");
    // A link sent to an address the account has since left proves nothing about the current one.
    if (!person || person.email !== row.email) throw AppError.validation("body.token", t("linkStale"));
    if (!person.emailVerifiedAt) {
      await tx.update(people).set({ emailVerifiedAt: now(), updatedAt: now() }).where(eq(people.id, person.id));
    }
    await recordActivity(tx, {
      actorId: person.id,
      verb: "email.verified",
      objectType: "person",
      objectId: person.id,
      visibility: "private",
    });
  });
}

/**
 * Answers the same whether or not the address has an account: the caller returns one fixed body, and
 * both cases take the same transaction and lookup; only a known address gets a token and a message.
 */
export async function requestPasswordReset(db: Db, input: PasswordResetRequest, emailOn: boolean) {
  requireEmail(emailOn);
  await db.transaction(async (tx) => {
    const [person] = await tx.select().from(people).where(eq(people.email, input.email)).for("update");
    if (!person) return;
    const token = await issueToken(tx, person.id, "reset_password", person.email);
    await enqueueMail(tx, {
      personId: person.id,
      to: person.email,
      language: languageOf(person),
      template: "password_reset",
      data: { name: person.name, token },
    });
  });
}

/**
 * A new password from a reset link: every other reset link is spent and every session ends (whoever
 * had the old password is signed out); the address is proven, since the link was read there.
 */
export async function confirmPasswordReset(db: Db, input: PasswordReset) {
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const row = await spendToken(tx, input.token, "reset_password");
    const [person] = await tx.select().from(people).where(eq(people.id, row.personId)).for("update");
    if (!person || person.email !== row.email) throw AppError.validation("body.token", t("linkStale"));
    await tx
      .update(people)
      .set({ passwordHash, emailVerifiedAt: person.emailVerifiedAt ?? now(), updatedAt: now() })
      .where(eq(people.id, person.id));
    await spendAll(tx, person.id, "reset_password");
    await tx.delete(sessions).where(eq(sessions.personId, person.id));
    await recordActivity(tx, {
      actorId: person.id,
      verb: "password.reset",
      objectType: "person",
      objectId: person.id,
      visibility: "private",
    });
  });
}

const EMAIL_CONFLICT = { people_email_key: { path: "body.email", message: t("emailTaken") } };

async function refuseTaken(tx: Executor, email: string, personId: string) {
  const [other] = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.email, email), ne(people.id, personId)))
    .limit(1);
  if (other) throw AppError.conflict(t("emailTaken"), "body.email");
}

/**
 * With email on, the new address must be confirmed there before the account uses it, and the old one
 * is told (a taken-over account would otherwise change address silently). With email off, it changes
 * at once, unproven.
 */
export async function changeEmail(db: Db, actor: Actor | null, input: EmailChange, emailOn: boolean) {
  const me = requireActor(actor);
  const [current] = await db.select().from(people).where(eq(people.id, me.id));
  if (!current || !(await verifyPassword(input.password, current.passwordHash))) {
    throw AppError.validation("body.password", t("wrongPassword"));
  }
  try {
    return await db.transaction(async (tx) => {
      const [person] = await tx.select().from(people).where(eq(people.id, me.id)).for("update");
      // The password was checked outside the transaction (hashing is slow); a password changed meanwhile voids it.
      if (!person || person.passwordHash !== current.passwordHash) throw AppError.validation("body.password", t("wrongPassword"));
      if (person.email === input.email) throw AppError.validation("body.email", t("sameEmail"));
      await refuseTaken(tx, input.email, person.id);
      if (!emailOn) {
        const [changed] = await tx
          .update(people)
          .set({ email: input.email, emailVerifiedAt: null, updatedAt: now() })
          .where(eq(people.id, person.id))
          .returning();
        await recordActivity(tx, { actorId: me.id, verb: "email.changed", objectType: "person", objectId: me.id, visibility: "private" });
        return { applied: true, person: changed ?? person };
      }
      const token = await issueToken(tx, person.id, "change_email", input.email);
      const language = languageOf(person);
      await enqueueMail(tx, {
        personId: person.id,
        to: input.email,
        language,
        template: "email_change_confirm",
        data: { name: person.name, token, email: input.email },
      });
      await enqueueMail(tx, {
        personId: person.id,
        to: person.email,
        language,
        template: "email_change_requested_notice",
        data: { name: person.name, maskedEmail: maskEmail(input.email) },
      });
      await recordActivity(tx, {
        actorId: me.id,
        verb: "email.change_requested",
        objectType: "person",
        objectId: me.id,
        visibility: "private",
      });
      return { applied: false, person };
    });
  } catch (err) {
    throw integrityProblem(err, EMAIL_CONFLICT) ?? err;
  }
}

/** Applies a change confirmed at the new address, which is thereby proven; the old one hears of it. */
export async function confirmEmailChange(db: Db, token: string) {
  try {
    await db.transaction(async (tx) => {
      const row = await spendToken(tx, token, "change_email");
      const [person] = await tx.select().from(people).where(eq(people.id, row.personId)).for("update");
      if (!person) throw AppError.validation("body.token", t("linkInvalid"));
      await refuseTaken(tx, row.email, person.id);
      await tx.update(people).set({ email: row.email, emailVerifiedAt: now(), updatedAt: now() }).where(eq(people.id, person.id));
      await enqueueMail(tx, {
        personId: person.id,
        to: person.email,
        language: languageOf(person),
        template: "email_changed_notice",
        data: { name: person.name, maskedEmail: maskEmail(row.email) },
      });
      await recordActivity(tx, {
        actorId: person.id,
        verb: "email.changed",
        objectType: "person",
        objectId: person.id,
        visibility: "private",
      });
    });
  } catch (err) {
    throw integrityProblem(err, EMAIL_CONFLICT) ?? err;
  }
}
