import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { apiPages, apiQuery } from "../../api/query.ts";
import { useReturnFocus } from "../../components/discussions/useReturnFocus.ts";
import { BoardFilters, useBoardFilter } from "../../components/needs/BoardFilters.tsx";
import { NeedCard } from "../../components/needs/NeedCard.tsx";
import { type BoardScope, NewNeedForm } from "../../components/needs/NewNeedForm.tsx";
import { QueryList } from "../../components/QueryList.tsx";
import { Empty, LoadError } from "../../components/States.tsx";
import { useTitle } from "../../hooks.ts";
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
  // The board's owner and the board itself load side by side.
  const ownerSlug = slug ?? "";
  const commons = useQuery({ ...apiQuery("/api/commons/{slug}", { path: { slug: ownerSlug } }), enabled: !!slug && kind === "commons" });
  const org = useQuery({
    ...apiQuery("/api/organizations/{slug}", { path: { slug: ownerSlug } }),
    enabled: !!slug && kind === "organization",
  });
  const owner = kind === "commons" ? commons : org;
  const ownerTitle = (kind === "commons" ? commons.data?.title : org.data?.name) ?? slug;
  const home = scope ? (kind === "commons" ? `/commons/${slug}` : `/orgs/${slug}`) : "/";
  useTitle(slug ? `Needs · ${ownerTitle}` : "Needs board");

  const { type, tag, sort, apiStatus } = filter;
  const board = useInfiniteQuery(
    apiPages("/api/needs", {
      query: {
        commons: kind === "commons" ? slug : undefined,
        organization: kind === "organization" ? slug : undefined,
        status: apiStatus,
        type: type || undefined,
        tag: tag || undefined,
        sort,
        limit: 20,
      },
    }),
  );

  if (scope && owner.error) return <LoadError error={owner.error} retry={() => void owner.refetch()} />;

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

      <QueryList
        query={board}
        loading="Loading the board…"
        empty={
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
        }
      >
        {(items) => (
          <ul className="need-list">
            {items.map((n) => (
              <NeedCard key={n.id} need={n} showScope={!slug} tagHref={tagHref} />
            ))}
          </ul>
        )}
      </QueryList>
    </div>
  );
}
