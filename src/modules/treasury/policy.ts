import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { requireActor } from "../accounts/policy.ts";
import { isTreasurer } from "../ledger/policy.ts";
import type { Standing } from "../organizations/policy.ts";
import { t } from "./messages.ts";

/**
 * Who may do what with an organization's money, in one place. Reading is open to everyone (the books
 * are public) except receipts, which may carry personal details and are shown to members.
 */
const isMember = (s: Standing) => s.status === "active";

/** Only members submit expenses. */
export function authorizeSubmitExpense(actor: Actor | null, standing: Standing): Actor {
  const a = requireActor(actor);
  if (!isMember(standing)) throw AppError.forbidden(t("membersOnly"));
  return a;
}

/** The submitter looks after their expense (receipt, withdrawal, putting it to a vote) while it waits. */
export function authorizeSubmitter(actor: Actor | null, standing: Standing, submittedBy: string | null): Actor {
  const a = requireActor(actor);
  if (a.id !== submittedBy && !isTreasurer(standing)) throw AppError.forbidden(t("submitterOnly"));
  return a;
}

export function authorizeSeeReceipt(actor: Actor | null, standing: Standing, submittedBy: string | null): Actor {
  const a = requireActor(actor);
  if (a.id !== submittedBy && !isMember(standing) && !a.isAdmin) throw AppError.forbidden(t("receiptsForMembers"));
  return a;
}

export const canSeeReceipt = (actor: Actor | null, standing: Standing, submittedBy: string | null) =>
  !!actor && (actor.id === submittedBy || isMember(standing) || actor.isAdmin);

/** Anyone signed in may record a donation they made; a treasurer confirms it arrived. */
export function authorizeDonor(actor: Actor | null): Actor {
  return requireActor(actor);
}

export { authorizeTreasurer } from "../ledger/policy.ts";
