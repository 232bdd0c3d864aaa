import { useId } from "react";
import { useTranslation } from "react-i18next";

/** Approve any number of options, none included. */
export function ApprovalBallot({
  options,
  value,
  onChange,
  error,
}: {
  options: string[];
  value: number[];
  onChange: (approved: number[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset aria-describedby={[error ? `${id}-error` : "", `${id}-hint`].filter(Boolean).join(" ")}>
      <legend>{t("decisions.approval.legend")}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t("decisions.approval.hint")}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <div className="choice-list">
        {options.map((label, i) => (
          <label key={label} className="choice">
            <input
              type="checkbox"
              name="approve"
              value={i}
              checked={value.includes(i)}
              aria-invalid={error && i === 0 ? true : undefined}
              onChange={(e) => onChange(e.target.checked ? [...value, i].sort((a, b) => a - b) : value.filter((x) => x !== i))}
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
      <p className="muted small" aria-live="polite">
        {value.length === 0
          ? t("decisions.approval.none")
          : t("decisions.approval.count", { approved: value.length, total: options.length })}
      </p>
    </fieldset>
  );
}
