/**
 * The results' explanation, typed. The API serves each rule's stored `Results` (the server's
 * src/modules/budgeting/rules/explanation.ts) as `explanation`, which the OpenAPI document declares
 * only as an object; its types are imported from that file (type-only: nothing of the server reaches the
 * bundle), and `readExplanation` checks the parts a page relies on before it trusts the rest.
 *
 * Projects and districts are named by their ids there: `projectsById` and `districtOfPart` turn them into
 * the numbers, titles and district names people read.
 */
import type {
  ComparisonSummary,
  MesSummary,
  PartResult,
  Payment,
  ProjectExplanation,
  Results,
  SpentOn,
} from "../../../../src/modules/budgeting/rules/explanation.ts";
import type { Project } from "./labels.ts";

export type { ComparisonSummary, MesSummary, PartResult, Payment, ProjectExplanation, Results, SpentOn };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const isNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

function isProject(x: unknown): x is ProjectExplanation {
  if (!isObject(x) || typeof x.id !== "string" || !isNumber(x.cost) || !isNumber(x.votes)) return false;
  if (x.status === "funded") return x.by === "mes" ? Array.isArray(x.payments) : x.by === "greedy" || x.by === "completion";
  if (x.status !== "not-funded") return false;
  return x.reason !== "unaffordable" || Array.isArray(x.spentOn);
}

function isPart(x: unknown): x is PartResult {
  return (
    isObject(x) &&
    (x.district === null || typeof x.district === "string") &&
    isNumber(x.budget) &&
    isNumber(x.cost) &&
    isNumber(x.voters) &&
    Array.isArray(x.winners) &&
    Array.isArray(x.projects) &&
    x.projects.every(isProject) &&
    (x.mes === null || (isObject(x.mes) && isNumber(x.mes.endowment) && isNumber(x.mes.add1Steps)))
  );
}

/** The explanation as the rules wrote it, or null when it is not the shape this page knows (nothing is guessed). */
export function readExplanation(raw: unknown): Results | null {
  if (!isObject(raw) || !isObject(raw.settings) || typeof raw.settings.rule !== "string") return null;
  if (!isNumber(raw.budget) || !isNumber(raw.cost) || !isNumber(raw.voters) || !isNumber(raw.shareOfVotersWithAFundedProject)) return null;
  if (!Array.isArray(raw.parts) || !raw.parts.every(isPart)) return null;
  return raw as unknown as Results;
}

export const isFunded = (p: ProjectExplanation): boolean => p.status === "funded";

/**
 * Effective support: the money its supporters held when it was decided, over its cost (≥ 1 for a project
 * the Method of Equal Shares funded, < 1 for one it could not afford); null where the rule has none.
 */
export function effectiveSupport(p: ProjectExplanation): number | null {
  if (p.cost <= 0) return null;
  if (p.status === "funded" && p.by === "mes") return p.moneyBehind / p.cost;
  if (p.status === "not-funded" && p.reason === "unaffordable") return p.moneyBehind / p.cost;
  return null;
}

/** What the voters put towards a project: its cost when the Method of Equal Shares funded it, what they had left when it could not. */
export function moneyRaised(p: ProjectExplanation): number | null {
  if (p.status === "funded" && p.by === "mes") return p.payments.reduce((sum, x) => sum + x.voters * x.amount, 0);
  if (p.status === "not-funded" && p.reason === "unaffordable") return p.moneyBehind;
  return null;
}

/** The call's projects by their id, as the explanation names them. */
export const projectsById = (projects: readonly Project[]): Map<string, Project> => new Map(projects.map((p) => [p.id, p]));

/**
 * A part's district by name. The explanation names a district by its id, which the API does not
 * publish; every project of a part belongs to its district, so the part's projects say which one it is.
 */
export function districtOfPart(part: PartResult, byId: Map<string, Project>): string | null {
  if (part.district === null) return null;
  for (const p of part.projects) {
    const district = byId.get(p.id)?.district;
    if (district) return district;
  }
  return null;
}

/** Whole minor units, as the API's money strings are written. */
export const minor = (amount: number): string => String(Math.round(amount));
