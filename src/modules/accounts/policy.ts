import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";

/** Anything that writes needs someone to act as. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw AppError.unauthenticated();
  return actor;
}

export function requireAdmin(actor: Actor | null): Actor {
  const a = requireActor(actor);
  if (!a.isAdmin) throw AppError.forbidden("Only the instance admin can do this.");
  return a;
}
