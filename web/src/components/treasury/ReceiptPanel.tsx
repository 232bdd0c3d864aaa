import { Trans, useTranslation } from "react-i18next";
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
  const { t } = useTranslation();
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
              {t("treasury.receiptPanel.download", { filename: r.filename })}
            </a>
          ) : (
            <span>{r.filename}</span>
          )}{" "}
          <span className="muted small">
            <Trans
              i18nKey="treasury.receiptPanel.attached"
              values={{ size: formatBytes(r.size) }}
              components={{ when: <RelativeTime value={r.uploadedAt} /> }}
            />
          </span>
          {expense.viewer.canSeeReceipt ? null : <span className="field-hint">{t("treasury.receiptPanel.membersOnly")}</span>}
        </p>
      ) : (
        <p className="muted">{t("treasury.receiptPanel.none")}</p>
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
            label={r ? t("treasury.receiptPanel.replace") : t("treasury.receiptPanel.attach")}
            name="file"
            type="file"
            accept={RECEIPT_ACCEPT}
            hint={t("treasury.receiptPanel.hint")}
            error={form.error("file")}
          />
          <div className="form-actions">
            <SubmitButton busy={form.busy} busyLabel={t("treasury.receiptPanel.busy")} variant="secondary">
              {t("treasury.receiptPanel.upload")}
            </SubmitButton>
          </div>
        </form>
      ) : null}
    </>
  );
}
