import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { requireActor } from "../accounts/policy.ts";
import { t } from "./messages.ts";

/** The viewer's standing in one organization, as the policies need it. */
export interface Standing {
  role: "member" | "maintainer" | "steward" | "treasurer" | null;
  status: "active" | "pending" | "invited" | null;
}

export const isSteward = (s: Standing) => s.status === "active" && s.role === "steward";

/** Any signed-in person may found an organization; they become its first steward. */
export function authorizeCreate(actor: Actor | null): Actor {
  return requireActor(actor);
}

/** Stewards govern an organization's profile and membership; the instance admin may step in. */
export function authorizeGovern(actor: Actor | null, standing: Standing): Actor {
  const a = requireActor(actor);
  if (!a.isAdmin && !isSteward(standing)) throw AppError.forbidden(t("stewardsOnly"));
  return a;
}

export const canGovern = (actor: Actor | null, standing: Standing) => !!actor && (actor.isAdmin || isSteward(standing));
