import type { RemotePost } from "../../api/schema.ts";
import { RenderedHtml } from "../discussions/RenderedHtml.tsx";
import { RelativeTime } from "../RelativeTime.tsx";
import { RemoteAuthor } from "./RemoteAuthor.tsx";

/** A reply in a discussion from elsewhere, laid out as a comment of a thread here; one written here says so. */
export function RemoteReply({ post }: { post: RemotePost }) {
  return (
    <li className="comment" id={`reply-${post.id}`}>
      <div className="comment-head">
        <RemoteAuthor author={post.author} here={post.author.here} />
        <RelativeTime value={post.publishedAt} />
      </div>
      <RenderedHtml html={post.html} />
    </li>
  );
}
