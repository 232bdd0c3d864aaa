import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { VotingMethod } from "../../api/schema.ts";
import { METHOD_HINT, METHOD_LABEL, METHODS } from "./labels.ts";

/** The voting method as a radio group, each with what it means in one line. */
export function MethodPicker({
  value,
  onChange,
  error,
}: {
  value: VotingMethod;
  onChange: (m: VotingMethod) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend>{t("decisions.methodPicker.legend")}</legend>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      <div className="choice-list">
        {METHODS.map((m) => (
          <label key={m} className="choice">
            <input
              type="radio"
              name="method"
              value={m}
              checked={value === m}
              onChange={() => onChange(m)}
              aria-invalid={error && value === m ? true : undefined}
            />
            <span>
              <strong>{METHOD_LABEL[m]}</strong>
              <span className="field-hint choice-hint">{METHOD_HINT[m]}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
