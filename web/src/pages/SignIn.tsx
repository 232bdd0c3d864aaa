import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useSearchParams } from "react-router";
import { Field } from "../components/Field.tsx";
import { FormAlert } from "../components/FormAlert.tsx";
import { SubmitButton } from "../components/SubmitButton.tsx";
import { useForm } from "../form.ts";
import { useTitle } from "../hooks.ts";
import { nextPath } from "../navigation.ts";
import { authenticate, useSession } from "../session.tsx";

export function SignInPage() {
  const { t } = useTranslation();
  useTitle(t("auth.signIn.title"));
  const { instance } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const form = useForm(["email", "password"]);
  const [params] = useSearchParams();

  return (
    <div className="auth">
      <h1>{t("auth.signIn.heading", { instance: instance.name })}</h1>
      <form
        className="card form"
        noValidate
        onSubmit={form.onSubmit(async (v) => {
          await authenticate("/api/auth/signin", { email: v.email ?? "", password: v.password ?? "" });
          navigate(nextPath(location.search), { replace: true });
        })}
      >
        {params.get("reset") ? (
          <p className="notice" role="status">
            {t("auth.reset.done")}
          </p>
        ) : null}
        <FormAlert messages={form.summary} />
        <Field label={t("auth.field.email")} name="email" type="email" required autoComplete="email" error={form.error("email")} />
        <Field
          label={t("auth.field.password")}
          name="password"
          type="password"
          required
          autoComplete="current-password"
          error={form.error("password")}
        />
        <SubmitButton busy={form.busy} busyLabel={t("auth.signIn.busy")}>
          {t("auth.signIn.submit")}
        </SubmitButton>
      </form>
      {instance.email.enabled ? (
        <p className="auth-switch">
          <Link to="/forgot-password">{t("auth.signIn.forgot")}</Link>
        </p>
      ) : null}
      <p className="auth-switch">
        {t("auth.signIn.newHere")} <Link to={`/signup${location.search}`}>{t("auth.signIn.createAccount")}</Link>
      </p>
    </div>
  );
}
