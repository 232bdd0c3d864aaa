import { Link } from "react-router";
import { describeActivity } from "../activity.ts";
import { api } from "../api.ts";
import { usePaged } from "../hooks.ts";
import { useSession } from "../session.tsx";
import type { Activity } from "../types.ts";
import { Avatar } from "./Avatar.tsx";
import { LoadMore } from "./LoadMore.tsx";
import { RelativeTime } from "./RelativeTime.tsx";
import { Empty, LoadError, Loading } from "./States.tsx";

const VISIBILITY_NOTE = { public: null, members: "Members only", private: "Only you" } as const;

export function ActivityItem({ activity }: { activity: Activity }) {
  const { instance } = useSession();
  const parts = describeActivity(activity, instance.name);
  const note = VISIBILITY_NOTE[activity.visibility];
  return (
    <li className="activity">
      <Avatar name={activity.actor?.name ?? "?"} seed={activity.actor?.handle ?? "?"} size="sm" />
      <div className="activity-body">
        <p className="activity-sentence">
          {parts.map((p, i) =>
            typeof p === "string" ? (
              p
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: a sentence's parts never reorder.
              <Link key={i} to={p.to}>
                {p.text}
              </Link>
            ),
          )}
        </p>
        <p className="activity-meta">
          <RelativeTime value={activity.createdAt} />
          {note ? <span className="activity-visibility"> · {note}</span> : null}
        </p>
      </div>
    </li>
  );
}

/** The activity log, filtered by organization, commons or actor, newest first, with "Load more". */
export function ActivityFeed({
  organization,
  commons,
  actor,
  refreshKey = 0,
  limit = 15,
  emptyText = "Nothing has happened here yet.",
  includePrivate = false,
}: {
  organization?: string;
  commons?: string;
  actor?: string;
  refreshKey?: number;
  limit?: number;
  emptyText?: string;
  /** Show rows only the viewer can see (their sign-ins, tokens): on a person's own profile, not in shared feeds. */
  includePrivate?: boolean;
}) {
  const feed = usePaged(`activity:${organization ?? ""}:${commons ?? ""}:${actor ?? ""}:${limit}:${refreshKey}`, (cursor) =>
    api.activities({ organization, commons, actor, cursor, limit, visibility: includePrivate ? undefined : "public,members" }),
  );
  if (feed.loading) return <Loading label="Loading activity…" />;
  if (feed.error && feed.items.length === 0) return <LoadError error={feed.error} retry={feed.reload} />;
  const items = feed.items;
  if (items.length === 0 && !feed.hasMore) return <Empty title={emptyText} />;
  return (
    <div className="feed">
      <ol className="activity-list" aria-label="Activity">
        {items.map((a) => (
          <ActivityItem key={a.id} activity={a} />
        ))}
      </ol>
      <LoadMore paged={feed} />
    </div>
  );
}
