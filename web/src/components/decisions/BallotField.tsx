import { useTranslation } from "react-i18next";
import type { Ballot } from "../../api/schema.ts";
import { BALLOT_HINT, BALLOT_LABEL, BALLOTS } from "./labels.ts";

/** Public or secret ballot, with what each shows. */
export function BallotField({ value, onChange }: { value: Ballot; onChange: (b: Ballot) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t("decisions.ballotField.legend")}</legend>
      <div className="choice-list">
        {BALLOTS.map((b) => (
          <label key={b} className="choice">
            <input type="radio" name="ballot" value={b} checked={value === b} onChange={() => onChange(b)} />
            <span>
              <strong>{BALLOT_LABEL[b]}</strong>
              <span className="field-hint choice-hint">{BALLOT_HINT[b]}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
