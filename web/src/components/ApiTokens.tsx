import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { client } from "../api/client.ts";
import { apiKey, apiQuery, data, invalidate } from "../api/query.ts";
import type { ApiToken } from "../api/schema.ts";
import { useForm } from "../form.ts";
import { formatDate } from "../format.ts";
import { ApiDocsLink } from "../i18n/tags.tsx";
import { ConfirmButton } from "./ConfirmButton.tsx";
import { CopyButton } from "./CopyButton.tsx";
import { Field } from "./Field.tsx";
import { FormAlert } from "./FormAlert.tsx";
import { LoadError, Loading } from "./States.tsx";
import { SubmitButton } from "./SubmitButton.tsx";

type NewApiToken = ApiToken & { token: string };

function NewTokenSecret({ token, onDone }: { token: NewApiToken; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="secret" role="status">
      <p>
        <Trans i18nKey="account.tokens.copyNow" values={{ name: token.name }} components={{ strong: <strong /> }} />
      </p>
      <div className="secret-row">
        <code className="secret-value">{token.token}</code>
        <CopyButton text={token.token} />
      </div>
      <p className="field-hint">
        <Trans i18nKey="account.tokens.howToSend" components={{ code: <code /> }} />{" "}
        <button type="button" className="link-button" onClick={onDone}>
          {t("account.tokens.saved")}
        </button>
      </p>
    </div>
  );
}

export function ApiTokens() {
  const { t } = useTranslation();
  const tokens = useQuery(apiQuery("/api/me/tokens"));
  const form = useForm(["name"]);
  const [created, setCreated] = useState<NewApiToken | null>(null);
  const onSuccess = () => invalidate(apiKey("/api/me/tokens"));
  const create = useMutation({ mutationFn: (name: string) => data(client.POST("/api/me/tokens", { body: { name } })), onSuccess });
  const revoke = useMutation({
    mutationFn: (id: string) => data(client.DELETE("/api/me/tokens/{id}", { params: { path: { id } } })),
    onSuccess,
  });
  const revoking = revoke.isPending ? revoke.variables : null;
  const revokeError = revoke.error?.detail;

  return (
    <div className="tokens">
      <p className="muted">
        <Trans i18nKey="account.tokens.intro" components={{ docs: <ApiDocsLink /> }} />
      </p>
      {created ? <NewTokenSecret token={created} onDone={() => setCreated(null)} /> : null}
      <form
        className="form form--inline"
        noValidate
        onSubmit={form.onSubmit(async (v, el) => {
          setCreated(await create.mutateAsync((v.name ?? "").trim()));
          el.reset();
        })}
      >
        <FormAlert messages={form.summary} />
        <div className="form-row">
          <Field
            label={t("account.tokens.name")}
            name="name"
            required
            maxLength={120}
            placeholder={t("account.tokens.namePlaceholder")}
            error={form.error("name")}
          />
          <div className="form-row-action">
            <SubmitButton busy={form.busy} busyLabel={t("account.tokens.creating")}>
              {t("account.tokens.create")}
            </SubmitButton>
          </div>
        </div>
      </form>
      {revokeError ? (
        <p className="field-error" role="alert">
          {revokeError}
        </p>
      ) : null}
      {tokens.isPending ? (
        <Loading />
      ) : tokens.error ? (
        <LoadError error={tokens.error} retry={() => void tokens.refetch()} />
      ) : (
        <TokenList tokens={tokens.data?.items ?? []} revoking={revoking} revoke={(id) => revoke.mutateAsync(id).catch(() => undefined)} />
      )}
    </div>
  );
}

function TokenList({
  tokens,
  revoking,
  revoke,
}: {
  tokens: ApiToken[];
  revoking: string | null | undefined;
  revoke: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="muted">{t("account.tokens.count", { count: tokens.length })}</p>
      {tokens.length > 0 ? (
        <ul className="token-list">
          {tokens.map((token) => (
            <li key={token.id} className="token">
              <div>
                <strong>{token.name}</strong> <code className="muted">{token.prefix}…</code>
                <p className="muted small">
                  {token.lastUsedAt
                    ? t("account.tokens.used", { created: formatDate(token.createdAt), used: formatDate(token.lastUsedAt) })
                    : t("account.tokens.neverUsed", { created: formatDate(token.createdAt) })}
                </p>
              </div>
              <ConfirmButton
                question={t("account.tokens.revokeQuestion", { name: token.name })}
                confirmLabel={t("account.tokens.revoke")}
                busy={revoking === token.id}
                onConfirm={() => revoke(token.id)}
              >
                {t("account.tokens.revoke")}
              </ConfirmButton>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
