import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { apiPages } from "../../api/query.ts";
import type { SubjectType } from "../../api/schema.ts";
import { useSession } from "../../session.tsx";
import { QueryList } from "../QueryList.tsx";
import { RelativeTime } from "../RelativeTime.tsx";
import { Empty } from "../States.tsx";
import { StartThreadForm } from "./StartThreadForm.tsx";
import { useReturnFocus } from "./useReturnFocus.ts";

/** A commons' or a document's titled threads, liveliest first, and "Start a discussion". */
export function ThreadList({ subjectType, subjectId }: { subjectType: Extract<SubjectType, "commons" | "document">; subjectId: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);
  const startRef = useReturnFocus(starting);
  const threads = useInfiniteQuery(apiPages("/api/threads", { query: { subjectType, subjectId, limit: 20 } }));

  return (
    <div className="threads">
      {starting ? (
        <StartThreadForm
          subjectType={subjectType}
          subjectId={subjectId}
          onStarted={(thread) => navigate(`/threads/${thread.id}`)}
          onCancel={() => setStarting(false)}
        />
      ) : me ? (
        <button ref={startRef} type="button" className="button button--primary" onClick={() => setStarting(true)}>
          {t("discussions.start.label")}
        </button>
      ) : (
        <p className="muted">
          <Trans
            i18nKey="discussions.list.signInToStart"
            components={{ signin: <Link to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`} /> }}
          />
        </p>
      )}
      <QueryList query={threads} loading={t("discussions.list.loading")} empty={<Empty title={t("discussions.list.empty")} />}>
        {(items) => (
          <ul className="thread-list">
            {items.map((th) => (
              <li key={th.id} className="thread-row">
                <Link to={`/threads/${th.id}`} className="thread-row-title">
                  {th.title}
                </Link>
                <p className="thread-row-meta">
                  {th.author ? (
                    <Trans
                      i18nKey="discussions.list.meta"
                      values={{ count: th.commentCount, author: th.author.name }}
                      components={{ time: <RelativeTime value={th.lastCommentAt} /> }}
                    />
                  ) : (
                    <Trans
                      i18nKey="discussions.list.metaFormerMember"
                      values={{ count: th.commentCount }}
                      components={{ time: <RelativeTime value={th.lastCommentAt} /> }}
                    />
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </QueryList>
    </div>
  );
}
