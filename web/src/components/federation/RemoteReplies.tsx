import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { client } from "../../api/client.ts";
import { apiQuery, data, queryClient } from "../../api/query.ts";
import type { RemotePost } from "../../api/schema.ts";
import { CommentForm } from "../discussions/CommentForm.tsx";
import { RemoteReply } from "./RemoteReply.tsx";

/**
 * The replies of a discussion from elsewhere, oldest first, and the form to add one: the reply is
 * kept here and sent to the organization that brought the discussion; once the server has it, it
 * joins the list. The server's refusal lands at the text, or above the form when it is about the
 * discussion itself.
 */
export function RemoteReplies({ uri, first, replies }: { uri: string; first: RemotePost; replies: RemotePost[] }) {
  const { t } = useTranslation();
  const key = apiQuery("/api/federation/discussion", { query: { uri } }).queryKey;
  const reply = useMutation({
    mutationFn: (body: string) => data(client.POST("/api/federation/replies", { body: { inReplyTo: first.uri, body } })),
    onSuccess: (kept) => queryClient.setQueryData(key, (old) => (old ? { items: [...old.items, kept] } : old)),
  });
  return (
    <section className="section thread" aria-labelledby="remote-replies-title">
      <h2 id="remote-replies-title">{t("federation.discussion.replies", { count: replies.length })}</h2>
      {replies.length ? (
        <ol className="comment-list">
          {replies.map((r) => (
            <RemoteReply key={r.id} post={r} />
          ))}
        </ol>
      ) : (
        <p className="muted">{t("federation.discussion.noReplies")}</p>
      )}
      <CommentForm
        label={t("federation.discussion.replyLabel")}
        submitLabel={t("federation.discussion.reply")}
        busyLabel={t("federation.discussion.sending")}
        onSubmit={async (body) => {
          await reply.mutateAsync(body);
        }}
      />
    </section>
  );
}
