import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { CharterInput } from "../../../../src/modules/phyles/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody, PhyleCharter, PhyleDestination } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { isKeyOf } from "../../format.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { fieldProblem, listError, rowError } from "../treasury/problems.ts";
import { BASES, BASIS_CHOICE, DESTINATION_LABEL, DESTINATIONS } from "./format.ts";
import { invalidateCharter } from "./keys.ts";
import { bpToPercentText, formatBp, parsePercent } from "./percent.ts";

interface Row {
  key: number;
  commons: string;
  destination: PhyleDestination;
  weight: string;
}

let nextKey = 0;
const row = (over: Partial<Row> = {}): Row => ({ key: nextKey++, commons: "", destination: "steward", weight: "", ...over });

/** A percentage from the form as basis points, or a problem filed under the request path the server would use. */
function bpOrThrow(text: string, path: string): number {
  const parsed = parsePercent(text);
  if (!parsed.ok) throw fieldProblem(path, parsed.message);
  return parsed.bp;
}

/**
 * Adopting or amending the charter (stewards): the share and its basis, the mission in Markdown, and
 * the commons it goes to with each one's part. The parts must add up to 100%; the running total says so.
 */
export function CharterForm({ slug, charter, onSaved }: { slug: string; charter: PhyleCharter["charter"]; onSaved: () => void }) {
  const { t } = useTranslation();
  const form = useForm(["basis", "shareBp", "mission", "currency", "beneficiaries"]);
  const adopt = useMutation({
    mutationFn: (body: ApiBody<"/api/organizations/{slug}/phyle-charter", "put">) =>
      data(client.PUT("/api/organizations/{slug}/phyle-charter", { params: { path: { slug } }, body })),
    onSuccess: () => invalidateCharter(slug),
  });
  const [rows, setRows] = useState<Row[]>(() =>
    charter?.beneficiaries.length
      ? charter.beneficiaries.map((b) => row({ commons: b.commons.slug, destination: b.destination, weight: bpToPercentText(b.weightBp) }))
      : [row({ weight: "100" })],
  );
  const update = (key: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const total = rows.reduce((sum, r) => {
    const p = parsePercent(r.weight);
    return p.ok ? sum + p.bp : sum;
  }, 0);

  return (
    <form
      className="phyle-charter-form"
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        const body = validate(CharterInput, {
          basis: isKeyOf(BASIS_CHOICE, values.basis) ? values.basis : "surplus",
          shareBp: bpOrThrow(values.share ?? "", "body.shareBp"),
          mission: values.mission ?? "",
          currency: (values.currency ?? "").trim().toUpperCase(),
          beneficiaries: rows.map((r, i) => ({
            commons: r.commons.trim().toLowerCase(),
            destination: r.destination,
            weightBp: bpOrThrow(r.weight, `body.beneficiaries.${i}.weightBp`),
          })),
        });
        await adopt.mutateAsync(body);
        onSaved();
      })}
    >
      <FormAlert messages={form.summary.filter((m) => m !== listError(form.problem, "beneficiaries"))} />
      <fieldset className="segmented">
        <legend>{t("phyles.charterForm.basis")}</legend>
        {BASES.map((b) => (
          <label key={b}>
            <input type="radio" name="basis" value={b} defaultChecked={(charter?.basis ?? "surplus") === b} />
            {BASIS_CHOICE[b]}
          </label>
        ))}
      </fieldset>
      <div className="form-row">
        <Field
          label={t("phyles.charterForm.share")}
          name="share"
          inputMode="decimal"
          defaultValue={charter ? bpToPercentText(charter.shareBp) : "10"}
          error={form.error("shareBp")}
          hint={t("phyles.charterForm.shareHint")}
        />
        <Field
          label={t("phyles.charterForm.currency")}
          name="currency"
          defaultValue={charter?.currency ?? "EUR"}
          maxLength={3}
          autoComplete="off"
          error={form.error("currency")}
          hint={t("phyles.charterForm.currencyHint")}
        />
      </div>
      <Field
        as="textarea"
        label={t("phyles.charterForm.mission")}
        name="mission"
        rows={5}
        defaultValue={charter?.mission ?? ""}
        error={form.error("mission")}
        hint={t("phyles.charterForm.missionHint")}
      />
      <fieldset className="phyle-beneficiaries" aria-describedby="beneficiaries-total">
        <legend>{t("phyles.charterForm.beneficiaries")}</legend>
        {listError(form.problem, "beneficiaries") ? (
          <p className="field-error" role="alert">
            {listError(form.problem, "beneficiaries")}
          </p>
        ) : null}
        {rows.map((r, i) => (
          <div className="form-row phyle-beneficiary" key={r.key}>
            <Field
              label={t("phyles.charterForm.commons", { number: i + 1 })}
              name={`beneficiary-${r.key}-commons`}
              value={r.commons}
              onChange={(e) => update(r.key, { commons: e.target.value })}
              error={rowError(form.problem, "beneficiaries", i, "commons")}
              placeholder="open-tractor"
            />
            <Field
              as="select"
              label={t("phyles.charterForm.paidTo")}
              name={`beneficiary-${r.key}-destination`}
              value={r.destination}
              onChange={(e) => {
                if (isKeyOf(DESTINATION_LABEL, e.target.value)) update(r.key, { destination: e.target.value });
              }}
            >
              {DESTINATIONS.map((d) => (
                <option key={d} value={d}>
                  {DESTINATION_LABEL[d]}
                </option>
              ))}
            </Field>
            <Field
              label={t("phyles.charterForm.part")}
              name={`beneficiary-${r.key}-weight`}
              inputMode="decimal"
              value={r.weight}
              onChange={(e) => update(r.key, { weight: e.target.value })}
              error={rowError(form.problem, "beneficiaries", i, "weightBp")}
            />
            {rows.length > 1 ? (
              <div className="form-row-action">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                >
                  <Trans
                    i18nKey="phyles.charterForm.remove"
                    values={{ number: i + 1 }}
                    components={{ hidden: <span className="visually-hidden" /> }}
                  />
                </button>
              </div>
            ) : null}
          </div>
        ))}
        <p id="beneficiaries-total" className={total === 10_000 ? "muted small" : "field-hint phyle-total-off"} aria-live="polite">
          {total === 10_000
            ? t("phyles.charterForm.total", { total: formatBp(total) })
            : t("phyles.charterForm.totalOff", { total: formatBp(total), whole: formatBp(10_000) })}
        </p>
        <button type="button" className="button button--secondary" onClick={() => setRows((rs) => [...rs, row()])}>
          {t("phyles.charterForm.add")}
        </button>
      </fieldset>
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("phyles.charterForm.saving")}>
          {charter ? t("phyles.charter.amend") : t("phyles.charter.adopt")}
        </SubmitButton>
      </div>
    </form>
  );
}
