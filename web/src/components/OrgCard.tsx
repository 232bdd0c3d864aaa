import { Link } from "react-router";
import type { Organization } from "../api/schema.ts";
import { Avatar } from "./Avatar.tsx";
import { KindBadge } from "./Badges.tsx";

export function OrgCard({ org }: { org: Organization }) {
  return (
    <li className="card org-card">
      <div className="org-card-head">
        <Avatar name={org.name} seed={org.slug} />
        <div>
          <h3 className="org-card-name">
            <Link to={`/orgs/${org.slug}`}>{org.name}</Link>
          </h3>
          <KindBadge kind={org.kind} ownership={org.ownership} />
        </div>
      </div>
      {org.description ? <p className="org-card-description">{org.description}</p> : null}
      <p className="org-card-meta">
        {org.memberCount} {org.memberCount === 1 ? "member" : "members"}
      </p>
    </li>
  );
}
