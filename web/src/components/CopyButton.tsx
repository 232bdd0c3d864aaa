import { useState } from "react";
import { useTranslation } from "react-i18next";

/** Copies a text to the clipboard; says "Copied" once it is there. `what` names the text for a screen reader. */
export function CopyButton({ text, what }: { text: string; what?: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      onClick={() =>
        navigator.clipboard?.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
    >
      {copied ? t("common.action.copied") : t("common.action.copy")}
      {what ? <span className="visually-hidden"> {what}</span> : null}
    </button>
  );
}
