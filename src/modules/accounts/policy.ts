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
