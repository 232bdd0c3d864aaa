import { useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { NewProjectInput, ProjectPatchInput } from "../../../../src/modules/budgeting/inputs.ts";
import { apiQuery } from "../../api/query.ts";
import type { ApiBody } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { i18n } from "../../i18n/i18n.ts";
import { useSession } from "../../session.tsx";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { AmountInput } from "../treasury/AmountInput.tsx";
import { amountOrThrow, formatMoney, parseMoney, toDecimal } from "../treasury/money.ts";
import { fieldProblem, rowError } from "../treasury/problems.ts";
import type { Call, Project } from "./labels.ts";
import { exactError, pathError } from "./problems.ts";

export type NewProjectBody = ApiBody<"/api/calls/{slug}/projects", "post">;
export type ProjectPatchBody = ApiBody<"/api/calls/{slug}/projects/{number}", "patch">;

interface Row {
  key: number;
  item: string;
  amount: string;
}

const FIELDS = ["title", "description", "district", "categories", "cost", "costBreakdown", "location", "images", "commons", "organization"];

/** What the breakdown's lines add up to, when every amount reads; null while one does not. */
function breakdownSum(rows: Row[], currency: string): bigint | null {
  let sum = 0n;
  for (const r of rows) {
    if (!r.amount.trim()) continue;
    const parsed = parseMoney(r.amount, currency);
    if (!parsed.ok) return null;
    sum += parsed.minor;
  }
  return sum;
}

/** The breakdown's running total against the cost, said as it changes. */
function BreakdownTotal({ rows, cost, currency }: { rows: Row[]; cost: string; currency: string }) {
  const { t } = useTranslation();
  const sum = breakdownSum(rows, currency);
  const parsedCost = parseMoney(cost, currency);
  const filled = rows.some((r) => r.amount.trim());
  if (!filled || sum === null) return null;
  const total = formatMoney(sum, currency);
  let text: string;
  let ok = false;
  if (!parsedCost.ok) text = t("budgets.form.breakdownTotal", { total });
  else if (parsedCost.minor === sum) {
    text = t("budgets.form.breakdownMatches", { total });
    ok = true;
  } else {
    const gap = parsedCost.minor - sum;
    text =
      gap > 0n
        ? t("budgets.form.breakdownShort", { total, gap: formatMoney(gap, currency) })
        : t("budgets.form.breakdownOver", { total, gap: formatMoney(-gap, currency) });
  }
  return (
    <p className={ok ? "pb-sum pb-sum--ok" : "pb-sum"} aria-live="polite">
      {text}
    </p>
  );
}

/**
 * A citizen project's form, for submitting one (with `onSubmit` posting it) or for its author's edits
 * until review begins: title, Markdown description, district and categories as the call has them, the
 * cost and its breakdown (which must add up to it), an optional place, images as links, the commons it
 * will produce, and (when submitting) the organization it is submitted for. Checked with the server's
 * own schema before sending; every problem appears under its field.
 */
export function ProjectForm({
  call,
  project,
  onSave,
  submitLabel,
  busyLabel,
}: {
  call: Call;
  project?: Project;
  onSave: (body: NewProjectBody) => Promise<void>;
  submitLabel: string;
  busyLabel: string;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const form = useForm(FIELDS);
  const currency = call.currency;
  const memberships = useQuery({
    ...apiQuery("/api/people/{handle}", { path: { handle: me?.handle ?? "" } }),
    enabled: !!me && !project,
  });
  const nextKey = useRef(100);
  const [cost, setCost] = useState(project ? toDecimal(project.cost, currency) : "");
  const [rows, setRows] = useState<Row[]>(() =>
    project?.costBreakdown.length
      ? project.costBreakdown.map((r, i) => ({ key: i, item: r.item, amount: toDecimal(String(r.amount), currency) }))
      : [{ key: 0, item: "", amount: "" }],
  );
  const [images, setImages] = useState<{ key: number; url: string }[]>(() => (project?.images ?? []).map((url, i) => ({ key: i, url })));
  const [categories, setCategories] = useState<string[]>(project?.categories ?? []);
  const updateRow = (key: number, change: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const organizations = (memberships.data?.memberships ?? []).filter((m) => m.organization.kind !== "public_body");

  return (
    <form
      className="card form pb-project-form"
      noValidate
      aria-labelledby="pb-project-form-title"
      onSubmit={form.onSubmit(async (v) => {
        const lines = rows.filter((r) => r.item.trim() || r.amount.trim());
        const lat = v.lat?.trim() ?? "";
        const lon = v.lon?.trim() ?? "";
        if (!!lat !== !!lon) throw fieldProblem(lat ? "body.location.lon" : "body.location.lat", i18n.t("budgets.form.locationBoth"));
        const body: NewProjectBody = {
          title: v.title?.trim() ?? "",
          description: v.description ?? "",
          ...(call.districts.length ? { district: v.district || undefined } : {}),
          categories,
          cost: amountOrThrow(cost, currency, "body.cost"),
          costBreakdown: lines.map((r, i) => ({
            item: r.item.trim(),
            amount: amountOrThrow(r.amount, currency, `body.costBreakdown.${i}.amount`),
          })),
          ...(lat && lon
            ? { location: { lat: Number(lat), lon: Number(lon), ...(v.place?.trim() ? { label: v.place.trim() } : {}) } }
            : {}),
          images: images.map((i) => i.url.trim()).filter(Boolean),
          ...(v.commons?.trim() ? { commons: v.commons.trim() } : {}),
          ...(!project && v.organization ? { organization: v.organization } : {}),
        };
        await onSave(validate(project ? ProjectPatchInput : NewProjectInput, body));
      })}
    >
      <h2 id="pb-project-form-title">{project ? t("budgets.form.editTitle", { title: project.title }) : t("budgets.form.newTitle")}</h2>
      <p className="muted">{t("budgets.form.intro")}</p>
      <FormAlert messages={form.summary} />
      <Field
        label={t("budgets.form.title")}
        name="title"
        required
        maxLength={200}
        defaultValue={project?.title ?? ""}
        error={form.error("title")}
      />
      <Field
        as="textarea"
        rows={8}
        label={t("budgets.form.description")}
        name="description"
        defaultValue={project?.description ?? ""}
        hint={t("budgets.form.descriptionHint")}
        error={form.error("description")}
      />
      {call.districts.length ? (
        <Field
          as="select"
          label={t("budgets.form.district")}
          name="district"
          defaultValue={project?.district ?? ""}
          error={form.error("district")}
        >
          <option value="">{t("budgets.form.chooseDistrict")}</option>
          {call.districts.map((d) => (
            <option key={d.name} value={d.name}>
              {d.name}
            </option>
          ))}
        </Field>
      ) : null}
      {call.categories.length ? (
        <fieldset className="field pb-choices" aria-describedby={form.error("categories") ? "pb-categories-error" : undefined}>
          <legend>{t("budgets.form.categories")}</legend>
          {form.error("categories") ? (
            <p id="pb-categories-error" className="field-error">
              {form.error("categories")}
            </p>
          ) : null}
          {call.categories.map((c) => (
            <label key={c} className="pb-choice">
              <input
                type="checkbox"
                name="categories"
                value={c}
                checked={categories.includes(c)}
                aria-invalid={form.error("categories") ? true : undefined}
                onChange={(e) => setCategories((cs) => (e.target.checked ? [...cs, c] : cs.filter((x) => x !== c)))}
              />
              <span>{c}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{t("budgets.form.costLegend")}</legend>
        <AmountInput
          currency={currency}
          label={t("budgets.form.cost")}
          name="cost"
          value={cost}
          onChange={(e) => setCost(e.target.value)}
          error={form.error("cost")}
        />
        <p className="field-hint">{t("budgets.form.breakdownHint")}</p>
        {exactError(form.problem, "body.costBreakdown") ? (
          <p className="field-error" role="alert">
            {exactError(form.problem, "body.costBreakdown")}
          </p>
        ) : null}
        <ol className="pb-rows">
          {rows.map((r, i) => (
            <li key={r.key} className="pb-row">
              <Field
                label={t("budgets.form.lineItem", { n: i + 1 })}
                name={`costBreakdown.${i}.item`}
                maxLength={200}
                value={r.item}
                onChange={(e) => updateRow(r.key, { item: e.target.value })}
                error={rowError(form.problem, "costBreakdown", i, "item")}
              />
              <AmountInput
                currency={currency}
                label={t("budgets.form.lineAmount", { n: i + 1 })}
                name={`costBreakdown.${i}.amount`}
                hint=""
                value={r.amount}
                onChange={(e) => updateRow(r.key, { amount: e.target.value })}
                error={rowError(form.problem, "costBreakdown", i, "amount")}
              />
              {rows.length > 1 ? (
                <button
                  type="button"
                  className="button button--ghost-danger button--small pb-row-remove"
                  onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                >
                  {t("budgets.form.removeLine", { n: i + 1 })}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
        <BreakdownTotal rows={rows} cost={cost} currency={currency} />
        <div className="form-actions">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setRows((rs) => [...rs, { key: nextKey.current++, item: "", amount: "" }])}
          >
            {t("budgets.form.addLine")}
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("budgets.form.placeLegend")}</legend>
        <p className="field-hint">{t("budgets.form.placeHint")}</p>
        <Field
          label={t("budgets.form.place")}
          name="place"
          optional
          maxLength={200}
          defaultValue={project?.location?.label ?? ""}
          error={pathError(form.problem, "body.location.label")}
        />
        <div className="form-row">
          <Field
            label={t("budgets.form.lat")}
            name="lat"
            optional
            inputMode="decimal"
            defaultValue={project?.location ? String(project.location.lat) : ""}
            error={pathError(form.problem, "body.location.lat") ?? exactError(form.problem, "body.location")}
          />
          <Field
            label={t("budgets.form.lon")}
            name="lon"
            optional
            inputMode="decimal"
            defaultValue={project?.location ? String(project.location.lon) : ""}
            error={pathError(form.problem, "body.location.lon")}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("budgets.form.imagesLegend")}</legend>
        <p className="field-hint">{t("budgets.form.imagesHint")}</p>
        {exactError(form.problem, "body.images") ? <p className="field-error">{exactError(form.problem, "body.images")}</p> : null}
        {images.length ? (
          <ol className="pb-rows">
            {images.map((img, i) => (
              <li key={img.key} className="pb-row">
                <Field
                  label={t("budgets.form.image", { n: i + 1 })}
                  name={`images.${i}`}
                  type="url"
                  inputMode="url"
                  value={img.url}
                  placeholder="https://"
                  onChange={(e) => setImages((xs) => xs.map((x) => (x.key === img.key ? { ...x, url: e.target.value } : x)))}
                  error={pathError(form.problem, `body.images.${i}`)}
                />
                <button
                  type="button"
                  className="button button--ghost-danger button--small pb-row-remove"
                  onClick={() => setImages((xs) => xs.filter((x) => x.key !== img.key))}
                >
                  {t("budgets.form.removeImage", { n: i + 1 })}
                </button>
              </li>
            ))}
          </ol>
        ) : null}
        {images.length < 8 ? (
          <div className="form-actions">
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setImages((xs) => [...xs, { key: nextKey.current++, url: "" }])}
            >
              {t("budgets.form.addImage")}
            </button>
          </div>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>{t("budgets.form.whoLegend")}</legend>
        <Field
          label={t("budgets.form.commons")}
          name="commons"
          optional
          maxLength={60}
          autoCapitalize="none"
          spellCheck={false}
          defaultValue={project?.commons ?? ""}
          hint={t("budgets.form.commonsHint")}
          error={form.error("commons")}
        />
        {!project ? (
          <Field
            as="select"
            label={t("budgets.form.organization")}
            name="organization"
            defaultValue=""
            hint={t("budgets.form.organizationHint")}
            error={form.error("organization")}
          >
            <option value="">{t("budgets.form.alone")}</option>
            {organizations.map((m) => (
              <option key={m.organization.slug} value={m.organization.slug}>
                {m.organization.name}
              </option>
            ))}
          </Field>
        ) : null}
      </fieldset>
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={busyLabel}>
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
