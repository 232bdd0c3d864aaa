import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { client } from "../api/client.ts";
import { apiKey, apiQuery, data, invalidate } from "../api/query.ts";
import type { ApiToken } from "../api/schema.ts";
import { useForm } from "../form.ts";
import { formatDate } from "../format.ts";
import { ConfirmButton } from "./ConfirmButton.tsx";
import { Field } from "./Field.tsx";
import { FormAlert } from "./FormAlert.tsx";
import { LoadError, Loading } from "./States.tsx";
import { SubmitButton } from "./SubmitButton.tsx";

type NewApiToken = ApiToken & { token: string };

function NewTokenSecret({ token, onDone }: { token: NewApiToken; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="secret" role="status">
      <p>
        <strong>Copy your new token “{token.name}” now.</strong> It will not be shown again.
      </p>
      <div className="secret-row">
        <code className="secret-value">{token.token}</code>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() =>
            navigator.clipboard?.writeText(token.token).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
      <p className="field-hint">
        Send it as <code>Authorization: Bearer …</code> to the API.{" "}
        <button type="button" className="link-button" onClick={onDone}>
          I have saved it
        </button>
      </p>
    </div>
  );
}

export function ApiTokens() {
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
        Tokens let scripts use the API as you. See the <a href="/api/docs">API documentation</a>.
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
          <Field label="Token name" name="name" required maxLength={120} placeholder="e.g. Backup script" error={form.error("name")} />
          <div className="form-row-action">
            <SubmitButton busy={form.busy} busyLabel="Creating…">
              Create token
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
      ) : (tokens.data?.items.length ?? 0) === 0 ? (
        <p className="muted">You have no API tokens.</p>
      ) : (
        <ul className="token-list">
          {tokens.data?.items.map((t) => (
            <li key={t.id} className="token">
              <div>
                <strong>{t.name}</strong> <code className="muted">{t.prefix}…</code>
                <p className="muted small">
                  Created {formatDate(t.createdAt)} · {t.lastUsedAt ? `last used ${formatDate(t.lastUsedAt)}` : "never used"}
                </p>
              </div>
              <ConfirmButton
                question={`Revoke “${t.name}”?`}
                confirmLabel="Revoke"
                busy={revoking === t.id}
                onConfirm={() => revoke.mutateAsync(t.id).catch(() => undefined)}
              >
                Revoke
              </ConfirmButton>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
