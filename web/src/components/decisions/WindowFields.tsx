import { useState } from "react";
import type { FormState } from "../../form.ts";
import { Field } from "../Field.tsx";
import { daysAhead, toLocalInput } from "./datetime.ts";

const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * When voting opens (now, or at a time) and closes, as datetime-local fields named opensAt and
 * closesAt in the viewer's time zone; opensAt is left empty for "now".
 */
export function WindowFields({ form }: { form: FormState }) {
  const [later, setLater] = useState(false);
  const [min] = useState(() => toLocalInput(new Date()));
  const zone = `Your time zone: ${timeZone()}.`;
  return (
    <fieldset>
      <legend>When</legend>
      <fieldset className="window-opens">
        <legend>Voting opens</legend>
        <div className="inline-choices">
          <label className="radio">
            <input type="radio" name="opens" value="now" checked={!later} onChange={() => setLater(false)} />
            Now
          </label>
          <label className="radio">
            <input type="radio" name="opens" value="later" checked={later} onChange={() => setLater(true)} />
            At a later time
          </label>
        </div>
        {later ? (
          <Field
            label="Opens at"
            name="opensAt"
            type="datetime-local"
            required
            min={min}
            defaultValue={daysAhead(1)}
            hint={`${zone} Until then you can still cancel it; the voters are fixed when it opens.`}
            error={form.error("opensAt")}
          />
        ) : null}
        {!later && form.error("opensAt") ? <p className="field-error">{form.error("opensAt")}</p> : null}
      </fieldset>
      <Field
        label="Voting closes"
        name="closesAt"
        type="datetime-local"
        required
        min={min}
        defaultValue={daysAhead(7)}
        hint={`${zone} The result is fixed then; votes can be changed until that moment.`}
        error={form.error("closesAt")}
      />
    </fieldset>
  );
}
