import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DecisionTerms } from "../../../../src/modules/treasury/inputs.ts";
import type { ApiBody, Proposal } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { formatDateTime } from "../../format.ts";
import { i18n } from "../../i18n/i18n.ts";
import { daysAhead, localInputToIso, toLocalInput } from "../decisions/datetime.ts";
import { METHOD_HINT, METHOD_LABEL, SPENDING_METHODS, type YesNoMethod } from "../decisions/labels.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { fieldProblem } from "./problems.ts";
import { invalidateTreasury } from "./queries.ts";

/** The terms an expense or a budget is put to the members on. */
type Terms = ApiBody<"/api/expenses/{id}/vote", "post">;
/** The part of the created proposal the treasury links to. */
export type ProposalRef = Pick<Proposal, "id" | "title" | "closesAt">;

const FIELDS = ["title", "closesAt", "method", "threshold", "quorumPercent", "ballot"] as const;

/** The closing time as an ISO datetime with the viewer's offset, or a problem under the field. */
function closingIso(value: string | undefined): string {
  const iso = localInputToIso(value ?? "");
  if (!iso) throw fieldProblem("body.closesAt", i18n.t("treasury.vote.closesAtError"), i18n.t("treasury.vote.closesAtTitle"));
  return iso;
}

/**
 * Put spending (an expense or a budget) to the members: when voting closes, how it is decided, the
 * quorum and whether the ballot is secret. Shows a link to the proposal once it is created.
 */
export function VoteTermsForm({
  defaultTitle,
  submitLabel,
  propose,
  onProposed,
}: {
  defaultTitle: string;
  submitLabel?: string;
  /** Sends the terms; the form refreshes the books' pages once the proposal exists. */
  propose: (terms: Terms) => Promise<ProposalRef>;
  onProposed?: (proposal: ProposalRef) => void;
}) {
  const { t } = useTranslation();
  const form = useForm(FIELDS);
  const [method, setMethod] = useState<YesNoMethod>("majority");
  const [created, setCreated] = useState<ProposalRef | null>(null);
  const [defaults] = useState(() => ({ closes: daysAhead(7), min: toLocalInput(new Date()) }));
  const put = useMutation({
    mutationFn: propose,
    // The link to the proposal shows before the pages it changes (the expense, the budgets) are refreshed.
    onSuccess: (proposal) => {
      setCreated(proposal);
      onProposed?.(proposal);
      return invalidateTreasury();
    },
  });

  if (created) {
    return (
      <div className="notice" role="status">
        <p>
          <Trans
            i18nKey="treasury.vote.created"
            values={{ closes: formatDateTime(created.closesAt) }}
            components={{ strong: <strong /> }}
          />
        </p>
        <p>
          <Link to={`/proposals/${created.id}`}>{t("treasury.vote.open", { title: created.title })}</Link>
        </p>
      </div>
    );
  }

  return (
    <form
      className="form vote-terms"
      noValidate
      onSubmit={form.onSubmit(async (v) => {
        const terms: Terms = {
          closesAt: closingIso(v.closesAt),
          method,
          quorumPercent: Number(v.quorumPercent || 0),
          ballot: v.ballot === "secret" ? "secret" : "public",
        };
        if (v.title?.trim()) terms.title = v.title.trim();
        if (method === "supermajority") terms.threshold = { numerator: Number(v.numerator), denominator: Number(v.denominator) };
        await put.mutateAsync(validate(DecisionTerms, terms));
      })}
    >
      <FormAlert messages={form.summary} />
      <Field
        label={t("treasury.vote.title")}
        name="title"
        optional
        placeholder={defaultTitle}
        maxLength={200}
        error={form.error("title")}
      />
      <div className="form-row">
        <Field
          label={t("treasury.vote.closesAt")}
          name="closesAt"
          type="datetime-local"
          required
          min={defaults.min}
          defaultValue={defaults.closes}
          hint={t("treasury.vote.timeZone", { zone: Intl.DateTimeFormat().resolvedOptions().timeZone })}
          error={form.error("closesAt")}
        />
        <Field
          as="select"
          label={t("treasury.vote.method")}
          name="method"
          value={method}
          onChange={(e) => setMethod(e.target.value as YesNoMethod)}
          hint={METHOD_HINT[method]}
          error={form.error("method")}
        >
          {SPENDING_METHODS.map((m) => (
            <option key={m} value={m}>
              {METHOD_LABEL[m]}
            </option>
          ))}
        </Field>
      </div>
      {method === "supermajority" ? (
        <fieldset className="threshold">
          <legend>{t("treasury.vote.threshold")}</legend>
          <div className="form-row">
            <Field label={t("treasury.vote.numerator")} name="numerator" type="number" min={1} max={100} defaultValue={2} required />
            <Field label={t("treasury.vote.denominator")} name="denominator" type="number" min={1} max={100} defaultValue={3} required />
          </div>
          {form.error("threshold") ? <p className="field-error">{form.error("threshold")}</p> : null}
        </fieldset>
      ) : null}
      <div className="form-row">
        <Field
          label={t("treasury.vote.quorum")}
          name="quorumPercent"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          defaultValue={0}
          hint={t("treasury.vote.quorumHint")}
          error={form.error("quorumPercent")}
        />
        <Field as="select" label={t("treasury.vote.ballot")} name="ballot" defaultValue="public" error={form.error("ballot")}>
          <option value="public">{t("treasury.vote.ballotPublic")}</option>
          <option value="secret">{t("treasury.vote.ballotSecret")}</option>
        </Field>
      </div>
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("treasury.vote.busy")}>
          {submitLabel ?? t("treasury.vote.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
