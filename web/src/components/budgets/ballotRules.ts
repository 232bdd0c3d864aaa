import { i18n } from "../../i18n/i18n.ts";
import { formatMoney } from "../treasury/money.ts";
import type { Call } from "./labels.ts";

/** The limits a call's ballot sets, in words, one a line (the same the server checks a ballot against). */
export function ballotRules(call: Call): string[] {
  const b = call.ballot;
  const lines: string[] = [];
  switch (b.type) {
    case "approval":
      lines.push(i18n.t("budgets.ballotRules.approval"));
      break;
    case "cumulative":
      lines.push(i18n.t("budgets.ballotRules.cumulative", { total: b.totalPoints ?? 0 }));
      break;
    case "scoring":
      lines.push(i18n.t("budgets.ballotRules.scoring"));
      break;
    case "ordinal":
      lines.push(i18n.t("budgets.ballotRules.ordinal"));
      break;
    case "choose-1":
      lines.push(i18n.t("budgets.ballotRules.chooseOne"));
      break;
  }
  if (b.type !== "choose-1") {
    if (b.minProjects !== null && b.minProjects > 0 && b.maxProjects !== null) {
      lines.push(i18n.t("budgets.ballotRules.between", { min: b.minProjects, max: b.maxProjects }));
    } else if (b.minProjects !== null && b.minProjects > 0) lines.push(i18n.t("budgets.ballotRules.atLeast", { min: b.minProjects }));
    else if (b.maxProjects !== null) lines.push(i18n.t("budgets.ballotRules.atMost", { max: b.maxProjects }));
  }
  if (b.maxCost !== null) lines.push(i18n.t("budgets.ballotRules.maxCost", { amount: formatMoney(b.maxCost, call.currency) }));
  if (b.maxPointsPerProject !== null) lines.push(i18n.t("budgets.ballotRules.maxPoints", { max: b.maxPointsPerProject }));
  if (call.districts.length) lines.push(i18n.t("budgets.ballotRules.district"));
  lines.push(i18n.t("budgets.ballotRules.change"));
  return lines;
}
