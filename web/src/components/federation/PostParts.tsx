import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { NeedType, RemotePost, RemotePurpose } from "../../api/schema.ts";
import { TYPE_LABEL } from "../needs/labels.ts";
import { discussionOf, discussionPath, webAddress } from "./addresses.ts";
import "../../styles/needs.css";

/** A need or an offer from elsewhere (FEP-0837's purpose) wears the badge of the needs board's own. */
const PURPOSE_TYPE: Record<RemotePurpose, NeedType> = { request: "need", offer: "offer" };

export function PurposeBadge({ purpose }: { purpose: RemotePost["purpose"] }) {
  useTranslation();
  if (!purpose) return null;
  const type = PURPOSE_TYPE[purpose];
  return <span className={`badge badge--need-${type}`}>{TYPE_LABEL[type]}</span>;
}

/**
 * Where a post leads: its discussion here (a discussion, type Page, unless this is that page) and
 * its own page on the instance it comes from.
 */
export function PostLinks({ post, discussion = true }: { post: RemotePost; discussion?: boolean }) {
  const { t } = useTranslation();
  const original = webAddress(post.url);
  const title = post.name ? <span className="visually-hidden">: {post.name}</span> : null;
  if (!(discussion && post.type === "Page") && !original) return null;
  return (
    <p className="remote-post-links">
      {discussion && post.type === "Page" ? (
        <Link to={discussionPath(discussionOf(post))}>
          {t("federation.post.openDiscussion")}
          {title}
        </Link>
      ) : null}
      {original ? (
        <a href={original} rel="noopener noreferrer nofollow" target="_blank">
          {t("federation.post.original")}
          {title}
        </a>
      ) : null}
    </p>
  );
}
