import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { EquationInput } from "../../../../src/modules/value/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ContributionKind, EquationOwner, ValueEquation, ValueEquationInput } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { CONTRIBUTION_KIND_LABEL, keysOf } from "../../format.ts";
import type { MessageKey } from "../../i18n/resources.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SaveActions } from "../SubmitButton.tsx";
import { TableScroll } from "../TableScroll.tsx";
import { fieldProblem, listError, rowError } from "../treasury/problems.ts";
import { parsePercent, percent } from "./labels.ts";
import { invalidateEquation } from "./queries.ts";

const CONTRIBUTION_KINDS = keysOf(CONTRIBUTION_KIND_LABEL);

interface BucketRow {
  key: number;
  label: string;
  percent: string;
  to: "account" | "person";
  recipient: string;
}

type WeightField = "perContribution" | "perHour" | "perHundredLines";
const WEIGHT_FIELDS: { field: WeightField; head: MessageKey; label: MessageKey }[] = [
  { field: "perContribution", head: "value.editor.weightHead.perContribution", label: "value.editor.weightLabel.perContribution" },
  { field: "perHour", head: "value.editor.weightHead.perHour", label: "value.editor.weightLabel.perHour" },
  { field: "perHundredLines", head: "value.editor.weightHead.perHundredLines", label: "value.editor.weightLabel.perHundredLines" },
];

let nextKey = 0;

/** A whole number from the form, or the problem (already in words) filed under the request path the server would use. */
function whole(text: string, path: string, message: string): number {
  if (!/^\s*\d+\s*$/.test(text)) throw fieldProblem(path, message);
  return Number(text);
}

/** The stewards' editor: fixed shares in order, points per kind, window, half-life and review points, with the pool's share live. */
export function EquationEditor({
  owner,
  slug,
  equation,
  onSaved,
}: {
  owner: EquationOwner;
  slug: string;
  equation: ValueEquation;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm(["buckets", "weights", "windowDays", "halfLifeDays", "reviewPoints"]);
  const save = useMutation({
    mutationFn: (body: ValueEquationInput) => {
      const params = { path: { slug } };
      return owner === "commons"
        ? data(client.PUT("/api/commons/{slug}/value-equation", { params, body }))
        : data(client.PUT("/api/organizations/{slug}/value-equation", { params, body }));
    },
    onSuccess: () => invalidateEquation(owner, slug),
  });
  const [saved, setSaved] = useState(false);
  const [buckets, setBuckets] = useState<BucketRow[]>(() =>
    equation.buckets.map((b) => ({
      key: nextKey++,
      label: b.label,
      percent: String(b.shareBp / 100),
      to: "person" in b.recipient ? "person" : "account",
      recipient: "person" in b.recipient ? b.recipient.person : b.recipient.account,
    })),
  );
  const [weights, setWeights] = useState(
    () =>
      Object.fromEntries(
        CONTRIBUTION_KINDS.map((k) => {
          const w = equation.weights.find((x) => x.kind === k);
          return [
            k,
            {
              perContribution: String(w?.perContribution ?? 0),
              perHour: String(w?.perHour ?? 0),
              perHundredLines: String(w?.perHundredLines ?? 0),
            },
          ];
        }),
      ) as Record<ContributionKind, Record<WeightField, string>>,
  );
  const fixedBp = buckets.reduce((sum, b) => sum + (parsePercent(b.percent) ?? 0), 0);
  const update = (key: number, patch: Partial<BucketRow>) =>
    setBuckets((rows) => rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <form
      className="form value-editor"
      noValidate
      onSubmit={form.onSubmit(async (v) => {
        setSaved(false);
        const body: ValueEquationInput = {
          buckets: buckets.map((b, i) => {
            const bp = parsePercent(b.percent);
            if (bp === null) throw fieldProblem(`body.buckets.${i}.shareBp`, t("value.editor.percentInvalid"));
            const recipient = b.recipient.trim().replace(/^@/, "").toLowerCase();
            return { label: b.label.trim(), shareBp: bp, recipient: b.to === "person" ? { person: recipient } : { account: recipient } };
          }),
          weights: CONTRIBUTION_KINDS.map((kind, i) => ({
            kind,
            perContribution: whole(weights[kind].perContribution, `body.weights.${i}.perContribution`, t("value.editor.wholePoints")),
            perHour: whole(weights[kind].perHour, `body.weights.${i}.perHour`, t("value.editor.wholePoints")),
            perHundredLines: whole(weights[kind].perHundredLines, `body.weights.${i}.perHundredLines`, t("value.editor.wholePoints")),
          })),
          reviewPoints: whole(v.reviewPoints ?? "", "body.reviewPoints", t("value.editor.wholeReviewPoints")),
          windowDays: whole(v.windowDays ?? "", "body.windowDays", t("value.editor.wholeWindow")),
          halfLifeDays: v.halfLifeDays?.trim() ? whole(v.halfLifeDays, "body.halfLifeDays", t("value.editor.wholeHalfLife")) : null,
        };
        await save.mutateAsync(validate(EquationInput, body));
        setSaved(true);
        onSaved();
      })}
    >
      <FormAlert messages={form.summary} />
      <fieldset>
        <legend>{t("value.editor.fixed")}</legend>
        {listError(form.problem, "buckets") ? <p className="field-error">{listError(form.problem, "buckets")}</p> : null}
        {buckets.map((b, i) => (
          <div className="form-row value-bucket" key={b.key}>
            <Field
              label={t("value.editor.label")}
              name={`bucket-${b.key}-label`}
              value={b.label}
              onChange={(e) => update(b.key, { label: e.target.value })}
              error={rowError(form.problem, "buckets", i, "label")}
            />
            <Field
              label={t("value.editor.percent")}
              name={`bucket-${b.key}-percent`}
              inputMode="decimal"
              value={b.percent}
              onChange={(e) => update(b.key, { percent: e.target.value })}
              error={rowError(form.problem, "buckets", i, "shareBp")}
            />
            <Field
              as="select"
              label={t("value.editor.goesTo")}
              name={`bucket-${b.key}-to`}
              value={b.to}
              onChange={(e) => update(b.key, { to: e.target.value as BucketRow["to"] })}
            >
              <option value="account">{t("value.editor.toAccount")}</option>
              <option value="person">{t("value.editor.toPerson")}</option>
            </Field>
            <Field
              label={b.to === "person" ? t("value.editor.handle") : t("value.editor.account")}
              name={`bucket-${b.key}-recipient`}
              value={b.recipient}
              placeholder={b.to === "person" ? "ada" : "equity:infrastructure-reserve"}
              autoCapitalize="none"
              spellCheck={false}
              onChange={(e) => update(b.key, { recipient: e.target.value })}
              error={rowError(form.problem, "buckets", i, "recipient")}
            />
            <button
              type="button"
              className="button button--secondary button--small form-row-action"
              onClick={() => setBuckets((rows) => rows.filter((r) => r.key !== b.key))}
            >
              <Trans
                i18nKey="value.editor.remove"
                values={{ number: i + 1 }}
                components={{ hidden: <span className="visually-hidden" /> }}
              />
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setBuckets((rows) => [...rows, { key: nextKey++, label: "", percent: "", to: "account", recipient: "" }])}
        >
          {t("value.editor.add")}
        </button>
        <p className={fixedBp > 10_000 ? "field-error" : "field-hint"} role="status" aria-live="polite">
          {fixedBp > 10_000
            ? t("value.editor.over", { total: percent(fixedBp), whole: percent(10_000) })
            : t("value.editor.poolGets", { pool: percent(10_000 - fixedBp) })}
        </p>
      </fieldset>
      <fieldset>
        <legend>{t("value.summary.weights")}</legend>
        {form.error("weights") ? <p className="field-error">{form.error("weights")}</p> : null}
        <TableScroll label={t("value.summary.weights")}>
          <table className="data-table value-weights">
            <thead>
              <tr>
                <th scope="col">{t("value.summary.kind")}</th>
                {WEIGHT_FIELDS.map((f) => (
                  <th scope="col" key={f.field}>
                    {t(f.head)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {CONTRIBUTION_KINDS.map((kind, i) => (
                <tr key={kind}>
                  <th scope="row">{CONTRIBUTION_KIND_LABEL[kind]}</th>
                  {WEIGHT_FIELDS.map((f) => (
                    <td key={f.field}>
                      <Field
                        label={t(f.label, { kind: CONTRIBUTION_KIND_LABEL[kind] })}
                        hideLabel
                        name={`weight-${kind}-${f.field}`}
                        inputMode="numeric"
                        value={weights[kind][f.field]}
                        onChange={(e) => setWeights((w) => ({ ...w, [kind]: { ...w[kind], [f.field]: e.target.value } }))}
                        error={rowError(form.problem, "weights", i, f.field)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </fieldset>
      <div className="form-row">
        <Field
          label={t("value.editor.window")}
          name="windowDays"
          inputMode="numeric"
          defaultValue={String(equation.windowDays)}
          error={form.error("windowDays")}
          hint={t("value.editor.windowHint")}
        />
        <Field
          label={t("value.editor.halfLife")}
          name="halfLifeDays"
          inputMode="numeric"
          optional
          defaultValue={equation.halfLifeDays ? String(equation.halfLifeDays) : ""}
          error={form.error("halfLifeDays")}
          hint={t("value.editor.halfLifeHint")}
        />
        <Field
          label={t("value.editor.reviewPoints")}
          name="reviewPoints"
          inputMode="numeric"
          defaultValue={String(equation.reviewPoints)}
          error={form.error("reviewPoints")}
          hint={t("value.editor.reviewPointsHint")}
        />
      </div>
      <SaveActions busy={form.busy} saved={saved}>
        {t("value.editor.save")}
      </SaveActions>
    </form>
  );
}
