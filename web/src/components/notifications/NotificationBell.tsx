import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { invalidate } from "../../api/query.ts";
import { formatNumber } from "../../format.ts";
import "../../styles/notifications.css";
import { setUnread, unreadKey, unreadQuery } from "./queries.ts";

/**
 * The unread count, live: the server's event stream sends it at once and on every change. EventSource
 * reconnects a dropped stream on its own; one it gave up on (the server refused it, or restarted
 * while the tab slept) is opened again when the window comes back into focus, which also refetches the
 * count, so a missed event is never left on screen.
 */
function useLiveUnread() {
  useEffect(() => {
    let source: EventSource | undefined;
    const onUnread = (event: MessageEvent<string>) => {
      try {
        const { unread } = JSON.parse(event.data) as { unread?: unknown };
        if (typeof unread === "number") setUnread(unread);
      } catch {
        // A malformed event changes nothing; the next one, or the next focus, brings the count.
      }
    };
    const open = () => {
      if (typeof EventSource === "undefined") return;
      source = new EventSource("/api/notifications/stream");
      source.addEventListener("unread", onUnread);
    };
    const onFocus = () => {
      void invalidate(unreadKey);
      if (source?.readyState === EventSource.CLOSED) {
        source.close();
        open();
      }
    };
    open();
    window.addEventListener("focus", onFocus);
    return () => {
      window.removeEventListener("focus", onFocus);
      source?.close();
    };
  }, []);
}

function BellIcon() {
  return (
    <svg className="bell-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        d="M12 3a6 6 0 0 0-6 6v3.6l-1.7 2.9A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.5L18 12.6V9a6 6 0 0 0-6-6Zm0 19a3 3 0 0 0 2.8-2H9.2A3 3 0 0 0 12 22Z"
        fill="currentColor"
      />
    </svg>
  );
}

/**
 * The header's bell (signed-in people only): a link to the notifications, named by the unread count in
 * words. Keyed by the person, so signing in as someone else opens their stream.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  useLiveUnread();
  const unread = useQuery(unreadQuery);
  const count = unread.data?.unread ?? 0;
  const label = t("notifications.bell.label", { count });
  return (
    <NavLink to="/notifications" className="nav-link nav-bell" aria-label={label} title={label}>
      <BellIcon />
      {count > 0 ? (
        <span className="bell-badge" aria-hidden="true" data-count={count}>
          {count > 99 ? t("notifications.bell.many") : formatNumber(count)}
        </span>
      ) : null}
    </NavLink>
  );
}
