import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { apiQuery } from "../api/query.ts";
import { ActivityFeed } from "../components/ActivityFeed.tsx";
import { RoleBadge } from "../components/Badges.tsx";
import { PersonLink } from "../components/PersonLink.tsx";
import { Empty, LoadError, Loading } from "../components/States.tsx";
import { formatDate, JOIN_POLICY_LABEL, ROLE_LABEL, ROLE_PLURAL, ROLES } from "../format.ts";
import { useTitle } from "../hooks.ts";
import { useOrg } from "./OrgLayout.tsx";

const PREVIEW = 8;

function MemberPreview() {
  const { org } = useOrg();
  const members = useQuery(
    apiQuery("/api/organizations/{slug}/members", { path: { slug: org.slug }, query: { status: "active", limit: PREVIEW } }),
  );
  if (members.isPending) return <Loading label="Loading members…" />;
  if (members.error) return <LoadError error={members.error} retry={() => void members.refetch()} />;
  const items = members.data?.items ?? [];
  if (items.length === 0) return <Empty title="No members yet." />;
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
          {org.memberCount > items.length ? `See all ${org.memberCount} members →` : "See members by role →"}
        </Link>
      </p>
    </>
  );
}

export function OrgOverviewPage() {
  const { org } = useOrg();
  useTitle(org.name);
  const roleSummary = ROLES.filter((r) => (org.roles[r] ?? 0) > 0).map((r) => {
    const n = org.roles[r] ?? 0;
    return `${n} ${(n === 1 ? ROLE_LABEL[r] : ROLE_PLURAL[r]).toLowerCase()}`;
  });

  return (
    <div className="org-columns">
      <div className="org-main">
        <section aria-labelledby="about-title" className="section">
          <h2 id="about-title">About</h2>
          {org.description ? <p className="prose">{org.description}</p> : <p className="muted">No description yet.</p>}
          <dl className="facts">
            <div>
              <dt>Joining</dt>
              <dd>{JOIN_POLICY_LABEL[org.joinPolicy]}</dd>
            </div>
            <div>
              <dt>Members</dt>
              <dd>{roleSummary.length > 0 ? roleSummary.join(", ") : "None yet"}</dd>
            </div>
            <div>
              <dt>On this instance since</dt>
              <dd>{formatDate(org.createdAt)}</dd>
            </div>
          </dl>
        </section>
        <section aria-labelledby="activity-title" className="section">
          <h2 id="activity-title">Activity</h2>
          <ActivityFeed organization={org.slug} />
        </section>
      </div>
      <aside className="org-side" aria-labelledby="members-title">
        <h2 id="members-title">Members</h2>
        <MemberPreview />
      </aside>
    </div>
  );
}
