/** Phyles' cache keys, and what a write there refreshes. */
import { activitiesKey } from "../../api/foundation.ts";
import { apiKey, invalidate } from "../../api/query.ts";
import { flowsKey } from "../reciprocity/keys.ts";
import { invalidateTreasury } from "../treasury/queries.ts";

export const charterKey = (slug: string) => apiKey("/api/organizations/{slug}/phyle-charter", { path: { slug } });
export const periodsKey = (slug: string) => apiKey("/api/organizations/{slug}/phyle-periods", { path: { slug } });

/** After the charter is adopted or amended: the charter, the phyle's value equation page, and activity. */
export const invalidateCharter = (slug: string) =>
  invalidate(charterKey(slug), apiKey("/api/organizations/{slug}/value-equation", { path: { slug } }), activitiesKey);

/** After a period is recorded: its list, the books it was paid from and into, the commons' feedback loops, and activity. */
export const invalidatePeriods = (slug: string) =>
  Promise.all([invalidate(periodsKey(slug), flowsKey, activitiesKey), invalidateTreasury()]);
