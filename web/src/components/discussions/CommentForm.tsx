import { useEffect, useRef } from "react";
import { Link, useLocation } from "react-router";
import { useForm } from "../../form.ts";
import { useSession } from "../../session.tsx";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";

export const MARKDOWN_HINT = "Markdown: **bold**, _italic_, [links](https://…), lists and code.";

/** Write a comment (new, or an edit of one's own): Markdown source in, the saved text shown by the caller. */
export function CommentForm({
  label,
  submitLabel,
  busyLabel = "Posting…",
  defaultValue = "",
  autoFocus = false,
  onSubmit,
  onCancel,
}: {
  label: string;
  submitLabel: string;
  busyLabel?: string;
  defaultValue?: string;
  autoFocus?: boolean;
  /** Sends the text; the form empties itself when it succeeds. */
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
}) {
  const form = useForm(["body"]);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (autoFocus) formRef.current?.querySelector("textarea")?.focus();
  }, [autoFocus]);
  return (
    <form
      ref={formRef}
      className="form comment-form"
      noValidate
      onSubmit={form.onSubmit(async (v, el) => {
        await onSubmit(v.body ?? "");
        el.reset();
      })}
      onKeyDown={(e) => e.key === "Escape" && onCancel?.()}
    >
      <FormAlert messages={form.summary} />
      <Field
        as="textarea"
        label={label}
        name="body"
        required
        rows={4}
        maxLength={20000}
        defaultValue={defaultValue}
        hint={MARKDOWN_HINT}
        error={form.error("body")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={busyLabel}>
          {submitLabel}
        </SubmitButton>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** A comment form for someone signed in; a way to sign in for anyone else. */
export function SignedInCommentForm(props: Parameters<typeof CommentForm>[0]) {
  const { me } = useSession();
  const location = useLocation();
  if (!me) {
    return (
      <p className="muted">
        <Link to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`}>Sign in</Link> to join the discussion.
      </p>
    );
  }
  return <CommentForm {...props} />;
}
