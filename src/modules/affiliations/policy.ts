import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { requireActor } from "../accounts/policy.ts";
import { authorizeGovern, type Standing } from "../organizations/policy.ts";
import { t } from "./messages.ts";

/** A person speaks for their own affiliations; the admin cannot claim a job for someone. */
export function authorizeOwn(actor: Actor | null, personId: string): Actor {
  const a = requireActor(actor);
  if (a.id !== personId) throw AppError.forbidden(t("ownOnly"));
  return a;
}

/** The enterprise's stewards say whether a claimed affiliation is true. */
export const authorizeReview = (actor: Actor | null, enterpriseStanding: Standing) => authorizeGovern(actor, enterpriseStanding);
