import { CloseInput } from "../../../../src/modules/needs/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { Need } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { useNeedMutation } from "./queries.ts";

function ReopenButton({ need }: { need: Need }) {
  const reopen = useNeedMutation(need.id, () => data(client.POST("/api/needs/{id}/reopen", { params: { path: { id: need.id } } })));
  return (
    <div className="form-actions">
      <button
        type="button"
        className="button button--secondary"
        disabled={reopen.isPending}
        aria-busy={reopen.isPending || undefined}
        onClick={() => reopen.mutate()}
      >
        {reopen.isPending ? "Reopening…" : "Reopen"}
      </button>
      {reopen.error ? (
        <p className="field-error" role="alert">
          {reopen.error.detail}
        </p>
      ) : null}
    </div>
  );
}

/** Mark the need done with a note, or reopen it: for its author and the maintainers. */
export function CloseNeed({ need }: { need: Need }) {
  const form = useForm(["note"]);
  const close = useNeedMutation(need.id, (body: { note?: string }) =>
    data(client.POST("/api/needs/{id}/close", { params: { path: { id: need.id } }, body })),
  );
  if (need.status === "done") return <ReopenButton need={need} />;
  return (
    <form
      className="form close-form"
      noValidate
      onSubmit={form.onSubmit(async (v) => {
        const note = v.note?.trim() ?? "";
        await close.mutateAsync(validate(CloseInput, note ? { note } : {}));
      })}
    >
      <FormAlert messages={form.summary} />
      <Field
        as="textarea"
        label="Closing note"
        name="note"
        optional
        rows={2}
        maxLength={2000}
        hint="How it was answered, or why it is no longer wanted."
        error={form.error("note")}
      />
      <SubmitButton busy={form.busy} busyLabel="Closing…" variant="secondary">
        Mark as done
      </SubmitButton>
    </form>
  );
}
