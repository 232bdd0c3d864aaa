import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { describeActivity } from "../activity.ts";
import { apiPages } from "../api/query.ts";
import type { Activity } from "../api/schema.ts";
import { useSession } from "../session.tsx";
import { Avatar } from "./Avatar.tsx";
import { QueryList } from "./QueryList.tsx";
import { RelativeTime } from "./RelativeTime.tsx";
import { Empty } from "./States.tsx";

/**
 * One activity as a sentence with its links (the feed's and the notifications' rendering). `onOpen` runs
 * when one of its links is followed; `primary` names the link that stands for the whole row (its class
 * lets the row be opened anywhere).
 */
export function ActivitySentence({ activity, onOpen, primary }: { activity: Activity; onOpen?: () => void; primary?: string }) {
  const { instance } = useSession();
  const parts = describeActivity(activity, instance.name);
  const primaryIndex = primary === undefined ? -1 : parts.findIndex((p) => typeof p !== "string" && p.to === primary);
  return (
    <p className="activity-sentence">
      {parts.map((p, i) =>
        typeof p === "string" ? (
          p
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: a sentence's parts never reorder.
          <Link key={i} to={p.to} onClick={onOpen} className={i === primaryIndex ? "activity-primary" : undefined}>
            {p.text}
          </Link>
        ),
      )}
    </p>
  );
}

export function ActivityItem({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const note = { public: null, members: t("activity.visibility.members"), private: t("activity.visibility.private") }[activity.visibility];
  return (
    <li className="activity">
      <Avatar name={activity.actor?.name ?? "?"} seed={activity.actor?.handle ?? "?"} size="sm" />
      <div className="activity-body">
        <ActivitySentence activity={activity} />
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
  limit = 15,
  emptyText,
  includePrivate = false,
}: {
  organization?: string;
  commons?: string;
  actor?: string;
  /** @deprecated Ignored: writes invalidate the activity feeds (apiKey("/api/activities")). */
  refreshKey?: number;
  limit?: number;
  emptyText?: string;
  /** Show rows only the viewer can see (their sign-ins, tokens): on a person's own profile, not in shared feeds. */
  includePrivate?: boolean;
}) {
  const { t } = useTranslation();
  const feed = useInfiniteQuery(
    apiPages("/api/activities", {
      query: { organization, commons, actor, limit, visibility: includePrivate ? undefined : "public,members" },
    }),
  );
  return (
    <div className="feed">
      <QueryList query={feed} loading={t("activity.feed.loading")} empty={<Empty title={emptyText ?? t("activity.feed.empty")} />}>
        {(items) => (
          <ol className="activity-list" aria-label={t("activity.feed.label")}>
            {items.map((a) => (
              <ActivityItem key={a.id} activity={a} />
            ))}
          </ol>
        )}
      </QueryList>
    </div>
  );
}
