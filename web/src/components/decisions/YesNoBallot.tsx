import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ANSWER_HINT, ANSWER_LABEL, ANSWERS, ANSWERS_NEEDING_REASON, type YesNoMethod } from "./labels.ts";

/** One answer among the method's, as radio buttons with what each means. */
export function YesNoBallot({
  method,
  value,
  onChange,
  error,
}: {
  method: YesNoMethod;
  value: string;
  onChange: (answer: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const answers: readonly string[] = ANSWERS[method];
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend>{t("decisions.yesNo.legend")}</legend>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      <div className="choice-list answer-choices">
        {answers.map((a, i) => (
          <label key={a} className={`choice answer-choice answer-choice--${a}`}>
            <input
              type="radio"
              name="answer"
              value={a}
              checked={value === a}
              onChange={() => onChange(a)}
              aria-invalid={error && (value === a || (!value && i === 0)) ? true : undefined}
            />
            <span>
              <strong>{ANSWER_LABEL[a]}</strong>
              <span className="field-hint choice-hint">
                {ANSWER_HINT[method][a]}
                {ANSWERS_NEEDING_REASON.includes(a) ? <span className="visually-hidden">{t("decisions.yesNo.reasonRequired")}</span> : null}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
