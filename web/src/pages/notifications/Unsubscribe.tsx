import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { type ApiError, client } from "../../api/client.ts";
import { apiKey, apiQuery, data, invalidate } from "../../api/query.ts";
import type { NotificationKind, Unsubscription } from "../../api/schema.ts";
import { NOTIFICATION_KIND_LABEL } from "../../components/notifications/labels.ts";
import { LoadError, Loading } from "../../components/States.tsx";
import { useTitle } from "../../hooks.ts";
import { perLocale } from "../../i18n/intl.ts";
import { useSession } from "../../session.tsx";
import "../../styles/notifications.css";

/** ["Replies", "Mentions"] → "Replies, Mentions": the kinds as the labels the preferences page shows. */
const kindList = perLocale((l) => new Intl.ListFormat(l, { style: "short", type: "unit" }));
const kindsText = (kinds: NotificationKind[]) => kindList().format(kinds.map((k) => NOTIFICATION_KIND_LABEL[k]));

/** A link that is no longer good: a token not signed here (422 naming `token`), or for a person no longer here (404). */
const badLink = (error: ApiError) =>
  error.status === 404 || (error.status === 422 && error.errors.some((e) => /(^|\.)token$/.test(e.path)));

/** What the link stops, in words: one kind's emails, or a digest (and the kinds it gathers). */
function WhatStops({ what }: { what: Unsubscription }) {
  const { t } = useTranslation();
  const digest = what.topic === "digest:daily" ? "daily" : what.topic === "digest:weekly" ? "weekly" : null;
  if (!digest) return <p className="unsubscribe-what">{t("notifications.unsubscribe.kinds", { kinds: kindsText(what.kinds) })}</p>;
  return (
    <>
      <p className="unsubscribe-what">{t("notifications.unsubscribe.digest", { period: digest })}</p>
      <p className="muted">
        {what.kinds.length > 0
          ? t("notifications.unsubscribe.digestKinds", { kinds: kindsText(what.kinds) })
          : t("notifications.unsubscribe.digestEmpty")}
      </p>
    </>
  );
}

function BadLink() {
  const { t } = useTranslation();
  return (
    <div className="alert alert--error" role="alert">
      <p>{t("notifications.unsubscribe.bad")}</p>
      <p>
        <Link to="/account/notifications">{t("notifications.unsubscribe.toPreferences")}</Link>
      </p>
    </div>
  );
}

/**
 * /unsubscribe?token=…: the footer link of every notification and digest email. Opening it changes
 * nothing (mail scanners open links); it says what would stop, and the button stops it. The token is
 * the whole authority, so it works signed out.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  useTitle(t("notifications.unsubscribe.title"));
  const { me } = useSession();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const preview = useQuery({ ...apiQuery("/api/mail/unsubscribe", { query: { token } }), enabled: token !== "" });
  const stop = useMutation({
    mutationFn: () => data(client.POST("/api/mail/unsubscribe", { params: { query: { token } } })),
    // A signed-in person's preferences page shows the change when they go there.
    onSuccess: () => (me ? invalidate(apiKey("/api/me/notification-preferences")) : undefined),
  });

  return (
    <div className="auth unsubscribe">
      <h1>{t("notifications.unsubscribe.title")}</h1>
      <div aria-live="polite">
        {token === "" ? (
          <BadLink />
        ) : preview.isPending ? (
          <Loading label={t("notifications.unsubscribe.loading")} />
        ) : preview.isError ? (
          badLink(preview.error) ? (
            <BadLink />
          ) : (
            <LoadError error={preview.error} retry={() => void preview.refetch()} />
          )
        ) : stop.isSuccess ? (
          <div className="card unsubscribe-done" role="status">
            <p>
              <strong>{t("notifications.unsubscribe.done")}</strong>
            </p>
            <WhatStops what={stop.data} />
            <p>{t("notifications.unsubscribe.stayInApp")}</p>
            <p>
              <Link to="/account/notifications">{t("notifications.unsubscribe.toPreferences")}</Link>
            </p>
          </div>
        ) : (
          <div className="card unsubscribe-ask">
            <p className="muted">{t("notifications.unsubscribe.lede")}</p>
            <WhatStops what={preview.data} />
            <p className="muted">{t("notifications.unsubscribe.stayInApp")}</p>
            {stop.isError ? (
              stop.error && badLink(stop.error) ? (
                <BadLink />
              ) : (
                <div className="alert alert--error" role="alert">
                  <p>{stop.error.detail}</p>
                </div>
              )
            ) : null}
            <div className="form-actions">
              <button
                type="button"
                className="button button--primary"
                onClick={() => stop.mutate()}
                disabled={stop.isPending}
                aria-busy={stop.isPending || undefined}
              >
                {stop.isPending ? t("notifications.unsubscribe.stopping") : t("notifications.unsubscribe.stop")}
              </button>
            </div>
            <p>
              <Link to="/account/notifications">{t("notifications.unsubscribe.orChoose")}</Link>
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
