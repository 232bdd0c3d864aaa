import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { NewPersonInput } from "../../../src/modules/accounts/inputs.ts";
import { Field } from "../components/Field.tsx";
import { FormAlert } from "../components/FormAlert.tsx";
import type { Welcome } from "../components/NextSteps.tsx";
import { MIN_PASSWORD } from "../components/PasswordForm.tsx";
import { SubmitButton } from "../components/SubmitButton.tsx";
import { useForm, validate } from "../form.ts";
import { useTitle } from "../hooks.ts";
import { nextPath } from "../navigation.ts";
import { authenticate, useSession } from "../session.tsx";

export const ACCOUNT_FIELDS = ["handle", "name", "email", "password"] as const;

/** Handle, name, email and password: shared by sign-up and the first-run page. */
export function AccountFields({ form }: { form: ReturnType<typeof useForm> }) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        label={t("auth.field.handle")}
        name="handle"
        required
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        pattern="[a-z0-9](?:[a-z0-9\-]{0,48}[a-z0-9])?"
        maxLength={50}
        hint={t("auth.field.handleHint")}
        error={form.error("handle")}
      />
      <Field label={t("auth.field.name")} name="name" required autoComplete="name" maxLength={120} error={form.error("name")} />
      <Field
        label={t("auth.field.email")}
        name="email"
        type="email"
        required
        autoComplete="email"
        maxLength={254}
        hint={t("auth.field.emailHint")}
        error={form.error("email")}
      />
      <Field
        label={t("auth.field.password")}
        name="password"
        type="password"
        required
        minLength={MIN_PASSWORD}
        autoComplete="new-password"
        hint={t("auth.field.passwordHint", { min: MIN_PASSWORD })}
        error={form.error("password")}
      />
    </>
  );
}

/** Signs a person up, then greets them on the home page with what to do next (and a way back to where they were). */
export function SignUpPage() {
  const { t } = useTranslation();
  useTitle(t("auth.signUp.title"));
  const { instance } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const form = useForm(ACCOUNT_FIELDS);
  const next = nextPath(location.search);

  return (
    <div className="auth">
      <h1>{t("auth.signUp.heading", { instance: instance.name })}</h1>
      <p className="lede">{t("auth.signUp.lede")}</p>
      <form
        className="card form"
        noValidate
        onSubmit={form.onSubmit(async (v) => {
          const body = validate(NewPersonInput, {
            handle: v.handle ?? "",
            name: v.name ?? "",
            email: v.email ?? "",
            password: v.password ?? "",
          });
          await authenticate("/api/auth/signup", body);
          const welcome: Welcome = { welcome: true, next: next === "/" ? null : next };
          navigate("/", { replace: true, state: welcome });
        })}
      >
        <FormAlert messages={form.summary} />
        <AccountFields form={form} />
        <SubmitButton busy={form.busy} busyLabel={t("auth.signUp.busy")}>
          {t("auth.signUp.submit")}
        </SubmitButton>
      </form>
      <p className="auth-switch">
        {t("auth.signUp.haveAccount")} <Link to={`/signin${location.search}`}>{t("auth.signUp.signInInstead")}</Link>
      </p>
    </div>
  );
}
