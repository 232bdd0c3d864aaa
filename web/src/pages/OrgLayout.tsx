import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useOutletContext, useParams } from "react-router";
import { invalidateOrg } from "../api/foundation.ts";
import { apiQuery } from "../api/query.ts";
import type { OrganizationProfile } from "../api/schema.ts";
import { Avatar } from "../components/Avatar.tsx";
import { KindBadge } from "../components/Badges.tsx";
import { MembershipAction } from "../components/MembershipAction.tsx";
import { FollowButton } from "../components/notifications/FollowButton.tsx";
import { LoadError, Loading } from "../components/States.tsx";
import { NotFoundPage } from "./NotFound.tsx";

export interface OrgContext {
  org: OrganizationProfile;
  /** Refetch the profile, its member lists and activity (mutations normally invalidate what they change themselves). */
  refresh: () => void;
}

export function useOrg(): OrgContext {
  return useOutletContext<OrgContext>();
}

function websiteLabel(url: string): string {
  try {
    const u = new URL(url);
    return (u.host + u.pathname).replace(/\/$/, "");
  } catch {
    return url;
  }
}

/** An organization's header and tabs; the tab pages render below it. */
export function OrgLayout() {
  const { t } = useTranslation();
  const { slug = "" } = useParams();
  const profile = useQuery(apiQuery("/api/organizations/{slug}", { path: { slug } }));

  if (profile.error?.notFound) return <NotFoundPage what="organization" />;
  if (profile.error && !profile.data) return <LoadError error={profile.error} retry={() => void profile.refetch()} />;
  const org = profile.data;
  if (!org) return <Loading label={t("orgs.layout.loading")} />;

  const tabs = [
    { to: "", label: t("orgs.tab.overview"), end: true },
    { to: "members", label: t("orgs.tab.members") },
    ...(org.kind === "enterprise" ? [{ to: "affiliations", label: t("orgs.tab.affiliations") }] : []),
    { to: "needs", label: t("orgs.tab.needs") },
    { to: "proposals", label: t("orgs.tab.decisions") },
    { to: "treasury", label: t("orgs.tab.treasury") },
    ...(org.kind === "enterprise" || org.kind === "association" ? [{ to: "reciprocity", label: t("orgs.tab.reciprocity") }] : []),
    ...(org.kind === "enterprise" ? [{ to: "phyle", label: t("orgs.tab.phyle") }] : []),
    ...(org.kind === "public_body" ? [{ to: "calls", label: t("budgets.tab.calls") }] : []),
    ...(org.viewer.canGovern ? [{ to: "settings", label: t("orgs.tab.settings") }] : []),
  ];

  return (
    <div className="page org">
      <header className="org-head">
        <Avatar name={org.name} seed={org.slug} size="lg" />
        <div className="org-head-text">
          <h1>{org.name}</h1>
          <p className="org-head-meta">
            <KindBadge kind={org.kind} ownership={org.ownership} />
            <span className="muted">/orgs/{org.slug}</span>
            {org.website ? (
              <a href={org.website} rel="noopener noreferrer nofollow" target="_blank">
                {websiteLabel(org.website)}
              </a>
            ) : null}
          </p>
        </div>
        <div className="head-actions">
          <MembershipAction org={org} />
          <FollowButton type="organization" id={org.id} />
        </div>
      </header>
      <nav className="tabs" aria-label={t("orgs.layout.sections", { name: org.name })}>
        {tabs.map((tab) => (
          <NavLink key={tab.to} to={tab.to ? `/orgs/${org.slug}/${tab.to}` : `/orgs/${org.slug}`} end={tab.end} className="tab">
            {tab.label}
            {tab.to === "members" ? <span className="tab-count">{org.memberCount}</span> : null}
          </NavLink>
        ))}
      </nav>
      <Outlet context={{ org, refresh: () => void invalidateOrg(org.slug) } satisfies OrgContext} />
    </div>
  );
}
