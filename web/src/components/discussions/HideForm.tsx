import { useEffect, useRef } from "react";
import { discussionsApi } from "../../api/discussions.ts";
import { useForm } from "../../form.ts";
import type { Comment } from "../../types/discussions.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";

/** A moderator hides a comment; the reason is required and shown publicly in its place. */
export function HideForm({ comment, onHidden, onCancel }: { comment: Comment; onHidden: (c: Comment) => void; onCancel: () => void }) {
  const form = useForm(["reason"]);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector("input")?.focus(), []);
  return (
    <form
      ref={formRef}
      className="form hide-form"
      noValidate
      onSubmit={form.onSubmit(async (v) => onHidden(await discussionsApi.hide(comment.id, v.reason ?? "")))}
      onKeyDown={(e) => e.key === "Escape" && onCancel()}
    >
      <FormAlert messages={form.summary} />
      <Field
        label="Why hide this comment?"
        name="reason"
        required
        maxLength={500}
        hint="Shown publicly where the comment was. The author keeps their words; a moderator can restore them."
        error={form.error("reason")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel="Hiding…" variant="danger">
          Hide comment
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
