import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { requireActor } from "../accounts/policy.ts";
import { authorizeParticipate, canMaintain } from "../commons/policy.ts";
import type { Standing } from "../organizations/policy.ts";
import { t } from "./messages.ts";

/**
 * The needs board is stigmergic: anyone signed in posts, takes up, steps back. Nobody assigns
 * work, so there is no rule for it. The author and the scope's maintainers (a commons' community
 * maintainers, or an organization's maintainers and stewards) look after a need's wording and
 * its closing; the people on it may report progress and link what answers it.
 */
export interface NeedRelation {
  authorId: string | null;
  /** The actor's standing in the organization that maintains the need: the commons' community, or the organization itself. */
  standing: Standing;
  isTaker: boolean;
}

const isAuthor = (actor: Actor, n: NeedRelation) => n.authorId !== null && n.authorId === actor.id;

export const canEditNeed = (actor: Actor | null, n: NeedRelation) => !!actor && (isAuthor(actor, n) || canMaintain(actor, n.standing));

/** Every other write checks this first, so an anonymous request neither takes a lock nor learns anything. */
export const authorizeSignedIn = authorizeParticipate;
export const authorizePostNeed = authorizeParticipate;
export const authorizeTakeUp = authorizeParticipate;
/** Stepping back is always one's own choice. */
export const authorizeStepBack = authorizeParticipate;

/** Editing, closing and reopening: the author or the scope's maintainers. */
export function authorizeEditNeed(actor: Actor | null, n: NeedRelation): Actor {
  const a = requireActor(actor);
  if (!canEditNeed(a, n)) throw AppError.forbidden(t("editNeed"));
  return a;
}

/** Progress comes from those doing or owning the work. */
export function authorizeProgress(actor: Actor | null, n: NeedRelation): Actor {
  const a = requireActor(actor);
  if (!n.isTaker && !canEditNeed(a, n)) {
    throw AppError.forbidden(t("reportProgress"));
  }
  return a;
}

/** The contribution's own author may also say that their work answers the need. */
export function authorizeLink(actor: Actor | null, n: NeedRelation, contributionAuthorId: string | null): Actor {
  const a = requireActor(actor);
  if (!n.isTaker && !canEditNeed(a, n) && contributionAuthorId !== a.id) {
    throw AppError.forbidden(t("makeLink"));
  }
  return a;
}

export const needViewer = (actor: Actor | null, n: NeedRelation) => ({
  canEdit: canEditNeed(actor, n),
  canClose: canEditNeed(actor, n),
  hasTakenUp: n.isTaker,
});
