import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * A button for a destructive or hard-to-undo action: the first press asks to confirm in place,
 * the second runs it. Escape or "Cancel" backs out.
 */
export function ConfirmButton({
  children,
  confirmLabel,
  question,
  onConfirm,
  busy = false,
  variant = "danger",
}: {
  children: ReactNode;
  confirmLabel: string;
  question: string;
  onConfirm: () => void;
  busy?: boolean;
  variant?: "danger" | "secondary";
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) openerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={openerRef}
        type="button"
        className={`button button--${variant === "danger" ? "ghost-danger" : "secondary"} button--small`}
        onClick={() => setAsking(true)}
        disabled={busy}
      >
        {children}
      </button>
    );
  }
  return (
    <fieldset className="confirm" onKeyDown={(e) => e.key === "Escape" && setAsking(false)}>
      <legend className="confirm-question">{question}</legend>
      <button
        ref={confirmRef}
        type="button"
        className="button button--danger button--small"
        disabled={busy}
        aria-busy={busy || undefined}
        onClick={() => {
          onConfirm();
          setAsking(false);
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button button--secondary button--small" onClick={() => setAsking(false)}>
        {t("orgs.confirm.cancel")}
      </button>
    </fieldset>
  );
}
