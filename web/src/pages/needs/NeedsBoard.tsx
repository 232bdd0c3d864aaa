import { useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { type BoardScope, needsApi } from "../../api/needs.ts";
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

/**
 * The needs board of the whole instance (/needs), of one commons (/commons/:slug/needs) or of one
 * organization (/orgs/:slug/needs).
 */
export function NeedsBoardPage({ kind = "commons" }: { kind?: BoardScope["kind"] }) {
  const { slug } = useParams();
  const scope: BoardScope | null = slug ? { kind, slug } : null;
  const { instance } = useSession();
  const navigate = useNavigate();
  const { filter, update, tagHref } = useBoardFilter();
  const [posting, setPosting] = useState(false);
  const owner = useResource(`board-scope:${kind}:${slug ?? ""}`, () => (scope ? needsApi.scopeTitle(scope) : Promise.resolve(null)));
  const ownerTitle = owner.data ?? slug;
  const home = scope ? (kind === "commons" ? `/commons/${slug}` : `/orgs/${slug}`) : "/";
  useTitle(slug ? `Needs · ${ownerTitle}` : "Needs board");

  const { type, tag, sort, apiStatus } = filter;
  const board = usePaged(`needs:${kind}:${slug ?? ""}:${apiStatus}:${type}:${tag}:${sort}`, (cursor) =>
    needsApi.board({ [kind]: slug, status: apiStatus, type, tag, sort, cursor, limit: 20 }),
  );

  if (scope && owner.error) return <LoadError error={owner.error} retry={owner.reload} />;

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <p className="eyebrow">{scope ? <Link to={home}>{ownerTitle}</Link> : instance.name}</p>
          <h1>{slug ? "Needs and offers" : "Needs board"}</h1>
          <p className="lede">
            {scope
              ? `What this ${kind === "commons" ? "commons" : "organization"} needs, and what people offer it.`
              : "What every commons and organization here needs, and what people offer."}{" "}
            Anyone signed in can take one up; nobody assigns work.
          </p>
          <p>
            {slug ? (
              <Link to="/needs">See the whole board</Link>
            ) : (
              <>
                To post a need or offer, open its <Link to="/commons">commons</Link> or <Link to="/orgs">organization</Link> and go to its
                needs.
              </>
            )}
          </p>
        </div>
        {slug ? <PostAction open={posting} onOpen={() => setPosting(true)} /> : null}
      </div>

      {slug && posting ? (
        <NewNeedForm scope={{ kind, slug }} onPosted={(need) => navigate(`/needs/${need.id}`)} onCancel={() => setPosting(false)} />
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
                    : "Needs and offers appear here once people post them on a commons or an organization."}
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
