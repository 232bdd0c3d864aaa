import { type InfiniteData, type UseInfiniteQueryResult, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import { apiPages, apiQuery } from "../../api/query.ts";
import type { PhyleCharter, PhylePeriod } from "../../api/schema.ts";
import { CharterForm } from "../../components/phyles/CharterForm.tsx";
import { CharterSummary } from "../../components/phyles/CharterSummary.tsx";
import { PeriodForm } from "../../components/phyles/PeriodForm.tsx";
import { PeriodsTable } from "../../components/phyles/PeriodsTable.tsx";
import { QueryList } from "../../components/QueryList.tsx";
import { Empty, LoadError, Loading } from "../../components/States.tsx";
import { useTitle } from "../../hooks.ts";
import { useOrg } from "../OrgLayout.tsx";
import "../../styles/treasury.css";
import "../../styles/phyles.css";

function Periods({
  slug,
  charter,
  canRecord,
  periods,
}: {
  slug: string;
  charter: NonNullable<PhyleCharter["charter"]>;
  canRecord: boolean;
  periods: UseInfiniteQueryResult<InfiniteData<{ items: PhylePeriod[] }>>;
}) {
  const { t } = useTranslation();
  return (
    <>
      {canRecord ? (
        <section className="section" aria-labelledby="record-title">
          <h3 id="record-title">{t("phyles.periods.record")}</h3>
          <PeriodForm slug={slug} charter={charter} />
        </section>
      ) : null}
      <section className="section" aria-labelledby="periods-title">
        <h3 id="periods-title">{t("phyles.periods.title")}</h3>
        <QueryList query={periods} loading={t("phyles.periods.loading")} empty={<Empty title={t("phyles.periods.empty")} />}>
          {(items) => <PeriodsTable periods={items} />}
        </QueryList>
      </section>
    </>
  );
}

/** An enterprise's "Phyle" tab: its charter for everyone, the editor for its stewards, its periods, and recording one for its treasurers. */
export function PhylePage() {
  const { t } = useTranslation();
  const { org } = useOrg();
  useTitle(t("phyles.page.title", { organization: org.name }));
  const path = { slug: org.slug };
  const view = useQuery(apiQuery("/api/organizations/{slug}/phyle-charter", { path }));
  const periods = useInfiniteQuery(apiPages("/api/organizations/{slug}/phyle-periods", { path, query: { limit: 20 } }));
  const [editing, setEditing] = useState(false);

  if (view.isPending) return <Loading label={t("phyles.page.loading")} />;
  if (!view.data) return <LoadError error={view.error} retry={() => void view.refetch()} />;
  const { charter, viewer } = view.data;

  return (
    <div className="phyle">
      <div className="page-head">
        <div>
          <h2>{t("phyles.page.heading")}</h2>
          <p className="lede">{t("phyles.page.lede")}</p>
        </div>
        {viewer.canEditCharter && charter && !editing ? (
          <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
            {t("phyles.charter.amend")}
          </button>
        ) : null}
      </div>
      {!charter && !viewer.canEditCharter ? <Empty title={t("phyles.page.noCharter", { organization: org.name })} /> : null}
      {viewer.canEditCharter && (!charter || editing) ? (
        <section className="section" aria-labelledby="charter-edit-title">
          <h3 id="charter-edit-title">{charter ? t("phyles.charter.amend") : t("phyles.charter.adoptA")}</h3>
          <CharterForm slug={org.slug} charter={charter} onSaved={() => setEditing(false)} />
          {charter ? (
            <button type="button" className="button button--secondary" onClick={() => setEditing(false)}>
              {t("phyles.charter.cancel")}
            </button>
          ) : null}
        </section>
      ) : null}
      <CharterSummary view={view.data} />
      {charter ? (
        <p>
          <Trans i18nKey="phyles.page.valueLink" components={{ a: <Link to={`/orgs/${org.slug}/value`} /> }} />
        </p>
      ) : null}
      {charter ? <Periods slug={org.slug} charter={charter} canRecord={viewer.canRecordPeriods} periods={periods} /> : null}
    </div>
  );
}
