import { useTranslation } from "react-i18next";

/** The problem summary at the top of a form: what the server said when no field was at fault. */
export function FormAlert({ messages, title }: { messages: string[]; title?: string }) {
  const { t } = useTranslation();
  if (messages.length === 0) return null;
  return (
    <div className="alert alert--error" role="alert" tabIndex={-1}>
      <strong>{title ?? t("common.form.failed")}</strong>
      {messages.length === 1 ? (
        <p>{messages[0]}</p>
      ) : (
        <ul>
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
