import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { client } from "../../api/client.ts";
import { apiQuery, data, queryClient } from "../../api/query.ts";
import type { Delivery, NotificationKind, NotificationPreference, NotificationPreferencesPatch } from "../../api/schema.ts";
import { FormAlert } from "../../components/FormAlert.tsx";
import { DELIVERIES, DELIVERY_LABEL, NOTIFICATION_KIND_HINT, NOTIFICATION_KIND_LABEL } from "../../components/notifications/labels.ts";
import { QueryView } from "../../components/QueryList.tsx";
import { SaveActions } from "../../components/SubmitButton.tsx";
import { useTitle } from "../../hooks.ts";
import { useSession } from "../../session.tsx";
import "../../styles/notifications.css";

const preferencesQuery = apiQuery("/api/me/notification-preferences");

function PreferencesForm({ preferences }: { preferences: NotificationPreference[] }) {
  const { t } = useTranslation();
  // The person's choices not yet saved, by kind; everything else shows as the server has it.
  const [changes, setChanges] = useState<Partial<Record<NotificationKind, Delivery>>>({});
  const [note, setNote] = useState<"saved" | "unchanged" | null>(null);
  const save = useMutation({
    mutationFn: (body: NotificationPreferencesPatch) => data(client.PATCH("/api/me/notification-preferences", { body })),
    onSuccess: (list) => {
      queryClient.setQueryData(preferencesQuery.queryKey, list);
      setChanges({});
      setNote("saved");
    },
  });
  const pending = Object.fromEntries(
    preferences.flatMap((p) => {
      const chosen = changes[p.kind];
      return chosen && chosen !== p.delivery ? [[p.kind, chosen]] : [];
    }),
  ) as NotificationPreferencesPatch;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (Object.keys(pending).length === 0) setNote("unchanged");
    else save.mutate(pending);
  };

  return (
    <form className="form preferences-form" onSubmit={submit}>
      {save.error ? <FormAlert messages={[save.error.detail]} /> : null}
      <table className="data-table preferences-table">
        <caption className="visually-hidden">{t("notifications.preferences.table")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("notifications.preferences.kind")}</th>
            {DELIVERIES.map((d) => (
              <th key={d} scope="col" className="preference-delivery">
                {DELIVERY_LABEL[d]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preferences.map((p) => {
            const current = changes[p.kind] ?? p.delivery;
            return (
              <tr key={p.kind} className={current !== p.delivery ? "preference preference--changed" : "preference"}>
                <th scope="row">
                  <span className="preference-kind">{NOTIFICATION_KIND_LABEL[p.kind]}</span>
                  <span className="preference-hint">{NOTIFICATION_KIND_HINT[p.kind]}</span>
                  <span className="preference-default">
                    {t("notifications.preferences.defaultIs", { delivery: DELIVERY_LABEL[p.default] })}
                  </span>
                </th>
                {DELIVERIES.map((d) => (
                  <td key={d} className="preference-option">
                    <label>
                      <input
                        type="radio"
                        name={p.kind}
                        value={d}
                        checked={current === d}
                        onChange={() => {
                          setNote(null);
                          setChanges((c) => ({ ...c, [p.kind]: d }));
                        }}
                      />
                      <span className="preference-option-text">
                        <span className="visually-hidden">{NOTIFICATION_KIND_LABEL[p.kind]}: </span>
                        {DELIVERY_LABEL[d]}
                        {d === p.default ? <span className="preference-default-tag"> {t("notifications.preferences.default")}</span> : null}
                      </span>
                    </label>
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <SaveActions busy={save.isPending} saved={note === "saved"}>
        {t("notifications.preferences.save")}
      </SaveActions>
      {note === "unchanged" ? (
        <p className="muted" role="status">
          {t("notifications.preferences.unchanged")}
        </p>
      ) : null}
    </form>
  );
}

/** /account/notifications: each kind of notification, how it reaches the person, and its default. */
export function NotificationPreferencesPage() {
  const { t } = useTranslation();
  useTitle(t("notifications.preferences.title"));
  const { instance, me } = useSession();
  const preferences = useQuery(preferencesQuery);
  return (
    <div className="page notification-preferences">
      <p className="back-link">
        <Link to="/notifications">
          <span aria-hidden="true">← </span>
          {t("notifications.preferences.back")}
        </Link>
      </p>
      <div className="page-head">
        <div>
          <h1>{t("notifications.preferences.title")}</h1>
          <p className="lede">{t("notifications.preferences.intro")}</p>
        </div>
      </div>
      {!instance.email.enabled ? (
        <div className="alert alert--warning" role="note">
          <p>{t("notifications.preferences.noEmail")}</p>
        </div>
      ) : me && !me.emailVerified ? (
        // Notification emails go only to proven addresses: say so where the choice is made.
        <div className="alert alert--warning" role="note">
          <p>
            {t("notifications.preferences.unverified")} <Link to="/account">{t("notifications.preferences.verifyLink")}</Link>
          </p>
        </div>
      ) : null}
      <QueryView query={preferences} loading={t("notifications.preferences.loading")}>
        {(list) => <PreferencesForm preferences={list} />}
      </QueryView>
    </div>
  );
}
