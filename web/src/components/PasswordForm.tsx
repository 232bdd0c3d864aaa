import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Password } from "../../../src/http/fields.ts";
import { client } from "../api/client.ts";
import { data } from "../api/query.ts";
import { useForm } from "../form.ts";
import { Field } from "./Field.tsx";
import { FormAlert } from "./FormAlert.tsx";
import { SubmitButton } from "./SubmitButton.tsx";

/** The server's own minimum (src/http/fields.ts), for the hint and the browser's check. */
export const MIN_PASSWORD = Password.minLength ?? 1;

export function PasswordForm() {
  const { t } = useTranslation();
  const form = useForm(["currentPassword", "newPassword", "revokeTokens"]);
  const [changed, setChanged] = useState(false);
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.onSubmit(async (v, el) => {
        setChanged(false);
        await data(
          client.POST("/api/auth/password", {
            body: { currentPassword: v.currentPassword ?? "", newPassword: v.newPassword ?? "", revokeTokens: v.revokeTokens === "on" },
          }),
        );
        el.reset();
        setChanged(true);
      })}
    >
      <FormAlert messages={form.summary} />
      <Field
        label={t("account.password.current")}
        name="currentPassword"
        type="password"
        required
        autoComplete="current-password"
        error={form.error("currentPassword")}
      />
      <Field
        label={t("account.password.new")}
        name="newPassword"
        type="password"
        required
        minLength={MIN_PASSWORD}
        autoComplete="new-password"
        hint={t("account.password.newHint", { min: MIN_PASSWORD })}
        error={form.error("newPassword")}
      />
      <label className="checkbox">
        <input type="checkbox" name="revokeTokens" />
        {t("account.password.revokeTokens")}
      </label>
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("account.password.busy")}>
          {t("account.password.submit")}
        </SubmitButton>
        {changed ? (
          <span className="notice-inline" role="status">
            {t("account.password.changed")}
          </span>
        ) : null}
      </div>
    </form>
  );
}
