import { Link } from "react-router";
import { valueApi } from "../../api/value.ts";
import { CONTRIBUTION_KIND_LABEL, formatDate, formatHours } from "../../format.ts";
import { usePaged } from "../../hooks.ts";
import { LoadMore } from "../LoadMore.tsx";
import { LoadError, Loading } from "../States.tsx";

/** The accepted contributions behind one contributor's share, loaded when the line is opened. */
export function LineContributions({ distributionId, position }: { distributionId: string; position: number }) {
  const paged = usePaged(`line:${distributionId}:${position}`, (cursor) =>
    valueApi.lineContributions(distributionId, position, { cursor, limit: 20 }),
  );
  if (paged.loading && paged.items.length === 0) return <Loading label="Loading contributions…" />;
  if (paged.error && paged.items.length === 0) return <LoadError error={paged.error} retry={paged.reload} />;
  if (paged.items.length === 0) return <p className="muted">Only reviews earned this share.</p>;
  return (
    <>
      <ul className="value-line-contributions">
        {paged.items.map((c) => (
          <li key={c.id}>
            <Link to={`/contributions/${c.id}`}>{c.title}</Link>{" "}
            <span className="muted">
              {CONTRIBUTION_KIND_LABEL[c.kind]} · {formatDate(c.performedOn)}
              {c.minutes ? ` · ${formatHours(c.hours)}` : ""}
              {c.lines ? ` · ${c.lines} lines` : ""}
            </span>
          </li>
        ))}
      </ul>
      <LoadMore paged={paged} />
    </>
  );
}
