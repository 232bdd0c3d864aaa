import { useState } from "react";
import { useTranslation } from "react-i18next";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import { FormAlert } from "../../components/FormAlert.tsx";
import { SaveActions } from "../../components/SubmitButton.tsx";
import { useForm } from "../../form.ts";
import { useTitle } from "../../hooks.ts";
import { useSession } from "../../session.tsx";

/** The instance's settings an admin changes here: for now, whether accounts must prove their address to write. */
export function InstanceSettingsPage() {
  const { t } = useTranslation();
  useTitle(t("account.instance.title"));
  const { instance, me, reloadInstance } = useSession();
  const form = useForm(["requireVerifiedEmail"]);
  const [saved, setSaved] = useState(false);
  if (!me?.isAdmin) return <p className="muted">{t("account.instance.adminOnly")}</p>;
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t("account.instance.title")}</h1>
      </div>
      <section className="card section">
        <form
          className="form"
          noValidate
          onChange={() => setSaved(false)}
          onSubmit={form.onSubmit(async (v) => {
            await data(client.PATCH("/api/instance", { body: { requireVerifiedEmail: v.requireVerifiedEmail === "on" } }));
            await reloadInstance();
            setSaved(true);
          })}
        >
          <FormAlert messages={form.summary} />
          <label className="checkbox">
            <input type="checkbox" name="requireVerifiedEmail" defaultChecked={instance.email.requireVerified} />
            {t("account.instance.requireVerified")}
          </label>
          <p className="field-hint">
            {instance.email.enabled ? t("account.instance.requireVerifiedHint") : t("account.instance.emailOff")}
          </p>
          <SaveActions busy={form.busy} saved={saved}>
            {t("account.instance.save")}
          </SaveActions>
        </form>
      </section>
    </div>
  );
}
