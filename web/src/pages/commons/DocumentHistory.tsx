import { useInfiniteQuery } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import { apiPages } from "../../api/query.ts";
import { RevisionMeta } from "../../components/commons/RevisionMeta.tsx";
import { QueryList } from "../../components/QueryList.tsx";
import { Empty } from "../../components/States.tsx";
import { useTitle } from "../../hooks.ts";
import { useDocument } from "./DocumentLayout.tsx";

export function DocumentHistoryPage() {
  const { t } = useTranslation();
  const { commons, head, base } = useDocument();
  useTitle(t("contributions.history.pageTitle", { document: head.title, commons: commons.title }));
  const history = useInfiniteQuery(
    apiPages("/api/commons/{slug}/documents/{path}/revisions", { path: { slug: commons.slug, path: head.path }, query: { limit: 20 } }),
  );

  return (
    <QueryList query={history} loading={t("contributions.history.loading")} empty={<Empty title={t("contributions.history.empty")} />}>
      {(items) => (
        <ol className="revision-list" aria-label={t("contributions.history.label")}>
          {items.map((r) => (
            <li key={r.number} className="revision-row">
              <div className="revision-row-head">
                <span className="revision-number">#{r.number}</span>
                <span className="revision-message">
                  {r.message || <span className="muted">{t("contributions.history.noMessage")}</span>}
                </span>
              </div>
              <p className="revision-row-meta">
                <RevisionMeta revision={r} />
              </p>
              <p className="revision-row-links">
                <Link to={`${base}?revision=${r.number}`}>
                  <Trans
                    i18nKey="contributions.history.view"
                    values={{ number: r.number }}
                    components={{ hidden: <span className="visually-hidden" /> }}
                  />
                </Link>
                {r.number > 1 ? (
                  <Link to={`${base}/diff?from=${r.number - 1}&to=${r.number}`}>
                    {t("contributions.history.compare", { number: r.number - 1 })}
                  </Link>
                ) : null}
              </p>
            </li>
          ))}
        </ol>
      )}
    </QueryList>
  );
}
