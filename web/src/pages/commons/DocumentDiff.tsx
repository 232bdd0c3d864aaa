import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { apiQuery } from "../../api/query.ts";
import type { Revision } from "../../api/schema.ts";
import { DiffView } from "../../components/commons/DiffView.tsx";
import { RevisionMeta } from "../../components/commons/RevisionMeta.tsx";
import { useQueryParams } from "../../components/commons/useQueryParams.ts";
import { Field } from "../../components/Field.tsx";
import { FormAlert } from "../../components/FormAlert.tsx";
import { LoadError, Loading } from "../../components/States.tsx";
import { mapProblem } from "../../form.ts";
import { useTitle } from "../../hooks.ts";
import { useDocument } from "./DocumentLayout.tsx";

function revisionParam(value: string, fallback: number): number {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : fallback;
}

function RevisionHeading({ label, revision, base }: { label: string; revision: Revision; base: string }) {
  const { t } = useTranslation();
  return (
    <div className="compare-side">
      <p className="compare-label">{label}</p>
      <p>
        <Link to={`${base}?revision=${revision.number}`}>{t("contributions.revision", { number: revision.number })}</Link>
        {revision.message ? ` · ${revision.message}` : null}
      </p>
      <p className="small">
        <RevisionMeta revision={revision} />
      </p>
    </div>
  );
}

export function DocumentDiffPage() {
  const { t } = useTranslation();
  const { commons, head, base } = useDocument();
  useTitle(t("contributions.diff.pageTitle", { document: head.title, commons: commons.title }));
  const params = useQueryParams();
  const to = revisionParam(params.get("to"), head.head);
  const from = revisionParam(params.get("from"), Math.max(1, to - 1));
  const diff = useQuery(
    apiQuery("/api/commons/{slug}/documents/{path}/diff", { path: { slug: commons.slug, path: head.path }, query: { from, to } }),
  );
  const { fields, summary } = mapProblem(diff.error?.errors.length ? diff.error : null, ["from", "to"]);
  const numbers = Array.from({ length: head.head }, (_, i) => head.head - i);
  const options = numbers.map((n) => (
    <option key={n} value={n}>
      {t("contributions.diff.option", { number: n, newest: n === head.head ? "yes" : "no" })}
    </option>
  ));

  return (
    <>
      <form className="compare-form" onSubmit={(e) => e.preventDefault()} aria-label={t("contributions.diff.formLabel")}>
        <FormAlert messages={summary} />
        <div className="form-row">
          <Field
            as="select"
            label={t("contributions.diff.from")}
            name="from"
            value={from}
            onChange={(e) => params.update({ from: e.target.value, to: String(to) })}
            error={fields.from}
          >
            {options}
          </Field>
          <Field
            as="select"
            label={t("contributions.diff.to")}
            name="to"
            value={to}
            onChange={(e) => params.update({ from: String(from), to: e.target.value })}
            error={fields.to}
          >
            {options}
          </Field>
          <div className="form-row-action">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => params.update({ from: String(to), to: String(from) })}
            >
              {t("contributions.diff.swap")}
            </button>
          </div>
        </div>
      </form>
      {head.head < 2 ? <p className="muted">{t("contributions.diff.single")}</p> : null}
      <div aria-live="polite" aria-busy={diff.isFetching}>
        {diff.isPending ? (
          <Loading label={t("contributions.diff.comparing")} />
        ) : diff.error && !diff.error.errors.length ? (
          <LoadError error={diff.error} retry={() => void diff.refetch()} />
        ) : diff.data ? (
          <>
            <div className="compare-heads">
              <RevisionHeading label={t("contributions.diff.from")} revision={diff.data.from} base={base} />
              <RevisionHeading label={t("contributions.diff.to")} revision={diff.data.to} base={base} />
            </div>
            <DiffView diff={diff.data} label={t("contributions.diff.label", { from, to })} emptyText={t("contributions.diff.same")} />
          </>
        ) : null}
      </div>
    </>
  );
}
