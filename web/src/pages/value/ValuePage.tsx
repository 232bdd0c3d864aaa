import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { EquationOwner } from "../../api/schema.ts";
import { LoadError, Loading } from "../../components/States.tsx";
import { booksQuery } from "../../components/treasury/queries.ts";
import { DistributeForm } from "../../components/value/DistributeForm.tsx";
import { DistributionList } from "../../components/value/DistributionList.tsx";
import { EquationEditor } from "../../components/value/EquationEditor.tsx";
import { EquationSummary } from "../../components/value/EquationSummary.tsx";
import { useDistributions, useEquation } from "../../components/value/queries.ts";
import { formatDate } from "../../format.ts";
import { useTitle } from "../../hooks.ts";
import "../../styles/value.css";

/**
 * The value equation of a commons (or of a phyle enterprise) for everyone, its editor for the
 * stewards, the distribute form for the treasurers of the books it is paid from, and the distributions.
 */
export function ValuePage({ owner, slug, title }: { owner: EquationOwner; slug: string; title: string }) {
  const { t } = useTranslation();
  useTitle(t("value.page.title", { title }));
  const equation = useEquation(owner, slug);
  const distributions = useDistributions(owner, slug);
  // The books the distribute form draws on, as soon as the equation says which they are.
  const treasury = equation.data?.canDistribute ? equation.data.treasury : null;
  useQuery({ ...booksQuery(treasury?.slug ?? ""), enabled: Boolean(treasury) });
  const [editing, setEditing] = useState(false);
  if (equation.isPending) return <Loading label={t("value.page.loading")} />;
  const e = equation.data;
  if (!e) return <LoadError error={equation.error} retry={() => void equation.refetch()} />;

  return (
    <div className="value-page">
      <section className="section" aria-labelledby="equation-title">
        <h2 id="equation-title">{t("value.page.equation")}</h2>
        <p className="section-intro">
          {e.isDefault
            ? t("value.page.default")
            : t("value.page.changed", {
                date: e.updatedAt ? formatDate(e.updatedAt) : "",
                by: e.updatedBy ? "yes" : "no",
                name: e.updatedBy?.name ?? "",
              })}
        </p>
        <EquationSummary equation={e} />
        {e.canEdit ? (
          editing ? (
            <EquationEditor owner={owner} slug={slug} equation={e} onSaved={() => setEditing(false)} />
          ) : (
            <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
              {t("value.page.edit")}
            </button>
          )
        ) : null}
      </section>
      {e.canDistribute && e.treasury ? (
        <section className="section" aria-labelledby="distribute-title">
          <h2 id="distribute-title">{t("value.page.distribute")}</h2>
          <p className="section-intro">
            <Trans
              i18nKey="value.page.distributeIntro"
              values={{ organization: e.treasury.name }}
              components={{ a: <Link to={`/orgs/${e.treasury.slug}/treasury`} /> }}
            />
          </p>
          <DistributeForm owner={owner} slug={slug} treasury={e.treasury.slug} />
        </section>
      ) : null}
      <section className="section" aria-labelledby="distributions-title">
        <h2 id="distributions-title">{t("value.page.distributions")}</h2>
        <DistributionList distributions={distributions} />
      </section>
    </div>
  );
}
