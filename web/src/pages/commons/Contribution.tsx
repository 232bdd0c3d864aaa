import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import type { Contribution } from "../../api/schema.ts";
import { AuthorActions } from "../../components/commons/AuthorActions.tsx";
import { StatusBadge } from "../../components/commons/Badges.tsx";
import { ChangesPanel } from "../../components/commons/ChangesPanel.tsx";
import { ContributionAuthor } from "../../components/commons/ContributionAuthor.tsx";
import { ContributionFacts } from "../../components/commons/ContributionFacts.tsx";
import { conflictSummary } from "../../components/commons/labels.ts";
import { changesQuery, contributionQuery } from "../../components/commons/queries.ts";
import { ReviewNote } from "../../components/commons/ReviewNote.tsx";
import { ReviewPanel } from "../../components/commons/ReviewPanel.tsx";
import { ReviseForm } from "../../components/commons/ReviseForm.tsx";
import { SupportButton } from "../../components/commons/SupportButton.tsx";
import { Discussions } from "../../components/discussions/Discussions.tsx";
import { RelativeTime } from "../../components/RelativeTime.tsx";
import { LoadError, Loading } from "../../components/States.tsx";
import { useTitle } from "../../hooks.ts";
import { NotFoundPage } from "../NotFound.tsx";

const isOpen = (c: Contribution) => c.status === "pending" || c.status === "conflicted";

export function ContributionPage() {
  const { id = "" } = useParams();
  const [revising, setRevising] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const found = useQuery(contributionQuery(id));
  const c = found.data;
  // Logged work and imported commits change no document: there is no diff to ask for. Until the
  // contribution's type is known the changes load beside it, not after it (a 404 for work is ignored).
  const hasChanges = c ? c.type !== "work" && c.type !== "commit" : false;
  const changes = useQuery({ ...changesQuery(id), enabled: !c || hasChanges });
  // Reviews, revisions and withdrawals refresh the contribution and its changes themselves (queries.ts).
  useTitle(c?.title ?? "Contribution");

  if (found.error?.notFound) return <NotFoundPage what="contribution" />;
  if (found.error && !c) return <LoadError error={found.error} retry={() => void found.refetch()} />;
  if (!c) return <Loading label="Loading contribution…" />;
  const open = isOpen(c);

  return (
    <div className="page contribution">
      <p className="eyebrow">
        Contribution to <Link to={`/commons/${c.commons.slug}`}>{c.commons.title}</Link>
      </p>
      <header className="contribution-head">
        <h1>{c.title}</h1>
        <p className="org-head-meta">
          <StatusBadge status={c.status} />
          <ContributionAuthor c={c} />
          <span className="muted">
            {c.type === "commit" ? "imported from git" : "proposed"} <RelativeTime value={c.createdAt} />
            {c.updatedAt !== c.createdAt ? (
              <>
                , updated <RelativeTime value={c.updatedAt} />
              </>
            ) : null}
          </span>
        </p>
      </header>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {c.status === "conflicted" && c.conflictNote ? (
        <div className="alert alert--warning">
          <strong>Conflicted</strong>
          <p>
            {c.type === "edit" && c.baseRevision !== null && c.document?.head
              ? conflictSummary(c.baseRevision, c.document.head, changes.data?.merge?.conflicts.length ?? null)
              : c.conflictNote}
          </p>
        </div>
      ) : null}
      <div className="org-columns">
        <div className="org-main">
          {revising && c.viewer.isAuthor && open ? (
            <ReviseForm
              c={c}
              changes={changes.data}
              onCancel={() => setRevising(false)}
              onDone={() => {
                setRevising(false);
                setNotice("Your proposal is updated.");
              }}
            />
          ) : null}
          <section className="section" aria-labelledby="description-title">
            <h2 id="description-title">Description</h2>
            {c.description.trim() ? (
              // biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders and sanitizes the Markdown description.
              <div className="markdown" dangerouslySetInnerHTML={{ __html: c.descriptionHtml }} />
            ) : (
              <p className="muted">No description.</p>
            )}
          </section>
          <ReviewNote c={c} />
          {hasChanges ? (
            <section className="section" aria-labelledby="changes-title">
              <h2 id="changes-title">Changes</h2>
              <ChangesPanel
                c={c}
                changes={changes}
                onChange={() => {
                  setNotice("Your proposal now starts from the newest revision and is back in review.");
                }}
              />
            </section>
          ) : null}
          {c.viewer.canReview && open ? (
            <ReviewPanel
              c={c}
              conflicts={changes.data?.merge?.conflicts.length ?? 0}
              onReviewed={({ conflicted }) => {
                setNotice(
                  conflicted
                    ? "Nothing was merged: the changes overlap newer ones. The author has been asked to update the proposal."
                    : null,
                );
              }}
            />
          ) : null}
          <section className="section" aria-labelledby="discussion-title">
            <h2 id="discussion-title">Discussion</h2>
            <Discussions subjectType="contribution" subjectId={c.id} />
          </section>
        </div>
        <aside className="org-side contribution-side" aria-label="About this contribution">
          <SupportButton c={c} />
          <ContributionFacts c={c} />
          {c.viewer.isAuthor && open && !revising ? (
            <AuthorActions
              c={c}
              onRevise={() => setRevising(true)}
              onDone={() => {
                setNotice("You withdrew this proposal.");
              }}
            />
          ) : null}
        </aside>
      </div>
    </div>
  );
}
