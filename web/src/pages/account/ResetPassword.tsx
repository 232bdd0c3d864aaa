import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { PasswordResetInput } from "../../../../src/modules/accounts/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import { Field } from "../../components/Field.tsx";
import { FormAlert } from "../../components/FormAlert.tsx";
import { MIN_PASSWORD } from "../../components/PasswordForm.tsx";
import { SubmitButton } from "../../components/SubmitButton.tsx";
import { useForm, validate } from "../../form.ts";
import { useTitle } from "../../hooks.ts";

/** A new password from the emailed link; every session ends, so it sends the person to sign in. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  useTitle(t("auth.reset.title"));
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const navigate = useNavigate();
  // A problem with the link names `token`: shown in the summary, as the form has no such field.
  const form = useForm(["password"]);
  return (
    <div className="auth">
      <h1>{t("auth.reset.title")}</h1>
      <form
        className="card form"
        noValidate
        onSubmit={form.onSubmit(async (v) => {
          const body = validate(PasswordResetInput, { token, password: v.password ?? "" });
          await data(client.POST("/api/auth/password-reset/confirm", { body }));
          navigate("/signin?reset=1", { replace: true });
        })}
      >
        <FormAlert messages={form.summary} />
        <Field
          label={t("auth.reset.password")}
          name="password"
          type="password"
          required
          minLength={MIN_PASSWORD}
          autoComplete="new-password"
          hint={t("auth.reset.hint", { min: MIN_PASSWORD })}
          error={form.error("password")}
        />
        <SubmitButton busy={form.busy} busyLabel={t("auth.reset.busy")}>
          {t("auth.reset.submit")}
        </SubmitButton>
      </form>
      <p className="auth-switch">
        <Link to="/forgot-password">{t("auth.reset.newLink")}</Link>
      </p>
    </div>
  );
}
