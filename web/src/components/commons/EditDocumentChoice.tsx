import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { apiQuery } from "../../api/query.ts";
import { Empty, LoadError, Loading } from "../States.tsx";
import { documentPath } from "./DocumentList.tsx";

/** "An edit of a document" on the Contribute page: the commons' documents, each opening its editor, where the edit is proposed. */
export function EditDocumentChoice({ slug }: { slug: string }) {
  const docs = useQuery(apiQuery("/api/commons/{slug}/documents", { path: { slug } }));
  if (docs.isPending) return <Loading label="Loading documents…" />;
  if (docs.error) return <LoadError error={docs.error} retry={() => void docs.refetch()} />;
  if (docs.data.items.length === 0) {
    return <Empty title="This commons has no documents to edit yet.">Propose the first one as a new document.</Empty>;
  }
  return (
    <div className="edit-choice">
      <p className="field-hint">Choose the document to change; its editor starts from the newest revision.</p>
      <ul className="doc-list">
        {docs.data.items.map((d) => (
          <li key={d.path} className="doc-row">
            <div className="doc-row-main">
              <Link to={`${documentPath(slug, d.path)}/edit`} className="doc-row-title">
                Edit {d.title}
              </Link>
              <span className="muted doc-row-path">{d.path}</span>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
