import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
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
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const buttonRef = useReturnFocus(open);

  if (!me) {
    return (
      <Link className="button button--secondary" to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`}>
        {t("needs.board.signInToPost")}
      </Link>
    );
  }
  if (open) return null;
  return (
    <button ref={buttonRef} type="button" className="button button--primary" onClick={onOpen}>
      {t("needs.board.post")}
    </button>
  );
}

/**
 * The needs board of the whole instance (/needs), of one commons (/commons/:slug/needs) or of one
 * organization (/orgs/:slug/needs).
 */
export function NeedsBoardPage({ kind = "commons" }: { kind?: BoardScope["kind"] }) {
  const { t } = useTranslation();
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
  useTitle(slug ? t("needs.board.scopedTitle", { owner: ownerTitle ?? "" }) : t("needs.board.title"));

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
          <h1>{slug ? t("needs.board.scopedHeading") : t("needs.board.title")}</h1>
          <p className="lede">{scope ? t("needs.board.scopedLede", { kind }) : t("needs.board.lede")}</p>
          <p>
            {slug ? (
              <Link to="/needs">{t("needs.board.seeAll")}</Link>
            ) : (
              <Trans i18nKey="needs.board.howToPost" components={{ commons: <Link to="/commons" />, orgs: <Link to="/orgs" /> }} />
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
        loading={t("needs.board.loading")}
        empty={
          <Empty title={filter.narrowed ? t("needs.board.noMatch") : t("needs.board.empty")}>
            {filter.narrowed ? (
              <button type="button" className="button button--secondary" onClick={() => update({ status: "", type: "", tag: "" })}>
                {t("needs.board.clearFilters")}
              </button>
            ) : (
              <>
                <p>{slug ? t("needs.board.emptyScoped") : t("needs.board.emptyAll")}</p>
                <button type="button" className="button button--secondary" onClick={() => update({ status: "all" })}>
                  {t("needs.board.includeDone")}
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
