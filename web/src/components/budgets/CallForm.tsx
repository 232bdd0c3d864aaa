import { useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { NewCallInput } from "../../../../src/modules/budgeting/inputs.ts";
import type { ApiBody } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { keysOf, labels, slugify } from "../../format.ts";
import { i18n } from "../../i18n/i18n.ts";
import { daysAhead, localInputToIso } from "../decisions/datetime.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { AmountInput } from "../treasury/AmountInput.tsx";
import { amountOrThrow, formatMoney, parseMoney } from "../treasury/money.ts";
import { fieldProblem, rowError } from "../treasury/problems.ts";
import { budgetsQuery } from "../treasury/queries.ts";
import {
  BALLOT_TYPE_LABEL,
  type BallotType,
  COMPLETION_LABEL,
  type Completion,
  RULE_LABEL,
  type RuleName,
  TIE_BREAKING_LABEL,
  type TieBreaking,
  VOTER_RULE_LABEL,
  type VoterRule,
} from "./labels.ts";
import { exactError, pathError } from "./problems.ts";

export type NewCallBody = ApiBody<"/api/calls", "post">;

const FIELDS = [
  "organization",
  "slug",
  "title",
  "description",
  "eligibility",
  "budget",
  "budgetLine",
  "districts",
  "categories",
  "submissionOpens",
  "reviewOpens",
  "votingOpens",
  "votingCloses",
  "implementationOpens",
  "ballotType",
  "minProjects",
  "maxProjects",
  "maxCost",
  "totalPoints",
  "maxPointsPerProject",
  "voters",
  "secret",
  "rules",
];

const PHASE_FIELDS = ["submissionOpens", "reviewOpens", "votingOpens", "votingCloses", "implementationOpens"] as const;
type PhaseField = (typeof PHASE_FIELDS)[number];
/** Days from now each date starts at: four weeks for projects, two for review, two for voting, a week before implementation. */
const PHASE_DEFAULT_DAYS: Record<PhaseField, number> = {
  submissionOpens: 1,
  reviewOpens: 29,
  votingOpens: 43,
  votingCloses: 57,
  implementationOpens: 64,
};
const PHASE_LABEL = labels<PhaseField>({
  submissionOpens: "budgets.newCall.submissionOpens",
  reviewOpens: "budgets.newCall.reviewOpens",
  votingOpens: "budgets.newCall.votingOpens",
  votingCloses: "budgets.newCall.votingCloses",
  implementationOpens: "budgets.newCall.implementationOpens",
});
const PHASE_HINT = labels<PhaseField>({
  submissionOpens: "budgets.newCall.submissionOpensHint",
  reviewOpens: "budgets.newCall.reviewOpensHint",
  votingOpens: "budgets.newCall.votingOpensHint",
  votingCloses: "budgets.newCall.votingClosesHint",
  implementationOpens: "budgets.newCall.implementationOpensHint",
});

const BALLOT_TYPE_HINT = labels<BallotType>({
  approval: "budgets.newCall.approvalHint",
  cumulative: "budgets.newCall.cumulativeHint",
  scoring: "budgets.newCall.scoringHint",
  ordinal: "budgets.newCall.ordinalHint",
  "choose-1": "budgets.newCall.chooseOneHint",
});

const RULE_HINT = labels<RuleName>({
  mes: "budgets.newCall.mesHint",
  greedy: "budgets.newCall.greedyHint",
  "greedy-threshold": "budgets.newCall.greedyThresholdHint",
});

interface DistrictRow {
  key: number;
  name: string;
  budget: string;
}

/** A whole number typed in a field, or nothing when it is empty; a problem at its path when it is not a whole number. */
function wholeNumber(text: string | undefined, path: string): number | undefined {
  const s = (text ?? "").trim();
  if (!s) return undefined;
  const n = Number(s);
  if (!/^\d+$/.test(s) || !Number.isSafeInteger(n)) throw fieldProblem(path, i18n.t("budgets.newCall.wholeNumber"));
  return n;
}

/** A datetime-local field as an ISO datetime with the viewer's offset, or the problem of an empty or unreadable one. */
function moment(text: string | undefined, field: PhaseField): string {
  const iso = localInputToIso(text ?? "");
  if (!iso) throw fieldProblem(`body.${field}`, i18n.t("budgets.newCall.giveDateTime"));
  return iso;
}

/** The time zone the dates are read in, for the phases' hint. */
function timeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return "";
  }
}

/** What the districts' budgets add up to, when every one reads; null while one does not. */
function districtsSum(rows: DistrictRow[], currency: string): bigint | null {
  let sum = 0n;
  for (const r of rows) {
    if (!r.budget.trim()) continue;
    const parsed = parseMoney(r.budget, currency);
    if (!parsed.ok) return null;
    sum += parsed.minor;
  }
  return sum;
}

/** A problem message for a field, as the error of a fieldset's own message line (focused first after a refusal). */
function FieldsetError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error" role="alert" tabIndex={-1}>
      {message}
    </p>
  );
}

/**
 * A public body's stewards open a call for citizen projects: what it is about and who may submit, its
 * budget in the body's currency (sent in minor units) and the approved budget line its grants are paid
 * from, districts with budgets of their own, categories, the five dates its phases begin (in the
 * viewer's time zone, sent with their offset), the ballot and its limits, who votes, and the rule that
 * chooses the winners. Checked with the server's own schema before sending; every problem appears at
 * its field, a district's at its row.
 */
export function CallForm({
  organization,
  currency,
  onSave,
}: {
  /** The public body's slug. */
  organization: string;
  /** The body's books' currency (EUR when it keeps none yet): the call's. */
  currency: string;
  onSave: (body: NewCallBody) => Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm(FIELDS);
  const budgets = useQuery(budgetsQuery(organization));
  const nextKey = useRef(1);
  const [title, setTitle] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  const [budget, setBudget] = useState("");
  const [districts, setDistricts] = useState<DistrictRow[]>([]);
  const [ballotType, setBallotType] = useState<BallotType>("approval");
  const [rule, setRule] = useState<RuleName>("mes");
  const [defaults] = useState(() => Object.fromEntries(PHASE_FIELDS.map((f) => [f, daysAhead(PHASE_DEFAULT_DAYS[f])])));
  const updateDistrict = (key: number, change: Partial<DistrictRow>) =>
    setDistricts((rs) => rs.map((r) => (r.key === key ? { ...r, ...change } : r)));

  const lines = (budgets.data?.items ?? [])
    .filter((b) => b.status === "approved")
    .flatMap((b) => b.lines.filter((l) => l.currency === currency).map((l) => ({ ...l, budget: b })));
  const sum = districts.length ? districtsSum(districts, currency) : null;
  const parsedBudget = parseMoney(budget, currency);
  const zone = timeZone();
  const limits = {
    projects: ballotType !== "choose-1",
    cost: ballotType === "approval",
    total: ballotType === "cumulative",
    perProject: ballotType === "cumulative" || ballotType === "scoring",
  };

  return (
    <form
      className="card form pb-call-form"
      noValidate
      aria-labelledby="pb-call-form-title"
      onSubmit={form.onSubmit(async (v) => {
        const rules: NewCallBody["rules"] = {
          rule,
          completion: (v.completion as Completion | undefined) ?? "add1u",
          comparison: rule === "mes" && v.comparison === "on",
          tieBreaking: (v.tieBreaking as TieBreaking | undefined) ?? "min-cost,max-votes",
          compareWithGreedy: rule !== "greedy" && v.compareWithGreedy === "on",
        };
        if (rule === "greedy-threshold") {
          const threshold = wholeNumber(v.threshold, "body.rules.threshold");
          if (threshold !== undefined) rules.threshold = threshold;
        }
        const categories = [
          ...new Set(
            (v.categories ?? "")
              .split(/\r?\n/)
              .map((c) => c.trim())
              .filter(Boolean),
          ),
        ];
        const optional = <T,>(value: T | undefined, key: string) => (value === undefined ? {} : { [key]: value });
        const body: NewCallBody = {
          organization,
          slug: slug.trim(),
          title: title.trim(),
          description: v.description ?? "",
          eligibility: v.eligibility ?? "",
          budget: amountOrThrow(budget, currency, "body.budget"),
          ...(v.budgetLine ? { budgetLine: v.budgetLine } : {}),
          districts: districts.map((d, i) => ({
            name: d.name.trim(),
            budget: amountOrThrow(d.budget, currency, `body.districts.${i}.budget`),
          })),
          categories,
          submissionOpens: moment(v.submissionOpens, "submissionOpens"),
          reviewOpens: moment(v.reviewOpens, "reviewOpens"),
          votingOpens: moment(v.votingOpens, "votingOpens"),
          votingCloses: moment(v.votingCloses, "votingCloses"),
          implementationOpens: moment(v.implementationOpens, "implementationOpens"),
          ballotType,
          ...(limits.projects ? optional(wholeNumber(v.minProjects, "body.minProjects"), "minProjects") : {}),
          ...(limits.projects ? optional(wholeNumber(v.maxProjects, "body.maxProjects"), "maxProjects") : {}),
          ...(limits.cost && v.maxCost?.trim() ? { maxCost: amountOrThrow(v.maxCost, currency, "body.maxCost") } : {}),
          ...(limits.total ? optional(wholeNumber(v.totalPoints, "body.totalPoints"), "totalPoints") : {}),
          ...(limits.perProject ? optional(wholeNumber(v.maxPointsPerProject, "body.maxPointsPerProject"), "maxPointsPerProject") : {}),
          voters: (v.voters as VoterRule | undefined) ?? "signed_in",
          secret: v.secret === "on",
          rules,
        };
        await onSave(validate(NewCallInput, body));
      })}
    >
      <h2 id="pb-call-form-title">{t("budgets.newCall.title")}</h2>
      <p className="muted">{t("budgets.newCall.intro")}</p>
      <FormAlert messages={form.summary} />

      <fieldset>
        <legend>{t("budgets.newCall.aboutLegend")}</legend>
        <Field
          label={t("budgets.newCall.callTitle")}
          name="title"
          required
          maxLength={200}
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            if (!slugEdited) setSlug(slugify(e.target.value));
          }}
          error={form.error("title")}
        />
        <Field
          label={t("budgets.newCall.slug")}
          name="slug"
          required
          maxLength={50}
          autoCapitalize="none"
          autoComplete="off"
          spellCheck={false}
          value={slug}
          onChange={(e) => {
            setSlug(e.target.value);
            setSlugEdited(true);
          }}
          hint={<Trans i18nKey="budgets.newCall.slugHint" values={{ slug: slug || "…" }} components={{ code: <code /> }} />}
          error={form.error("slug")}
        />
        <Field
          as="textarea"
          rows={6}
          label={t("budgets.newCall.description")}
          name="description"
          optional
          maxLength={20_000}
          hint={t("budgets.newCall.markdownHint")}
          error={form.error("description")}
        />
        <Field
          as="textarea"
          rows={4}
          label={t("budgets.newCall.eligibility")}
          name="eligibility"
          optional
          maxLength={8000}
          hint={t("budgets.newCall.eligibilityHint")}
          error={form.error("eligibility")}
        />
      </fieldset>

      <fieldset>
        <legend>{t("budgets.newCall.moneyLegend")}</legend>
        <AmountInput
          currency={currency}
          label={t("budgets.newCall.budget")}
          name="budget"
          value={budget}
          onChange={(e) => setBudget(e.target.value)}
          error={form.error("budget")}
        />
        <Field
          as="select"
          label={t("budgets.newCall.budgetLine")}
          name="budgetLine"
          defaultValue=""
          hint={lines.length ? t("budgets.newCall.budgetLineHint") : t("budgets.newCall.noLines")}
          error={form.error("budgetLine")}
        >
          <option value="">{t("budgets.newCall.noLine")}</option>
          {lines.map((l) => (
            <option key={l.id} value={l.id}>
              {t("budgets.newCall.lineOption", {
                line: l.name,
                budget: l.budget.title,
                left: formatMoney(l.left, l.currency),
              })}
            </option>
          ))}
        </Field>
        <h3 className="pb-form-subhead" id="pb-districts-title">
          {t("budgets.newCall.districts")}
        </h3>
        <p className="field-hint">{t("budgets.newCall.districtsHint")}</p>
        <FieldsetError id="pb-districts-error" message={exactError(form.problem, "body.districts")} />
        {districts.length ? (
          <ol className="pb-rows" aria-labelledby="pb-districts-title">
            {districts.map((d, i) => (
              <li key={d.key} className="pb-row">
                <Field
                  label={t("budgets.newCall.districtName", { n: i + 1 })}
                  name={`districts.${i}.name`}
                  maxLength={120}
                  value={d.name}
                  onChange={(e) => updateDistrict(d.key, { name: e.target.value })}
                  error={rowError(form.problem, "districts", i, "name")}
                />
                <AmountInput
                  currency={currency}
                  label={t("budgets.newCall.districtBudget", { n: i + 1 })}
                  name={`districts.${i}.budget`}
                  hint=""
                  value={d.budget}
                  onChange={(e) => updateDistrict(d.key, { budget: e.target.value })}
                  error={rowError(form.problem, "districts", i, "budget")}
                />
                <button
                  type="button"
                  className="button button--ghost-danger button--small pb-row-remove"
                  onClick={() => setDistricts((rs) => rs.filter((x) => x.key !== d.key))}
                >
                  {t("budgets.newCall.removeDistrict", { n: i + 1 })}
                </button>
              </li>
            ))}
          </ol>
        ) : null}
        {districts.length && sum !== null ? (
          <p className={parsedBudget.ok && sum > parsedBudget.minor ? "pb-sum" : "pb-sum pb-sum--ok"} aria-live="polite">
            {parsedBudget.ok && sum > parsedBudget.minor
              ? t("budgets.newCall.districtsOver", {
                  sum: formatMoney(sum, currency),
                  over: formatMoney(sum - parsedBudget.minor, currency),
                })
              : t("budgets.newCall.districtsSum", { sum: formatMoney(sum, currency) })}
          </p>
        ) : null}
        {districts.length < 100 ? (
          <div className="form-actions">
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setDistricts((rs) => [...rs, { key: nextKey.current++, name: "", budget: "" }])}
            >
              {t("budgets.newCall.addDistrict")}
            </button>
          </div>
        ) : null}
        <Field
          as="textarea"
          rows={3}
          label={t("budgets.newCall.categories")}
          name="categories"
          optional
          hint={t("budgets.newCall.categoriesHint")}
          error={form.error("categories")}
        />
      </fieldset>

      <fieldset>
        <legend>{t("budgets.newCall.phasesLegend")}</legend>
        <p className="field-hint">{zone ? t("budgets.newCall.phasesHint", { zone }) : t("budgets.newCall.phasesHintNoZone")}</p>
        <div className="pb-dates">
          {PHASE_FIELDS.map((f) => (
            <Field
              key={f}
              type="datetime-local"
              label={PHASE_LABEL[f]}
              name={f}
              required
              defaultValue={defaults[f]}
              hint={PHASE_HINT[f]}
              error={form.error(f)}
            />
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("budgets.newCall.ballotLegend")}</legend>
        <Field
          as="select"
          label={t("budgets.newCall.ballotType")}
          name="ballotType"
          value={ballotType}
          onChange={(e) => setBallotType(e.target.value as BallotType)}
          hint={BALLOT_TYPE_HINT[ballotType]}
          error={form.error("ballotType")}
        >
          {keysOf(BALLOT_TYPE_LABEL).map((type) => (
            <option key={type} value={type}>
              {BALLOT_TYPE_LABEL[type]}
            </option>
          ))}
        </Field>
        <div className="form-row">
          {limits.total ? (
            <Field
              label={t("budgets.newCall.totalPoints")}
              name="totalPoints"
              inputMode="numeric"
              required
              hint={t("budgets.newCall.totalPointsHint")}
              error={form.error("totalPoints")}
            />
          ) : null}
          {limits.perProject ? (
            <Field
              label={ballotType === "scoring" ? t("budgets.newCall.maxScore") : t("budgets.newCall.maxPointsPerProject")}
              name="maxPointsPerProject"
              inputMode="numeric"
              optional
              error={form.error("maxPointsPerProject")}
            />
          ) : null}
          {limits.projects ? (
            <>
              <Field
                label={t("budgets.newCall.minProjects")}
                name="minProjects"
                inputMode="numeric"
                optional
                error={form.error("minProjects")}
              />
              <Field
                label={t("budgets.newCall.maxProjects")}
                name="maxProjects"
                inputMode="numeric"
                optional
                error={form.error("maxProjects")}
              />
            </>
          ) : null}
        </div>
        {limits.cost ? (
          <AmountInput
            currency={currency}
            label={t("budgets.newCall.maxCost")}
            name="maxCost"
            optional
            hint={t("budgets.newCall.maxCostHint")}
            error={form.error("maxCost")}
          />
        ) : null}
        <fieldset className="field pb-choices" aria-describedby={form.error("voters") ? "pb-voters-error" : "pb-voters-hint"}>
          <legend>{t("budgets.newCall.voters")}</legend>
          <FieldsetError id="pb-voters-error" message={form.error("voters")} />
          {keysOf(VOTER_RULE_LABEL).map((who) => (
            <label key={who} className="pb-choice">
              <input type="radio" name="voters" value={who} defaultChecked={who === "signed_in"} />
              <span>{VOTER_RULE_LABEL[who]}</span>
            </label>
          ))}
          <p id="pb-voters-hint" className="field-hint">
            {t("budgets.newCall.votersHint")}
          </p>
        </fieldset>
        <div className="field pb-choices">
          <label className="pb-choice">
            <input type="checkbox" name="secret" defaultChecked aria-describedby="pb-secret-hint" />
            <span>{t("budgets.newCall.secret")}</span>
          </label>
          <p id="pb-secret-hint" className="field-hint">
            {t("budgets.newCall.secretHint")}
          </p>
          {form.error("secret") ? <p className="field-error">{form.error("secret")}</p> : null}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("budgets.newCall.ruleLegend")}</legend>
        <FieldsetError id="pb-rules-error" message={exactError(form.problem, "body.rules")} />
        <Field
          as="select"
          label={t("budgets.newCall.rule")}
          name="rule"
          value={rule}
          onChange={(e) => setRule(e.target.value as RuleName)}
          hint={RULE_HINT[rule]}
          error={pathError(form.problem, "body.rules.rule")}
        >
          {keysOf(RULE_LABEL).map((r) => (
            <option key={r} value={r}>
              {RULE_LABEL[r]}
            </option>
          ))}
        </Field>
        {rule === "mes" ? (
          <>
            <Field
              as="select"
              label={t("budgets.newCall.completion")}
              name="completion"
              defaultValue="add1u"
              hint={t("budgets.newCall.completionHint")}
              error={pathError(form.problem, "body.rules.completion")}
            >
              {keysOf(COMPLETION_LABEL).map((c) => (
                <option key={c} value={c}>
                  {COMPLETION_LABEL[c]}
                </option>
              ))}
            </Field>
            <div className="field pb-choices">
              <label className="pb-choice">
                <input type="checkbox" name="comparison" aria-describedby="pb-comparison-hint" />
                <span>{t("budgets.newCall.comparison")}</span>
              </label>
              <p id="pb-comparison-hint" className="field-hint">
                {t("budgets.newCall.comparisonHint")}
              </p>
            </div>
          </>
        ) : null}
        {rule === "greedy-threshold" ? (
          <Field
            label={t("budgets.newCall.threshold")}
            name="threshold"
            inputMode="numeric"
            optional
            hint={t("budgets.newCall.thresholdHint")}
            error={pathError(form.problem, "body.rules.threshold")}
          />
        ) : null}
        <Field
          as="select"
          label={t("budgets.newCall.tieBreaking")}
          name="tieBreaking"
          defaultValue="min-cost,max-votes"
          error={pathError(form.problem, "body.rules.tieBreaking")}
        >
          {keysOf(TIE_BREAKING_LABEL).map((tb) => (
            <option key={tb} value={tb}>
              {TIE_BREAKING_LABEL[tb]}
            </option>
          ))}
        </Field>
        {rule !== "greedy" ? (
          <div className="field pb-choices">
            <label className="pb-choice">
              <input type="checkbox" name="compareWithGreedy" defaultChecked aria-describedby="pb-compare-hint" />
              <span>{t("budgets.newCall.compareWithGreedy")}</span>
            </label>
            <p id="pb-compare-hint" className="field-hint">
              {t("budgets.newCall.compareWithGreedyHint")}
            </p>
          </div>
        ) : null}
      </fieldset>

      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("budgets.newCall.opening")}>
          {t("budgets.newCall.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
