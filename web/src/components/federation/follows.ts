import { useMutation } from "@tanstack/react-query";
import { client } from "../../api/client.ts";
import { apiKey, data, invalidate } from "../../api/query.ts";

/** Everything a follow or an unfollow changes: the list of follows, the actors' cards and the feed. */
const refresh = () => invalidate(apiKey("/api/federation/follows"), apiKey("/api/federation/actor"), apiKey("/api/federation/feed"));

/**
 * Following and unfollowing someone on another instance by handle. Each mutation ends once the pages
 * showing it have their new data, so a button's "busy" lasts until what it changed is on screen.
 */
export function useRemoteFollow() {
  const follow = useMutation({
    mutationFn: (handle: string) => data(client.POST("/api/federation/follows", { body: { handle } })),
    onSuccess: refresh,
  });
  const unfollow = useMutation({
    mutationFn: (handle: string) => data(client.POST("/api/federation/follows/undo", { body: { handle } })),
    onSuccess: refresh,
  });
  return { follow, unfollow };
}
