import { and, eq, isNull, sql } from "drizzle-orm";
import { hoursAfter } from "../../calendar.ts";
import type { Executor } from "../../db/types.ts";
import { AppError } from "../../http/errors.ts";
import { now } from "../../now.ts";
import { t } from "./messages.ts";
import { accountTokens } from "./schema.ts";
import { randomToken, sha256 } from "./secrets.ts";

export type AccountTokenPurpose = (typeof accountTokens.$inferSelect)["purpose"];

/** How long each kind of link works. */
export const TOKEN_HOURS: Record<AccountTokenPurpose, number> = { verify_email: 48, reset_password: 1, change_email: 24 };

/**
 * Writes a single-use token for `email` and returns the secret for the link; only its SHA-256 is kept.
 * Earlier unspent tokens of the same purpose are spent, so only the latest link works.
 */
export async function issueToken(tx: Executor, personId: string, purpose: AccountTokenPurpose, email: string): Promise<string> {
  await spendAll(tx, personId, purpose);
  const token = randomToken();
  await tx.insert(accountTokens).values({
    personId,
    purpose,
    email,
    tokenHash: sha256(token),
    expiresAt: hoursAfter(now(), TOKEN_HOURS[purpose]),
  });
  return token;
}

/**
 * Spends a token, once: the row is locked, so two requests with the same link cannot both pass. An
 * unknown, spent or expired token is refused alike (expiry on the database's clock, as every time check).
 */
export async function spendToken(tx: Executor, token: string, purpose: AccountTokenPurpose) {
  // One statement: of two requests spending the same link at once, the second finds it spent.
  const [row] = await tx
    .update(accountTokens)
    .set({ usedAt: now() })
    .where(
      and(
        eq(accountTokens.tokenHash, sha256(token)),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        sql`${accountTokens.expiresAt} > triarchy_now()`,
      ),
    )
    .returning();
  if (!row) throw AppError.validation("body.token", t("linkInvalid"));
  return row;
}

/** Spends every unspent token of a purpose: a new password voids the other reset links. */
export async function spendAll(tx: Executor, personId: string, purpose: AccountTokenPurpose) {
  await tx
    .update(accountTokens)
    .set({ usedAt: now() })
    .where(and(eq(accountTokens.personId, personId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
}
