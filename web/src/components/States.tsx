import type { ReactNode } from "react";
import type { ApiError } from "../api/client.ts";

export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <p className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <p className="state-title">{title}</p>
      {children ? <div className="state-body">{children}</div> : null}
    </div>
  );
}

export function LoadError({ error, retry }: { error: ApiError; retry?: () => void }) {
  return (
    <div className="alert alert--error" role="alert">
      <strong>{error.status === 0 ? "Could not reach the server" : error.title}</strong>
      <p>{error.detail}</p>
      {retry ? (
        <button type="button" className="button button--secondary button--small" onClick={retry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
