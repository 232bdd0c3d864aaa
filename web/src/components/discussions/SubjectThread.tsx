import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { NewThreadInput } from "../../../../src/modules/discussions/inputs.ts";
import { apiQuery } from "../../api/query.ts";
import type { SubjectType } from "../../api/schema.ts";
import { validate } from "../../form.ts";
import { LoadError, Loading } from "../States.tsx";
import { SignedInCommentForm } from "./CommentForm.tsx";
import { CommentThread } from "./CommentThread.tsx";
import { useStartThread } from "./StartThreadForm.tsx";
import { useThread } from "./useThread.ts";

/** A thread by its id, with the form to add a comment. */
export function ThreadById({ id }: { id: string }) {
  return <CommentThread state={useThread(id)} />;
}

/** A contribution's, a need's, a proposal's or a citizen project's one thread, inline; the first comment creates it (a proposal's opens with it). */
export function SubjectThread({
  subjectType,
  subjectId,
}: {
  subjectType: Extract<SubjectType, "contribution" | "need" | "proposal" | "pb_project">;
  subjectId: string;
}) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<{ subject: string; id: string } | null>(null);
  const found = useQuery(apiQuery("/api/threads", { query: { subjectType, subjectId, limit: 1 } }));
  const start = useStartThread();
  const id = found.data?.items[0]?.id ?? (created?.subject === subjectId ? created.id : undefined);

  if (id) return <ThreadById id={id} />;
  if (found.isPending) return <Loading label={t("discussions.thread.loading")} />;
  if (found.error) return <LoadError error={found.error} retry={() => void found.refetch()} />;
  return (
    <div className="thread">
      <p className="muted">{t("discussions.subject.empty", { subject: subjectType })}</p>
      <SignedInCommentForm
        label={t("discussions.subject.startLabel")}
        submitLabel={t("discussions.comment.submit")}
        onSubmit={async (body) => {
          // Someone else may have started it meanwhile: the API then adds this comment to theirs.
          const thread = await start.mutateAsync(validate(NewThreadInput, { subjectType, subjectId, body }));
          setCreated({ subject: subjectId, id: thread.id });
        }}
      />
    </div>
  );
}
