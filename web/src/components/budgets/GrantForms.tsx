import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ReportInput, TrancheInput } from "../../../../src/modules/budgeting/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { ConfirmButton } from "../ConfirmButton.tsx";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { AmountInput } from "../treasury/AmountInput.tsx";
import { amountOrThrow, formatMoney, parseMoney } from "../treasury/money.ts";
import { rowError } from "../treasury/problems.ts";
import type { Grant, Tranche } from "./labels.ts";
import { exactError, pathError } from "./problems.ts";
import { invalidateGrants } from "./queries.ts";

type TranchesBody = ApiBody<"/api/calls/{slug}/grants/{number}/tranches", "post">;
type ReportBody = ApiBody<"/api/calls/{slug}/grants/{number}/reports", "post">;

/**
 * Paying one tranche from the call's budget line, for the body's treasurers: the API says who may only
 * when asked, so the button is offered to anyone signed in, asks to confirm, and shows the server's
 * refusal (or the line's lack of room) beside the tranche.
 */
export function PayTranche({ slug, grant, tranche, currency }: { slug: string; grant: Grant; tranche: Tranche; currency: string }) {
  const { t } = useTranslation();
  const pay = useMutation({
    mutationFn: () =>
      data(
        client.POST("/api/calls/{slug}/grants/{number}/tranches/{position}/pay", {
          params: { path: { slug, number: grant.project.number, position: tranche.position } },
          body: {},
        }),
      ),
    onSuccess: () => invalidateGrants(slug),
  });
  const amount = formatMoney(tranche.amount, currency);
  return (
    <span className="pb-pay">
      <ConfirmButton
        variant="secondary"
        busy={pay.isPending}
        question={t("budgets.grants.payQuestion", { amount, recipient: grant.recipient })}
        confirmLabel={t("budgets.grants.payConfirm", { amount })}
        onConfirm={() => pay.mutate()}
      >
        {t("budgets.grants.pay", { amount })}
      </ConfirmButton>
      {pay.error ? (
        <span className="field-error" role="alert">
          {pay.error.detail}
        </span>
      ) : null}
    </span>
  );
}

interface TrancheRow {
  key: number;
  milestone: string;
  amount: string;
  dueOn: string;
}

/** The body's stewards set a grant's milestones and tranches, once; their sum stays within the grant. */
export function PlanTranchesForm({ slug, grant, currency }: { slug: string; grant: Grant; currency: string }) {
  const { t } = useTranslation();
  const form = useForm(["tranches"]);
  const nextKey = useRef(10);
  const [rows, setRows] = useState<TrancheRow[]>([{ key: 0, milestone: "", amount: "", dueOn: "" }]);
  const plan = useMutation({
    mutationFn: (body: TranchesBody) =>
      data(client.POST("/api/calls/{slug}/grants/{number}/tranches", { params: { path: { slug, number: grant.project.number } }, body })),
    onSuccess: () => invalidateGrants(slug),
  });
  const update = (key: number, change: Partial<TrancheRow>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const sum = rows.reduce((s, r) => {
    const p = parseMoney(r.amount, currency);
    return p.ok ? s + p.minor : s;
  }, 0n);
  const titleId = `pb-plan-${grant.id}`;
  return (
    <details className="pb-manage">
      <summary>{t("budgets.grants.planSummary")}</summary>
      <form
        className="form"
        noValidate
        aria-labelledby={titleId}
        onSubmit={form.onSubmit(async () => {
          const body: TranchesBody = {
            tranches: rows.map((r, i) => ({
              milestone: r.milestone.trim(),
              amount: amountOrThrow(r.amount, currency, `body.tranches.${i}.amount`),
              ...(r.dueOn ? { dueOn: r.dueOn } : {}),
            })),
          };
          await plan.mutateAsync(validate(TrancheInput, body));
        })}
      >
        <h4 id={titleId}>{t("budgets.grants.planTitle", { title: grant.project.title })}</h4>
        <p className="muted small">{t("budgets.grants.planIntro", { amount: formatMoney(grant.amount, currency) })}</p>
        <FormAlert messages={form.summary} />
        {exactError(form.problem, "body.tranches") ? (
          <p className="field-error" role="alert">
            {exactError(form.problem, "body.tranches")}
          </p>
        ) : null}
        <ol className="pb-rows">
          {rows.map((r, i) => (
            <li key={r.key} className="pb-row pb-row--tranche">
              <Field
                label={t("budgets.grants.milestone", { n: i + 1 })}
                name={`tranches.${i}.milestone`}
                maxLength={120}
                value={r.milestone}
                onChange={(e) => update(r.key, { milestone: e.target.value })}
                error={rowError(form.problem, "tranches", i, "milestone")}
              />
              <AmountInput
                currency={currency}
                label={t("budgets.grants.trancheAmount", { n: i + 1 })}
                name={`tranches.${i}.amount`}
                hint=""
                value={r.amount}
                onChange={(e) => update(r.key, { amount: e.target.value })}
                error={rowError(form.problem, "tranches", i, "amount")}
              />
              <Field
                label={t("budgets.grants.dueOn", { n: i + 1 })}
                name={`tranches.${i}.dueOn`}
                type="date"
                optional
                value={r.dueOn}
                onChange={(e) => update(r.key, { dueOn: e.target.value })}
                error={rowError(form.problem, "tranches", i, "dueOn")}
              />
              {rows.length > 1 ? (
                <button
                  type="button"
                  className="button button--ghost-danger button--small pb-row-remove"
                  onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                >
                  {t("budgets.grants.removeTranche", { n: i + 1 })}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
        <p className={sum === BigInt(grant.amount) ? "pb-sum pb-sum--ok" : "pb-sum"} aria-live="polite">
          {t("budgets.grants.planSum", { sum: formatMoney(sum, currency), amount: formatMoney(grant.amount, currency) })}
        </p>
        <div className="form-actions">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setRows((rs) => [...rs, { key: nextKey.current++, milestone: "", amount: "", dueOn: "" }])}
          >
            {t("budgets.grants.addTranche")}
          </button>
          <SubmitButton busy={form.busy} busyLabel={t("budgets.grants.planning")}>
            {t("budgets.grants.plan")}
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}

/** The project's team reports progress, with links to evidence; the grant shows the latest progress. */
export function ReportForm({ slug, grant }: { slug: string; grant: Grant }) {
  const { t } = useTranslation();
  const form = useForm(["body", "progress", "evidence"]);
  const [evidence, setEvidence] = useState<{ key: number; url: string }[]>([{ key: 0, url: "" }]);
  const [sent, setSent] = useState(false);
  const nextKey = useRef(10);
  const report = useMutation({
    mutationFn: (body: ReportBody) =>
      data(client.POST("/api/calls/{slug}/grants/{number}/reports", { params: { path: { slug, number: grant.project.number } }, body })),
    onSuccess: () => invalidateGrants(slug),
  });
  const titleId = `pb-report-${grant.id}`;
  return (
    <details className="pb-manage">
      <summary>{t("budgets.grants.reportSummary")}</summary>
      <form
        className="form"
        noValidate
        aria-labelledby={titleId}
        onSubmit={form.onSubmit(async (v, el) => {
          setSent(false);
          const progress = (v.progress ?? "").trim();
          const body: ReportBody = {
            body: v.body ?? "",
            progress: progress === "" ? Number.NaN : Number(progress),
            evidence: evidence.map((e) => e.url.trim()).filter(Boolean),
          };
          await report.mutateAsync(validate(ReportInput, body));
          el.reset();
          setEvidence([{ key: nextKey.current++, url: "" }]);
          setSent(true);
        })}
      >
        <h4 id={titleId}>{t("budgets.grants.reportTitle", { title: grant.project.title })}</h4>
        <p className="muted small">{t("budgets.grants.reportIntro")}</p>
        <FormAlert messages={form.summary} />
        <Field
          as="textarea"
          rows={4}
          label={t("budgets.grants.reportBody")}
          name="body"
          hint={t("budgets.form.descriptionHint")}
          error={form.error("body")}
        />
        <Field
          label={t("budgets.grants.progress")}
          name="progress"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          defaultValue={String(grant.progress)}
          error={form.error("progress")}
        />
        <fieldset>
          <legend>{t("budgets.grants.evidence")}</legend>
          <ol className="pb-rows">
            {evidence.map((e, i) => (
              <li key={e.key} className="pb-row">
                <Field
                  label={t("budgets.grants.evidenceLink", { n: i + 1 })}
                  name={`evidence.${i}`}
                  type="url"
                  inputMode="url"
                  placeholder="https://"
                  value={e.url}
                  onChange={(ev) => setEvidence((xs) => xs.map((x) => (x.key === e.key ? { ...x, url: ev.target.value } : x)))}
                  error={pathError(form.problem, `body.evidence.${i}`)}
                />
              </li>
            ))}
          </ol>
          <div className="form-actions">
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setEvidence((xs) => [...xs, { key: nextKey.current++, url: "" }])}
            >
              {t("budgets.grants.addEvidence")}
            </button>
          </div>
        </fieldset>
        <div className="form-actions">
          <SubmitButton busy={form.busy} busyLabel={t("budgets.grants.reporting")}>
            {t("budgets.grants.report")}
          </SubmitButton>
          {sent ? (
            <span className="notice-inline" role="status">
              {t("budgets.grants.reported")}
            </span>
          ) : null}
        </div>
      </form>
    </details>
  );
}
