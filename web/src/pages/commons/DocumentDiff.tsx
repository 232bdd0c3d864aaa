import { useQuery } from "@tanstack/react-query";
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
  return (
    <div className="compare-side">
      <p className="compare-label">{label}</p>
      <p>
        <Link to={`${base}?revision=${revision.number}`}>Revision {revision.number}</Link>
        {revision.message ? ` · ${revision.message}` : null}
      </p>
      <p className="small">
        <RevisionMeta revision={revision} />
      </p>
    </div>
  );
}

export function DocumentDiffPage() {
  const { commons, head, base } = useDocument();
  useTitle(`Compare ${head.title} · ${commons.title}`);
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
      Revision {n}
      {n === head.head ? " (newest)" : ""}
    </option>
  ));

  return (
    <>
      <form className="compare-form" onSubmit={(e) => e.preventDefault()} aria-label="Revisions to compare">
        <FormAlert messages={summary} />
        <div className="form-row">
          <Field
            as="select"
            label="From"
            name="from"
            value={from}
            onChange={(e) => params.update({ from: e.target.value, to: String(to) })}
            error={fields.from}
          >
            {options}
          </Field>
          <Field
            as="select"
            label="To"
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
              Swap
            </button>
          </div>
        </div>
      </form>
      {head.head < 2 ? <p className="muted">This document has a single revision so far; there is nothing to compare it with.</p> : null}
      <div aria-live="polite" aria-busy={diff.isFetching}>
        {diff.isPending ? (
          <Loading label="Comparing…" />
        ) : diff.error && !diff.error.errors.length ? (
          <LoadError error={diff.error} retry={() => void diff.refetch()} />
        ) : diff.data ? (
          <>
            <div className="compare-heads">
              <RevisionHeading label="From" revision={diff.data.from} base={base} />
              <RevisionHeading label="To" revision={diff.data.to} base={base} />
            </div>
            <DiffView
              diff={diff.data}
              label={`Changes from revision ${from} to revision ${to}`}
              emptyText="These two revisions have the same text."
            />
          </>
        ) : null}
      </div>
    </>
  );
}
