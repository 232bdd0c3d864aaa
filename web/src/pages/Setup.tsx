import { useNavigate } from "react-router";
import { NewPersonInput } from "../../../src/modules/accounts/inputs.ts";
import { Field } from "../components/Field.tsx";
import { FormAlert } from "../components/FormAlert.tsx";
import { SubmitButton } from "../components/SubmitButton.tsx";
import { useForm, validate } from "../form.ts";
import { useTitle } from "../hooks.ts";
import { authenticate } from "../session.tsx";
import { ACCOUNT_FIELDS, AccountFields } from "./SignUp.tsx";

const SETUP_FIELDS = ["instanceName", "description", ...ACCOUNT_FIELDS] as const;

/** The first-run page: names the instance and creates its admin, who is then signed in. */
export function SetupPage() {
  useTitle("Set up");
  const navigate = useNavigate();
  const form = useForm(SETUP_FIELDS);

  return (
    <div className="auth auth--wide">
      <p className="eyebrow">Welcome to Triarchy</p>
      <h1>Set up this instance</h1>
      <p className="lede">
        Name this place and create its administrator account. Communities, associations, enterprises and public bodies can then join and
        work together here.
      </p>
      <form
        className="card form"
        noValidate
        onSubmit={form.onSubmit(async (v) => {
          const account = { handle: v.handle ?? "", name: v.name ?? "", email: v.email ?? "", password: v.password ?? "" };
          // The account part is checked on the client with the server's schema; the instance name by the server.
          validate(NewPersonInput, account);
          await authenticate("/api/setup", { instanceName: v.instanceName ?? "", description: v.description || undefined, ...account });
          navigate("/", { replace: true });
        })}
      >
        <FormAlert messages={form.summary} />
        <fieldset>
          <legend>This instance</legend>
          <Field
            label="Instance name"
            name="instanceName"
            required
            maxLength={120}
            placeholder="e.g. Brest Commons"
            error={form.error("instanceName")}
          />
          <Field
            as="textarea"
            label="Description"
            name="description"
            maxLength={2000}
            optional
            hint="Shown on the home page: who this instance is for."
            error={form.error("description")}
          />
        </fieldset>
        <fieldset>
          <legend>Your administrator account</legend>
          <AccountFields form={form} />
        </fieldset>
        <SubmitButton busy={form.busy} busyLabel="Setting up…">
          Set up instance
        </SubmitButton>
      </form>
    </div>
  );
}
