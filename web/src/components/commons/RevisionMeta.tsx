import { Link } from "react-router";
import type { Revision } from "../../api/schema.ts";
import { PersonLink } from "../PersonLink.tsx";
import { RelativeTime } from "../RelativeTime.tsx";

/** Who made a revision, when, how big it was, and the accepted contribution behind it. */
export function RevisionMeta({ revision }: { revision: Revision }) {
  return (
    <span className="revision-meta">
      {revision.author ? <PersonLink person={revision.author} showHandle={false} /> : <span className="muted">A former member</span>}
      <RelativeTime value={revision.createdAt} />
      <span className="diff-counts">
        <span className="diff-added">+{revision.linesAdded}</span> <span className="diff-removed">−{revision.linesRemoved}</span>
        <span className="visually-hidden"> lines</span>
      </span>
      {revision.fromUpstream ? <span className="badge">From the original</span> : null}
      {revision.contributionId ? <Link to={`/contributions/${revision.contributionId}`}>Proposal</Link> : null}
    </span>
  );
}
