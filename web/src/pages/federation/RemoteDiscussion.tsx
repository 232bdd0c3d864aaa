import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { apiQuery } from "../../api/query.ts";
import { RenderedHtml } from "../../components/discussions/RenderedHtml.tsx";
import { PostLinks, PurposeBadge } from "../../components/federation/PostParts.tsx";
import { RemoteAuthor } from "../../components/federation/RemoteAuthor.tsx";
import { RemoteReplies } from "../../components/federation/RemoteReplies.tsx";
import { RelativeTime } from "../../components/RelativeTime.tsx";
import { LoadError, Loading } from "../../components/States.tsx";
import { useTitle } from "../../hooks.ts";
import { NotFoundPage } from "../NotFound.tsx";
import "../../styles/discussions.css";

/**
 * A discussion from another instance as it reached this one (/federation/discussion?uri=…): its
 * first post, the replies (those written here say so), and a reply form.
 */
export function RemoteDiscussionPage() {
  const { t } = useTranslation();
  const uri = useSearchParams()[0].get("uri") ?? "";
  const discussion = useQuery(apiQuery("/api/federation/discussion", { query: { uri } }));
  const [first, ...replies] = discussion.data?.items ?? [];
  const title = first ? first.name || t("federation.discussion.untitled", { handle: first.author.handle }) : null;
  useTitle(title ?? t("federation.discussion.pageTitle"));

  if (discussion.isPending) return <Loading label={t("federation.discussion.loading")} />;
  // Not received here, or not an address at all (422 on query.uri): either way there is no such discussion.
  if (discussion.error?.notFound || discussion.error?.status === 422) return <NotFoundPage what="discussion" />;
  if (!first) return discussion.error ? <LoadError error={discussion.error} retry={() => void discussion.refetch()} /> : null;
  return (
    <article className="page page--narrow thread-page remote-discussion">
      <h1>{title}</h1>
      <p className="thread-byline">
        <RemoteAuthor author={first.author} here={first.author.here} />
        <RelativeTime value={first.publishedAt} />
        <PurposeBadge purpose={first.purpose} />
      </p>
      <RenderedHtml html={first.html} />
      <PostLinks post={first} discussion={false} />
      <RemoteReplies uri={uri} first={first} replies={replies} />
    </article>
  );
}
