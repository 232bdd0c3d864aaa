import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { activityLink } from "../../activity.ts";
import { apiQuery, invalidate } from "../../api/query.ts";
import type { Notification } from "../../api/schema.ts";
import { NotificationItem } from "../../components/notifications/NotificationItem.tsx";
import { markRead } from "../../components/notifications/queries.ts";
import { LoadError, Loading } from "../../components/States.tsx";
import { useTitle } from "../../hooks.ts";
import { useSession } from "../../session.tsx";
import "../../styles/notifications.css";

/**
 * Opens one notification: marks it read, then goes to what it is about. The write is not awaited: like a
 * row of the list (NotificationItem), navigation goes on at once and the count refreshes when it answers.
 */
function Open({ notification: n, query }: { notification: Notification; query: readonly unknown[] }) {
  const { t } = useTranslation();
  const { instance } = useSession();
  const navigate = useNavigate();
  const target = activityLink(n.activity, instance.name);
  // Once per notification, whatever re-renders (or StrictMode's second effect) come.
  const opened = useRef<string | null>(null);
  useEffect(() => {
    if (opened.current === n.id) return;
    opened.current = n.id;
    if (n.readAt === null) {
      void markRead([n.id])
        .then(() => invalidate(query))
        .catch(() => undefined);
    }
    // Replace: Back from the target goes where the person came from, not to this page and forward again.
    if (target) navigate(target, { replace: true });
  }, [n.id, n.readAt, target, navigate, query]);

  if (target) return <Loading label={t("notifications.open.opening")} />;
  return (
    <>
      <ol className="notification-list">
        <NotificationItem notification={n} />
      </ol>
      <p>
        <Link to="/notifications">{t("notifications.open.all")}</Link>
      </p>
    </>
  );
}

/**
 * /notifications/:id: where every notification email links. It opens the notification's target (marked
 * read) in place of itself, or shows the notification alone when it points at nothing.
 */
export function NotificationLinkPage() {
  const { t } = useTranslation();
  useTitle(t("notifications.open.title"));
  const { id = "" } = useParams();
  const options = apiQuery("/api/notifications/{id}", { path: { id } });
  const notification = useQuery(options);
  return (
    <div className="page notification-open">
      <h1>{t("notifications.open.title")}</h1>
      <div aria-live="polite">
        {notification.isPending ? (
          <Loading label={t("notifications.open.loading")} />
        ) : notification.isError ? (
          notification.error.notFound ? (
            <div className="alert alert--error" role="alert">
              <p>{t("notifications.open.notFound")}</p>
              <p>
                <Link to="/notifications">{t("notifications.open.all")}</Link>
              </p>
            </div>
          ) : (
            <LoadError error={notification.error} retry={() => void notification.refetch()} />
          )
        ) : (
          <Open notification={notification.data} query={options.queryKey} />
        )}
      </div>
    </div>
  );
}
