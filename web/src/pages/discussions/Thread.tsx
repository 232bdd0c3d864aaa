import { Trans, useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { CommentThread } from "../../components/discussions/CommentThread.tsx";
import { subjectLink } from "../../components/discussions/subject.ts";
import { useThread } from "../../components/discussions/useThread.ts";
import { FollowButton } from "../../components/notifications/FollowButton.tsx";
import { PersonLink } from "../../components/PersonLink.tsx";
import { RelativeTime } from "../../components/RelativeTime.tsx";
import { LoadError, Loading } from "../../components/States.tsx";
import { useTitle } from "../../hooks.ts";
import { NotFoundPage } from "../NotFound.tsx";
import "../../styles/discussions.css";

/** One discussion thread on its own page (/threads/:id), with the way back to what it is about. */
export function ThreadPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const state = useThread(id);
  const { thread } = state;
  useTitle(thread?.title ?? t("discussions.thread.pageTitle"));

  if (state.loading) return <Loading label={t("discussions.thread.loading")} />;
  if (state.error?.notFound) return <NotFoundPage what="discussion" />;
  if (!thread) return state.error ? <LoadError error={state.error} retry={state.reload} /> : null;
  const back = subjectLink(thread);
  return (
    <article className="page page--narrow thread-page">
      {back ? (
        <p className="back-link">
          <Link to={back.to}>
            <span aria-hidden="true">← </span>
            {t("discussions.thread.backTo", { subject: back.kind, title: back.title })}
          </Link>
        </p>
      ) : null}
      <div className="thread-head">
        <h1>{thread.title}</h1>
        <FollowButton type="thread" id={thread.id} />
      </div>
      <p className="thread-byline">
        {thread.author ? <PersonLink person={thread.author} showHandle={false} /> : <span>{t("discussions.formerMember")}</span>}
        <span>
          <Trans i18nKey="discussions.thread.startedIt" components={{ time: <RelativeTime value={thread.createdAt} /> }} />
        </span>
        <span className="muted">{t("discussions.thread.commentCount", { count: thread.commentCount })}</span>
      </p>
      <CommentThread state={state} />
    </article>
  );
}
