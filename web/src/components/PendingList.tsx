import { useMutation } from "@tanstack/react-query";
import { client } from "../api/client.ts";
import { invalidateOrg } from "../api/foundation.ts";
import { data } from "../api/query.ts";
import type { Member } from "../api/schema.ts";
import { formatDate, ROLE_LABEL } from "../format.ts";
import { PersonLink } from "./PersonLink.tsx";

/** Requests to join (approve or decline) or open invitations (withdraw), for stewards. */
export function PendingList({ slug, items, kind }: { slug: string; items: Member[]; kind: "pending" | "invited" }) {
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
                  ? `asked ${formatDate(m.since)}`
                  : `invited as ${ROLE_LABEL[m.role].toLowerCase()}, ${formatDate(m.since)}`}
              </span>
            </div>
            <div className="member-actions">
              {kind === "pending" ? (
                <>
                  <button
                    type="button"
                    className="button button--primary button--small"
                    disabled={busy}
                    aria-label={`Approve ${m.person.name}`}
                    onClick={() => answer.mutate({ member: m, approve: true })}
                  >
                    Approve
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={busy}
                    aria-label={`Decline ${m.person.name}'s request`}
                    onClick={() => answer.mutate({ member: m, approve: false })}
                  >
                    Decline
                  </button>
                </>
              ) : (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={busy}
                  aria-label={`Withdraw the invitation to ${m.person.name}`}
                  onClick={() => answer.mutate({ member: m, approve: false })}
                >
                  Withdraw invitation
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
