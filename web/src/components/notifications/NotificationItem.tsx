import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { activityLink, activityText, describeActivity } from "../../activity.ts";
import type { Notification } from "../../api/schema.ts";
import { useSession } from "../../session.tsx";
import { ActivitySentence } from "../ActivityFeed.tsx";
import { Avatar } from "../Avatar.tsx";
import { RelativeTime } from "../RelativeTime.tsx";
import { NOTIFICATION_KIND_LABEL } from "./labels.ts";
import { markRead } from "./queries.ts";

/**
 * One notification: its kind, its activity as the feed writes it, and when. Following any of its links
 * opens it, which marks it read; the link to the thing it is about stands for the whole row.
 */
export function NotificationItem({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  const { instance } = useSession();
  const unread = n.readAt === null;
  const target = activityLink(n.activity, instance.name);
  // When the sentence links to the thing itself, that link opens the row; otherwise its time does.
  const linked = describeActivity(n.activity, instance.name).some((p) => typeof p !== "string" && p.to === target);
  const read = useMutation({ mutationFn: () => markRead([n.id]) });
  // Navigation goes on at once; the write and the count's refresh finish after this row has gone.
  const open = unread ? () => void markRead([n.id]).catch(() => undefined) : undefined;
  return (
    <li className={unread ? "notification notification--unread" : "notification"}>
      <Avatar name={n.activity.actor?.name ?? "?"} seed={n.activity.actor?.handle ?? "?"} size="sm" />
      <div className="notification-body">
        <p className="notification-kind">
          {unread ? (
            <>
              <span className="notification-dot" aria-hidden="true" />
              <span className="visually-hidden">{t("notifications.unread")}: </span>
            </>
          ) : null}
          {NOTIFICATION_KIND_LABEL[n.kind]}
        </p>
        <ActivitySentence activity={n.activity} onOpen={open} primary={target} />
        <p className="activity-meta">
          {target && !linked ? (
            <Link to={target} onClick={open} className="notification-time">
              <RelativeTime value={n.createdAt} />
            </Link>
          ) : (
            <RelativeTime value={n.createdAt} />
          )}
        </p>
      </div>
      {unread ? (
        <button
          type="button"
          className="button button--secondary button--small notification-read"
          onClick={() => read.mutate()}
          disabled={read.isPending}
          aria-label={t("notifications.markReadOf", { what: activityText(n.activity, instance.name) })}
        >
          {t("notifications.markRead")}
        </button>
      ) : null}
    </li>
  );
}
