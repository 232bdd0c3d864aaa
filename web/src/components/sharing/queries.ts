/** The libraries' queries and cache keys, and what a booking, a loan or a place in line changes. */
import type { Middleware } from "openapi-fetch";
import { activitiesKey } from "../../api/foundation.ts";
import { apiKey, apiQuery, invalidate } from "../../api/query.ts";
import type { FreePeriod } from "./labels.ts";

export const libraryQuery = (slug: string) => apiQuery("/api/libraries/{slug}", { path: { slug } });

export interface CatalogueFilter {
  kind?: "tool" | "vehicle" | "space" | "machine" | "other" | undefined;
  category?: string | undefined;
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export const catalogueQuery = (slug: string, query: CatalogueFilter = {}) =>
  apiQuery("/api/libraries/{slug}/resources", { path: { slug }, query });

export const availabilityQuery = (slug: string, type: string, from: string, to: string) =>
  apiQuery("/api/libraries/{slug}/resources/{type}/availability", { path: { slug, type }, query: { from, to } });

export const myBookingsQuery = () => apiQuery("/api/me/bookings");
export const myWaitlistQuery = () => apiQuery("/api/me/waitlist");

export const deskQuery = (slug: string, day: string | undefined) =>
  apiQuery("/api/libraries/{slug}/desk", { path: { slug }, query: day ? { day } : {} });

/**
 * After any booking, loan or waitlist change: every calendar and catalogue (what is free), the person's
 * bookings and places in line, every desk, and the activity feeds.
 */
export const invalidateSharing = () =>
  invalidate(
    apiKey("/api/libraries/{slug}/resources/{type}/availability"),
    apiKey("/api/libraries/{slug}/resources"),
    apiKey("/api/me/bookings"),
    apiKey("/api/me/waitlist"),
    apiKey("/api/libraries/{slug}/desk"),
    activitiesKey,
  );

/**
 * A request's own middleware that keeps the `nextFree` periods of a 409 problem (the client turns the
 * problem into an ApiError, which carries only its fields), before the client's middleware reads it.
 */
export function nextFreeCatcher(keep: (periods: FreePeriod[]) => void): Middleware {
  return {
    async onResponse({ response }) {
      if (response.status !== 409) return undefined;
      try {
        const body = (await response.clone().json()) as { nextFree?: unknown };
        if (Array.isArray(body.nextFree)) {
          keep(
            body.nextFree.filter(
              (p): p is FreePeriod => !!p && typeof p === "object" && typeof p.startsAt === "string" && typeof p.endsAt === "string",
            ),
          );
        }
      } catch {
        // Not JSON: the client's own middleware reports the failure.
      }
      return undefined;
    },
  };
}
