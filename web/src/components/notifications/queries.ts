/**
 * The notifications' keys and writes. The unread count is one cached query (`/api/notifications/unread`)
 * that the live stream (useLiveUnread) and every write set directly; the lists are invalidated by prefix.
 */
import { client } from "../../api/client.ts";
import { apiKey, apiQuery, data, invalidate, queryClient } from "../../api/query.ts";
import type { Unread } from "../../api/schema.ts";

/** The unread count's query (its exact key: setQueryData does not match by prefix). */
export const unreadQuery = apiQuery("/api/notifications/unread");
export const unreadKey = unreadQuery.queryKey;
/** Every notifications list, whatever its filters (and not the unread count: keys compare whole path segments). */
export const listsKey = apiKey("/api/notifications");

/** A new unread count: shown at once, and the lists refetched when it moved (something arrived, or was read elsewhere). */
export function setUnread(unread: number) {
  const before = queryClient.getQueryData<Unread>(unreadKey)?.unread;
  queryClient.setQueryData<Unread>(unreadKey, { unread });
  if (before !== undefined && before !== unread) void invalidate(listsKey);
}

/**
 * Marks notifications read. A plain function rather than a component's mutation, because opening a
 * notification navigates away at once: the write and its invalidation must finish after the item unmounts.
 */
export async function markRead(ids: string[] | "all"): Promise<void> {
  const result =
    ids === "all"
      ? await data(client.POST("/api/notifications/read-all"))
      : await data(client.POST("/api/notifications/read", { body: { ids } }));
  queryClient.setQueryData<Unread>(unreadKey, result);
  await invalidate(listsKey);
}
