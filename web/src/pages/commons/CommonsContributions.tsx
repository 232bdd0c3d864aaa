import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { apiPages } from "../../api/query.ts";
import { ContributionItem } from "../../components/commons/ContributionItem.tsx";
import { CONTRIBUTION_TYPES, STATUS_FILTERS, type StatusFilter } from "../../components/commons/labels.ts";
import { useQueryParams } from "../../components/commons/useQueryParams.ts";
import { Field } from "../../components/Field.tsx";
import { UpstreamOffers } from "../../components/federation/UpstreamOffers.tsx";
import { QueryList } from "../../components/QueryList.tsx";
import { Empty } from "../../components/States.tsx";
import { CONTRIBUTION_TYPE_LABEL, isKeyOf } from "../../format.ts";
import { useTitle } from "../../hooks.ts";
import { useSession } from "../../session.tsx";
import { useCommons } from "./CommonsLayout.tsx";

export function CommonsContributionsPage() {
  const { t } = useTranslation();
  const { commons } = useCommons();
  const { me } = useSession();
  useTitle(t("contributions.tab.pageTitle", { commons: commons.title }));
  const params = useQueryParams();
  const statusParam = params.get("status");
  const status: StatusFilter = isKeyOf(STATUS_FILTERS, statusParam) ? statusParam : "open";
  const typeParam = params.get("type");
  const type = isKeyOf(CONTRIBUTION_TYPE_LABEL, typeParam) ? typeParam : "";
  const statuses = STATUS_FILTERS[status].statuses.join(",");
  const list = useInfiniteQuery(
    apiPages("/api/contributions", {
      query: { commons: commons.slug, status: statuses || undefined, type: type || undefined, limit: 20 },
    }),
  );

  return (
    <>
      <section className="section" aria-labelledby="contributions-title">
        <div className="section-head">
          <h2 id="contributions-title">{t("contributions.tab.title")}</h2>
          {me ? (
            <Link to={`/commons/${commons.slug}/propose`} className="button button--secondary">
              {t("contributions.tab.propose")}
            </Link>
          ) : null}
        </div>
        <search className="filters">
          <form className="filters-form filters-form--even" onSubmit={(e) => e.preventDefault()}>
            <Field
              as="select"
              label={t("contributions.tab.status")}
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
            <Field
              as="select"
              label={t("contributions.tab.type")}
              name="type"
              value={type}
              onChange={(e) => params.update({ type: e.target.value })}
            >
              <option value="">{t("contributions.tab.allTypes")}</option>
              {CONTRIBUTION_TYPES.map((value) => (
                <option key={value} value={value}>
                  {CONTRIBUTION_TYPE_LABEL[value]}
                </option>
              ))}
            </Field>
          </form>
        </search>
        <QueryList
          query={list}
          loading={t("contributions.tab.loading")}
          empty={
            <Empty title={status === "open" && !type ? t("contributions.tab.nothingWaiting") : t("contributions.tab.noMatch")}>
              {status !== "all" || type ? (
                <button type="button" className="button button--secondary" onClick={() => params.update({ status: "all", type: "" })}>
                  {t("contributions.tab.showAll")}
                </button>
              ) : null}
            </Empty>
          }
        >
          {(items) => (
            <ul className="contribution-list">
              {items.map((c) => (
                <ContributionItem key={c.id} c={c} />
              ))}
            </ul>
          )}
        </QueryList>
      </section>
      {commons.forkedFromElsewhere ? <UpstreamOffers slug={commons.slug} /> : null}
    </>
  );
}
