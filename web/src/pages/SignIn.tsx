import { Link, useLocation, useNavigate } from "react-router";
import { Field } from "../components/Field.tsx";
import { FormAlert } from "../components/FormAlert.tsx";
import { SubmitButton } from "../components/SubmitButton.tsx";
import { useForm } from "../form.ts";
import { useTitle } from "../hooks.ts";
import { nextPath } from "../navigation.ts";
import { authenticate, useSession } from "../session.tsx";

export function SignInPage() {
  useTitle("Sign in");
  const { instance } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const form = useForm(["email", "password"]);

  return (
    <div className="auth">
      <h1>Sign in to {instance.name}</h1>
      <form
        className="card form"
        noValidate
        onSubmit={form.onSubmit(async (v) => {
          await authenticate("/api/auth/signin", { email: v.email ?? "", password: v.password ?? "" });
          navigate(nextPath(location.search), { replace: true });
        })}
      >
        <FormAlert messages={form.summary} />
        <Field label="Email" name="email" type="email" required autoComplete="email" error={form.error("email")} />
        <Field label="Password" name="password" type="password" required autoComplete="current-password" error={form.error("password")} />
        <SubmitButton busy={form.busy} busyLabel="Signing in…">
          Sign in
        </SubmitButton>
      </form>
      <p className="auth-switch">
        New here? <Link to={`/signup${location.search}`}>Create an account</Link>
      </p>
    </div>
  );
}
