import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { requireActor } from "../accounts/policy.ts";
import type { Standing } from "../organizations/policy.ts";
import { t } from "./messages.ts";
import type { ELIGIBILITIES } from "./values.ts";

/**
 * Who may do what with a library, in one place. The library's organization runs it: its stewards set
 * it up (hours, rules, catalogue); its stewards and maintainers keep the desk (check-out, check-in,
 * problems, overrides). Who may book is a rule of the library or of the type (`eligibility`). A
 * member's own unit is theirs: they approve or decline its bookings.
 */
const active = (s: Standing) => s.status === "active";
const isDesk = (s: Standing) => active(s) && (s.role === "steward" || s.role === "maintainer");

export const canRunLibrary = (actor: Actor | null, s: Standing) => !!actor && (actor.isAdmin || (active(s) && s.role === "steward"));
export const canKeepDesk = (actor: Actor | null, s: Standing) => !!actor && (actor.isAdmin || isDesk(s));

/** Opening a library, its hours, rules and catalogue: the organization's stewards. */
export function authorizeRunLibrary(actor: Actor | null, s: Standing): Actor {
  const a = requireActor(actor);
  if (!canRunLibrary(a, s)) throw AppError.forbidden(t("stewardsOnly"));
  return a;
}

/** The desk's work and a booking's exceptions: stewards and maintainers. */
export function authorizeDesk(actor: Actor | null, s: Standing): Actor {
  const a = requireActor(actor);
  if (!canKeepDesk(a, s)) throw AppError.forbidden(t("deskOnly"));
  return a;
}

export interface Eligibility {
  rule: (typeof ELIGIBILITIES)[number];
  standing: Standing;
  /** A steward approved this person for the type (training done). */
  approved: boolean;
}

/** May this person book? Refusals say what would let them. */
export function authorizeBorrow(actor: Actor | null, e: Eligibility): Actor {
  const a = requireActor(actor);
  if (e.rule === "members" && !active(e.standing)) throw AppError.forbidden(t("membersOnly"));
  if (e.rule === "approved" && !e.approved) throw AppError.forbidden(t("approvalNeeded"));
  return a;
}

/** A booking is changed or cancelled by its borrower or the desk. */
export function authorizeOwnBooking(actor: Actor | null, borrowerId: string, s: Standing): Actor {
  const a = requireActor(actor);
  if (a.id !== borrowerId && !canKeepDesk(a, s)) throw AppError.forbidden(t("ownBookingsOnly"));
  return a;
}

/** A requested booking of a member's own unit is decided by that member (or the desk when the owner is gone). */
export function authorizeDecideRequest(actor: Actor | null, ownerId: string | null, s: Standing): Actor {
  const a = requireActor(actor);
  if (a.id !== ownerId && !canKeepDesk(a, s)) throw AppError.forbidden(t("ownerDecides"));
  return a;
}

/**
 * A person's private calendar feed is theirs alone: only they, signed in, make, replace or revoke it
 * (its URL then needs no session: the token in it is the credential). The public feeds (a type's
 * calendar, GBFS) need nobody and show no borrower.
 */
export function authorizeCalendarFeed(actor: Actor | null): Actor {
  return requireActor(actor);
}
