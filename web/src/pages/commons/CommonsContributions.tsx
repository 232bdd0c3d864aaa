import { Link } from "react-router";
import { api } from "../../api.ts";
import { ContributionItem } from "../../components/commons/ContributionItem.tsx";
import { useQueryParams } from "../../components/commons/useQueryParams.ts";
import { Field } from "../../components/Field.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { Empty, LoadError, Loading } from "../../components/States.tsx";
import { CONTRIBUTION_TYPE_LABEL } from "../../format.ts";
import { usePaged, useTitle } from "../../hooks.ts";
import { useSession } from "../../session.tsx";
import { CONTRIBUTION_TYPES, type ContributionType } from "../../types/commons.ts";
import { useCommons } from "./CommonsLayout.tsx";

/** The status filter's choices and the statuses each asks the API for. */
const STATUS_FILTERS = {
  open: { label: "Open (in review or conflicted)", statuses: "pending,conflicted" },
  accepted: { label: "Accepted", statuses: "accepted" },
  rejected: { label: "Rejected", statuses: "rejected" },
  withdrawn: { label: "Withdrawn", statuses: "withdrawn" },
  all: { label: "All", statuses: "" },
} as const;
type StatusFilter = keyof typeof STATUS_FILTERS;

const isStatusFilter = (v: string): v is StatusFilter => v in STATUS_FILTERS;
const isType = (v: string): v is ContributionType => (CONTRIBUTION_TYPES as readonly string[]).includes(v);

export function CommonsContributionsPage() {
  const { commons, version } = useCommons();
  const { me } = useSession();
  useTitle(`Contributions · ${commons.title}`);
  const params = useQueryParams();
  const statusParam = params.get("status");
  const status: StatusFilter = isStatusFilter(statusParam) ? statusParam : "open";
  const typeParam = params.get("type");
  const type = isType(typeParam) ? typeParam : "";
  const list = usePaged(`contributions:${commons.slug}:${status}:${type}:${version}`, (cursor) =>
    api.contributions({ commons: commons.slug, status: STATUS_FILTERS[status].statuses, type, cursor, limit: 20 }),
  );

  return (
    <section className="section" aria-labelledby="contributions-title">
      <div className="section-head">
        <h2 id="contributions-title">Contributions</h2>
        {me ? (
          <Link to={`/commons/${commons.slug}/propose`} className="button button--secondary">
            Propose a contribution
          </Link>
        ) : null}
      </div>
      <search className="filters">
        <form className="filters-form filters-form--even" onSubmit={(e) => e.preventDefault()}>
          <Field
            as="select"
            label="Status"
            name="status"
            value={status}
            onChange={(e) => params.update({ status: e.target.value === "open" ? "" : e.target.value })}
          >
            {Object.entries(STATUS_FILTERS).map(([value, f]) => (
              <option key={value} value={value}>
                {f.label}
              </option>
            ))}
          </Field>
          <Field as="select" label="Type" name="type" value={type} onChange={(e) => params.update({ type: e.target.value })}>
            <option value="">All types</option>
            {CONTRIBUTION_TYPES.map((t) => (
              <option key={t} value={t}>
                {CONTRIBUTION_TYPE_LABEL[t]}
              </option>
            ))}
          </Field>
        </form>
      </search>
      <div aria-live="polite" aria-busy={list.loading}>
        {list.loading ? (
          <Loading label="Loading contributions…" />
        ) : list.error && list.items.length === 0 ? (
          <LoadError error={list.error} retry={list.reload} />
        ) : list.items.length === 0 ? (
          <Empty title={status === "open" && !type ? "Nothing is waiting for review." : "No contributions match."}>
            {status !== "all" || type ? (
              <button type="button" className="button button--secondary" onClick={() => params.update({ status: "all", type: "" })}>
                Show all contributions
              </button>
            ) : null}
          </Empty>
        ) : (
          <>
            <ul className="contribution-list">
              {list.items.map((c) => (
                <ContributionItem key={c.id} c={c} />
              ))}
            </ul>
            <LoadMore paged={list} />
          </>
        )}
      </div>
    </section>
  );
}
