import { Link } from "react-router";
import type { Commons } from "../../api/schema.ts";
import { plural } from "../../format.ts";
import { LicenceBadge } from "./Badges.tsx";

export function CommonsCard({ commons }: { commons: Commons }) {
  const { stats } = commons;
  return (
    <li className="card org-card commons-card">
      <div>
        <h3 className="org-card-name">
          <Link to={`/commons/${commons.slug}`}>{commons.title}</Link>
        </h3>
        <p className="commons-card-meta">
          <LicenceBadge licence={commons.licence} />
          <span className="muted">by {commons.community.name}</span>
        </p>
      </div>
      {commons.forkedFrom ? <p className="commons-card-fork muted">Fork of {commons.forkedFrom.title}</p> : null}
      {commons.summary ? <p className="org-card-description">{commons.summary}</p> : null}
      {commons.tags.length > 0 ? <p className="commons-card-tags">{commons.tags.map((t) => `#${t}`).join(" ")}</p> : null}
      <p className="org-card-meta">
        {plural(stats.documents, "document")} · {plural(stats.contributors, "contributor")} · {stats.open} open
      </p>
    </li>
  );
}
