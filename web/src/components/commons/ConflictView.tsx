import type { MergeConflict } from "../../api/schema.ts";

function Side({ title, lines }: { title: string; lines: string[] }) {
  return (
    <div className="conflict-side">
      <p className="conflict-side-title">{title}</p>
      {lines.length > 0 ? <pre>{lines.join("\n")}</pre> : <p className="muted small">(nothing: the lines were removed)</p>}
    </div>
  );
}

/** Where the proposal and newer changes touch the same lines: the text now, as it was, and as proposed, side by side. */
export function ConflictView({ conflicts, base, head }: { conflicts: MergeConflict[]; base: number; head: number }) {
  return (
    <ol className="conflict-list">
      {conflicts.map((c) => (
        <li key={`${c.line}:${c.current.length}`} className="conflict">
          <p className="conflict-where">
            Around line {c.line} of revision {head}
          </p>
          <div className="conflict-sides">
            <Side title={`Now (revision ${head})`} lines={c.current} />
            <Side title={`When proposed (revision ${base})`} lines={c.base} />
            <Side title="Proposed" lines={c.proposed} />
          </div>
        </li>
      ))}
    </ol>
  );
}
