/** The needs board's cache keys, and the one mutation every action on a need goes through. */
import { useMutation } from "@tanstack/react-query";
import { activitiesKey } from "../../api/foundation.ts";
import { apiKey, apiQuery, invalidate } from "../../api/query.ts";
import type { Need } from "../../api/schema.ts";

export const needQuery = (id: string) => apiQuery("/api/needs/{id}", { path: { id } });
export const needKey = (id: string) => apiKey("/api/needs/{id}", { path: { id } });
/** Every board: the whole instance's, each commons' and each organization's, whatever the filters. */
export const boardsKey = apiKey("/api/needs");

/** After a change to a need: the need, every board (statuses, taker counts) and the activity feeds. */
export const invalidateNeed = (id: string) => invalidate(needKey(id), boardsKey, activitiesKey);

/** An action on a need (take up, step back, report, link, close, reopen…): busy while it runs and its page refreshes. */
export function useNeedMutation<V = void>(id: string, call: (vars: V) => Promise<Need>) {
  return useMutation({ mutationFn: call, onSuccess: () => invalidateNeed(id) });
}
