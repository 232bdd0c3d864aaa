/** Cache keys of the foundation (organizations, members, people, activity) and what a write there refreshes. */
import { apiKey, invalidate } from "./query.ts";

export const orgKey = (slug: string) => apiKey("/api/organizations/{slug}", { path: { slug } });
export const membersKey = (slug: string) => apiKey("/api/organizations/{slug}/members", { path: { slug } });
export const orgAffiliationsKey = (slug: string) => apiKey("/api/organizations/{slug}/affiliations", { path: { slug } });
export const personKey = (handle?: string) =>
  handle ? apiKey("/api/people/{handle}", { path: { handle } }) : apiKey("/api/people/{handle}");
export const activitiesKey = apiKey("/api/activities");

/** After a change to an organization or its memberships: its profile, member lists, people's profiles and activity feeds. */
export const invalidateOrg = (slug: string) =>
  invalidate(orgKey(slug), membersKey(slug), orgAffiliationsKey(slug), personKey(), apiKey("/api/organizations"), activitiesKey);

/** After a change to affiliations: every enterprise's list, people's profiles and activity feeds. */
export const invalidateAffiliations = () => invalidate(apiKey("/api/organizations/{slug}/affiliations"), personKey(), activitiesKey);
