import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { Link, useSearchParams } from "react-router";
import type { ApiError } from "../../api/client.ts";
import { apiQuery } from "../../api/query.ts";
import type { CommonsFlows } from "../../api/schema.ts";
import { Field } from "../../components/Field.tsx";
import { FormAlert } from "../../components/FormAlert.tsx";
import { FlowsTables } from "../../components/phyles/FlowsTables.tsx";
import { activeKinds, currenciesOf, flowChartData } from "../../components/phyles/flowData.ts";
import { FLOW_INTERVAL_LABEL, FLOW_INTERVALS } from "../../components/phyles/format.ts";
import { Empty, LoadError, Loading } from "../../components/States.tsx";
import { mapProblem } from "../../form.ts";
import { formatDate, isKeyOf } from "../../format.ts";
import { useTitle } from "../../hooks.ts";
import { useCommons } from "../commons/CommonsLayout.tsx";
import "../../styles/treasury.css";
import "../../styles/phyles.css";

const FlowsChart = lazy(() => import("../../components/phyles/FlowsChart.tsx"));
function Picker({ flows, problem }: { flows: CommonsFlows | undefined; problem: ApiError | null }) {
  const [params, setParams] = useSearchParams();
  const { fields, summary } = mapProblem(problem?.type === "validation" ? problem : null, ["from", "to", "interval"]);
  return (
    <form
      className="period-form"
      noValidate
      aria-label="Window"
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
        <Field label="From" name="from" type="date" defaultValue={params.get("from") ?? flows?.from ?? ""} error={fields.from} />
        <Field label="To" name="to" type="date" defaultValue={params.get("to") ?? flows?.to ?? ""} error={fields.to} />
        <Field
          as="select"
          label="Per"
          name="interval"
          defaultValue={params.get("interval") ?? flows?.interval ?? "month"}
          error={fields.interval}
        >
          {FLOW_INTERVALS.map((i) => (
            <option key={i} value={i}>
              {FLOW_INTERVAL_LABEL[i].toLowerCase()}
            </option>
          ))}
        </Field>
        <div className="form-row-action">
          <button type="submit" className="button button--secondary">
            Show
          </button>
        </div>
      </div>
    </form>
  );
}

function Loop({ flows }: { flows: CommonsFlows }) {
  const currencies = currenciesOf(flows);
  const [chosen, setChosen] = useState(currencies[0] ?? "");
  const currency = currencies.includes(chosen) ? chosen : (currencies[0] ?? "");
  if (!currency) return <Empty title={`Nothing flowed in or out from ${formatDate(flows.from)} to ${formatDate(flows.to)}.`} />;
  const inKinds = activeKinds(flows, currency, "in");
  const outKinds = activeKinds(flows, currency, "out");
  const keys = [...inKinds, ...outKinds].map((k) => k.key);
  return (
    <>
      {currencies.length > 1 ? (
        <label className="inline-field">
          Currency{" "}
          <select value={currency} onChange={(e) => setChosen(e.target.value)}>
            {currencies.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
      ) : null}
      <figure className="chart-figure">
        <Suspense fallback={<Loading label="Loading the chart…" />}>
          <FlowsChart
            data={flowChartData(flows, currency, keys)}
            currency={currency}
            inKeys={inKinds.map((k) => k.key)}
            outKeys={outKinds.map((k) => k.key)}
          />
        </Suspense>
        <figcaption className="muted small">
          In and out per {flows.interval}, stacked by kind; the tables below give the same figures.
        </figcaption>
      </figure>
      <FlowsTables flows={flows} currency={currency} />
    </>
  );
}

/** A commons' "Feedback loop" tab: value flowing in and out, per period, with where each flow is counted. */
export function FlowsPage() {
  const { commons } = useCommons();
  useTitle(`Feedback loop · ${commons.title}`);
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
          <h2>Feedback loop</h2>
          <p className="lede">
            What flows back into this commons from those who build on it, and what flows out to the people and infrastructure that keep it.
          </p>
        </div>
        <a className="button button--secondary" href={`/api/commons/${encodeURIComponent(commons.slug)}/valueflows.jsonld`} download>
          Download as ValueFlows (JSON-LD)
        </a>
      </div>
      <Picker flows={flows.data} problem={flows.error ?? null} />
      {steward ? (
        <p className="muted small">
          Reciprocity and phyle commitments are this commons' own, in the books of <Link to={`/orgs/${steward.slug}`}>{steward.name}</Link>.
          Sponsorships, donations, grants and infrastructure spending are {steward.name}'s{" "}
          {steward.commonsStewarded === 1
            ? "for the one commons it stewards, this one"
            : `for all the ${steward.commonsStewarded} commons it stewards, not this one alone`}
          .
        </p>
      ) : flows.data ? (
        <p className="muted small">This commons has no steward association, so only its distributions appear here.</p>
      ) : null}
      {flows.isPending ? (
        <Loading label="Loading the feedback loop…" />
      ) : flows.data ? (
        <Loop flows={flows.data} />
      ) : flows.error && flows.error.type !== "validation" ? (
        <LoadError error={flows.error} retry={() => void flows.refetch()} />
      ) : null}
    </div>
  );
}
