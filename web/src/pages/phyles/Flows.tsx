import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { ApiError } from "../../api/client.ts";
import { apiQuery } from "../../api/query.ts";
import type { CommonsFlows } from "../../api/schema.ts";
import { Field } from "../../components/Field.tsx";
import { FormAlert } from "../../components/FormAlert.tsx";
import { FlowsTables } from "../../components/phyles/FlowsTables.tsx";
import { activeKinds, currenciesOf, flowChartData } from "../../components/phyles/flowData.ts";
import { FLOW_INTERVAL_LABEL, FLOW_INTERVAL_WORD, FLOW_INTERVALS } from "../../components/phyles/format.ts";
import { Empty, LoadError, Loading } from "../../components/States.tsx";
import { mapProblem } from "../../form.ts";
import { formatDate, isKeyOf } from "../../format.ts";
import { useTitle } from "../../hooks.ts";
import { useCommons } from "../commons/CommonsLayout.tsx";
import "../../styles/treasury.css";
import "../../styles/phyles.css";

const FlowsChart = lazy(() => import("../../components/phyles/FlowsChart.tsx"));
function Picker({ flows, problem }: { flows: CommonsFlows | undefined; problem: ApiError | null }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { fields, summary } = mapProblem(problem?.type === "validation" ? problem : null, ["from", "to", "interval"]);
  return (
    <form
      className="period-form"
      noValidate
      aria-label={t("phyles.flows.windowLabel")}
      key={`${flows?.from}:${flows?.to}:${flows?.interval}`}
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const next = new URLSearchParams();
        for (const k of ["from", "to", "interval"]) {
          const v = String(data.get(k) ?? "");
          if (v) next.set(k, v);
        }
        setParams(next, { replace: true });
      }}
    >
      <FormAlert messages={summary} />
      <div className="form-row">
        <Field
          label={t("phyles.flows.from")}
          name="from"
          type="date"
          defaultValue={params.get("from") ?? flows?.from ?? ""}
          error={fields.from}
        />
        <Field label={t("phyles.flows.to")} name="to" type="date" defaultValue={params.get("to") ?? flows?.to ?? ""} error={fields.to} />
        <Field
          as="select"
          label={t("phyles.flows.per")}
          name="interval"
          defaultValue={params.get("interval") ?? flows?.interval ?? "month"}
          error={fields.interval}
        >
          {FLOW_INTERVALS.map((i) => (
            <option key={i} value={i}>
              {FLOW_INTERVAL_WORD[i]}
            </option>
          ))}
        </Field>
        <div className="form-row-action">
          <button type="submit" className="button button--secondary">
            {t("phyles.flows.show")}
          </button>
        </div>
      </div>
    </form>
  );
}

function Loop({ flows }: { flows: CommonsFlows }) {
  const { t } = useTranslation();
  const currencies = currenciesOf(flows);
  const [chosen, setChosen] = useState(currencies[0] ?? "");
  const currency = currencies.includes(chosen) ? chosen : (currencies[0] ?? "");
  if (!currency) return <Empty title={t("phyles.flows.nothing", { from: formatDate(flows.from), to: formatDate(flows.to) })} />;
  const inKinds = activeKinds(flows, currency, "in");
  const outKinds = activeKinds(flows, currency, "out");
  const keys = [...inKinds, ...outKinds].map((k) => k.key);
  return (
    <>
      {currencies.length > 1 ? (
        <label className="inline-field">
          {t("phyles.flows.currency")}{" "}
          <select value={currency} onChange={(e) => setChosen(e.target.value)}>
            {currencies.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
      ) : null}
      <figure className="chart-figure">
        <Suspense fallback={<Loading label={t("phyles.flows.loadingChart")} />}>
          <FlowsChart
            data={flowChartData(flows, currency, keys)}
            currency={currency}
            inKeys={inKinds.map((k) => k.key)}
            outKeys={outKinds.map((k) => k.key)}
          />
        </Suspense>
        <figcaption className="muted small">{t("phyles.flows.chartCaption", { interval: FLOW_INTERVAL_WORD[flows.interval] })}</figcaption>
      </figure>
      <FlowsTables flows={flows} currency={currency} />
    </>
  );
}

/** A commons' "Feedback loop" tab: value flowing in and out, per period, with where each flow is counted. */
export function FlowsPage() {
  const { t } = useTranslation();
  const { commons } = useCommons();
  useTitle(t("phyles.flows.pageTitle", { commons: commons.title }));
  const [params] = useSearchParams();
  const interval = params.get("interval");
  const query = {
    from: params.get("from") ?? undefined,
    to: params.get("to") ?? undefined,
    interval: isKeyOf(FLOW_INTERVAL_LABEL, interval) ? interval : undefined,
  };
  const flows = useQuery(apiQuery("/api/commons/{slug}/flows", { path: { slug: commons.slug }, query }));
  const steward = flows.data?.steward;

  return (
    <div className="phyle-flows">
      <div className="page-head">
        <div>
          <h2>{t("phyles.flows.heading")}</h2>
          <p className="lede">{t("phyles.flows.lede")}</p>
        </div>
        <a className="button button--secondary" href={`/api/commons/${encodeURIComponent(commons.slug)}/valueflows.jsonld`} download>
          {t("phyles.flows.download")}
        </a>
      </div>
      <Picker flows={flows.data} problem={flows.error ?? null} />
      {steward ? (
        <p className="muted small">
          <Trans
            i18nKey="phyles.flows.stewardNote"
            values={{ steward: steward.name, count: steward.commonsStewarded }}
            components={{ a: <Link to={`/orgs/${steward.slug}`} /> }}
          />
        </p>
      ) : flows.data ? (
        <p className="muted small">{t("phyles.flows.noSteward")}</p>
      ) : null}
      {flows.isPending ? (
        <Loading label={t("phyles.flows.loading")} />
      ) : flows.data ? (
        <Loop flows={flows.data} />
      ) : flows.error && flows.error.type !== "validation" ? (
        <LoadError error={flows.error} retry={() => void flows.refetch()} />
      ) : null}
    </div>
  );
}
