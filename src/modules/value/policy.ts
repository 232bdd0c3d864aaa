import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { requireActor } from "../accounts/policy.ts";
import { canSteward } from "../commons/policy.ts";
import { isTreasurer } from "../ledger/policy.ts";
import { canGovern, type Standing } from "../organizations/policy.ts";
import { t } from "./messages.ts";

/**
 * Who may do what with value equations and distributions, in one place. Equations, statements and
 * shares are public (contributive accounting is open); a commons' equation is its community
 * stewards' call, a phyle's its enterprise stewards'; money moves only by the distributing
 * organization's treasurers (the commons' steward association, or the phyle enterprise).
 */
export type EquationOwner = "commons" | "phyle";

const canEdit = (owner: EquationOwner, actor: Actor | null, standing: Standing) =>
  owner === "commons" ? canSteward(actor, standing) : canGovern(actor, standing);

/** `standing` is in the commons' community, or in the phyle enterprise. */
export function authorizeEditEquation(actor: Actor | null, owner: EquationOwner, standing: Standing): Actor {
  const a = requireActor(actor);
  if (!canEdit(owner, a, standing)) throw AppError.forbidden(owner === "commons" ? t("editCommonsEquation") : t("editPhyleEquation"));
  return a;
}

/** Previewing writes nothing, but reads a whole window: for the treasurers who would post it and the equation's stewards. */
export function authorizePreview(actor: Actor | null, owner: EquationOwner, ownerStanding: Standing, treasury: Standing): Actor {
  const a = requireActor(actor);
  if (!isTreasurer(treasury) && !canEdit(owner, a, ownerStanding)) throw AppError.forbidden(t("previewers"));
  return a;
}

export { authorizeTreasurer as authorizeDistribute, authorizeTreasurer as authorizePayout } from "../ledger/policy.ts";

export const canEditEquation = canEdit;
