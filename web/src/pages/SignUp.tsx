import { Link, useLocation, useNavigate } from "react-router";
import { NewPersonInput } from "../../../src/modules/accounts/inputs.ts";
import { Field } from "../components/Field.tsx";
import { FormAlert } from "../components/FormAlert.tsx";
import { SubmitButton } from "../components/SubmitButton.tsx";
import { useForm, validate } from "../form.ts";
import { useTitle } from "../hooks.ts";
import { nextPath } from "../navigation.ts";
import { authenticate, useSession } from "../session.tsx";

export const ACCOUNT_FIELDS = ["handle", "name", "email", "password"] as const;

/** Handle, name, email and password: shared by sign-up and the first-run page. */
export function AccountFields({ form }: { form: ReturnType<typeof useForm> }) {
  return (
    <>
      <Field
        label="Handle"
        name="handle"
        required
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        pattern="[a-z0-9](?:[a-z0-9\-]{0,48}[a-z0-9])?"
        maxLength={50}
        hint="Your address here, e.g. @ada. Lower-case letters, digits and hyphens."
        error={form.error("handle")}
      />
      <Field label="Name" name="name" required autoComplete="name" maxLength={120} error={form.error("name")} />
      <Field
        label="Email"
        name="email"
        type="email"
        required
        autoComplete="email"
        maxLength={254}
        hint="Never shown to anyone."
        error={form.error("email")}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        required
        minLength={10}
        autoComplete="new-password"
        hint="At least 10 characters."
        error={form.error("password")}
      />
    </>
  );
}

export function SignUpPage() {
  useTitle("Sign up");
  const { instance } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const form = useForm(ACCOUNT_FIELDS);
  const next = nextPath(location.search);

  return (
    <div className="auth">
      <h1>Join {instance.name}</h1>
      <p className="lede">Create an account to start or join organizations, and to claim the work you are paid for.</p>
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
          navigate(next, { replace: true });
        })}
      >
        <FormAlert messages={form.summary} />
        <AccountFields form={form} />
        <SubmitButton busy={form.busy} busyLabel="Creating your account…">
          Sign up
        </SubmitButton>
      </form>
      <p className="auth-switch">
        Already have an account? <Link to={`/signin${location.search}`}>Sign in instead</Link>
      </p>
    </div>
  );
}
