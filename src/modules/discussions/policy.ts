import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { requireActor } from "../accounts/policy.ts";
import { authorizeParticipate, canMaintain } from "../commons/policy.ts";
import type { Standing } from "../organizations/policy.ts";
import { t } from "./messages.ts";

/**
 * Anyone signed in may start a thread and comment; reading needs no account. A thread is
 * moderated by the organization it belongs to: the commons' community (its maintainers and
 * stewards), or, for an organization's need, that organization's maintainers and stewards.
 * Moderators hide comments with a public reason; nobody but its author rewrites a comment.
 */
export const authorizeComment = authorizeParticipate;

/** Editing and moderating check this first, so an anonymous request neither takes a lock nor learns anything. */
export const authorizeSignedIn = authorizeParticipate;

/** `standing` is the actor's standing in the thread's moderating organization. */
export const canModerate = (actor: Actor | null, standing: Standing) => canMaintain(actor, standing);

export function authorizeModerate(actor: Actor | null, standing: Standing): Actor {
  const a = requireActor(actor);
  if (!canModerate(a, standing)) throw AppError.forbidden(t("moderatorsOnly"));
  return a;
}

/** Words stay their author's: not even a moderator or the admin edits them (they may hide them). */
export function authorizeEditComment(actor: Actor | null, comment: { authorId: string | null }): Actor {
  const a = requireActor(actor);
  if (comment.authorId !== a.id) throw AppError.forbidden(t("authorOnly"));
  return a;
}
