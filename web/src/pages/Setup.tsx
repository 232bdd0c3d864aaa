import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation();
  useTitle(t("orgs.setup.title"));
  const navigate = useNavigate();
  const form = useForm(SETUP_FIELDS);

  return (
    <div className="auth auth--wide">
      <p className="eyebrow">{t("orgs.setup.welcome")}</p>
      <h1>{t("orgs.setup.heading")}</h1>
      <p className="lede">{t("orgs.setup.lede")}</p>
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
          <legend>{t("orgs.setup.instance")}</legend>
          <Field
            label={t("orgs.setup.instanceName")}
            name="instanceName"
            required
            maxLength={120}
            placeholder={t("orgs.setup.instanceNamePlaceholder")}
            error={form.error("instanceName")}
          />
          <Field
            as="textarea"
            label={t("orgs.fields.description")}
            name="description"
            maxLength={2000}
            optional
            hint={t("orgs.setup.descriptionHint")}
            error={form.error("description")}
          />
        </fieldset>
        <fieldset>
          <legend>{t("orgs.setup.account")}</legend>
          <AccountFields form={form} />
        </fieldset>
        <SubmitButton busy={form.busy} busyLabel={t("orgs.setup.busy")}>
          {t("orgs.setup.submit")}
        </SubmitButton>
      </form>
    </div>
  );
}
