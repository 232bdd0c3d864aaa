import { useState } from "react";
import { Link } from "react-router";
import { valueApi } from "../../api/value.ts";
import { LoadError, Loading } from "../../components/States.tsx";
import { DistributeForm } from "../../components/value/DistributeForm.tsx";
import { DistributionList } from "../../components/value/DistributionList.tsx";
import { EquationEditor } from "../../components/value/EquationEditor.tsx";
import { EquationSummary } from "../../components/value/EquationSummary.tsx";
import { formatDate } from "../../format.ts";
import { useResource, useTitle } from "../../hooks.ts";
import type { EquationOwner } from "../../types/value.ts";
import "../../styles/value.css";

/**
 * The value equation of a commons (or of a phyle enterprise) for everyone, its editor for the
 * stewards, the distribute form for the treasurers of the books it is paid from, and the distributions.
 */
export function ValuePage({ owner, slug, title }: { owner: EquationOwner; slug: string; title: string }) {
  useTitle(`Value · ${title}`);
  const [version, setVersion] = useState(0);
  const equation = useResource(`equation:${owner}:${slug}:${version}`, () => valueApi.equation(owner, slug));
  const [editing, setEditing] = useState(false);
  if (equation.error && !equation.data) return <LoadError error={equation.error} retry={equation.reload} />;
  const e = equation.data;
  if (!e) return <Loading label="Loading the value equation…" />;

  return (
    <div className="value-page">
      <section className="section" aria-labelledby="equation-title">
        <h2 id="equation-title">Value equation</h2>
        <p className="section-intro">
          {e.isDefault
            ? "No equation has been written yet, so the default applies: every contribution, hour and hundred lines counts one point, over a year."
            : `Last changed ${e.updatedAt ? formatDate(e.updatedAt) : ""}${e.updatedBy ? ` by ${e.updatedBy.name}` : ""}.`}
        </p>
        <EquationSummary equation={e} />
        {e.canEdit ? (
          editing ? (
            <EquationEditor
              owner={owner}
              slug={slug}
              equation={e}
              onSaved={() => {
                setEditing(false);
                setVersion((v) => v + 1);
              }}
            />
          ) : (
            <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
              Edit the equation
            </button>
          )
        ) : null}
      </section>
      {e.canDistribute && e.treasury ? (
        <section className="section" aria-labelledby="distribute-title">
          <h2 id="distribute-title">Distribute</h2>
          <p className="section-intro">
            Posted in the books of <Link to={`/orgs/${e.treasury.slug}/treasury`}>{e.treasury.name}</Link>: the amount is drawn from one
            account and each share credited to what the books owe its recipient.
          </p>
          <DistributeForm owner={owner} slug={slug} treasury={e.treasury.slug} />
        </section>
      ) : null}
      <section className="section" aria-labelledby="distributions-title">
        <h2 id="distributions-title">Distributions</h2>
        <DistributionList owner={owner} slug={slug} version={version} />
      </section>
    </div>
  );
}
