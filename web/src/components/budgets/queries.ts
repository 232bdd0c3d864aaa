/** The participatory budgets' queries and cache keys, and what each write changes. */
import { activitiesKey } from "../../api/foundation.ts";
import { apiKey, apiQuery, invalidate } from "../../api/query.ts";

export const callsQuery = (organization?: string) => apiQuery("/api/calls", { query: organization ? { organization } : {} });
export const callQuery = (slug: string) => apiQuery("/api/calls/{slug}", { path: { slug } });
export const projectsQuery = (slug: string) => apiQuery("/api/calls/{slug}/projects", { path: { slug } });
export const projectQuery = (slug: string, number: string) => apiQuery("/api/calls/{slug}/projects/{number}", { path: { slug, number } });
export const myBallotQuery = (slug: string) => apiQuery("/api/calls/{slug}/ballot", { path: { slug } });
export const resultsQuery = (slug: string) => apiQuery("/api/calls/{slug}/results", { path: { slug } });
export const accountabilityQuery = (slug: string) => apiQuery("/api/calls/{slug}/accountability", { path: { slug } });

/** The call's `.pb` file (Pabulib), as pabutools and equalshares.net read it. */
export const pbFileUrl = (slug: string) => `/api/calls/${encodeURIComponent(slug)}/vote.pb`;

/** After a project is submitted, edited, reviewed or supported: the call's projects, that project, and the feeds. */
export const invalidateProjects = (slug: string) =>
  invalidate(
    apiKey("/api/calls/{slug}/projects", { path: { slug } }),
    apiKey("/api/calls/{slug}/projects/{number}", { path: { slug } }),
    activitiesKey,
  );

/** After a ballot: one's own ballot, and the call (its turnout) wherever it is listed. */
export const invalidateBallot = (slug: string) =>
  invalidate(apiKey("/api/calls/{slug}/ballot", { path: { slug } }), apiKey("/api/calls/{slug}", { path: { slug } }), apiKey("/api/calls"));

/** After a grant's tranches, a payment or a report: the accountability page, and the feeds. */
export const invalidateGrants = (slug: string) => invalidate(apiKey("/api/calls/{slug}/accountability", { path: { slug } }), activitiesKey);

/** After a call is opened: every list of calls (the body's and the instance's), and the feeds. */
export const invalidateCalls = () => invalidate(apiKey("/api/calls"), activitiesKey);

/** After a paper ballot: the call's turnout, wherever the call is shown or listed. */
export const invalidateTurnout = (slug: string) => invalidate(apiKey("/api/calls/{slug}", { path: { slug } }), apiKey("/api/calls"));

/** After the results are computed again: the results, the grants the winners became, the call, and the feeds. */
export const invalidateResults = (slug: string) =>
  invalidate(
    apiKey("/api/calls/{slug}/results", { path: { slug } }),
    apiKey("/api/calls/{slug}/accountability", { path: { slug } }),
    apiKey("/api/calls/{slug}", { path: { slug } }),
    activitiesKey,
  );
