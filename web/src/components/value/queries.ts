/**
 * The value module's queries and cache keys. A commons' equation and distributions live under
 * /api/commons/{slug}, a phyle enterprise's under /api/organizations/{slug}.
 */
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { activitiesKey } from "../../api/foundation.ts";
import { apiKey, apiPages, apiQuery, invalidate } from "../../api/query.ts";
import type { EquationOwner } from "../../api/schema.ts";
import { flowsKey } from "../reciprocity/keys.ts";
import { invalidateTreasury } from "../treasury/queries.ts";

/** The equation of a commons or of a phyle enterprise (one query runs: the other is disabled). */
export function useEquation(owner: EquationOwner, slug: string) {
  const path = { slug };
  const commons = useQuery({ ...apiQuery("/api/commons/{slug}/value-equation", { path }), enabled: owner === "commons" });
  const phyle = useQuery({ ...apiQuery("/api/organizations/{slug}/value-equation", { path }), enabled: owner === "phyle" });
  return owner === "commons" ? commons : phyle;
}

/** The distributions posted under that equation, newest first (one query runs: the other is disabled). */
export function useDistributions(owner: EquationOwner, slug: string) {
  const params = { path: { slug }, query: { limit: 20 } };
  const commons = useInfiniteQuery({ ...apiPages("/api/commons/{slug}/distributions", params), enabled: owner === "commons" });
  const phyle = useInfiniteQuery({ ...apiPages("/api/organizations/{slug}/distributions", params), enabled: owner === "phyle" });
  return owner === "commons" ? commons : phyle;
}

const equationKey = (owner: EquationOwner, slug: string) =>
  owner === "commons"
    ? apiKey("/api/commons/{slug}/value-equation", { path: { slug } })
    : apiKey("/api/organizations/{slug}/value-equation", { path: { slug } });

const distributionsKey = (owner: EquationOwner, slug: string) =>
  owner === "commons"
    ? apiKey("/api/commons/{slug}/distributions", { path: { slug } })
    : apiKey("/api/organizations/{slug}/distributions", { path: { slug } });

/** Every person's shares and what they are owed. */
const sharesKey = apiKey("/api/people/{handle}/shares");

/** After the equation is saved: the equation and activity. */
export const invalidateEquation = (owner: EquationOwner, slug: string) => invalidate(equationKey(owner, slug), activitiesKey);

/** After a distribution is posted: the distributions, people's shares, the books, the feedback loops and activity. */
export const invalidateDistributions = (owner: EquationOwner, slug: string) =>
  Promise.all([invalidate(distributionsKey(owner, slug), sharesKey, flowsKey, activitiesKey), invalidateTreasury()]);

/** After a payout: what people are owed, the books and activity. */
export const invalidatePayouts = () => Promise.all([invalidate(sharesKey, activitiesKey), invalidateTreasury()]);
