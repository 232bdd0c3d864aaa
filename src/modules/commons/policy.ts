import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { requireActor } from "../accounts/policy.ts";
import { isSteward, type Standing } from "../organizations/policy.ts";
import { t } from "./messages.ts";

/**
 * A commons is governed through its community: stewards shape the commons itself,
 * maintainers (and stewards) validate contributions and moderate its discussions.
 * Anyone signed in may contribute, fork, post needs and comment; reading needs no account.
 */
export const isMaintainer = (s: Standing) => s.status === "active" && (s.role === "maintainer" || s.role === "steward");

export const canMaintain = (actor: Actor | null, s: Standing) => !!actor && (actor.isAdmin || isMaintainer(s));
export const canSteward = (actor: Actor | null, s: Standing) => !!actor && (actor.isAdmin || isSteward(s));

/** Creating a commons for a community, or forking into one, is for that community's stewards. */
export function authorizeSteward(actor: Actor | null, community: Standing): Actor {
  const a = requireActor(actor);
  if (!canSteward(a, community)) throw AppError.forbidden(t("stewardsOnly"));
  return a;
}

/** Accepting, rejecting and moderating are for the community's maintainers and stewards. */
export function authorizeMaintain(actor: Actor | null, community: Standing): Actor {
  const a = requireActor(actor);
  if (!canMaintain(a, community)) throw AppError.forbidden(t("maintainersOnly"));
  return a;
}

/** Contributing, forking into a community of one's own, taking up needs and commenting need only an account. */
export const authorizeParticipate = (actor: Actor | null): Actor => requireActor(actor);
