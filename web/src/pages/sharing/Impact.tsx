import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { lazy, type ReactNode, Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router";
import { apiQuery } from "../../api/query.ts";
import type { components } from "../../api/schema.gen.ts";
import { Field } from "../../components/Field.tsx";
import { Empty, LoadError, Loading } from "../../components/States.tsx";
import type { ImpactBar } from "../../components/sharing/ImpactChart.tsx";
import { BackToLibrary, WithLibrary } from "../../components/sharing/LibraryFrame.tsx";
import type { Library } from "../../components/sharing/labels.ts";
import { libraryQuery } from "../../components/sharing/queries.ts";
import { TableScroll } from "../../components/TableScroll.tsx";
import { formatMoney } from "../../components/treasury/money.ts";
import { formatHours, formatNumber, formatPeriodStart, labels } from "../../format.ts";
import { useTitle } from "../../hooks.ts";
import { perLocale } from "../../i18n/intl.ts";

const ImpactChart = lazy(() => import("../../components/sharing/ImpactChart.tsx"));

type Impact = components["schemas"]["LibraryImpact"];
type Bucket = Impact["loansPerMember"][number]["bucket"];

const BUCKET_LABEL = labels<Bucket>({
  "1": "sharing.impact.bucket.one",
  "2-5": "sharing.impact.bucket.twoToFive",
  "6-20": "sharing.impact.bucket.sixToTwenty",
  "21+": "sharing.impact.bucket.moreThanTwenty",
});

const percentFormat = perLocale((l) => new Intl.NumberFormat(l, { style: "percent", maximumFractionDigits: 0 }));
const percent = (share: number) => percentFormat().format(share);
const monthName = (month: string) => formatPeriodStart(`${month}-01`, "month");
const MONTH_RE = /^\d{4}-\d{2}$/;

function Chart({ rows, format, name, share }: { rows: ImpactBar[]; format: (v: number) => string; name: string; share?: boolean }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <Suspense fallback={<Loading label={t("sharing.impact.loadingChart")} />}>
      <ImpactChart rows={rows} format={format} name={name} share={share} />
    </Suspense>
  );
}

/** A section: its figures (and chart) beside the method that produced them, printed in full. */
function ImpactSection({ id, title, methods, children }: { id: string; title: string; methods: string[]; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="card section impact-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="impact-columns">
        <div className="impact-figures">{children}</div>
        <aside className="impact-method" aria-label={t("sharing.impact.methodFor", { title })}>
          <h3>{t("sharing.impact.method")}</h3>
          {methods.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </aside>
      </div>
    </section>
  );
}

/** One figure: the value (a range when it is an estimate), then what it was counted from. */
function Figure({ value, sample }: { value: string; sample: ReactNode }) {
  return (
    <div className="impact-figure">
      <p className="impact-value">{value}</p>
      <p className="impact-sample">{sample}</p>
    </div>
  );
}

function WindowPicker({ from, to, onChange }: { from: string; to: string; onChange: (from: string, to: string) => void }) {
  const { t } = useTranslation();
  const [a, setA] = useState(from);
  const [b, setB] = useState(to);
  useEffect(() => {
    setA(from);
    setB(to);
  }, [from, to]);
  return (
    <search className="impact-window">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onChange(a, b);
        }}
      >
        <Field label={t("sharing.impact.fromMonth")} name="from" type="month" value={a} onChange={(e) => setA(e.target.value)} />
        <Field
          label={t("sharing.impact.toMonth")}
          name="to"
          type="month"
          value={b}
          min={a || undefined}
          onChange={(e) => setB(e.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t("sharing.impact.show")}
          </button>
        </div>
      </form>
    </search>
  );
}

function ImpactView({ impact }: { impact: Impact }) {
  const { t } = useTranslation();
  const a = impact.avoided;
  const people = impact.loansPerMember.reduce((sum, b) => sum + b.people, 0);
  return (
    <>
      <ImpactSection id="impact-loans" title={t("sharing.impact.loans.title")} methods={[impact.method.utilisation]}>
        <Figure value={t("sharing.impact.loans.count", { loans: impact.loans })} sample={t("sharing.impact.loans.sample")} />
        <Chart
          rows={impact.months.map((m) => ({ label: monthName(m.month), value: m.loans }))}
          format={(v) => formatNumber(v)}
          name={t("sharing.impact.loans.column")}
        />
        {impact.months.length ? (
          <TableScroll label={t("sharing.impact.months.caption")}>
            <table className="data-table">
              <caption className="visually-hidden">{t("sharing.impact.months.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("sharing.impact.months.month")}</th>
                  <th scope="col" className="num">
                    {t("sharing.impact.loans.column")}
                  </th>
                  <th scope="col" className="num">
                    {t("sharing.impact.months.hours")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {impact.months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{monthName(m.month)}</th>
                    <td className="num">{formatNumber(m.loans)}</td>
                    <td className="num">{formatHours(m.hours)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : null}
      </ImpactSection>

      <ImpactSection id="impact-use" title={t("sharing.impact.use.title")} methods={[impact.method.utilisation, impact.method.people]}>
        <Chart
          rows={impact.perType.map((r) => ({ label: r.resourceName, value: r.utilisation }))}
          format={percent}
          name={t("sharing.impact.use.utilisation")}
          share
        />
        {impact.perType.length ? (
          <TableScroll label={t("sharing.impact.use.perType")}>
            <table className="data-table">
              <caption className="visually-hidden">{t("sharing.impact.use.perType")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("sharing.impact.use.resource")}</th>
                  <th scope="col" className="num">
                    {t("sharing.impact.use.units")}
                  </th>
                  <th scope="col" className="num">
                    {t("sharing.impact.loans.column")}
                  </th>
                  <th scope="col" className="num">
                    {t("sharing.impact.use.utilisation")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {impact.perType.map((r) => (
                  <tr key={r.resource}>
                    <th scope="row">{r.resourceName}</th>
                    <td className="num">{formatNumber(r.units)}</td>
                    <td className="num">{formatNumber(r.loans)}</td>
                    <td className="num">{percent(r.utilisation)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : (
          <Empty title={t("sharing.impact.use.none")} />
        )}
        {impact.perUnit.length ? (
          <TableScroll label={t("sharing.impact.use.perUnit")}>
            <table className="data-table">
              <caption className="visually-hidden">{t("sharing.impact.use.perUnit")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("sharing.impact.use.unit")}</th>
                  <th scope="col">{t("sharing.impact.use.resource")}</th>
                  <th scope="col" className="num">
                    {t("sharing.impact.loans.column")}
                  </th>
                  <th scope="col" className="num">
                    {t("sharing.impact.use.people")}
                  </th>
                  <th scope="col" className="num">
                    {t("sharing.impact.use.utilisation")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {impact.perUnit.map((u) => (
                  <tr key={u.id}>
                    <th scope="row">{u.code}</th>
                    <td>{u.resourceName}</td>
                    <td className="num">{formatNumber(u.loans)}</td>
                    <td className="num">{formatNumber(u.people)}</td>
                    <td className="num">{percent(u.utilisation)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : null}
        {impact.neverBorrowed.length ? (
          <p>
            {t("sharing.impact.use.neverBorrowed", { units: impact.neverBorrowed.map((u) => `${u.code} (${u.resourceName})`).join(", ") })}
          </p>
        ) : null}
      </ImpactSection>

      <ImpactSection id="impact-people" title={t("sharing.impact.people.title")} methods={[impact.method.people]}>
        <Figure value={t("sharing.impact.people.count", { people })} sample={t("sharing.impact.people.sample")} />
        <Chart
          rows={impact.loansPerMember.map((b) => ({ label: BUCKET_LABEL[b.bucket], value: b.people }))}
          format={(v) => formatNumber(v)}
          name={t("sharing.impact.people.column")}
        />
        <TableScroll label={t("sharing.impact.people.caption")}>
          <table className="data-table">
            <caption className="visually-hidden">{t("sharing.impact.people.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("sharing.impact.people.loans")}</th>
                <th scope="col" className="num">
                  {t("sharing.impact.people.column")}
                </th>
              </tr>
            </thead>
            <tbody>
              {impact.loansPerMember.map((b) => (
                <tr key={b.bucket}>
                  <th scope="row">{BUCKET_LABEL[b.bucket]}</th>
                  <td className="num">{formatNumber(b.people)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </ImpactSection>

      <ImpactSection
        id="impact-avoided"
        title={t("sharing.impact.avoided.title")}
        methods={[impact.method.avoided, impact.method.money, impact.method.co2]}
      >
        {a.purchaseRate ? (
          <Figure
            value={t("sharing.impact.avoided.rate", { low: percent(a.purchaseRate.low), high: percent(a.purchaseRate.high) })}
            sample={t("sharing.impact.avoided.rateSample", { answers: a.answers, bought: a.wouldHaveBought, rented: a.wouldHaveRented })}
          />
        ) : (
          <Figure
            value={t("sharing.impact.avoided.noAnswers")}
            sample={t("sharing.impact.avoided.rateSample", { answers: 0, bought: 0, rented: 0 })}
          />
        )}
        {a.moneySaved ? (
          <Figure
            value={t("sharing.impact.avoided.money", {
              low: formatMoney(a.moneySaved.low, a.moneySaved.currency),
              high: formatMoney(a.moneySaved.high, a.moneySaved.currency),
            })}
            sample={t("sharing.impact.avoided.moneySample", { loans: a.moneySaved.loansPriced, answers: a.answers })}
          />
        ) : null}
        {a.co2Kg ? (
          <Figure
            value={t("sharing.impact.avoided.co2", { low: formatNumber(a.co2Kg.low), high: formatNumber(a.co2Kg.high) })}
            sample={t("sharing.impact.avoided.co2Sample", {
              loans: a.co2Kg.loansWithFactor,
              answers: a.answers,
              sources: a.co2Kg.sources.join("; "),
            })}
          />
        ) : (
          <p className="muted">{t("sharing.impact.avoided.noCo2")}</p>
        )}
      </ImpactSection>

      {impact.cars ? (
        <ImpactSection id="impact-cars" title={t("sharing.impact.cars.title")} methods={[impact.method.cars]}>
          <Figure
            value={
              impact.cars.carsReplacedPerSharedCar === null
                ? t("sharing.impact.cars.noSharedCars")
                : t("sharing.impact.cars.ratio", { ratio: formatNumber(impact.cars.carsReplacedPerSharedCar) })
            }
            sample={t("sharing.impact.cars.sample", {
              answers: impact.cars.answers,
              round: String(impact.cars.round),
              givenUp: impact.cars.carsGivenUp,
              notBought: impact.cars.carsNotBought,
              shared: impact.cars.sharedCars,
            })}
          />
        </ImpactSection>
      ) : null}
    </>
  );
}

function ImpactOfLibrary({
  library,
  impact,
  onWindow,
}: {
  library: Library;
  impact: ReturnType<typeof useImpact>;
  onWindow: (from: string, to: string) => void;
}) {
  const { t } = useTranslation();
  useTitle(t("sharing.impact.pageTitle", { library: library.name }));
  const data = impact.data;
  return (
    <div className="page sharing-impact">
      <BackToLibrary library={library} />
      <header className="page-head">
        <div>
          <p className="eyebrow">{t("sharing.impact.eyebrow")}</p>
          <h1>{t("sharing.impact.title", { library: library.name })}</h1>
          <p className="lede">{t("sharing.impact.lede")}</p>
        </div>
      </header>
      {impact.isPending ? (
        <Loading label={t("sharing.impact.loading")} />
      ) : !data ? (
        impact.error ? (
          <LoadError error={impact.error} retry={() => void impact.refetch()} />
        ) : null
      ) : (
        <div aria-busy={impact.isFetching || undefined}>
          <WindowPicker from={data.window.from} to={data.window.to} onChange={onWindow} />
          {impact.error ? <LoadError error={impact.error} retry={() => void impact.refetch()} /> : null}
          <p className="impact-period" aria-live="polite">
            {data.window.from === data.window.to
              ? t("sharing.impact.oneMonth", { month: monthName(data.window.from) })
              : t("sharing.impact.window", { from: monthName(data.window.from), to: monthName(data.window.to) })}
          </p>
          <ImpactView impact={data} />
        </div>
      )}
    </div>
  );
}

function useImpact(slug: string, from: string | undefined, to: string | undefined) {
  const query: { from?: string; to?: string } = {};
  if (from) query.from = from;
  if (to) query.to = to;
  return useQuery({ ...apiQuery("/api/libraries/{slug}/impact", { path: { slug }, query }), placeholderData: keepPreviousData });
}

/** What sharing did at a library (/libraries/:slug/impact?from=&to=): public figures, each with what it was counted from and how. */
export function ImpactPage() {
  const { slug = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const from = params.get("from");
  const to = params.get("to");
  const library = useQuery(libraryQuery(slug));
  const impact = useImpact(slug, from && MONTH_RE.test(from) ? from : undefined, to && MONTH_RE.test(to) ? to : undefined);
  const onWindow = (f: string, t: string) => {
    const next = new URLSearchParams();
    if (MONTH_RE.test(f)) next.set("from", f);
    if (MONTH_RE.test(t)) next.set("to", t);
    setParams(next, { replace: true });
  };
  return <WithLibrary library={library}>{(l) => <ImpactOfLibrary library={l} impact={impact} onWindow={onWindow} />}</WithLibrary>;
}
