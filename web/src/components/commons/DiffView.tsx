import { Trans, useTranslation } from "react-i18next";
import type { Diff, DiffLine } from "../../api/schema.ts";

const SIGN = { same: " ", add: "+", del: "−" } as const;
/** What a screen reader says before a changed line (nothing before an unchanged one). */
const SPOKEN = { same: null, add: "commons.diff.added", del: "commons.diff.removed" } as const;

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
export function DiffView({ diff, label, emptyText }: { diff: Diff; label: string; emptyText?: string }) {
  const { t } = useTranslation();
  if (diff.hunks.length === 0) return <p className="muted">{emptyText ?? t("commons.diff.empty")}</p>;
  return (
    <div className="diff-wrap">
      <p className="diff-summary">
        <Trans
          i18nKey="commons.diff.summary"
          values={{ added: diff.added, removed: diff.removed }}
          components={{ added: <span className="diff-added" />, removed: <span className="diff-removed" /> }}
        />
        {diff.replacedWhole ? <span className="muted">{t("commons.diff.replacedWhole")}</span> : null}
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
            <th scope="col">{t("commons.diff.oldLine")}</th>
            <th scope="col">{t("commons.diff.newLine")}</th>
            <th scope="col">{t("commons.diff.text")}</th>
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
                  {l.op !== "same" ? <span className="visually-hidden">{t(SPOKEN[l.op])}</span> : null}
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
