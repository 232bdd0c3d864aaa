import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { NewThreadInput } from "../../../../src/modules/discussions/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody, SubjectType, Thread } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { MARKDOWN_HINT } from "./CommentForm.tsx";
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
  const form = useForm(["title", "body"]);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector("input")?.focus(), []);
  const start = useStartThread();
  return (
    <form
      ref={formRef}
      className="card form start-thread"
      noValidate
      aria-label="Start a discussion"
      onSubmit={form.onSubmit(async (v) =>
        onStarted(await start.mutateAsync(validate(NewThreadInput, { subjectType, subjectId, title: v.title ?? "", body: v.body ?? "" }))),
      )}
      onKeyDown={(e) => e.key === "Escape" && onCancel()}
    >
      <FormAlert messages={form.summary} />
      <Field label="Title" name="title" required maxLength={200} error={form.error("title")} />
      <Field
        as="textarea"
        label="First comment"
        name="body"
        required
        rows={5}
        maxLength={20000}
        hint={MARKDOWN_HINT}
        error={form.error("body")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel="Starting…">
          Start discussion
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
