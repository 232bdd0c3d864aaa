import { useTranslation } from "react-i18next";
import type { MergeConflict } from "../../api/schema.ts";

function Side({ title, lines }: { title: string; lines: string[] }) {
  const { t } = useTranslation();
  return (
    <div className="conflict-side">
      <p className="conflict-side-title">{title}</p>
      {lines.length > 0 ? <pre>{lines.join("\n")}</pre> : <p className="muted small">{t("commons.conflict.removed")}</p>}
    </div>
  );
}

/** Where the proposal and newer changes touch the same lines: the text now, as it was, and as proposed, side by side. */
export function ConflictView({ conflicts, base, head }: { conflicts: MergeConflict[]; base: number; head: number }) {
  const { t } = useTranslation();
  return (
    <ol className="conflict-list">
      {conflicts.map((c) => (
        <li key={`${c.line}:${c.current.length}`} className="conflict">
          <p className="conflict-where">{t("commons.conflict.where", { line: c.line, head })}</p>
          <div className="conflict-sides">
            <Side title={t("commons.conflict.now", { head })} lines={c.current} />
            <Side title={t("commons.conflict.base", { base })} lines={c.base} />
            <Side title={t("commons.conflict.proposed")} lines={c.proposed} />
          </div>
        </li>
      ))}
    </ol>
  );
}
