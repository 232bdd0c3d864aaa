import type { ReactNode } from "react";

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
