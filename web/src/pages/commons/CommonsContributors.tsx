import { useQuery } from "@tanstack/react-query";
import { apiQuery } from "../../api/query.ts";
import { ContributorsTable } from "../../components/commons/ContributorsTable.tsx";
import { PeriodPicker, type PeriodValue } from "../../components/commons/PeriodPicker.tsx";
import { useQueryParams } from "../../components/commons/useQueryParams.ts";
import { WhoWrites } from "../../components/commons/WhoWrites.tsx";
import { LoadError, Loading } from "../../components/States.tsx";
import { formatDate, INTERVAL_LABEL, isKeyOf } from "../../format.ts";
import { useTitle } from "../../hooks.ts";
import { useCommons } from "./CommonsLayout.tsx";

function periodText(from: string, to: string): string {
  if (from && to) return `${formatDate(from)} – ${formatDate(to)}`;
  if (from) return `since ${formatDate(from)}`;
  if (to) return `until ${formatDate(to)}`;
  return "all time";
}

export function CommonsContributorsPage() {
  const { commons } = useCommons();
  useTitle(`Contributors · ${commons.title}`);
  const params = useQueryParams();
  const intervalParam = params.get("interval");
  const period: PeriodValue = {
    from: params.get("from"),
    to: params.get("to"),
    interval: isKeyOf(INTERVAL_LABEL, intervalParam) ? intervalParam : "month",
  };
  const q = { from: period.from || undefined, to: period.to || undefined };
  const path = { slug: commons.slug };
  // The report and the people load side by side.
  const credit = useQuery(apiQuery("/api/commons/{slug}/credit", { path, query: { ...q, interval: period.interval } }));
  const people = useQuery(apiQuery("/api/commons/{slug}/contributors", { path, query: { ...q, limit: 100 } }));
  const invalid = credit.error?.type === "validation";

  return (
    <>
      <section className="section" aria-labelledby="who-title">
        <h2 id="who-title">Who writes this commons</h2>
        <p className="section-intro">
          Accepted contributions, {periodText(period.from, period.to)}, by who paid for the work: an enterprise the contributor was
          affiliated with on the day, nobody (volunteer), or not known.
        </p>
        <PeriodPicker
          value={period}
          problem={credit.error ?? undefined}
          onChange={(v) => params.update({ from: v.from, to: v.to, interval: v.interval === "month" ? "" : v.interval })}
        />
        <div aria-live="polite" aria-busy={credit.isFetching}>
          {credit.isPending ? (
            <Loading label="Loading the report…" />
          ) : credit.error && !invalid ? (
            <LoadError error={credit.error} retry={() => void credit.refetch()} />
          ) : credit.data && !invalid ? (
            <WhoWrites report={credit.data} />
          ) : null}
        </div>
      </section>
      <section className="section" aria-labelledby="people-title">
        <h2 id="people-title">Contributors</h2>
        {people.isPending ? (
          <Loading label="Loading contributors…" />
        ) : people.error ? (
          invalid ? null : (
            <LoadError error={people.error} retry={() => void people.refetch()} />
          )
        ) : (
          <ContributorsTable items={people.data?.items ?? []} />
        )}
      </section>
    </>
  );
}
