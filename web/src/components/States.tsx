import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError } from "../api/client.ts";

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t("common.loading")}
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

/** The server's problem title comes in the chosen language (the client sends Accept-Language); its detail is English for now. */
export function LoadError({ error, retry }: { error: ApiError; retry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert--error" role="alert">
      <strong>{error.status === 0 ? t("common.error.unreachable") : error.title}</strong>
      <p>{error.detail}</p>
      {retry ? (
        <button type="button" className="button button--secondary button--small" onClick={retry}>
          {t("common.action.retry")}
        </button>
      ) : null}
    </div>
  );
}
