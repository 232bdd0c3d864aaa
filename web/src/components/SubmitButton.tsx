import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** A form's submit button: disabled and announcing progress while the request runs. */
export function SubmitButton({
  busy,
  children,
  busyLabel,
  variant = "primary",
}: {
  busy: boolean;
  children: ReactNode;
  busyLabel?: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  return (
    <button type="submit" className={`button button--${variant}`} disabled={busy} aria-busy={busy || undefined}>
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}

/** The actions row of an edit form: its submit button and a "Saved." notice once the change is stored. */
export function SaveActions({ busy, saved, children }: { busy: boolean; saved: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <SubmitButton busy={busy} busyLabel={t("common.form.saving")}>
        {children}
      </SubmitButton>
      {saved ? (
        <span className="notice-inline" role="status">
          {t("common.form.saved")}
        </span>
      ) : null}
    </div>
  );
}
