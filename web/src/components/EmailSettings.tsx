import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { EmailChangeInput } from "../../../src/modules/accounts/inputs.ts";
import { client } from "../api/client.ts";
import { data } from "../api/query.ts";
import type { Me } from "../api/schema.ts";
import { useForm, validate } from "../form.ts";
import { keysOf } from "../format.ts";
import { LANGUAGE_NAMES } from "../i18n/languages.ts";
import { useSession } from "../session.tsx";
import { Field } from "./Field.tsx";
import { FormAlert } from "./FormAlert.tsx";
import { SaveActions, SubmitButton } from "./SubmitButton.tsx";

type EmailLanguage = NonNullable<Me["language"]>;
/** The languages an email can be written in: the server's (the generated `Me.language`), named in themselves. */
const EMAIL_LANGUAGES: Record<EmailLanguage, string> = LANGUAGE_NAMES;

/** The account's address: whether it is proven (and a new link), the language of its emails, a change of address. */
export function EmailSettings({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { instance } = useSession();
  const emailOn = instance.email.enabled;
  return (
    <>
      <p>
        {t("account.email.current", { email: me.email })}{" "}
        {emailOn && !me.emailVerified ? <span className="badge">{t("account.email.unverified")}</span> : null}
      </p>
      {emailOn && !me.emailVerified ? <ResendVerification /> : null}
      {emailOn ? <LanguageForm me={me} /> : null}
      <EmailChangeForm emailOn={emailOn} />
    </>
  );
}

function ResendVerification() {
  const { t } = useTranslation();
  const resend = useMutation({ mutationFn: () => data(client.POST("/api/me/email/verification")) });
  return (
    <div className="notice">
      <p>{t("account.email.unverifiedHint")}</p>
      <div className="form-actions">
        <button type="button" className="button button--secondary" disabled={resend.isPending} onClick={() => resend.mutate()}>
          {t("account.email.resend")}
        </button>
        {resend.isSuccess ? (
          <span className="notice-inline" role="status">
            {t("account.email.resent")}
          </span>
        ) : null}
        {resend.error ? (
          <span className="notice-inline" role="alert">
            {resend.error.message}
          </span>
        ) : null}
      </div>
    </div>
  );
}

function LanguageForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { setMe } = useSession();
  const form = useForm(["language"]);
  const [saved, setSaved] = useState(false);
  return (
    <form
      className="form"
      noValidate
      onChange={() => setSaved(false)}
      onSubmit={form.onSubmit(async (v) => {
        const language = keysOf(EMAIL_LANGUAGES).find((l) => l === v.language);
        setMe(await data(client.PATCH("/api/me", { body: { language } })));
        setSaved(true);
      })}
    >
      <FormAlert messages={form.summary} />
      <Field
        as="select"
        label={t("account.email.language")}
        name="language"
        defaultValue={me.language ?? ""}
        error={form.error("language")}
      >
        <option value="">{t("account.email.languageDefault")}</option>
        {keysOf(EMAIL_LANGUAGES).map((l) => (
          <option key={l} value={l}>
            {EMAIL_LANGUAGES[l]}
          </option>
        ))}
      </Field>
      <SaveActions busy={form.busy} saved={saved}>
        {t("account.email.saveLanguage")}
      </SaveActions>
    </form>
  );
}

function EmailChangeForm({ emailOn }: { emailOn: boolean }) {
  const { t } = useTranslation();
  const { setMe } = useSession();
  const form = useForm(["email", "password"]);
  const [outcome, setOutcome] = useState<"sent" | "applied" | null>(null);
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.onSubmit(async (v, el) => {
        setOutcome(null);
        const body = validate(EmailChangeInput, { email: v.email ?? "", password: v.password ?? "" });
        const result = await data(client.POST("/api/me/email", { body }));
        setMe(result.person);
        el.reset();
        setOutcome(result.applied ? "applied" : "sent");
      })}
    >
      <h3>{t("account.email.changeTitle")}</h3>
      <FormAlert messages={form.summary} />
      <Field
        label={t("account.email.new")}
        name="email"
        type="email"
        required
        autoComplete="email"
        hint={emailOn ? t("account.email.newHint") : undefined}
        error={form.error("email")}
      />
      <Field
        label={t("account.password.current")}
        name="password"
        type="password"
        required
        autoComplete="current-password"
        error={form.error("password")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("account.email.changeBusy")}>
          {t("account.email.change")}
        </SubmitButton>
        {outcome ? (
          <span className="notice-inline" role="status">
            {outcome === "sent" ? t("account.email.confirmationSent") : t("account.email.changed")}
          </span>
        ) : null}
      </div>
    </form>
  );
}
