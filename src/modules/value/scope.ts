import { eq } from "drizzle-orm";
import type { Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { findCommons } from "../commons/service.ts";
import type { Standing } from "../organizations/policy.ts";
import { findOrganization, findOrganizationById, lockedStanding, type Organization, standingOf } from "../organizations/service.ts";
import { phyleBeneficiaries } from "../phyles/schema.ts";
import { DEFAULT_EQUATION, type Equation, normalizeEquation } from "./equation.ts";
import { t } from "./messages.ts";
import type { EquationOwner } from "./policy.ts";
import { valueEquations } from "./schema.ts";

/** Where a value equation is named from in a URL: a commons' slug or a phyle enterprise's. */
export interface ScopeRef {
  owner: EquationOwner;
  slug: string;
}

/**
 * An equation's owner and the organization whose books a distribution under it is posted in: a
 * commons distributes through its steward association's books, a phyle through its own. A phyle's
 * contributors are those of the commons its charter names (its beneficiaries), whatever their
 * membership: the phyle commits to those commons, so it rewards the work on them.
 */
export interface Scope {
  owner: EquationOwner;
  /** The commons' or the enterprise's id: value_equations is keyed by one of them. */
  id: string;
  slug: string;
  title: string;
  commonsId: string | null;
  commonsIds: string[];
  /** Who governs the equation: the commons' community, or the enterprise. */
  governor: Organization;
  governorStanding: Standing;
  /** Whose books a distribution is posted in; null when a commons has no steward association. */
  treasury: Organization | null;
}

/** `lock`: inside a write's transaction, the governor's standing is locked until it commits (lockedStanding). */
export async function resolveScope(tx: Executor, actor: Actor | null, ref: ScopeRef, opts: { lock?: boolean } = {}): Promise<Scope> {
  const standingIn = (organizationId: string) => (opts.lock ? lockedStanding : standingOf)(tx, organizationId, actor);
  if (ref.owner === "commons") {
    const c = await findCommons(tx, ref.slug);
    const governor = await findOrganizationById(tx, c.communityId);
    return {
      owner: "commons",
      id: c.id,
      slug: c.slug,
      title: c.title,
      commonsId: c.id,
      commonsIds: [c.id],
      governor,
      governorStanding: await standingIn(governor.id),
      treasury: c.stewardAssociationId ? await findOrganizationById(tx, c.stewardAssociationId) : null,
    };
  }
  const org = await findOrganization(tx, ref.slug);
  if (org.kind !== "enterprise") throw new AppError(404, "not-found", t("notAnEnterprise", { organization: org.name }));
  const named = await tx
    .selectDistinct({ commonsId: phyleBeneficiaries.commonsId })
    .from(phyleBeneficiaries)
    .where(eq(phyleBeneficiaries.enterpriseId, org.id));
  const commonsIds = named.map((b) => b.commonsId).sort();
  return {
    owner: "phyle",
    id: org.id,
    slug: org.slug,
    title: org.name,
    commonsId: commonsIds.length === 1 ? (commonsIds[0] ?? null) : null,
    commonsIds,
    governor: org,
    governorStanding: await standingIn(org.id),
    treasury: org,
  };
}

export const ownerColumn = (owner: EquationOwner) => (owner === "commons" ? valueEquations.commonsId : valueEquations.enterpriseId);

export interface LoadedEquation {
  equation: Equation;
  isDefault: boolean;
  updatedAt: Date | null;
  updatedBy: string | null;
}

export async function loadEquation(tx: Executor, scope: Pick<Scope, "owner" | "id">): Promise<LoadedEquation> {
  const [row] = await tx
    .select()
    .from(valueEquations)
    .where(eq(ownerColumn(scope.owner), scope.id));
  if (!row) return { equation: DEFAULT_EQUATION, isDefault: true, updatedAt: null, updatedBy: null };
  return {
    equation: normalizeEquation({
      buckets: row.buckets as Equation["buckets"],
      weights: row.weights as Equation["weights"],
      reviewPoints: row.reviewPoints,
      windowDays: row.windowDays,
      halfLifeDays: row.halfLifeDays,
    }),
    isDefault: false,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}
