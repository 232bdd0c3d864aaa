import { useQuery } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import { apiQuery } from "../../api/query.ts";
import { useSession } from "../../session.tsx";
import { Empty, LoadError, Loading } from "../States.tsx";
import { DocumentList } from "./DocumentList.tsx";

/** A commons' documents, loaded from the API; `limit` shows the most recently changed few with a link to all. */
export function DocumentsPanel({ slug, limit }: { slug: string; limit?: number }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const docs = useQuery(apiQuery("/api/commons/{slug}/documents", { path: { slug } }));
  if (docs.isPending) return <Loading label={t("commons.documents.loading")} />;
  if (docs.error) return <LoadError error={docs.error} retry={() => void docs.refetch()} />;
  const all = docs.data?.items ?? [];
  if (all.length === 0) {
    return (
      <Empty title={t("commons.documents.none")}>
        {me ? (
          <p>
            <Trans
              i18nKey="commons.documents.proposeFirst"
              components={{ propose: <Link to={`/commons/${slug}/propose?type=new_document`} /> }}
            />
          </p>
        ) : (
          <p>{t("commons.documents.appearOnceAccepted")}</p>
        )}
      </Empty>
    );
  }
  const shown = limit ? [...all].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, limit) : all;
  return (
    <>
      <DocumentList slug={slug} documents={shown} />
      {limit && all.length > shown.length ? (
        <p>
          <Link to={`/commons/${slug}/documents`}>{t("commons.documents.all", { count: all.length })}</Link>
        </p>
      ) : null}
    </>
  );
}
