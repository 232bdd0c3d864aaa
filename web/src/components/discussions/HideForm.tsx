import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { HideInput } from "../../../../src/modules/discussions/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { Comment } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { invalidateThreadLists } from "./useThread.ts";

/** A moderator hides a comment; the reason is required and shown publicly in its place. */
export function HideForm({ comment, onHidden, onCancel }: { comment: Comment; onHidden: (c: Comment) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useForm(["reason"]);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector("input")?.focus(), []);
  const hide = useMutation({
    mutationFn: (body: { reason: string }) => data(client.POST("/api/comments/{id}/hide", { params: { path: { id: comment.id } }, body })),
    onSuccess: () => invalidateThreadLists(),
  });
  return (
    <form
      ref={formRef}
      className="form hide-form"
      noValidate
      onSubmit={form.onSubmit(async (v) => onHidden(await hide.mutateAsync(validate(HideInput, { reason: v.reason ?? "" }))))}
      onKeyDown={(e) => e.key === "Escape" && onCancel()}
    >
      <FormAlert messages={form.summary} />
      <Field
        label={t("discussions.hide.reason")}
        name="reason"
        required
        maxLength={500}
        hint={t("discussions.hide.reasonHint")}
        error={form.error("reason")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("discussions.hide.busy")} variant="danger">
          {t("discussions.hide.submit")}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("discussions.action.cancel")}
        </button>
      </div>
    </form>
  );
}
