import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useOutletContext, useParams, useSearchParams } from "react-router";
import type { CommonsProfile, Document } from "../../api/schema.ts";
import { documentPath } from "../../components/commons/DocumentList.tsx";
import { documentQuery } from "../../components/commons/queries.ts";
import { LoadError, Loading } from "../../components/States.tsx";
import { NotFoundPage } from "../NotFound.tsx";
import { useCommons } from "./CommonsLayout.tsx";

export interface DocumentContext {
  commons: CommonsProfile;
  /** The document at its newest revision. */
  head: Document;
  /** Where this document's pages live: /commons/:slug/documents/:path */
  base: string;
  refresh: () => void;
}

/** The `?revision=` a page asks for, if it is a revision number. */
export function askedRevision(value: string | null): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : undefined;
}

export function useDocument(): DocumentContext {
  return useOutletContext<DocumentContext>();
}

/** A document's title and its sections (read, history, compare) inside the commons' frame. */
export function DocumentLayout() {
  const { t } = useTranslation();
  const { commons, refresh } = useCommons();
  const { path = "" } = useParams();
  const [params] = useSearchParams();
  const head = useQuery(documentQuery(commons.slug, path));
  // A revision asked for by the address (read or edit an older one) loads beside the newest, not after it.
  const asked = askedRevision(params.get("revision"));
  useQuery({ ...documentQuery(commons.slug, path, asked), enabled: asked !== undefined });

  if (head.error?.notFound) return <NotFoundPage what="document" />;
  if (head.error && !head.data) return <LoadError error={head.error} retry={() => void head.refetch()} />;
  const doc = head.data;
  if (!doc) return <Loading label={t("contributions.document.loading")} />;
  const base = documentPath(commons.slug, doc.path);

  return (
    <div className="document">
      <p className="breadcrumb">
        <Link to={`/commons/${commons.slug}/documents`}>{t("contributions.documents.title")}</Link> <span aria-hidden="true">/</span>{" "}
        <code>{doc.path}</code>
      </p>
      <h2 className="document-title">{doc.title}</h2>
      <nav className="subtabs" aria-label={t("contributions.sections", { title: doc.title })}>
        <NavLink to={base} end className="subtab">
          {t("contributions.document.read")}
        </NavLink>
        <NavLink to={`${base}/history`} className="subtab">
          {t("contributions.document.history")} <span className="tab-count">{doc.head}</span>
        </NavLink>
        <NavLink to={`${base}/diff`} className="subtab">
          {t("contributions.document.compare")}
        </NavLink>
      </nav>
      <Outlet context={{ commons, head: doc, base, refresh } satisfies DocumentContext} />
    </div>
  );
}
