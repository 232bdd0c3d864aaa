import type { RemotePost } from "../../api/schema.ts";
import { RenderedHtml } from "../discussions/RenderedHtml.tsx";
import { RelativeTime } from "../RelativeTime.tsx";
import { PostLinks, PurposeBadge, TakeUpElsewhere } from "./PostParts.tsx";
import { RemoteAuthor } from "./RemoteAuthor.tsx";

/**
 * One post from another instance in a list (the home page's feed, an actor's card): who and when,
 * its title (a discussion, a need or an offer) or else its text, where it leads, and for a need, a
 * button to take it up.
 */
export function RemotePostItem({ post }: { post: RemotePost }) {
  return (
    <li className="remote-post">
      <p className="remote-post-head">
        <RemoteAuthor author={post.author} here={post.author.here} />
        <RelativeTime value={post.publishedAt} />
        <PurposeBadge purpose={post.purpose} />
      </p>
      {post.name ? <h3 className="remote-post-title">{post.name}</h3> : <RenderedHtml html={post.html} />}
      <PostLinks post={post} />
      <TakeUpElsewhere post={post} />
    </li>
  );
}
