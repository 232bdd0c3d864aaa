import { useEffect, useRef } from "react";
import { type BoardScope, needsApi } from "../../api/needs.ts";
import { useForm } from "../../form.ts";
import type { Need, NeedType, Urgency } from "../../types/needs.ts";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { parseTags } from "./labels.ts";
import { NEED_FIELDS, NeedFields, nameTheTag } from "./NeedFields.tsx";

/** Post a need or an offer on a commons or an organization. */
export function NewNeedForm({ scope, onPosted, onCancel }: { scope: BoardScope; onPosted: (need: Need) => void; onCancel: () => void }) {
  const form = useForm(NEED_FIELDS);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector<HTMLElement>("select")?.focus(), []);
  return (
    <form
      ref={formRef}
      className="card form need-form"
      noValidate
      aria-labelledby="new-need-title"
      onSubmit={form.onSubmit(async (v) => {
        const tags = parseTags(v.tags ?? "");
        const need = await needsApi
          .post(scope, {
            type: (v.type ?? "need") as NeedType,
            title: v.title ?? "",
            body: v.body ?? "",
            tags,
            urgency: (v.urgency || undefined) as Urgency | undefined,
            dueOn: v.dueOn || undefined,
          })
          .catch((err: unknown) => {
            throw nameTheTag(err, tags);
          });
        onPosted(need);
      })}
    >
      <h2 id="new-need-title">Post a need or offer</h2>
      <p className="muted">Anyone can take it up; nobody assigns it. Several people may work on it together.</p>
      <FormAlert messages={form.summary} />
      <NeedFields form={form} />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel="Posting…">
          Post
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
