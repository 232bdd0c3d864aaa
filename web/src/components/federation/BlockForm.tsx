import { useTranslation } from "react-i18next";
import { useForm } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { addBlock } from "./actions.ts";

/** The admin blocks a host or an actor's address; the server judges the address (its message lands at the field). */
export function BlockForm() {
  const { t } = useTranslation();
  const form = useForm(["target", "reason"]);
  return (
    <form
      className="form"
      noValidate
      aria-labelledby="federation-block-title"
      onSubmit={form.onSubmit(async (v, el) => {
        const reason = (v.reason ?? "").trim();
        await addBlock({ target: v.target ?? "", ...(reason ? { reason } : {}) });
        el.reset();
      })}
    >
      <h2 id="federation-block-title">{t("account.federation.blockTitle")}</h2>
      <FormAlert messages={form.summary} />
      <Field
        label={t("account.federation.target")}
        name="target"
        required
        maxLength={500}
        placeholder="spam.example"
        hint={t("account.federation.targetHint")}
        error={form.error("target")}
      />
      <Field
        label={t("account.federation.reason")}
        name="reason"
        optional
        maxLength={500}
        hint={t("account.federation.reasonHint")}
        error={form.error("reason")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("account.federation.blocking")} variant="danger">
          {t("account.federation.block")}
        </SubmitButton>
      </div>
    </form>
  );
}
