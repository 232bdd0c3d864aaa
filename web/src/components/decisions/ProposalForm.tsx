import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { NewProposalInput } from "../../../../src/modules/decisions/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody, Ballot, Proposal, Role, VotingMethod } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
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
  if (!iso) throw invalid(field, "Give a date and a time.");
  return iso;
}

/** The form for putting a question to an organization's members. */
export function ProposalForm({ slug, onCreated, onCancel }: { slug: string; onCreated: (p: Proposal) => void; onCancel: () => void }) {
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
  const optionsError = optionsProblem && (errorRow === null ? optionsProblem.message : `Option ${errorRow + 1}: ${optionsProblem.message}`);

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
        if (roles !== null && roles.length === 0)
          throw invalid("electorateRoles", "Choose at least one role, or let all active members vote.");
        onCreated(await create.mutateAsync(validate(NewProposalInput, body)));
      })}
    >
      <h2 id="new-proposal-title">New proposal</h2>
      <FormAlert messages={form.summary} />
      <fieldset>
        <legend>What is proposed?</legend>
        <Field
          label="Title"
          name="title"
          required
          maxLength={200}
          error={form.error("title")}
          hint="A question or a decision, in a line."
        />
        <Field
          as="textarea"
          label="Details"
          name="body"
          optional
          rows={8}
          maxLength={50000}
          hint="Markdown: what is proposed, why, what it costs, and what happens if it passes."
          error={form.error("body")}
        />
      </fieldset>
      <MethodPicker value={method} onChange={setMethod} error={form.error("method")} />
      {isOptionMethod(method) ? <OptionsEditor rows={rows} onChange={setRows} error={optionsError} errorRow={errorRow} /> : null}
      {method === "supermajority" ? <ThresholdField value={threshold} onChange={setThreshold} error={form.error("threshold")} /> : null}
      {method === "score" ? (
        <Field
          label="Highest score"
          name="scoreMax"
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          defaultValue={5}
          className="field--short"
          hint="Voters give each option a whole number from 0 to this."
          error={form.error("scoreMax")}
        />
      ) : null}
      <ElectorateField roles={roles} onChange={setRoles} error={form.error("electorateRoles")} />
      <fieldset>
        <legend>Quorum</legend>
        <Field
          label="Share of the voters who must take part (%)"
          name="quorumPercent"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          defaultValue={0}
          className="field--short"
          hint="Abstaining counts as taking part. Below the quorum the vote decides nothing; 0 means no quorum."
          error={form.error("quorumPercent")}
        />
      </fieldset>
      <BallotField value={ballot} onChange={setBallot} />
      <WindowFields form={form} />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel="Proposing…">
          Put it to the vote
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
