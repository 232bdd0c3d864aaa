import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PasswordResetRequestInput } from "../../../../src/modules/accounts/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import { Field } from "../../components/Field.tsx";
import { FormAlert } from "../../components/FormAlert.tsx";
import { SubmitButton } from "../../components/SubmitButton.tsx";
import { useForm, validate } from "../../form.ts";
import { useTitle } from "../../hooks.ts";

/** Asks for a reset link. The server answers the same for every address, and so does this page. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useTitle(t("auth.forgot.title"));
  const form = useForm(["email"]);
  const [sent, setSent] = useState<string | null>(null);
  return (
    <div className="auth">
      <h1>{t("auth.forgot.title")}</h1>
      {sent ? (
        <p className="notice" role="status">
          {sent}
        </p>
      ) : (
        <form
          className="card form"
          noValidate
          onSubmit={form.onSubmit(async (v) => {
            const body = validate(PasswordResetRequestInput, { email: v.email ?? "" });
            setSent((await data(client.POST("/api/auth/password-reset", { body }))).message);
          })}
        >
          <p className="muted">{t("auth.forgot.lede")}</p>
          <FormAlert messages={form.summary} />
          <Field label={t("auth.field.email")} name="email" type="email" required autoComplete="email" error={form.error("email")} />
          <SubmitButton busy={form.busy} busyLabel={t("auth.forgot.busy")}>
            {t("auth.forgot.submit")}
          </SubmitButton>
        </form>
      )}
      <p className="auth-switch">
        <Link to="/signin">{t("auth.forgot.backToSignIn")}</Link>
      </p>
    </div>
  );
}
