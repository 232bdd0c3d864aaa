import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { api } from "../api.ts";
import { ROLE_LABEL, withArticle } from "../format.ts";
import { useAction } from "../hooks.ts";
import { useSession } from "../session.tsx";
import type { OrganizationProfile } from "../types.ts";
import { ConfirmButton } from "./ConfirmButton.tsx";

/** Join, request, accept, decline, withdraw or leave: whatever the viewer's standing allows. */
export function MembershipAction({ org, onChange }: { org: OrganizationProfile; onChange: () => void }) {
  const { me } = useSession();
  const location = useLocation();
  const { busy, error, run } = useAction(onChange);

  if (!me) {
    if (org.joinPolicy === "invite") return <span className="standing">Membership is by invitation</span>;
    return (
      <Link className="button button--primary" to={`/signin?next=${encodeURIComponent(location.pathname)}`}>
        Sign in to join
      </Link>
    );
  }

  const join = () => run(() => api.join(org.slug));
  const leave = () => run(() => api.removeMember(org.slug, me.handle));
  const { status, role } = org.viewer;
  const roleName = role ? ROLE_LABEL[role].toLowerCase() : "member";

  let content: ReactNode;
  if (status === "active") {
    content = (
      <>
        <span className="standing">You are {withArticle(roleName)}</span>
        <ConfirmButton variant="secondary" question={`Leave ${org.name}?`} confirmLabel="Leave" onConfirm={leave} busy={busy}>
          Leave
        </ConfirmButton>
      </>
    );
  } else if (status === "pending") {
    content = (
      <>
        <span className="standing">Your request to join is awaiting a steward</span>
        <button type="button" className="button button--secondary button--small" onClick={leave} disabled={busy}>
          Withdraw request
        </button>
      </>
    );
  } else if (status === "invited") {
    content = (
      <>
        <span className="standing">You are invited to join as {withArticle(roleName)}</span>
        <button type="button" className="button button--primary" onClick={join} disabled={busy} aria-busy={busy || undefined}>
          Accept invitation
        </button>
        <button type="button" className="button button--secondary" onClick={leave} disabled={busy}>
          Decline
        </button>
      </>
    );
  } else if (org.joinPolicy === "invite") {
    content = <span className="standing">Membership is by invitation</span>;
  } else {
    content = (
      <button type="button" className="button button--primary" onClick={join} disabled={busy} aria-busy={busy || undefined}>
        {busy ? "Joining…" : org.joinPolicy === "open" ? "Join" : "Request to join"}
      </button>
    );
  }

  return (
    <div className="membership-action">
      <div className="membership-action-row">{content}</div>
      {error ? (
        <p className="field-error" role="alert">
          {error.detail}
        </p>
      ) : null}
    </div>
  );
}
