import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { apiQuery } from "../../api/query.ts";
import { ContributorsTable } from "../../components/commons/ContributorsTable.tsx";
import { PeriodPicker, type PeriodValue } from "../../components/commons/PeriodPicker.tsx";
import { useQueryParams } from "../../components/commons/useQueryParams.ts";
import { WhoWrites } from "../../components/commons/WhoWrites.tsx";
import { LoadError, Loading } from "../../components/States.tsx";
import { formatDate, INTERVAL_LABEL, isKeyOf } from "../../format.ts";
import { useTitle } from "../../hooks.ts";
import { useCommons } from "./CommonsLayout.tsx";

/** The period a report covers, as the arguments of "contributions.contributors.whoIntro". */
function periodValues(from: string, to: string) {
  const period = from && to ? "range" : from ? "since" : to ? "until" : "all";
  return { period, from: from ? formatDate(from) : "", to: to ? formatDate(to) : "" };
}

export function CommonsContributorsPage() {
  const { t } = useTranslation();
  const { commons } = useCommons();
  useTitle(t("contributions.contributors.pageTitle", { commons: commons.title }));
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
        <h2 id="who-title">{t("contributions.contributors.whoTitle")}</h2>
        <p className="section-intro">{t("contributions.contributors.whoIntro", periodValues(period.from, period.to))}</p>
        <PeriodPicker
          value={period}
          problem={credit.error ?? undefined}
          onChange={(v) => params.update({ from: v.from, to: v.to, interval: v.interval === "month" ? "" : v.interval })}
        />
        <div aria-live="polite" aria-busy={credit.isFetching}>
          {credit.isPending ? (
            <Loading label={t("contributions.contributors.loadingReport")} />
          ) : credit.error && !invalid ? (
            <LoadError error={credit.error} retry={() => void credit.refetch()} />
          ) : credit.data && !invalid ? (
            <WhoWrites report={credit.data} />
          ) : null}
        </div>
      </section>
      <section className="section" aria-labelledby="people-title">
        <h2 id="people-title">{t("contributions.contributors.title")}</h2>
        {people.isPending ? (
          <Loading label={t("contributions.contributors.loading")} />
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
