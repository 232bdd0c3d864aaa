import { useState } from "react";
import { Link } from "react-router";
import { phyleApi } from "../../api/phyles.ts";
import { LoadMore } from "../../components/LoadMore.tsx";
import { CharterForm } from "../../components/phyles/CharterForm.tsx";
import { CharterSummary } from "../../components/phyles/CharterSummary.tsx";
import { PeriodForm } from "../../components/phyles/PeriodForm.tsx";
import { PeriodsTable } from "../../components/phyles/PeriodsTable.tsx";
import { Empty, LoadError, Loading } from "../../components/States.tsx";
import { usePaged, useResource, useTitle } from "../../hooks.ts";
import type { Charter } from "../../types/phyles.ts";
import { useOrg } from "../OrgLayout.tsx";
import "../../styles/treasury.css";
import "../../styles/phyles.css";

function Periods({ slug, charter, canRecord }: { slug: string; charter: Charter; canRecord: boolean }) {
  const [version, setVersion] = useState(0);
  const periods = usePaged(`phyle-periods:${slug}:${version}`, (cursor) =>
    phyleApi.periods(slug, { cursor: cursor ?? undefined, limit: 20 }),
  );
  return (
    <>
      {canRecord ? (
        <section className="section" aria-labelledby="record-title">
          <h3 id="record-title">Record a period</h3>
          <PeriodForm slug={slug} charter={charter} onRecorded={() => setVersion((v) => v + 1)} />
        </section>
      ) : null}
      <section className="section" aria-labelledby="periods-title">
        <h3 id="periods-title">Periods</h3>
        {periods.loading && periods.items.length === 0 ? (
          <Loading label="Loading the periods…" />
        ) : periods.error && periods.items.length === 0 ? (
          <LoadError error={periods.error} />
        ) : periods.items.length === 0 ? (
          <Empty title="No period recorded yet." />
        ) : (
          <>
            <PeriodsTable periods={periods.items} />
            <LoadMore paged={periods} />
          </>
        )}
      </section>
    </>
  );
}

/** An enterprise's "Phyle" tab: its charter for everyone, the editor for its stewards, its periods, and recording one for its treasurers. */
export function PhylePage() {
  const { org } = useOrg();
  useTitle(`Phyle · ${org.name}`);
  const view = useResource(`phyle-charter:${org.slug}`, () => phyleApi.charter(org.slug));
  const [editing, setEditing] = useState(false);

  if (view.loading && !view.data) return <Loading label="Loading the charter…" />;
  if (!view.data) return view.error ? <LoadError error={view.error} retry={view.reload} /> : null;
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
          <CharterForm
            slug={org.slug}
            charter={charter}
            onSaved={() => {
              setEditing(false);
              view.reload();
            }}
          />
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
      {charter ? <Periods slug={org.slug} charter={charter} canRecord={viewer.canRecordPeriods} /> : null}
    </div>
  );
}
