import { useInfiniteQuery, useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { apiPages } from "../../api/query.ts";
import type { Notification } from "../../api/schema.ts";
import { useNow } from "../../clock.ts";
import { useQueryParams } from "../../components/commons/useQueryParams.ts";
import { Field } from "../../components/Field.tsx";
import { FormAlert } from "../../components/FormAlert.tsx";
import { NOTIFICATION_KIND_LABEL, NOTIFICATION_KINDS } from "../../components/notifications/labels.ts";
import { NotificationItem } from "../../components/notifications/NotificationItem.tsx";
import { markRead, unreadQuery } from "../../components/notifications/queries.ts";
import { Empty, QueryList } from "../../components/QueryList.tsx";
import { formatDate, isKeyOf } from "../../format.ts";
import { useTitle } from "../../hooks.ts";
import "../../styles/notifications.css";

/** The local calendar day of a time, "YYYY-MM-DD": the person's day, not UTC's. */
function dayOf(time: Date): string {
  return `${time.getFullYear()}-${String(time.getMonth() + 1).padStart(2, "0")}-${String(time.getDate()).padStart(2, "0")}`;
}

/** Consecutive notifications of the same day, newest day first (the list comes newest first). */
function byDay(items: Notification[]): { day: string; items: Notification[] }[] {
  const groups: { day: string; items: Notification[] }[] = [];
  for (const n of items) {
    const day = dayOf(new Date(n.createdAt));
    const last = groups.at(-1);
    if (last?.day === day) last.items.push(n);
    else groups.push({ day, items: [n] });
  }
  return groups;
}

function DayGroups({ items }: { items: Notification[] }) {
  const { t } = useTranslation();
  // "Today" becomes "Yesterday" at midnight while the page stays open.
  const now = new Date(useNow());
  const today = dayOf(now);
  const yesterday = dayOf(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1));
  const name = (day: string) =>
    day === today ? t("notifications.day.today") : day === yesterday ? t("notifications.day.yesterday") : formatDate(day);
  return (
    <div className="notification-days">
      {byDay(items).map((group) => {
        // Named by its first notification: a day can come back after another when a reminder is told late.
        const id = `day-${group.items[0]?.id ?? group.day}`;
        return (
          <section key={id} className="notification-day" aria-labelledby={id}>
            <h2 id={id} className="notification-day-title">
              {name(group.day)}
            </h2>
            <ol className="notification-list" aria-labelledby={id}>
              {group.items.map((n) => (
                <NotificationItem key={n.id} notification={n} />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

/** /notifications: what concerns the signed-in person, by day, newest first; filters, "Mark all read", "Load more". */
export function NotificationsPage() {
  const { t } = useTranslation();
  useTitle(t("notifications.title"));
  const params = useQueryParams();
  const show = params.get("show") === "unread" ? "unread" : "all";
  const kindParam = params.get("kind");
  const kind = isKeyOf(NOTIFICATION_KIND_LABEL, kindParam) ? kindParam : "";
  const unread = useQuery(unreadQuery);
  const list = useInfiniteQuery(
    apiPages("/api/notifications", { query: { unread: show === "unread" ? "true" : undefined, kind: kind || undefined, limit: 30 } }),
  );
  const markAll = useMutation({ mutationFn: () => markRead("all") });
  const count = unread.data?.unread;
  const filtered = show === "unread" || kind !== "";

  return (
    <div className="page page--narrow notifications-page">
      <div className="page-head">
        <div>
          <h1>{t("notifications.title")}</h1>
          {count !== undefined ? (
            <p className="lede" aria-live="polite">
              {t("notifications.summary", { count })}
            </p>
          ) : null}
        </div>
        <div className="notifications-actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => markAll.mutate()}
            disabled={markAll.isPending || count === 0}
            aria-busy={markAll.isPending || undefined}
          >
            {markAll.isPending ? t("notifications.markingAllRead") : t("notifications.markAllRead")}
          </button>
          <Link to="/account/notifications">{t("notifications.preferencesLink")}</Link>
        </div>
      </div>
      {markAll.error ? <FormAlert messages={[markAll.error.detail]} /> : null}
      <search className="filters" aria-label={t("notifications.filters")}>
        <form className="filters-form filters-form--even" onSubmit={(e) => e.preventDefault()}>
          <Field
            as="select"
            label={t("notifications.filter.show")}
            name="show"
            value={show}
            onChange={(e) => params.update({ show: e.target.value === "unread" ? "unread" : "" })}
          >
            <option value="all">{t("notifications.filter.all")}</option>
            <option value="unread">{t("notifications.filter.unread")}</option>
          </Field>
          <Field
            as="select"
            label={t("notifications.filter.kind")}
            name="kind"
            value={kind}
            onChange={(e) => params.update({ kind: e.target.value })}
          >
            <option value="">{t("notifications.filter.anyKind")}</option>
            {NOTIFICATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {NOTIFICATION_KIND_LABEL[k]}
              </option>
            ))}
          </Field>
        </form>
      </search>
      <QueryList
        query={list}
        loading={t("notifications.loading")}
        empty={
          filtered ? (
            <Empty title={show === "unread" ? t("notifications.emptyUnread") : t("notifications.empty")}>
              <button type="button" className="button button--secondary" onClick={() => params.update({ show: "", kind: "" })}>
                {t("notifications.filter.showAll")}
              </button>
            </Empty>
          ) : (
            <Empty title={t("notifications.empty")}>
              <p>{t("notifications.emptyHint")}</p>
            </Empty>
          )
        }
      >
        {(items) => <DayGroups items={items} />}
      </QueryList>
    </div>
  );
}
