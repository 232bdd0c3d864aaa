import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
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
          onStarted={(t) => navigate(`/threads/${t.id}`)}
          onCancel={() => setStarting(false)}
        />
      ) : me ? (
        <button ref={startRef} type="button" className="button button--primary" onClick={() => setStarting(true)}>
          Start a discussion
        </button>
      ) : (
        <p className="muted">
          <Link to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`}>Sign in</Link> to start a discussion.
        </p>
      )}
      <QueryList query={threads} loading="Loading discussions…" empty={<Empty title="No discussions yet." />}>
        {(items) => (
          <ul className="thread-list">
            {items.map((t) => (
              <li key={t.id} className="thread-row">
                <Link to={`/threads/${t.id}`} className="thread-row-title">
                  {t.title}
                </Link>
                <p className="thread-row-meta">
                  {t.commentCount === 1 ? "1 comment" : `${t.commentCount} comments`} · started by {t.author?.name ?? "a former member"} ·
                  last comment <RelativeTime value={t.lastCommentAt} />
                </p>
              </li>
            ))}
          </ul>
        )}
      </QueryList>
    </div>
  );
}
