import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { Link, useParams } from "react-router";
import type { Need } from "../../api/schema.ts";
import { Discussions } from "../../components/discussions/Discussions.tsx";
import { RenderedHtml } from "../../components/discussions/RenderedHtml.tsx";
import { useReturnFocus } from "../../components/discussions/useReturnFocus.ts";
import { CloseNeed } from "../../components/needs/CloseNeed.tsx";
import { EditNeedForm } from "../../components/needs/EditNeedForm.tsx";
import { LinkedContributions } from "../../components/needs/LinkedContributions.tsx";
import { scopeLink, scopeName } from "../../components/needs/labels.ts";
import { NeedHeader } from "../../components/needs/NeedHeader.tsx";
import { Progress } from "../../components/needs/Progress.tsx";
import { needQuery } from "../../components/needs/queries.ts";
import { Takers } from "../../components/needs/TakeUp.tsx";
import { RelativeTime } from "../../components/RelativeTime.tsx";
import { LoadError, Loading } from "../../components/States.tsx";
import { useTitle } from "../../hooks.ts";
import "../../styles/needs.css";
import { NotFoundPage } from "../NotFound.tsx";

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card need-panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A loaded need; keyed by its id, so going to another need starts afresh (not editing). */
function NeedView({ need }: { need: Need }) {
  const [editing, setEditing] = useState(false);
  const editRef = useReturnFocus(editing);

  return (
    <article className="page need-page">
      <p className="back-link">
        <Link to={scopeLink(need.scope)}>
          <span aria-hidden="true">← </span>
          {need.scope.kind === "commons" ? `Needs of ${scopeName(need.scope)}` : scopeName(need.scope)}
        </Link>
      </p>
      {editing ? (
        <EditNeedForm need={need} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
      ) : (
        <NeedHeader need={need} editRef={editRef} onEdit={() => setEditing(true)} />
      )}
      <div className="need-layout">
        <section className="need-body" aria-labelledby="need-details">
          <h2 id="need-details" className="visually-hidden">
            Details
          </h2>
          {need.status === "done" ? (
            <div className="notice need-done">
              <p>
                <strong>Done</strong>
                {need.closedAt ? (
                  <>
                    {" "}
                    <RelativeTime value={need.closedAt} />
                  </>
                ) : null}
                {need.closedBy ? `, marked by ${need.closedBy.name}` : ""}.
              </p>
              {need.closeNote ? <p className="need-close-note">{need.closeNote}</p> : null}
            </div>
          ) : null}
          {need.bodyHtml.trim() ? <RenderedHtml html={need.bodyHtml} /> : <p className="muted">No details given.</p>}
        </section>
        <aside className="need-side" aria-label="Taking part">
          <Panel id="need-takers" title="Who is on it">
            <Takers need={need} />
          </Panel>
          <Panel id="need-links" title="Contributions that answer it">
            <LinkedContributions need={need} />
          </Panel>
          {need.viewer.canClose ? (
            <Panel id="need-close" title={need.status === "done" ? "Not done after all?" : "Is it done?"}>
              <CloseNeed need={need} />
            </Panel>
          ) : null}
        </aside>
        <section className="need-progress" aria-labelledby="need-progress">
          <h2 id="need-progress">Progress</h2>
          <Progress need={need} />
        </section>
        <section className="need-discussion" aria-labelledby="need-discussion">
          <h2 id="need-discussion">Discussion</h2>
          <Discussions subjectType="need" subjectId={need.id} />
        </section>
      </div>
    </article>
  );
}

/** One need or offer (/needs/:id): what is wanted, who is on it, progress, linked work, and its discussion. */
export function NeedPage() {
  const { id = "" } = useParams();
  const loaded = useQuery(needQuery(id));
  const need = loaded.data;
  useTitle(need?.title ?? "Need");

  if (loaded.isPending) return <Loading label="Loading…" />;
  if (loaded.error?.notFound) return <NotFoundPage what="need" />;
  if (!need) return loaded.error ? <LoadError error={loaded.error} retry={() => void loaded.refetch()} /> : null;
  return <NeedView key={need.id} need={need} />;
}
