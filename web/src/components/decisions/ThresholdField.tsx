import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { MessageKey } from "../../i18n/resources.ts";
import { formatPercent } from "./labels.ts";

export interface Threshold {
  numerator: number;
  denominator: number;
}

const PRESETS: (Threshold & { words: MessageKey })[] = [
  { numerator: 2, denominator: 3, words: "decisions.threshold.twoThirds" },
  { numerator: 3, denominator: 4, words: "decisions.threshold.threeQuarters" },
  { numerator: 3, denominator: 5, words: "decisions.threshold.threeFifths" },
];
const DENOMINATORS = [2, 3, 4, 5, 6, 7, 8, 9, 10];

const percent = (t: Threshold) => formatPercent(Math.round((t.numerator / t.denominator) * 1000) / 10);

/** A supermajority's share of yes votes: common presets, or any fraction up to tenths. */
export function ThresholdField({
  value,
  onChange,
  error,
}: {
  value: Threshold;
  onChange: (t: Threshold) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : "", `${id}-hint`].filter(Boolean).join(" ");
  return (
    <fieldset className="threshold-field" aria-describedby={describedBy}>
      <legend>{t("decisions.threshold.legend")}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t("decisions.threshold.hint")}
      </p>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      <div className="threshold-presets">
        {PRESETS.map((p) => {
          const pressed = p.numerator === value.numerator && p.denominator === value.denominator;
          return (
            <button
              key={p.words}
              type="button"
              className={`button button--small ${pressed ? "button--primary" : "button--secondary"}`}
              aria-pressed={pressed}
              onClick={() => onChange({ numerator: p.numerator, denominator: p.denominator })}
            >
              {p.numerator}/{p.denominator} <span className="visually-hidden">({t(p.words)})</span>
            </button>
          );
        })}
      </div>
      <div className="threshold-fraction">
        <div className="field">
          <label htmlFor={`${id}-n`}>{t("decisions.threshold.numerator")}</label>
          <select
            id={`${id}-n`}
            value={value.numerator}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => onChange({ ...value, numerator: Number(e.target.value) })}
          >
            {Array.from({ length: value.denominator }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-d`}>{t("decisions.threshold.denominator")}</label>
          <select
            id={`${id}-d`}
            value={value.denominator}
            onChange={(e) => {
              const denominator = Number(e.target.value);
              onChange({ denominator, numerator: Math.min(value.numerator, denominator) });
            }}
          >
            {DENOMINATORS.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </div>
        <p className="threshold-percent" aria-live="polite">
          {t("decisions.threshold.summary", { numerator: value.numerator, denominator: value.denominator, percent: percent(value) })}
        </p>
      </div>
    </fieldset>
  );
}
