import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { requireActor } from "../accounts/policy.ts";
import { isTreasurer } from "../ledger/policy.ts";
import type { Standing } from "../organizations/policy.ts";
import { t } from "./messages.ts";

/**
 * Who may do what in a participatory budget, in one place. The public body's stewards run its calls;
 * its stewards and maintainers are the reviewers (eligibility, cost adjustments, paper ballots); its
 * treasurers pay the grants. Anyone signed in submits, supports and (per the call's rule) votes; a
 * project's author edits it until review; its team (the author, or the members of the organization it
 * was submitted for) reports on its grant. Everything is public to read.
 */
const active = (s: Standing) => s.status === "active";
const isSteward = (s: Standing) => active(s) && s.role === "steward";
const isReviewer = (s: Standing) => active(s) && (s.role === "steward" || s.role === "maintainer");

export const canRunCalls = (actor: Actor | null, s: Standing) => !!actor && (actor.isAdmin || isSteward(s));
export const canReview = (actor: Actor | null, s: Standing) => !!actor && (actor.isAdmin || isReviewer(s));

export function authorizeRunCalls(actor: Actor | null, s: Standing): Actor {
  const a = requireActor(actor);
  if (!canRunCalls(a, s)) throw AppError.forbidden(t("stewardsOnly"));
  return a;
}

export function authorizeReview(actor: Actor | null, s: Standing): Actor {
  const a = requireActor(actor);
  if (!canReview(a, s)) throw AppError.forbidden(t("reviewersOnly"));
  return a;
}

export const canPayGrants = (actor: Actor | null, s: Standing) => !!actor && (actor.isAdmin || isTreasurer(s));
/** The team: the author, or an active member of the organization the project was submitted for. */
export const isTeam = (actor: Actor | null, authorId: string | null, team: Standing | null) =>
  !!actor && (actor.id === authorId || (!!team && active(team)));

export function authorizePayGrant(actor: Actor | null, s: Standing): Actor {
  const a = requireActor(actor);
  if (!canPayGrants(a, s)) throw AppError.forbidden(t("treasurersOnly"));
  return a;
}

/** Submitting for an organization needs an active membership of it. */
export function authorizeSubmit(actor: Actor | null, forOrganization: Standing | null): Actor {
  const a = requireActor(actor);
  if (forOrganization && !active(forOrganization)) throw AppError.forbidden(t("memberOnly"));
  return a;
}

export function authorizeEditProject(actor: Actor | null, authorId: string | null): Actor {
  const a = requireActor(actor);
  if (a.id !== authorId && !a.isAdmin) throw AppError.forbidden(t("authorOnly"));
  return a;
}

export function authorizeReport(actor: Actor | null, authorId: string | null, team: Standing | null): Actor {
  const a = requireActor(actor);
  if (!isTeam(a, authorId, team)) throw AppError.forbidden(t("teamOnly"));
  return a;
}

export const authorizeSignedIn = requireActor;
