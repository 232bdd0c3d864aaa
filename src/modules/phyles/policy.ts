import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { authorizeTreasurer, canKeepBooks } from "../ledger/policy.ts";
import { authorizeGovern, canGovern, type Standing } from "../organizations/policy.ts";
import type { Organization } from "../organizations/service.ts";
import { t } from "./messages.ts";

/**
 * Who may do what with a phyle: its stewards adopt and amend the charter (a governance act); its
 * treasurers record periods (which move money). Reading the charter and its periods is public.
 */
export function requireEnterprise(org: Pick<Organization, "kind" | "name">) {
  if (org.kind !== "enterprise") throw AppError.conflict(t("notEnterprise", { organization: org.name }));
}

export const authorizeCharter = (actor: Actor | null, standing: Standing) => authorizeGovern(actor, standing);
export const authorizeRecordPeriod = (actor: Actor | null, standing: Standing) => authorizeTreasurer(actor, standing);

export const phyleViewer = (actor: Actor | null, standing: Standing) => ({
  canEditCharter: canGovern(actor, standing),
  canRecordPeriods: canKeepBooks(actor, standing),
});
