import { useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { apiPages } from "../../api/query.ts";
import { RevisionMeta } from "../../components/commons/RevisionMeta.tsx";
import { QueryList } from "../../components/QueryList.tsx";
import { Empty } from "../../components/States.tsx";
import { useTitle } from "../../hooks.ts";
import { useDocument } from "./DocumentLayout.tsx";

export function DocumentHistoryPage() {
  const { commons, head, base } = useDocument();
  useTitle(`History of ${head.title} · ${commons.title}`);
  const history = useInfiniteQuery(
    apiPages("/api/commons/{slug}/documents/{path}/revisions", { path: { slug: commons.slug, path: head.path }, query: { limit: 20 } }),
  );

  return (
    <QueryList query={history} loading="Loading history…" empty={<Empty title="No revisions yet." />}>
      {(items) => (
        <ol className="revision-list" aria-label="Revisions, newest first">
          {items.map((r) => (
            <li key={r.number} className="revision-row">
              <div className="revision-row-head">
                <span className="revision-number">#{r.number}</span>
                <span className="revision-message">{r.message || <span className="muted">No message</span>}</span>
              </div>
              <p className="revision-row-meta">
                <RevisionMeta revision={r} />
              </p>
              <p className="revision-row-links">
                <Link to={`${base}?revision=${r.number}`}>
                  View<span className="visually-hidden"> revision {r.number}</span>
                </Link>
                {r.number > 1 ? <Link to={`${base}/diff?from=${r.number - 1}&to=${r.number}`}>Compare with #{r.number - 1}</Link> : null}
              </p>
            </li>
          ))}
        </ol>
      )}
    </QueryList>
  );
}
