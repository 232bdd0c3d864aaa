import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { client } from "../../api/client.ts";
import { apiKey, apiQuery, data, invalidate } from "../../api/query.ts";
import type { NeedType, RemotePost, RemotePurpose, RemoteTakeUpStatus } from "../../api/schema.ts";
import type { MessageKey } from "../../i18n/resources.ts";
import { useSession } from "../../session.tsx";
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

/**
 * "Take it up" on a need from another instance (a Proposal whose purpose is a request), for someone
 * signed in here: the offer goes to the organization that posted it, whose instance records them as
 * taking it up and answers. What was offered, and the answer, are kept here
 * (`GET /api/federation/take-ups`): the note says where it stands instead of the button, which comes
 * back only if the need was refused (done). A refusal to send, such as the other instance not
 * answering, is shown beside the button.
 */
export function TakeUpElsewhere({ post }: { post: RemotePost }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const noteRef = useRef<HTMLSpanElement>(null);
  const shown = !!me && post.type === "Proposal" && post.purpose === "request" && !post.author.here;
  const mine = useQuery({ ...apiQuery("/api/federation/take-ups"), enabled: shown });
  const takeUp = useMutation({
    mutationFn: () => data(client.POST("/api/federation/take-ups", { body: { proposal: post.uri } })),
    onSuccess: () => invalidate(apiKey("/api/federation/take-ups")),
  });
  const sent = takeUp.isSuccess;
  useEffect(() => {
    if (sent) noteRef.current?.focus();
  }, [sent]);
  if (!shown) return null;
  const status = (takeUp.data ?? mine.data?.items.find((u) => u.proposal === post.uri))?.status;
  const busy = takeUp.isPending;
  return (
    <div className="remote-take-up">
      {status === "pending" || status === "accepted" ? null : (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy}
          aria-busy={busy || undefined}
          onClick={() => takeUp.mutate()}
        >
          {busy ? t("federation.takeUp.busy") : t("federation.takeUp.submit")}
          {post.name ? <span className="visually-hidden">: {post.name}</span> : null}
        </button>
      )}
      {/* Always there, so the note is announced when it changes. */}
      <span className="notice-inline" role="status" ref={noteRef} tabIndex={-1}>
        {status ? t(TAKE_UP_NOTE[status], { host: new URL(post.via).host }) : null}
      </span>
      {takeUp.error ? (
        <p className="field-error" role="alert">
          {takeUp.error.detail}
        </p>
      ) : null}
    </div>
  );
}

const TAKE_UP_NOTE: Record<RemoteTakeUpStatus, MessageKey> = {
  pending: "federation.takeUp.pending",
  accepted: "federation.takeUp.accepted",
  rejected: "federation.takeUp.rejected",
};
