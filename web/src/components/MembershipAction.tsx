import { useMutation } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { client } from "../api/client.ts";
import { invalidateOrg } from "../api/foundation.ts";
import { data } from "../api/query.ts";
import type { OrganizationProfile } from "../api/schema.ts";
import { ROLE_LABEL } from "../format.ts";
import { useSession } from "../session.tsx";
import { ConfirmButton } from "./ConfirmButton.tsx";

/** Join, request, accept, decline, withdraw or leave: whatever the viewer's standing allows. */
export function MembershipAction({ org }: { org: OrganizationProfile }) {
  const { t } = useTranslation();
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
    if (org.joinPolicy === "invite") return <span className="standing">{t("orgs.membership.byInvitation")}</span>;
    return (
      <Link className="button button--primary" to={`/signin?next=${encodeURIComponent(location.pathname)}`}>
        {t("orgs.membership.signInToJoin")}
      </Link>
    );
  }

  const join = () => action.mutate("join");
  const leave = () => action.mutate("leave");
  const { status, role } = org.viewer;
  const roleName = ROLE_LABEL[role ?? "member"].toLowerCase();

  let content: ReactNode;
  if (status === "active") {
    content = (
      <>
        <span className="standing">{t("orgs.membership.youAre", { role: roleName })}</span>
        <ConfirmButton
          variant="secondary"
          question={t("orgs.membership.leaveQuestion", { name: org.name })}
          confirmLabel={t("orgs.membership.leave")}
          onConfirm={leave}
          busy={busy}
        >
          {t("orgs.membership.leave")}
        </ConfirmButton>
      </>
    );
  } else if (status === "pending") {
    content = (
      <>
        <span className="standing">{t("orgs.membership.pending")}</span>
        <button type="button" className="button button--secondary button--small" onClick={leave} disabled={busy}>
          {t("orgs.membership.withdrawRequest")}
        </button>
      </>
    );
  } else if (status === "invited") {
    content = (
      <>
        <span className="standing">{t("orgs.membership.invitedAs", { role: roleName })}</span>
        <button type="button" className="button button--primary" onClick={join} disabled={busy} aria-busy={busy || undefined}>
          {t("orgs.membership.accept")}
        </button>
        <button type="button" className="button button--secondary" onClick={leave} disabled={busy}>
          {t("orgs.membership.decline")}
        </button>
      </>
    );
  } else if (org.joinPolicy === "invite") {
    content = <span className="standing">{t("orgs.membership.byInvitation")}</span>;
  } else {
    content = (
      <button type="button" className="button button--primary" onClick={join} disabled={busy} aria-busy={busy || undefined}>
        {busy ? t("orgs.membership.joining") : org.joinPolicy === "open" ? t("orgs.membership.join") : t("orgs.membership.request")}
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
