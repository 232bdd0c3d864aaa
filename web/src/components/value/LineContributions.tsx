import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { apiPages } from "../../api/query.ts";
import { CONTRIBUTION_KIND_LABEL, formatDate, formatHours } from "../../format.ts";
import { QueryList } from "../QueryList.tsx";

/** The accepted contributions behind one contributor's share, loaded when the line is opened. */
export function LineContributions({ distributionId, position }: { distributionId: string; position: number }) {
  const { t } = useTranslation();
  const contributions = useInfiniteQuery(
    apiPages("/api/distributions/{id}/lines/{position}/contributions", {
      path: { id: distributionId, position },
      query: { limit: 20 },
    }),
  );
  return (
    <QueryList query={contributions} loading={t("value.line.loading")} empty={<p className="muted">{t("value.line.onlyReviews")}</p>}>
      {(items) => (
        <ul className="value-line-contributions">
          {items.map((c) => (
            <li key={c.id}>
              <Link to={`/contributions/${c.id}`}>{c.title}</Link>{" "}
              <span className="muted">
                {CONTRIBUTION_KIND_LABEL[c.kind]} · {formatDate(c.performedOn)}
                {c.minutes ? ` · ${formatHours(c.hours)}` : ""}
                {c.lines ? ` · ${t("value.statement.lines", { count: c.lines })}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </QueryList>
  );
}
