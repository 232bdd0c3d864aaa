import { needsApi } from "../../api/needs.ts";
import { useForm } from "../../form.ts";
import { useAction } from "../../hooks.ts";
import type { Need } from "../../types/needs.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";

const noop = () => undefined;

function ReopenButton({ need, onChange }: { need: Need; onChange: (need: Need) => void }) {
  const action = useAction(noop);
  return (
    <div className="form-actions">
      <button
        type="button"
        className="button button--secondary"
        disabled={action.busy}
        aria-busy={action.busy || undefined}
        onClick={() => action.run(async () => onChange(await needsApi.reopen(need.id)))}
      >
        {action.busy ? "Reopening…" : "Reopen"}
      </button>
      {action.error ? (
        <p className="field-error" role="alert">
          {action.error.detail}
        </p>
      ) : null}
    </div>
  );
}

/** Mark the need done with a note, or reopen it: for its author and the maintainers. */
export function CloseNeed({ need, onChange }: { need: Need; onChange: (need: Need) => void }) {
  const form = useForm(["note"]);
  if (need.status === "done") return <ReopenButton need={need} onChange={onChange} />;
  return (
    <form
      className="form close-form"
      noValidate
      onSubmit={form.onSubmit(async (v) => onChange(await needsApi.close(need.id, v.note?.trim() ?? "")))}
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
