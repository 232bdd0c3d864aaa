import { Link } from "react-router";
import { useSession } from "../../session.tsx";
import type { Need } from "../../types/needs.ts";
import { LinkContribution } from "./LinkContribution.tsx";
import { CONTRIBUTION_STATUS_LABEL } from "./labels.ts";

/** The contributions that answer the need, and the form to link another. */
export function LinkedContributions({ need, onChange }: { need: Need; onChange: (need: Need) => void }) {
  const { me } = useSession();
  return (
    <>
      {need.links.length === 0 ? (
        <p className="muted">No contribution is linked yet.</p>
      ) : (
        <ul className="need-links">
          {need.links.map(({ contribution: c }) => (
            <li key={c.id}>
              <Link to={`/contributions/${c.id}`} className="strong">
                {c.title}
              </Link>
              <span className="muted small">
                {" "}
                {CONTRIBUTION_STATUS_LABEL[c.status]}
                {c.author ? ` · by ${c.author.name}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
      {me ? (
        <details className="need-details">
          <summary>Link a contribution</summary>
          <LinkContribution need={need} onChange={onChange} />
        </details>
      ) : null}
    </>
  );
}
