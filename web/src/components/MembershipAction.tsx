import { useMutation } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { client } from "../api/client.ts";
import { invalidateOrg } from "../api/foundation.ts";
import { data } from "../api/query.ts";
import type { OrganizationProfile } from "../api/schema.ts";
import { ROLE_LABEL, withArticle } from "../format.ts";
import { useSession } from "../session.tsx";
import { ConfirmButton } from "./ConfirmButton.tsx";

/** Join, request, accept, decline, withdraw or leave: whatever the viewer's standing allows. */
export function MembershipAction({ org }: { org: OrganizationProfile }) {
  const { me } = useSession();
  const location = useLocation();
  const path = { slug: org.slug };
  const action = useMutation({
    mutationFn: (what: "join" | "leave") =>
      what === "join"
        ? data(client.POST("/api/organizations/{slug}/join", { params: { path } }))
        : data(client.DELETE("/api/organizations/{slug}/members/{handle}", { params: { path: { ...path, handle: me?.handle ?? "" } } })),
    onSuccess: () => invalidateOrg(org.slug),
  });
  const busy = action.isPending;
  const error = action.error;

  if (!me) {
    if (org.joinPolicy === "invite") return <span className="standing">Membership is by invitation</span>;
    return (
      <Link className="button button--primary" to={`/signin?next=${encodeURIComponent(location.pathname)}`}>
        Sign in to join
      </Link>
    );
  }

  const join = () => action.mutate("join");
  const leave = () => action.mutate("leave");
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
