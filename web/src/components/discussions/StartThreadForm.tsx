import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { NewThreadInput } from "../../../../src/modules/discussions/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody, SubjectType, Thread } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { invalidateThreadLists } from "./useThread.ts";

export type NewThread = ApiBody<"/api/threads", "post">;

/** Starts a thread (or, on a subject that holds one, adds to it): the lists and activity refresh. */
export function useStartThread() {
  return useMutation({
    mutationFn: (body: NewThread) => data(client.POST("/api/threads", { body })),
    onSuccess: () => invalidateThreadLists(),
  });
}

/** A new titled thread on a commons or a document, with its first comment. */
export function StartThreadForm({
  subjectType,
  subjectId,
  onStarted,
  onCancel,
}: {
  subjectType: SubjectType;
  subjectId: string;
  onStarted: (thread: Thread) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm(["title", "body"]);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector("input")?.focus(), []);
  const start = useStartThread();
  return (
    <form
      ref={formRef}
      className="card form start-thread"
      noValidate
      aria-label={t("discussions.start.label")}
      onSubmit={form.onSubmit(async (v) =>
        onStarted(await start.mutateAsync(validate(NewThreadInput, { subjectType, subjectId, title: v.title ?? "", body: v.body ?? "" }))),
      )}
      onKeyDown={(e) => e.key === "Escape" && onCancel()}
    >
      <FormAlert messages={form.summary} />
      <Field label={t("discussions.start.title")} name="title" required maxLength={200} error={form.error("title")} />
      <Field
        as="textarea"
        label={t("discussions.start.firstComment")}
        name="body"
        required
        rows={5}
        maxLength={20000}
        hint={t("discussions.markdownHint")}
        error={form.error("body")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("discussions.start.busy")}>
          {t("discussions.start.submit")}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("discussions.action.cancel")}
        </button>
      </div>
    </form>
  );
}
