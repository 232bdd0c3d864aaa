import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Organization } from "../api/schema.ts";
import { Avatar } from "./Avatar.tsx";
import { KindBadge } from "./Badges.tsx";

/** `level`: 2 where the cards are the page's list under its h1, 3 under a section's h2 (heading levels never skip). */
export function OrgCard({ org, level = 3 }: { org: Organization; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = `h${level}` as const;
  return (
    <li className="card org-card">
      <div className="org-card-head">
        <Avatar name={org.name} seed={org.slug} />
        <div>
          <Heading className="org-card-name">
            <Link to={`/orgs/${org.slug}`}>{org.name}</Link>
          </Heading>
          <KindBadge kind={org.kind} ownership={org.ownership} />
        </div>
      </div>
      {org.description ? <p className="org-card-description">{org.description}</p> : null}
      <p className="org-card-meta">{t("orgs.card.members", { count: org.memberCount })}</p>
    </li>
  );
}
