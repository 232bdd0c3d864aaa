import { useState } from "react";
import { decisionsApi } from "../../api/decisions.ts";
import { useForm } from "../../form.ts";
import type { Proposal } from "../../types/decisions.ts";
import { useReturnFocus } from "../discussions/useReturnFocus.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";

/** Cancel the proposal before it closes, with a reason everyone sees: for its author and the stewards. */
export function CancelProposal({ proposal, onChange }: { proposal: Proposal; onChange: (p: Proposal) => void }) {
  const [open, setOpen] = useState(false);
  const form = useForm(["reason"]);
  const openerRef = useReturnFocus(open);
  if (!open) {
    return (
      <button ref={openerRef} type="button" className="button button--ghost-danger" onClick={() => setOpen(true)}>
        Cancel this proposal…
      </button>
    );
  }
  return (
    <form
      className="form cancel-form"
      noValidate
      aria-label="Cancel this proposal"
      onKeyDown={(e) => e.key === "Escape" && setOpen(false)}
      onSubmit={form.onSubmit(async (v) => onChange(await decisionsApi.cancel(proposal.id, v.reason?.trim() ?? "")))}
    >
      <FormAlert messages={form.summary} />
      <Field
        as="textarea"
        label="Why cancel it?"
        name="reason"
        required
        rows={3}
        maxLength={2000}
        autoFocus
        hint="Shown to everyone on the proposal. No result is recorded, and whatever it was deciding waits for another decision."
        error={form.error("reason")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel="Cancelling…" variant="danger">
          Cancel the proposal
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          Keep it
        </button>
      </div>
    </form>
  );
}
