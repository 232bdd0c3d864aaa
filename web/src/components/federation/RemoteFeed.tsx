import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { allItems, apiPages, apiQuery } from "../../api/query.ts";
import { QueryList } from "../QueryList.tsx";
import { RemotePostItem } from "./RemotePostItem.tsx";

/**
 * The home page's "From other instances": what the actors a signed-in person follows elsewhere
 * published, newest first, with "Load more". Someone who follows nobody elsewhere, and has nothing
 * in the feed, sees nothing of it.
 */
export function RemoteFeed() {
  const { t } = useTranslation();
  const follows = useQuery(apiQuery("/api/federation/follows"));
  const feed = useInfiniteQuery(apiPages("/api/federation/feed"));
  if (follows.isPending || feed.isPending) return null;
  if (!follows.data?.items.length && allItems(feed.data).length === 0) return null;
  return (
    <section className="remote-feed" aria-labelledby="remote-feed-title">
      <h2 id="remote-feed-title">{t("federation.feed.title")}</h2>
      <QueryList
        query={feed}
        empty={
          <p className="muted">
            {t("federation.feed.empty")} <Link to="/account#following">{t("federation.feed.manage")}</Link>
          </p>
        }
      >
        {(posts) => (
          <ul className="remote-posts">
            {posts.map((p) => (
              <RemotePostItem key={p.id} post={p} />
            ))}
          </ul>
        )}
      </QueryList>
    </section>
  );
}
