import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { client } from "../../api/client.ts";
import { data, queryClient } from "../../api/query.ts";
import { FormAlert } from "../../components/FormAlert.tsx";
import { SubmitButton } from "../../components/SubmitButton.tsx";
import { useForm } from "../../form.ts";
import { useTitle } from "../../hooks.ts";
import type { MessageKey } from "../../i18n/resources.ts";

type LinkPath = "/api/auth/verify-email" | "/api/auth/confirm-email-change";
type Texts = Record<"title" | "lede" | "submit" | "done", MessageKey>;

const VERIFY: Texts = { title: "auth.verify.title", lede: "auth.verify.lede", submit: "auth.verify.submit", done: "auth.verify.done" };
const CONFIRM: Texts = { title: "auth.confirm.title", lede: "auth.confirm.lede", submit: "auth.confirm.submit", done: "auth.confirm.done" };

/**
 * An emailed link's page: it acts on a button press, never on load, since mail scanners open links
 * to look at them and would otherwise spend the token.
 */
function EmailLinkPage({ path, texts }: { path: LinkPath; texts: Texts }) {
  const { t } = useTranslation();
  useTitle(t(texts.title));
  const [params] = useSearchParams();
  const form = useForm([]);
  const [done, setDone] = useState(false);
  return (
    <div className="auth">
      <h1>{t(texts.title)}</h1>
      {done ? (
        <>
          <p className="notice" role="status">
            {t(texts.done)}
          </p>
          <p className="auth-switch">
            <Link to="/account">{t("auth.emailLink.toAccount")}</Link>
          </p>
        </>
      ) : (
        <form
          className="card form"
          noValidate
          onSubmit={form.onSubmit(async () => {
            await data(client.POST(path, { body: { token: params.get("token") ?? "" } }));
            // The account's address or its verification changed: every cached view of it is refetched.
            await queryClient.invalidateQueries();
            setDone(true);
          })}
        >
          <p className="muted">{t(texts.lede)}</p>
          <FormAlert messages={form.summary} />
          <SubmitButton busy={form.busy}>{t(texts.submit)}</SubmitButton>
        </form>
      )}
    </div>
  );
}

export const VerifyEmailPage = () => <EmailLinkPage path="/api/auth/verify-email" texts={VERIFY} />;
export const ConfirmEmailPage = () => <EmailLinkPage path="/api/auth/confirm-email-change" texts={CONFIRM} />;
