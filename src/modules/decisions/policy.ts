import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { requireActor } from "../accounts/policy.ts";
import { isSteward, type Standing } from "../organizations/policy.ts";
import { t } from "./messages.ts";

/**
 * Who may do what with an organization's decisions. Who may vote is not decided here: the electorate
 * is frozen into the database when voting opens, and a foreign key refuses anyone outside it.
 */
export const isActiveMember = (s: Standing) => s.status === "active";

/** Any active member may put a question to the members. */
export function authorizePropose(actor: Actor | null, standing: Standing): Actor {
  const a = requireActor(actor);
  if (!isActiveMember(standing)) throw AppError.forbidden(t("proposeMembers"));
  return a;
}

/** Its author, or a steward, may edit a proposal before voting opens, or cancel it before it closes. */
export function authorizeManage(actor: Actor | null, standing: Standing, authorId: string | null): Actor {
  const a = requireActor(actor);
  if (a.id !== authorId && !isSteward(standing) && !a.isAdmin) {
    throw AppError.forbidden(t("manageProposal"));
  }
  return a;
}

export const canManage = (actor: Actor | null, standing: Standing, authorId: string | null) =>
  !!actor && (actor.id === authorId || isSteward(standing) || actor.isAdmin);

export function authorizeVoter(actor: Actor | null): Actor {
  return requireActor(actor);
}
