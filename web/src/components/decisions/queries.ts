/** Cache keys of decisions, and what a vote, a cancellation or a new proposal refreshes. */
import { activitiesKey } from "../../api/foundation.ts";
import { apiKey, apiQuery, invalidate } from "../../api/query.ts";

export const proposalQuery = (id: string) => apiQuery("/api/proposals/{id}", { path: { id } });
export const votesKey = (id: string) => apiKey("/api/proposals/{id}/votes", { path: { id } });

/**
 * After a change to a proposal (or a new one): the proposal, its votes, every list of proposals,
 * activity feeds, and what a proposal decides (an expense, a budget).
 */
export const invalidateProposal = (id?: string) =>
  invalidate(
    id ? proposalQuery(id).queryKey : apiKey("/api/proposals/{id}"),
    id ? votesKey(id) : apiKey("/api/proposals/{id}/votes"),
    apiKey("/api/proposals"),
    apiKey("/api/expenses/{id}"),
    apiKey("/api/organizations/{slug}/expenses"),
    apiKey("/api/organizations/{slug}/budgets"),
    activitiesKey,
  );
