import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { FormState } from "../../form.ts";
import { Field } from "../Field.tsx";
import { daysAhead, toLocalInput } from "./datetime.ts";

const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * When voting opens (now, or at a time) and closes, as datetime-local fields named opensAt and
 * closesAt in the viewer's time zone; opensAt is left empty for "now".
 */
export function WindowFields({ form }: { form: FormState }) {
  const { t } = useTranslation();
  const [later, setLater] = useState(false);
  const [min] = useState(() => toLocalInput(new Date()));
  const zone = timeZone();
  return (
    <fieldset>
      <legend>{t("decisions.window.legend")}</legend>
      <fieldset className="window-opens">
        <legend>{t("decisions.window.opens")}</legend>
        <div className="inline-choices">
          <label className="radio">
            <input type="radio" name="opens" value="now" checked={!later} onChange={() => setLater(false)} />
            {t("decisions.window.now")}
          </label>
          <label className="radio">
            <input type="radio" name="opens" value="later" checked={later} onChange={() => setLater(true)} />
            {t("decisions.window.later")}
          </label>
        </div>
        {later ? (
          <Field
            label={t("decisions.window.opensAt")}
            name="opensAt"
            type="datetime-local"
            required
            min={min}
            defaultValue={daysAhead(1)}
            hint={t("decisions.window.opensHint", { zone })}
            error={form.error("opensAt")}
          />
        ) : null}
        {!later && form.error("opensAt") ? <p className="field-error">{form.error("opensAt")}</p> : null}
      </fieldset>
      <Field
        label={t("decisions.window.closes")}
        name="closesAt"
        type="datetime-local"
        required
        min={min}
        defaultValue={daysAhead(7)}
        hint={t("decisions.window.closesHint", { zone })}
        error={form.error("closesAt")}
      />
    </fieldset>
  );
}
