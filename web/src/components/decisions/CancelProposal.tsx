import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CancelInput } from "../../../../src/modules/decisions/inputs.ts";
import { client } from "../../api/client.ts";
import { data, queryClient } from "../../api/query.ts";
import type { ApiBody, Proposal } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { useReturnFocus } from "../discussions/useReturnFocus.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { invalidateProposal, proposalQuery } from "./queries.ts";

/** Cancel the proposal before it closes, with a reason everyone sees: for its author and the stewards. */
export function CancelProposal({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const form = useForm(["reason"]);
  const cancel = useMutation({
    mutationFn: (body: ApiBody<"/api/proposals/{id}/cancel", "post">) =>
      data(client.POST("/api/proposals/{id}/cancel", { params: { path: { id: proposal.id } }, body })),
    onSuccess: (p) => {
      queryClient.setQueryData(proposalQuery(proposal.id).queryKey, p);
      return invalidateProposal(proposal.id);
    },
  });
  const openerRef = useReturnFocus(open);
  if (!open) {
    return (
      <button ref={openerRef} type="button" className="button button--ghost-danger" onClick={() => setOpen(true)}>
        {t("decisions.cancel.open")}
      </button>
    );
  }
  return (
    <form
      className="form cancel-form"
      noValidate
      aria-label={t("decisions.cancel.form")}
      onKeyDown={(e) => e.key === "Escape" && setOpen(false)}
      onSubmit={form.onSubmit(async (v) => {
        await cancel.mutateAsync(validate(CancelInput, { reason: v.reason?.trim() ?? "" }));
      })}
    >
      <FormAlert messages={form.summary} />
      <Field
        as="textarea"
        label={t("decisions.cancel.why")}
        name="reason"
        required
        rows={3}
        maxLength={2000}
        autoFocus
        hint={t("decisions.cancel.hint")}
        error={form.error("reason")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("decisions.cancel.busy")} variant="danger">
          {t("decisions.cancel.submit")}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          {t("decisions.cancel.keep")}
        </button>
      </div>
    </form>
  );
}
