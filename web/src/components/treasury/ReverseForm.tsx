import { useState } from "react";
import { treasuryApi } from "../../api/treasury.ts";
import { useForm } from "../../form.ts";
import type { TransactionDetail } from "../../types/treasury.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";

/** "Reverse…": posted entries never change; a treasurer corrects one with a reversing entry and a reason. */
export function ReverseForm({ id, onReversed }: { id: string; onReversed: (reversal: TransactionDetail) => void }) {
  const [open, setOpen] = useState(false);
  const form = useForm(["reason", "id"]);
  if (!open) {
    return (
      <button type="button" className="button button--ghost-danger button--small" onClick={() => setOpen(true)} aria-expanded={false}>
        Reverse…
      </button>
    );
  }
  return (
    <form
      className="form reverse-form"
      noValidate
      onSubmit={form.onSubmit(async (v) => onReversed(await treasuryApi.reverse(id, v.reason?.trim() ?? "")))}
    >
      <FormAlert messages={form.summary} />
      <Field
        as="textarea"
        label="Why reverse it?"
        name="reason"
        rows={2}
        maxLength={500}
        required
        autoFocus
        hint="A reversing entry with the opposite postings is added; this one stays in the books."
        error={form.error("reason") ?? form.error("id")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel="Reversing…" variant="danger">
          Post the reversal
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
