import type { ExpenseDetail } from "../../api/schema.ts";
import { useForm } from "../../form.ts";
import { formatBytes } from "../../format.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { RelativeTime } from "../RelativeTime.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { receiptHref } from "./queries.ts";
import { checkReceipt, chosenFile, RECEIPT_ACCEPT, useUploadReceipt } from "./receipts.ts";

/** The receipt: download for those who may see it; attach or replace for the submitter and treasurers until it is paid. */
export function ReceiptPanel({ expense }: { expense: ExpenseDetail }) {
  const form = useForm(["file"]);
  const upload = useUploadReceipt();
  const r = expense.receipt;
  const canUpload =
    (expense.viewer.isSubmitter || expense.viewer.isTreasurer) && expense.status !== "paid" && expense.status !== "withdrawn";
  return (
    <>
      {r ? (
        <p>
          {expense.viewer.canSeeReceipt ? (
            <a href={receiptHref(expense.id)} download={r.filename}>
              Download {r.filename}
            </a>
          ) : (
            <span>{r.filename}</span>
          )}{" "}
          <span className="muted small">
            ({formatBytes(r.size)}, attached <RelativeTime value={r.uploadedAt} />)
          </span>
          {expense.viewer.canSeeReceipt ? null : <span className="field-hint">Receipts are shown to the organization's members.</span>}
        </p>
      ) : (
        <p className="muted">No receipt attached.</p>
      )}
      {canUpload ? (
        <form
          className="form receipt-form"
          noValidate
          onSubmit={form.onSubmit(async (_v, el) => {
            await upload.mutateAsync({ id: expense.id, file: checkReceipt(chosenFile(el)) });
            el.reset();
          })}
        >
          <FormAlert messages={form.summary} />
          <Field
            label={r ? "Replace the receipt" : "Attach the receipt"}
            name="file"
            type="file"
            accept={RECEIPT_ACCEPT}
            hint="PDF, PNG, JPEG or WebP, up to 5 MB."
            error={form.error("file")}
          />
          <div className="form-actions">
            <SubmitButton busy={form.busy} busyLabel="Uploading…" variant="secondary">
              Upload
            </SubmitButton>
          </div>
        </form>
      ) : null}
    </>
  );
}
