import { Link, NavLink, Outlet, useOutletContext, useParams } from "react-router";
import { api } from "../../api.ts";
import { documentPath } from "../../components/commons/DocumentList.tsx";
import { LoadError, Loading } from "../../components/States.tsx";
import { useResource } from "../../hooks.ts";
import type { CommonsProfile, DocumentView } from "../../types/commons.ts";
import { NotFoundPage } from "../NotFound.tsx";
import { useCommons } from "./CommonsLayout.tsx";

export interface DocumentContext {
  commons: CommonsProfile;
  /** The document at its newest revision. */
  head: DocumentView;
  /** Where this document's pages live: /commons/:slug/documents/:path */
  base: string;
  refresh: () => void;
  version: number;
}

export function useDocument(): DocumentContext {
  return useOutletContext<DocumentContext>();
}

/** A document's title and its sections (read, history, compare) inside the commons' frame. */
export function DocumentLayout() {
  const { commons, refresh, version } = useCommons();
  const { path = "" } = useParams();
  const head = useResource(`document:${commons.slug}:${path}:${version}`, () => api.document(commons.slug, path));

  if (head.error?.status === 404) return <NotFoundPage what="document" />;
  if (head.error && !head.data) return <LoadError error={head.error} retry={head.reload} />;
  const doc = head.data;
  if (!doc) return <Loading label="Loading document…" />;
  const base = documentPath(commons.slug, doc.path);

  return (
    <div className="document">
      <p className="breadcrumb">
        <Link to={`/commons/${commons.slug}/documents`}>Documents</Link> <span aria-hidden="true">/</span> <code>{doc.path}</code>
      </p>
      <h2 className="document-title">{doc.title}</h2>
      <nav className="subtabs" aria-label={`${doc.title} sections`}>
        <NavLink to={base} end className="subtab">
          Read
        </NavLink>
        <NavLink to={`${base}/history`} className="subtab">
          History <span className="tab-count">{doc.head}</span>
        </NavLink>
        <NavLink to={`${base}/diff`} className="subtab">
          Compare
        </NavLink>
      </nav>
      <Outlet context={{ commons, head: doc, base, refresh, version } satisfies DocumentContext} />
    </div>
  );
}
