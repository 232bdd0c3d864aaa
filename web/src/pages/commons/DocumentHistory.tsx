import { Link } from "react-router";
import { api } from "../../api.ts";
import { RevisionMeta } from "../../components/commons/RevisionMeta.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { Empty, LoadError, Loading } from "../../components/States.tsx";
import { usePaged, useTitle } from "../../hooks.ts";
import { useDocument } from "./DocumentLayout.tsx";

export function DocumentHistoryPage() {
  const { commons, head, base, version } = useDocument();
  useTitle(`History of ${head.title} · ${commons.title}`);
  const history = usePaged(`revisions:${commons.slug}:${head.path}:${version}`, (cursor) =>
    api.revisions(commons.slug, head.path, { cursor, limit: 20 }),
  );

  if (history.loading) return <Loading label="Loading history…" />;
  if (history.error && history.items.length === 0) return <LoadError error={history.error} retry={history.reload} />;
  if (history.items.length === 0) return <Empty title="No revisions yet." />;
  return (
    <>
      <ol className="revision-list" aria-label="Revisions, newest first">
        {history.items.map((r) => (
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
      <LoadMore paged={history} />
    </>
  );
}
