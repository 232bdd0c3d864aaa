import { useState } from "react";
import { api } from "../api.ts";
import { useForm } from "../form.ts";
import { formatDate } from "../format.ts";
import { toApiError, useResource } from "../hooks.ts";
import type { NewApiToken } from "../types.ts";
import { ConfirmButton } from "./ConfirmButton.tsx";
import { Field } from "./Field.tsx";
import { FormAlert } from "./FormAlert.tsx";
import { LoadError, Loading } from "./States.tsx";
import { SubmitButton } from "./SubmitButton.tsx";

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
  const tokens = useResource("tokens", () => api.tokens());
  const form = useForm(["name"]);
  const [created, setCreated] = useState<NewApiToken | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);

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
          const token = await api.createToken((v.name ?? "").trim());
          setCreated(token);
          el.reset();
          tokens.reload();
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
      {tokens.loading && !tokens.data ? (
        <Loading />
      ) : tokens.error ? (
        <LoadError error={tokens.error} retry={tokens.reload} />
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
                onConfirm={async () => {
                  setRevoking(t.id);
                  setRevokeError(null);
                  try {
                    await api.revokeToken(t.id);
                    tokens.reload();
                  } catch (err) {
                    setRevokeError(toApiError(err).detail);
                  } finally {
                    setRevoking(null);
                  }
                }}
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
