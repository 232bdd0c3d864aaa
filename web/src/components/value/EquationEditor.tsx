import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { EquationInput } from "../../../../src/modules/value/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ContributionKind, EquationOwner, ValueEquation, ValueEquationInput } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { CONTRIBUTION_KIND_LABEL, keysOf } from "../../format.ts";
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
const WEIGHT_FIELDS: { field: WeightField; label: string }[] = [
  { field: "perContribution", label: "per contribution" },
  { field: "perHour", label: "per hour" },
  { field: "perHundredLines", label: "per hundred lines" },
];

let nextKey = 0;

function whole(text: string, path: string, what: string): number {
  if (!/^\s*\d+\s*$/.test(text)) throw fieldProblem(path, `Give ${what} as a whole number.`);
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
            if (bp === null) throw fieldProblem(`body.buckets.${i}.shareBp`, "Give the share as a percentage, such as 5 or 2.5.");
            const recipient = b.recipient.trim().replace(/^@/, "").toLowerCase();
            return { label: b.label.trim(), shareBp: bp, recipient: b.to === "person" ? { person: recipient } : { account: recipient } };
          }),
          weights: CONTRIBUTION_KINDS.map((kind, i) => ({
            kind,
            perContribution: whole(weights[kind].perContribution, `body.weights.${i}.perContribution`, "points"),
            perHour: whole(weights[kind].perHour, `body.weights.${i}.perHour`, "points"),
            perHundredLines: whole(weights[kind].perHundredLines, `body.weights.${i}.perHundredLines`, "points"),
          })),
          reviewPoints: whole(v.reviewPoints ?? "", "body.reviewPoints", "review points"),
          windowDays: whole(v.windowDays ?? "", "body.windowDays", "the window"),
          halfLifeDays: v.halfLifeDays?.trim() ? whole(v.halfLifeDays, "body.halfLifeDays", "the half-life") : null,
        };
        await save.mutateAsync(validate(EquationInput, body));
        setSaved(true);
        onSaved();
      })}
    >
      <FormAlert messages={form.summary} />
      <fieldset>
        <legend>Fixed shares, taken first and in this order</legend>
        {listError(form.problem, "buckets") ? <p className="field-error">{listError(form.problem, "buckets")}</p> : null}
        {buckets.map((b, i) => (
          <div className="form-row value-bucket" key={b.key}>
            <Field
              label="Label"
              name={`bucket-${b.key}-label`}
              value={b.label}
              onChange={(e) => update(b.key, { label: e.target.value })}
              error={rowError(form.problem, "buckets", i, "label")}
            />
            <Field
              label="Percent"
              name={`bucket-${b.key}-percent`}
              inputMode="decimal"
              value={b.percent}
              onChange={(e) => update(b.key, { percent: e.target.value })}
              error={rowError(form.problem, "buckets", i, "shareBp")}
            />
            <Field
              as="select"
              label="Goes to"
              name={`bucket-${b.key}-to`}
              value={b.to}
              onChange={(e) => update(b.key, { to: e.target.value as BucketRow["to"] })}
            >
              <option value="account">An account in the books</option>
              <option value="person">A person</option>
            </Field>
            <Field
              label={b.to === "person" ? "Handle" : "Account"}
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
              Remove<span className="visually-hidden"> share {i + 1}</span>
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setBuckets((rows) => [...rows, { key: nextKey++, label: "", percent: "", to: "account", recipient: "" }])}
        >
          Add a fixed share
        </button>
        <p className={fixedBp > 10_000 ? "field-error" : "field-hint"} role="status" aria-live="polite">
          {fixedBp > 10_000
            ? `The fixed shares add up to ${percent(fixedBp)}: over 100%.`
            : `The pool gets the remaining ${percent(10_000 - fixedBp)}.`}
        </p>
      </fieldset>
      <fieldset>
        <legend>Points per contribution kind</legend>
        {form.error("weights") ? <p className="field-error">{form.error("weights")}</p> : null}
        <TableScroll label="Points per contribution kind">
          <table className="data-table value-weights">
            <thead>
              <tr>
                <th scope="col">Kind</th>
                {WEIGHT_FIELDS.map((f) => (
                  <th scope="col" key={f.field}>
                    Points {f.label}
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
                        label={`${CONTRIBUTION_KIND_LABEL[kind]}: points ${f.label}`}
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
          label="Window (days)"
          name="windowDays"
          inputMode="numeric"
          defaultValue={String(equation.windowDays)}
          error={form.error("windowDays")}
          hint="Contributions done in this many days up to the distribution's window end count."
        />
        <Field
          label="Half-life (days)"
          name="halfLifeDays"
          inputMode="numeric"
          optional
          defaultValue={equation.halfLifeDays ? String(equation.halfLifeDays) : ""}
          error={form.error("halfLifeDays")}
          hint="Leave empty for no decay."
        />
        <Field
          label="Points per review"
          name="reviewPoints"
          inputMode="numeric"
          defaultValue={String(equation.reviewPoints)}
          error={form.error("reviewPoints")}
          hint="For accepting or rejecting a contribution in the window."
        />
      </div>
      <SaveActions busy={form.busy} saved={saved}>
        Save the equation
      </SaveActions>
    </form>
  );
}
