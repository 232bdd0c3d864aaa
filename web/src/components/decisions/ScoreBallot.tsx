import { useId } from "react";
import { useTranslation } from "react-i18next";

/** A whole-number score from 0 to scoreMax for every option. */
export function ScoreBallot({
  options,
  scoreMax,
  value,
  onChange,
  error,
}: {
  options: string[];
  scoreMax: number;
  /** As typed, so a field can be empty while it is being edited. */
  value: string[];
  onChange: (scores: string[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset aria-describedby={[error ? `${id}-error` : "", `${id}-hint`].filter(Boolean).join(" ")}>
      <legend>{t("decisions.score.legend")}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t("decisions.score.hint", { max: scoreMax })}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <ul className="score-rows">
        {options.map((label, i) => {
          const text = value[i] ?? "";
          const n = Number(text);
          const bad = text === "" || !Number.isInteger(n) || n < 0 || n > scoreMax;
          return (
            <li key={label} className="score-row">
              <label htmlFor={`${id}-${i}`}>{label}</label>
              <input
                id={`${id}-${i}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={scoreMax}
                step={1}
                required
                value={text}
                aria-invalid={(error && i === 0) || (bad && text !== "") ? true : undefined}
                aria-describedby={`${id}-hint`}
                onChange={(e) => onChange(value.map((v, k) => (k === i ? e.target.value : v)))}
              />
              <span className="muted small" aria-hidden="true">
                {t("decisions.score.outOf", { max: scoreMax })}
              </span>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
