import type { Diff, DiffLine } from "../../api/schema.ts";

const SIGN = { same: " ", add: "+", del: "−" } as const;
const SPOKEN = { same: "", add: "Added: ", del: "Removed: " } as const;

function LineText({ line }: { line: DiffLine }) {
  const Mark = line.op === "add" ? "ins" : "del";
  return (
    <>
      {line.segments.map((s, i) =>
        s.changed && line.op !== "same" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: a line's segments never reorder.
          <Mark key={i}>{s.text}</Mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: a line's segments never reorder.
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

/**
 * A unified diff: each hunk under its "@@" heading, old and new line numbers, removed lines
 * then added lines, and within a changed line the words that changed marked with <del>/<ins>.
 */
export function DiffView({ diff, label, emptyText = "No changes." }: { diff: Diff; label: string; emptyText?: string }) {
  if (diff.hunks.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <div className="diff-wrap">
      <p className="diff-summary">
        <span className="diff-added">+{diff.added}</span> {diff.added === 1 ? "line" : "lines"} added,{" "}
        <span className="diff-removed">−{diff.removed}</span> removed
        {diff.replacedWhole ? <span className="muted"> · too different to compare line by line, shown as replaced</span> : null}
      </p>
      <table className="diff">
        <caption className="visually-hidden">{label}</caption>
        <colgroup>
          <col className="diff-col-no" />
          <col className="diff-col-no" />
          <col />
        </colgroup>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">Old line</th>
            <th scope="col">New line</th>
            <th scope="col">Text</th>
          </tr>
        </thead>
        {diff.hunks.map((h) => (
          <tbody key={`${h.oldStart}:${h.newStart}`}>
            <tr className="diff-hunk">
              <td colSpan={3}>
                @@ −{h.oldStart} +{h.newStart} @@
              </td>
            </tr>
            {h.lines.map((l) => (
              <tr key={`${l.op}:${l.old ?? ""}:${l.new ?? ""}`} className={`diff-line diff-line--${l.op}`}>
                <td className="diff-no">{l.old ?? ""}</td>
                <td className="diff-no">{l.new ?? ""}</td>
                <td className="diff-text">
                  <span className="diff-sign" aria-hidden="true">
                    {SIGN[l.op]}
                  </span>
                  {SPOKEN[l.op] ? <span className="visually-hidden">{SPOKEN[l.op]}</span> : null}
                  <LineText line={l} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
