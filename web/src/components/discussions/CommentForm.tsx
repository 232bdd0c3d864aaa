import { useEffect, useRef } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useForm } from "../../form.ts";
import { useSession } from "../../session.tsx";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";

/** Write a comment (new, or an edit of one's own): Markdown source in, the saved text shown by the caller. */
export function CommentForm({
  label,
  submitLabel,
  busyLabel,
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
  const { t } = useTranslation();
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
        hint={t("discussions.markdownHint")}
        error={form.error("body")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={busyLabel ?? t("discussions.comment.posting")}>
          {submitLabel}
        </SubmitButton>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t("discussions.action.cancel")}
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
        <Trans
          i18nKey="discussions.comment.signInToJoin"
          components={{ signin: <Link to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`} /> }}
        />
      </p>
    );
  }
  return <CommentForm {...props} />;
}
