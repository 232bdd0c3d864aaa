import { type InfiniteData, type UseInfiniteQueryResult, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useState } from "react";
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
  return (
    <>
      {canRecord ? (
        <section className="section" aria-labelledby="record-title">
          <h3 id="record-title">Record a period</h3>
          <PeriodForm slug={slug} charter={charter} />
        </section>
      ) : null}
      <section className="section" aria-labelledby="periods-title">
        <h3 id="periods-title">Periods</h3>
        <QueryList query={periods} loading="Loading the periods…" empty={<Empty title="No period recorded yet." />}>
          {(items) => <PeriodsTable periods={items} />}
        </QueryList>
      </section>
    </>
  );
}

/** An enterprise's "Phyle" tab: its charter for everyone, the editor for its stewards, its periods, and recording one for its treasurers. */
export function PhylePage() {
  const { org } = useOrg();
  useTitle(`Phyle · ${org.name}`);
  const path = { slug: org.slug };
  const view = useQuery(apiQuery("/api/organizations/{slug}/phyle-charter", { path }));
  const periods = useInfiniteQuery(apiPages("/api/organizations/{slug}/phyle-periods", { path, query: { limit: 20 } }));
  const [editing, setEditing] = useState(false);

  if (view.isPending) return <Loading label="Loading the charter…" />;
  if (!view.data) return <LoadError error={view.error} retry={() => void view.refetch()} />;
  const { charter, viewer } = view.data;

  return (
    <div className="phyle">
      <div className="page-head">
        <div>
          <h2>Phyle</h2>
          <p className="lede">
            A phyle is an enterprise whose members are commoners and which commits part of what it earns to the commons it builds on.
          </p>
        </div>
        {viewer.canEditCharter && charter && !editing ? (
          <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
            Amend the charter
          </button>
        ) : null}
      </div>
      {!charter && !viewer.canEditCharter ? <Empty title={`${org.name} has not adopted a phyle charter.`} /> : null}
      {viewer.canEditCharter && (!charter || editing) ? (
        <section className="section" aria-labelledby="charter-edit-title">
          <h3 id="charter-edit-title">{charter ? "Amend the charter" : "Adopt a charter"}</h3>
          <CharterForm slug={org.slug} charter={charter} onSaved={() => setEditing(false)} />
          {charter ? (
            <button type="button" className="button button--secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          ) : null}
        </section>
      ) : null}
      <CharterSummary view={view.data} />
      {charter ? (
        <p>
          <Link to={`/orgs/${org.slug}/value`}>The phyle's value equation and distributions</Link> share what it sets aside among the
          contributors to the commons it commits to.
        </p>
      ) : null}
      {charter ? <Periods slug={org.slug} charter={charter} canRecord={viewer.canRecordPeriods} periods={periods} /> : null}
    </div>
  );
}
