import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { requireActor } from "../accounts/policy.ts";
import { authorizeGovern, type Standing } from "../organizations/policy.ts";
import { t } from "./messages.ts";

export type JoinPolicy = "open" | "approval" | "invite";

/** What a person asking to join gets: in at once, a request for stewards, or a refusal. */
export function joinOutcome(policy: JoinPolicy, standing: Standing): "active" | "pending" {
  if (standing.status === "invited") return "active";
  if (standing.status === "active") throw AppError.conflict(t("alreadyMember"));
  if (standing.status === "pending") throw AppError.conflict(t("requestWaiting"));
  if (policy === "open") return "active";
  if (policy === "approval") return "pending";
  throw AppError.forbidden(t("inviteOnly"));
}

/** Inviting, approving, changing roles and removing others are for stewards (or the instance admin). */
export const authorizeManageMembers = authorizeGovern;

/** Anyone may leave, decline an invitation or withdraw a request of their own; stewards may remove anyone. */
export function authorizeRemove(actor: Actor | null, standing: Standing, targetPersonId: string): Actor {
  const a = requireActor(actor);
  if (a.id === targetPersonId) return a;
  return authorizeGovern(a, standing);
}

/** Pending requests and open invitations are shown to stewards and the admin only. */
export const authorizeSeeRequests = authorizeGovern;
