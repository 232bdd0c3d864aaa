import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
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
import type { MessageKey } from "../../i18n/resources.ts";
import { NotFoundPage } from "../NotFound.tsx";

const isOpen = (c: Contribution) => c.status === "pending" || c.status === "conflicted";

export function ContributionPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [revising, setRevising] = useState(false);
  const [notice, setNotice] = useState<MessageKey | null>(null);
  const found = useQuery(contributionQuery(id));
  const c = found.data;
  // Logged work and imported commits change no document: there is no diff to ask for. Until the
  // contribution's type is known the changes load beside it, not after it (a 404 for work is ignored).
  const hasChanges = c ? c.type !== "work" && c.type !== "commit" : false;
  const changes = useQuery({ ...changesQuery(id), enabled: !c || hasChanges });
  // Reviews, revisions and withdrawals refresh the contribution and its changes themselves (queries.ts).
  useTitle(c?.title ?? t("contributions.contribution.pageTitle"));

  if (found.error?.notFound) return <NotFoundPage what="contribution" />;
  if (found.error && !c) return <LoadError error={found.error} retry={() => void found.refetch()} />;
  if (!c) return <Loading label={t("contributions.contribution.loading")} />;
  const open = isOpen(c);

  return (
    <div className="page contribution">
      <p className="eyebrow">
        <Trans
          i18nKey="contributions.contribution.to"
          values={{ commons: c.commons.title }}
          components={{ a: <Link to={`/commons/${c.commons.slug}`} /> }}
        />
      </p>
      <header className="contribution-head">
        <h1>{c.title}</h1>
        <p className="org-head-meta">
          <StatusBadge status={c.status} />
          <ContributionAuthor c={c} />
          <span className="muted">
            <Trans
              i18nKey="contributions.contribution.when"
              values={{ source: c.type === "commit" ? "git" : "proposal", updated: c.updatedAt !== c.createdAt ? "yes" : "no" }}
              components={{ created: <RelativeTime value={c.createdAt} />, updated: <RelativeTime value={c.updatedAt} /> }}
            />
          </span>
        </p>
      </header>
      {notice ? (
        <p className="notice" role="status">
          {t(notice)}
        </p>
      ) : null}
      {c.status === "conflicted" && c.conflictNote ? (
        <div className="alert alert--warning">
          <strong>{t("contributions.contribution.conflicted")}</strong>
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
                setNotice("contributions.contribution.notice.revised");
              }}
            />
          ) : null}
          <section className="section" aria-labelledby="description-title">
            <h2 id="description-title">{t("contributions.contribution.description")}</h2>
            {c.description.trim() ? (
              // biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders and sanitizes the Markdown description.
              <div className="markdown" dangerouslySetInnerHTML={{ __html: c.descriptionHtml }} />
            ) : (
              <p className="muted">{t("contributions.contribution.noDescription")}</p>
            )}
          </section>
          <ReviewNote c={c} />
          {hasChanges ? (
            <section className="section" aria-labelledby="changes-title">
              <h2 id="changes-title">{t("contributions.contribution.changes")}</h2>
              <ChangesPanel
                c={c}
                changes={changes}
                onChange={() => {
                  setNotice("contributions.contribution.notice.rebased");
                }}
              />
            </section>
          ) : null}
          {c.viewer.canReview && open ? (
            <ReviewPanel
              c={c}
              conflicts={changes.data?.merge?.conflicts.length ?? 0}
              onReviewed={({ conflicted }) => {
                setNotice(conflicted ? "contributions.contribution.notice.overlap" : null);
              }}
            />
          ) : null}
          <section className="section" aria-labelledby="discussion-title">
            <h2 id="discussion-title">{t("contributions.contribution.discussion")}</h2>
            <Discussions subjectType="contribution" subjectId={c.id} />
          </section>
        </div>
        <aside className="org-side contribution-side" aria-label={t("contributions.contribution.about")}>
          <SupportButton c={c} />
          <ContributionFacts c={c} />
          {c.viewer.isAuthor && open && !revising ? (
            <AuthorActions
              c={c}
              onRevise={() => setRevising(true)}
              onDone={() => {
                setNotice("contributions.contribution.notice.withdrawn");
              }}
            />
          ) : null}
        </aside>
      </div>
    </div>
  );
}
