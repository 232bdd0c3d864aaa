import { useState } from "react";
import { type ApiError, api } from "../api.ts";
import { formatDate, ROLE_LABEL } from "../format.ts";
import { toApiError } from "../hooks.ts";
import type { Member } from "../types.ts";
import { PersonLink } from "./PersonLink.tsx";

/** Requests to join (approve or decline) or open invitations (withdraw), for stewards. */
export function PendingList({
  slug,
  items,
  kind,
  onChange,
}: {
  slug: string;
  items: Member[];
  kind: "pending" | "invited";
  onChange: () => void;
}) {
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<{ id: string; error: ApiError } | null>(null);

  const run = async (id: string, action: () => Promise<unknown>) => {
    setBusyId(id);
    setError(null);
    try {
      await action();
      onChange();
    } catch (err) {
      setError({ id, error: toApiError(err) });
    } finally {
      setBusyId(null);
    }
  };

  return (
    <ul className="member-list">
      {items.map((m) => {
        const busy = busyId === m.id;
        const who = m.person.handle;
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
                    onClick={() => run(m.id, () => api.approve(slug, who))}
                  >
                    Approve
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={busy}
                    aria-label={`Decline ${m.person.name}'s request`}
                    onClick={() => run(m.id, () => api.removeMember(slug, who))}
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
                  onClick={() => run(m.id, () => api.removeMember(slug, who))}
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
