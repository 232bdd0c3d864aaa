import { useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { needsApi } from "../../api/needs.ts";
import { useReturnFocus } from "../../components/discussions/useReturnFocus.ts";
import { LoadMore } from "../../components/LoadMore.tsx";
import { BoardFilters, useBoardFilter } from "../../components/needs/BoardFilters.tsx";
import { NeedCard } from "../../components/needs/NeedCard.tsx";
import { NewNeedForm } from "../../components/needs/NewNeedForm.tsx";
import { Empty, LoadError, Loading } from "../../components/States.tsx";
import { usePaged, useResource, useTitle } from "../../hooks.ts";
import { useSession } from "../../session.tsx";
import "../../styles/needs.css";

/** "Post a need or offer" for a signed-in person, or the way to sign in first. */
function PostAction({ open, onOpen }: { open: boolean; onOpen: () => void }) {
  const { me } = useSession();
  const location = useLocation();
  const buttonRef = useReturnFocus(open);

  if (!me) {
    return (
      <Link className="button button--secondary" to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`}>
        Sign in to post a need or offer
      </Link>
    );
  }
  if (open) return null;
  return (
    <button ref={buttonRef} type="button" className="button button--primary" onClick={onOpen}>
      Post a need or offer
    </button>
  );
}

/** The needs board of the whole instance (/needs) or of one commons (/commons/:slug/needs). */
export function NeedsBoardPage() {
  const { slug } = useParams();
  const { instance } = useSession();
  const navigate = useNavigate();
  const { filter, update, tagHref } = useBoardFilter();
  const [posting, setPosting] = useState(false);
  const commons = useResource(`commons:${slug ?? ""}`, () => (slug ? needsApi.commons(slug) : Promise.resolve(null)));
  useTitle(slug ? `Needs · ${commons.data?.title ?? slug}` : "Needs board");

  const { type, tag, sort, apiStatus } = filter;
  const board = usePaged(`needs:${slug ?? ""}:${apiStatus}:${type}:${tag}:${sort}`, (cursor) =>
    needsApi.board({ commons: slug, status: apiStatus, type, tag, sort, cursor, limit: 20 }),
  );

  if (slug && commons.error) return <LoadError error={commons.error} retry={commons.reload} />;

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <p className="eyebrow">{slug ? <Link to={`/commons/${slug}`}>{commons.data?.title ?? slug}</Link> : instance.name}</p>
          <h1>{slug ? "Needs and offers" : "Needs board"}</h1>
          <p className="lede">
            {slug ? "What this commons needs, and what people offer it." : "What every commons here needs, and what people offer."} Anyone
            signed in can take one up; nobody assigns work.
          </p>
          <p>
            {slug ? (
              <Link to="/needs">See the whole board</Link>
            ) : (
              <>
                To post a need or offer, open its <Link to="/commons">commons</Link> and go to its needs.
              </>
            )}
          </p>
        </div>
        {slug ? <PostAction open={posting} onOpen={() => setPosting(true)} /> : null}
      </div>

      {slug && posting ? (
        <NewNeedForm commons={slug} onPosted={(need) => navigate(`/needs/${need.id}`)} onCancel={() => setPosting(false)} />
      ) : null}

      <BoardFilters filter={filter} update={update} />

      <div aria-live="polite" aria-busy={board.loading}>
        {board.loading ? (
          <Loading label="Loading the board…" />
        ) : board.error && board.items.length === 0 ? (
          <LoadError error={board.error} retry={board.reload} />
        ) : board.items.length === 0 ? (
          <Empty title={filter.narrowed ? "Nothing on the board matches." : "Nothing is waiting for someone right now."}>
            {filter.narrowed ? (
              <button type="button" className="button button--secondary" onClick={() => update({ status: "", type: "", tag: "" })}>
                Clear filters
              </button>
            ) : (
              <>
                <p>
                  {slug
                    ? "Post a need or offer, and people can take it up."
                    : "Needs and offers appear here once people post them on a commons."}
                </p>
                <button type="button" className="button button--secondary" onClick={() => update({ status: "all" })}>
                  Include done ones
                </button>
              </>
            )}
          </Empty>
        ) : (
          <>
            <ul className="need-list">
              {board.items.map((n) => (
                <NeedCard key={n.id} need={n} showScope={!slug} tagHref={tagHref} />
              ))}
            </ul>
            <LoadMore paged={board} />
          </>
        )}
      </div>
    </div>
  );
}
