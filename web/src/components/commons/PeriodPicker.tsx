import { useTranslation } from "react-i18next";
import type { ApiError } from "../../api/client.ts";
import type { Interval } from "../../api/schema.ts";
import { mapProblem } from "../../form.ts";
import { INTERVAL_LABEL } from "../../format.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { INTERVALS } from "./labels.ts";

export interface PeriodValue {
  from: string;
  to: string;
  interval: Interval;
}

/**
 * From, to and the chart's interval. Dates apply when the form is submitted (typing a date fires
 * many changes); the interval applies at once. The report's problem shows under the field it names.
 */
export function PeriodPicker({
  value,
  onChange,
  problem,
}: {
  value: PeriodValue;
  onChange: (v: PeriodValue) => void;
  problem?: ApiError | undefined;
}) {
  const { t } = useTranslation();
  const { fields, summary } = mapProblem(problem?.status === 422 || problem?.type === "validation" ? problem : null, [
    "from",
    "to",
    "interval",
  ]);
  return (
    <form
      className="period-form"
      key={`${value.from}:${value.to}`}
      noValidate
      aria-label={t("commons.period.label")}
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        onChange({ ...value, from: String(data.get("from") ?? ""), to: String(data.get("to") ?? "") });
      }}
    >
      <FormAlert messages={summary} />
      <div className="form-row">
        <Field label={t("commons.period.from")} name="from" type="date" optional defaultValue={value.from} error={fields.from} />
        <Field label={t("commons.period.to")} name="to" type="date" optional defaultValue={value.to} error={fields.to} />
        <Field
          as="select"
          label={t("commons.period.per")}
          name="interval"
          value={value.interval}
          onChange={(e) => onChange({ ...value, interval: e.target.value as Interval })}
          error={fields.interval}
        >
          {INTERVALS.map((i) => (
            <option key={i} value={i}>
              {INTERVAL_LABEL[i]}
            </option>
          ))}
        </Field>
        <div className="form-row-action">
          <button type="submit" className="button button--secondary">
            {t("commons.period.show")}
          </button>
        </div>
      </div>
      {value.from || value.to ? (
        <button type="button" className="link-button small" onClick={() => onChange({ ...value, from: "", to: "" })}>
          {t("commons.period.allTime")}
        </button>
      ) : null}
    </form>
  );
}
