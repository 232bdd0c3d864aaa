import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { requireActor } from "../accounts/policy.ts";
import { isSteward, type Standing } from "../organizations/policy.ts";
import { t } from "./messages.ts";

/** Who may touch an organization's books. Reading them is open to everyone: the books are public. */
export const isTreasurer = (s: Standing) => s.status === "active" && s.role === "treasurer";

/** Only treasurers post to the books (and reverse entries, add accounts, confirm income, pay expenses). */
export function authorizeTreasurer(actor: Actor | null, standing: Standing): Actor {
  const a = requireActor(actor);
  if (!isTreasurer(standing)) throw AppError.forbidden(t("treasurersOnly"));
  return a;
}

/** Opening the books (choosing their currency) is a steward's or treasurer's call. */
export function authorizeOpenBooks(actor: Actor | null, standing: Standing): Actor {
  const a = requireActor(actor);
  if (!isTreasurer(standing) && !isSteward(standing)) throw AppError.forbidden(t("openBooksForbidden"));
  return a;
}

export const canKeepBooks = (actor: Actor | null, standing: Standing) => !!actor && isTreasurer(standing);
