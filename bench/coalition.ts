/**
 * The coalition tests' set-up, after the commons and association loads: the association becomes the
 * steward of the commons with a million contributions (from 10,000 people), whose value equation
 * takes 5% for infrastructure and shares the rest over a window that covers all three years.
 * Distributions post into the association's books, which already hold a million transactions.
 */
import type pg from "pg";
import { CONTRIBUTION_KINDS } from "../src/modules/contributions/schema.ts";
import type { AssociationData } from "./load-association.ts";
import type { CommonsData } from "./load-commons.ts";
import type { Scenario } from "./measure.ts";
import { TARGETS } from "./report.ts";

export const COALITION_TESTS = ["distribute-preview", "distribute"];

export async function prepareDistributions(db: pg.Client, commons: CommonsData, association: AssociationData) {
  await db.query(`update commons set steward_association_id = (select id from organizations where slug = $2) where slug = $1`, [
    commons.slug,
    association.slug,
  ]);
  const buckets = [{ label: "Infrastructure", shareBp: 500, recipient: { account: "liabilities:reimbursements" } }];
  const weights = CONTRIBUTION_KINDS.map((kind, i) => ({ kind, perContribution: 1 + (i % 3), perHour: 2, perHundredLines: 1 }));
  await db.query(
    `insert into value_equations (commons_id, buckets, weights, review_points, window_days, half_life_days)
     select id, $2::jsonb, $3::jsonb, 1, 1100, 365 from commons where slug = $1`,
    [commons.slug, JSON.stringify(buckets), JSON.stringify(weights)],
  );
}

/**
 * A distribution's statement over the million contributions, previewed and posted, one at a time (each
 * is a few seconds of one core's work at most; the target is the time one takes).
 */
export function coalitionScenarios(commons: CommonsData, association: AssociationData, serverUrl: string): Scenario[] {
  const headers = { authorization: `Bearer ${association.treasurerToken}` };
  const body = JSON.stringify({ amount: 1_000_000_00, description: "Bench distribution" });
  return [
    {
      key: "distribute-preview",
      label: "POST …/distributions/preview (1 M contrib., 10k people)",
      baseUrl: serverUrl,
      method: "POST",
      connections: 1,
      target: { p99Ms: TARGETS.distributionP99Ms },
      next: () => ({ path: `/api/commons/${commons.slug}/distributions/preview`, headers, body }),
    },
    {
      key: "distribute",
      label: "POST …/distributions (posted: 10k shares)",
      baseUrl: serverUrl,
      method: "POST",
      connections: 1,
      target: { p99Ms: TARGETS.distributionP99Ms },
      next: () => ({ path: `/api/commons/${commons.slug}/distributions`, headers, body }),
    },
  ];
}
