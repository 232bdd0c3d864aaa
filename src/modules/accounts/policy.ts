import type { Actor, AuthVia } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { t } from "./messages.ts";

/** Anything that writes needs someone to act as. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw AppError.unauthenticated();
  return actor;
}

export function requireAdmin(actor: Actor | null): Actor {
  const a = requireActor(actor);
  if (!a.isAdmin) throw AppError.forbidden(t("adminOnly"));
  return a;
}

/**
 * What guards the account itself (its password, new tokens) needs the person signed in: a token that
 * leaked must not be able to change the password or mint tokens that outlive its revocation.
 */
export function requireSession(actor: Actor | null, via: AuthVia): Actor {
  const a = requireActor(actor);
  if (via !== "session") throw AppError.forbidden(t("sessionOnly"));
  return a;
}

/**
 * What an account whose address is unproven may still change when the instance requires proven
 * addresses: what it takes to prove it (or to fix it), and to leave. Everything else that writes waits.
 */
const OPEN_TO_UNVERIFIED = new Set([
  "POST /api/auth/signin",
  "POST /api/auth/signup",
  "POST /api/auth/signout",
  "POST /api/auth/password",
  "POST /api/auth/verify-email",
  "POST /api/auth/password-reset",
  "POST /api/auth/password-reset/confirm",
  "POST /api/auth/confirm-email-change",
  "POST /api/me/email",
  "POST /api/me/email/verification",
]);

/**
 * The instance's "verified accounts only" rule, checked once for every request where its actor is
 * resolved (http/auth.ts). Reads stay open; admins are exempt, since they hold the setting; with email
 * off nobody could prove an address, so the rule waits for email to be on.
 */
export function refuseUnverifiedWrite(
  request: { method: string; path: string },
  actor: Actor,
  standing: { unverifiedWhileRequired: boolean; emailOn: boolean },
) {
  if (!standing.unverifiedWhileRequired || !standing.emailOn || actor.isAdmin) return;
  if (["GET", "HEAD", "OPTIONS"].includes(request.method)) return;
  if (OPEN_TO_UNVERIFIED.has(`${request.method} ${request.path.replace(/\/+$/, "")}`)) return;
  throw new AppError(403, "email-unverified", t("verifyFirst"));
}
