import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { client } from "../api/client.ts";
import { invalidateOrg } from "../api/foundation.ts";
import { data } from "../api/query.ts";
import type { Member } from "../api/schema.ts";
import { formatDate, ROLE_LABEL } from "../format.ts";
import { PersonLink } from "./PersonLink.tsx";

/** Requests to join (approve or decline) or open invitations (withdraw), for stewards. */
export function PendingList({ slug, items, kind }: { slug: string; items: Member[]; kind: "pending" | "invited" }) {
  const { t } = useTranslation();
  const answer = useMutation({
    mutationFn: ({ member, approve }: { member: Member; approve: boolean }) => {
      const params = { path: { slug, handle: member.person.handle } };
      return approve
        ? data(client.POST("/api/organizations/{slug}/members/{handle}/approve", { params }))
        : data(client.DELETE("/api/organizations/{slug}/members/{handle}", { params }));
    },
    onSuccess: () => invalidateOrg(slug),
  });
  const busyId = answer.isPending ? answer.variables.member.id : null;
  const error = answer.error ? { id: answer.variables?.member.id, error: answer.error } : null;

  return (
    <ul className="member-list">
      {items.map((m) => {
        const busy = busyId === m.id;
        return (
          <li key={m.id} className="member-row">
            <div className="member-who">
              <PersonLink person={m.person} />
              <span className="muted member-since">
                {kind === "pending"
                  ? t("orgs.pending.asked", { date: formatDate(m.since) })
                  : t("orgs.pending.invitedAs", { role: ROLE_LABEL[m.role].toLowerCase(), date: formatDate(m.since) })}
              </span>
            </div>
            <div className="member-actions">
              {kind === "pending" ? (
                <>
                  <button
                    type="button"
                    className="button button--primary button--small"
                    disabled={busy}
                    aria-label={t("orgs.pending.approveLabel", { name: m.person.name })}
                    onClick={() => answer.mutate({ member: m, approve: true })}
                  >
                    {t("orgs.pending.approve")}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={busy}
                    aria-label={t("orgs.pending.declineLabel", { name: m.person.name })}
                    onClick={() => answer.mutate({ member: m, approve: false })}
                  >
                    {t("orgs.pending.decline")}
                  </button>
                </>
              ) : (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={busy}
                  aria-label={t("orgs.pending.withdrawLabel", { name: m.person.name })}
                  onClick={() => answer.mutate({ member: m, approve: false })}
                >
                  {t("orgs.pending.withdraw")}
                </button>
              )}
            </div>
            {error?.id === m.id ? (
              <p className="field-error member-error" role="alert">
                {error.error.detail}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
