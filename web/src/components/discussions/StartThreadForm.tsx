import { useEffect, useRef } from "react";
import { discussionsApi } from "../../api/discussions.ts";
import { useForm } from "../../form.ts";
import type { SubjectType, Thread } from "../../types/discussions.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { MARKDOWN_HINT } from "./CommentForm.tsx";

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
  return (
    <form
      ref={formRef}
      className="card form start-thread"
      noValidate
      aria-label="Start a discussion"
      onSubmit={form.onSubmit(async (v) =>
        onStarted(await discussionsApi.startThread({ subjectType, subjectId, title: v.title ?? "", body: v.body ?? "" })),
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
