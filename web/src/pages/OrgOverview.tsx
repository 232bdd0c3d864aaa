import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { apiQuery } from "../api/query.ts";
import { ActivityFeed } from "../components/ActivityFeed.tsx";
import { RoleBadge } from "../components/Badges.tsx";
import { FollowFromElsewhere } from "../components/federation/FollowFromElsewhere.tsx";
import { PersonLink } from "../components/PersonLink.tsx";
import { Empty, LoadError, Loading } from "../components/States.tsx";
import { formatDate, JOIN_POLICY_LABEL, ROLE_LABEL, ROLE_PLURAL, ROLES } from "../format.ts";
import { useTitle } from "../hooks.ts";
import { useOrg } from "./OrgLayout.tsx";

const PREVIEW = 8;

function MemberPreview() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const members = useQuery(
    apiQuery("/api/organizations/{slug}/members", { path: { slug: org.slug }, query: { status: "active", limit: PREVIEW } }),
  );
  if (members.isPending) return <Loading label={t("orgs.members.loading")} />;
  if (members.error) return <LoadError error={members.error} retry={() => void members.refetch()} />;
  const items = members.data?.items ?? [];
  if (items.length === 0) return <Empty title={t("orgs.members.empty")} />;
  return (
    <>
      <ul className="member-preview">
        {items.map((m) => (
          <li key={m.id}>
            <PersonLink person={m.person} showHandle={false} />
            {m.role !== "member" ? <RoleBadge role={m.role} /> : null}
          </li>
        ))}
      </ul>
      <p>
        <Link to={`/orgs/${org.slug}/members`}>
          {org.memberCount > items.length ? t("orgs.overview.seeAll", { count: org.memberCount }) : t("orgs.overview.seeByRole")}
        </Link>
      </p>
    </>
  );
}

export function OrgOverviewPage() {
  const { t } = useTranslation();
  const { org } = useOrg();
  useTitle(org.name);
  const roleSummary = ROLES.filter((r) => (org.roles[r] ?? 0) > 0).map((r) => {
    const n = org.roles[r] ?? 0;
    return t("orgs.overview.roleCount", { count: n, one: ROLE_LABEL[r].toLowerCase(), other: ROLE_PLURAL[r].toLowerCase() });
  });

  return (
    <div className="org-columns">
      <div className="org-main">
        <section aria-labelledby="about-title" className="section">
          <h2 id="about-title">{t("orgs.overview.about")}</h2>
          {org.description ? <p className="prose">{org.description}</p> : <p className="muted">{t("orgs.overview.noDescription")}</p>}
          <dl className="facts">
            <div>
              <dt>{t("orgs.overview.joining")}</dt>
              <dd>{JOIN_POLICY_LABEL[org.joinPolicy]}</dd>
            </div>
            <div>
              <dt>{t("orgs.overview.members")}</dt>
              <dd>{roleSummary.length > 0 ? roleSummary.join(", ") : t("orgs.overview.noneYet")}</dd>
            </div>
            <div>
              <dt>{t("orgs.overview.since")}</dt>
              <dd>{formatDate(org.createdAt)}</dd>
            </div>
          </dl>
        </section>
        <section aria-labelledby="activity-title" className="section">
          <h2 id="activity-title">{t("orgs.overview.activity")}</h2>
          <ActivityFeed organization={org.slug} />
        </section>
      </div>
      <aside className="org-side" aria-labelledby="members-title">
        <h2 id="members-title">{t("orgs.overview.members")}</h2>
        <MemberPreview />
        <FollowFromElsewhere slug={org.slug} />
      </aside>
    </div>
  );
}
