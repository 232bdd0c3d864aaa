/** The commons area's queries, and what a write there refreshes. */
import { useMutation } from "@tanstack/react-query";
import { client } from "../../api/client.ts";
import { activitiesKey } from "../../api/foundation.ts";
import { apiKey, apiQuery, data, invalidate } from "../../api/query.ts";
import type { ApiBody } from "../../api/schema.ts";

export const commonsQuery = (slug: string) => apiQuery("/api/commons/{slug}", { path: { slug } });

/** A document at its newest revision, or at `revision`. */
export const documentQuery = (slug: string, path: string, revision?: number) =>
  apiQuery("/api/commons/{slug}/documents/{path}", revision ? { path: { slug, path }, query: { revision } } : { path: { slug, path } });

export const contributionQuery = (id: string) => apiQuery("/api/contributions/{id}", { path: { id } });
export const changesQuery = (id: string) => apiQuery("/api/contributions/{id}/changes", { path: { id } });

/**
 * After a write to a commons (a proposal, a review, a fork, its settings…): its profile and stats,
 * the lists it appears in, its documents and their histories, its forks, credit and contributors,
 * every contributions list, and the activity feeds.
 */
export function invalidateCommons(slug: string) {
  const path = { path: { slug } };
  return invalidate(
    apiKey("/api/commons/{slug}", path),
    apiKey("/api/commons"),
    apiKey("/api/commons/{slug}/documents", path),
    apiKey("/api/commons/{slug}/documents/{path}", path),
    apiKey("/api/commons/{slug}/documents/{path}/revisions", path),
    apiKey("/api/commons/{slug}/forks", path),
    apiKey("/api/commons/{slug}/credit", path),
    apiKey("/api/commons/{slug}/contributors", path),
    apiKey("/api/contributions"),
    activitiesKey,
  );
}

/** After a write to a contribution: it, its changes, the needs that link it, and its commons (above). */
export function invalidateContribution(id: string, slug: string) {
  return Promise.all([
    invalidate(
      apiKey("/api/contributions/{id}", { path: { id } }),
      apiKey("/api/contributions/{id}/changes", { path: { id } }),
      apiKey("/api/needs/{id}"),
    ),
    invalidateCommons(slug),
  ]);
}

/** Propose a contribution to a commons (a new document, an edit, logged work). */
export function usePropose(slug: string) {
  return useMutation({
    mutationFn: (body: ApiBody<"/api/commons/{slug}/contributions", "post">) =>
      data(client.POST("/api/commons/{slug}/contributions", { params: { path: { slug } }, body })),
    onSuccess: () => invalidateCommons(slug),
  });
}

/** A write to a contribution (review, revise, withdraw, support…): refreshes it and its commons when done. */
export function useContributionMutation<T, V = void>(c: { id: string; commons: { slug: string } }, call: (vars: V) => Promise<T>) {
  return useMutation({ mutationFn: call, onSuccess: () => invalidateContribution(c.id, c.commons.slug) });
}
