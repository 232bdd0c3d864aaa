import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { NewProposalInput } from "../../../../src/modules/decisions/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody, Ballot, Proposal, Role, VotingMethod } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { i18n } from "../../i18n/i18n.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { BallotField } from "./BallotField.tsx";
import { localInputToIso } from "./datetime.ts";
import { ElectorateField } from "./ElectorateField.tsx";
import { isOptionMethod } from "./labels.ts";
import { MethodPicker } from "./MethodPicker.tsx";
import { MIN_OPTIONS, type OptionRow, OptionsEditor, optionRow } from "./OptionsEditor.tsx";
import { invalid } from "./problems.ts";
import { invalidateProposal } from "./queries.ts";
import { type Threshold, ThresholdField } from "./ThresholdField.tsx";
import { WindowFields } from "./WindowFields.tsx";

export const PROPOSAL_FIELDS = [
  "title",
  "body",
  "method",
  "options",
  "threshold",
  "scoreMax",
  "electorateRoles",
  "quorumPercent",
  "ballot",
  "opensAt",
  "closesAt",
] as const;

/** A datetime-local field as an ISO datetime with offset, or the problem of an empty or unreadable one. */
function when(value: string | undefined, field: "opensAt" | "closesAt"): string {
  const iso = localInputToIso(value ?? "");
  if (!iso) throw invalid(field, i18n.t("decisions.form.giveDateTime"));
  return iso;
}

/** The form for putting a question to an organization's members. */
export function ProposalForm({ slug, onCreated, onCancel }: { slug: string; onCreated: (p: Proposal) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useForm(PROPOSAL_FIELDS);
  const create = useMutation({
    mutationFn: (body: ApiBody<"/api/organizations/{slug}/proposals", "post">) =>
      data(client.POST("/api/organizations/{slug}/proposals", { params: { path: { slug } }, body })),
    onSuccess: () => invalidateProposal(),
  });
  const [method, setMethod] = useState<VotingMethod>("majority");
  const [rows, setRows] = useState<OptionRow[]>(() => Array.from({ length: MIN_OPTIONS }, () => optionRow()));
  const [threshold, setThreshold] = useState<Threshold>({ numerator: 2, denominator: 3 });
  const [roles, setRoles] = useState<Role[] | null>(null);
  const [ballot, setBallot] = useState<Ballot>("public");
  /** Which row each option sent came from, to put the server's "body.options.3" on the right row. */
  const sentRows = useRef<number[]>([]);

  const optionsProblem = form.problem?.errors.find((e) => /^body\.options(\.|$)/.test(e.path));
  const sentIndex = optionsProblem ? /^body\.options\.(\d+)/.exec(optionsProblem.path)?.[1] : undefined;
  const errorRow = sentIndex === undefined ? null : (sentRows.current[Number(sentIndex)] ?? null);
  const optionsError =
    optionsProblem &&
    (errorRow === null ? optionsProblem.message : t("decisions.form.optionProblem", { n: errorRow + 1, message: optionsProblem.message }));

  return (
    <form
      className="form decision-form"
      noValidate
      aria-labelledby="new-proposal-title"
      onSubmit={form.onSubmit(async (v) => {
        const filled = rows.flatMap((r, i) => (r.text.trim() ? [{ text: r.text.trim(), row: i }] : []));
        sentRows.current = filled.map((f) => f.row);
        const optionMethod = isOptionMethod(method);
        const body: ApiBody<"/api/organizations/{slug}/proposals", "post"> = {
          title: v.title ?? "",
          body: v.body ?? "",
          method,
          options: optionMethod ? filled.map((f) => f.text) : undefined,
          threshold: method === "supermajority" ? threshold : undefined,
          scoreMax: method === "score" ? Number(v.scoreMax || 5) : undefined,
          electorateRoles: roles ?? undefined,
          quorumPercent: Number(v.quorumPercent || 0),
          ballot,
          opensAt: v.opens === "later" ? when(v.opensAt, "opensAt") : undefined,
          closesAt: when(v.closesAt, "closesAt"),
        };
        if (roles !== null && roles.length === 0) throw invalid("electorateRoles", t("decisions.form.chooseRole"));
        onCreated(await create.mutateAsync(validate(NewProposalInput, body)));
      })}
    >
      <h2 id="new-proposal-title">{t("decisions.form.title")}</h2>
      <FormAlert messages={form.summary} />
      <fieldset>
        <legend>{t("decisions.form.what")}</legend>
        <Field
          label={t("decisions.form.titleLabel")}
          name="title"
          required
          maxLength={200}
          error={form.error("title")}
          hint={t("decisions.form.titleHint")}
        />
        <Field
          as="textarea"
          label={t("decisions.form.details")}
          name="body"
          optional
          rows={8}
          maxLength={50000}
          hint={t("decisions.form.detailsHint")}
          error={form.error("body")}
        />
      </fieldset>
      <MethodPicker value={method} onChange={setMethod} error={form.error("method")} />
      {isOptionMethod(method) ? <OptionsEditor rows={rows} onChange={setRows} error={optionsError} errorRow={errorRow} /> : null}
      {method === "supermajority" ? <ThresholdField value={threshold} onChange={setThreshold} error={form.error("threshold")} /> : null}
      {method === "score" ? (
        <Field
          label={t("decisions.form.scoreMax")}
          name="scoreMax"
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          defaultValue={5}
          className="field--short"
          hint={t("decisions.form.scoreMaxHint")}
          error={form.error("scoreMax")}
        />
      ) : null}
      <ElectorateField roles={roles} onChange={setRoles} error={form.error("electorateRoles")} />
      <fieldset>
        <legend>{t("decisions.form.quorum")}</legend>
        <Field
          label={t("decisions.form.quorumLabel")}
          name="quorumPercent"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          defaultValue={0}
          className="field--short"
          hint={t("decisions.form.quorumHint")}
          error={form.error("quorumPercent")}
        />
      </fieldset>
      <BallotField value={ballot} onChange={setBallot} />
      <WindowFields form={form} />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("decisions.form.busy")}>
          {t("decisions.form.submit")}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("decisions.form.cancel")}
        </button>
      </div>
    </form>
  );
}
