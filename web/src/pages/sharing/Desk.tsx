import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { useNow } from "../../clock.ts";
import { Field } from "../../components/Field.tsx";
import { Empty, LoadError, Loading } from "../../components/States.tsx";
import { CheckedButton, CheckInForm, CheckOutForm, ResolveForm } from "../../components/sharing/DeskForms.tsx";
import { dueText } from "../../components/sharing/due.ts";
import { BackToLibrary, WithLibrary } from "../../components/sharing/LibraryFrame.tsx";
import { type DeskDay, type DeskRow, type Library, SEVERITY_LABEL, UNIT_STATUS_LABEL } from "../../components/sharing/labels.ts";
import { deskQuery, libraryQuery } from "../../components/sharing/queries.ts";
import { addDays, describePeriod, formatDayFull, formatInstant, isDay } from "../../components/sharing/time.ts";
import { useTitle } from "../../hooks.ts";

function Section({ id, title, count, children }: { id: string; title: string; count: number; children: ReactNode }) {
  return (
    <section className="section sharing-desk-section" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="count">{count}</span>
      </h2>
      {children}
    </section>
  );
}

function Borrower({ row }: { row: DeskRow }) {
  return <Link to={`/people/${row.borrower.handle}`}>{row.borrower.name}</Link>;
}

function RowHead({ row }: { row: DeskRow }) {
  return (
    <h3 className="sharing-row-title">
      {row.resourceName} · <span className="sharing-code">{row.unitCode}</span>
    </h3>
  );
}

function Pickup({ row, timeZone }: { row: DeskRow; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <li className="card sharing-desk-row">
      <RowHead row={row} />
      <p>
        {t("sharing.desk.for")} <Borrower row={row} />
        {row.startsAt ? ` · ${describePeriod(row.startsAt, row.endsAt, timeZone)}` : ""}
      </p>
      {row.booking && row.status === "confirmed" ? (
        <CheckOutForm booking={row.booking} label={t("sharing.desk.checkOutLabel", { code: row.unitCode, name: row.borrower.name })} />
      ) : (
        <p className="muted">{t("sharing.desk.awaitingOwner")}</p>
      )}
    </li>
  );
}

function Return({ row, timeZone, overdue }: { row: DeskRow; timeZone: string; overdue: boolean }) {
  const { t } = useTranslation();
  return (
    <li className={overdue ? "card sharing-desk-row sharing-overdue" : "card sharing-desk-row"}>
      <RowHead row={row} />
      <p>
        {t("sharing.desk.with")} <Borrower row={row} /> ·{" "}
        {overdue ? (
          <strong className="sharing-overdue-text">{dueText(row.endsAt, timeZone, true, "desk")}</strong>
        ) : (
          dueText(row.endsAt, timeZone, false, "desk")
        )}
      </p>
      {row.loan ? (
        <CheckInForm loan={row.loan} label={t("sharing.desk.checkInLabel", { code: row.unitCode, name: row.borrower.name })} />
      ) : null}
    </li>
  );
}

function DeskView({ library, desk, fetching }: { library: Library; desk: DeskDay; fetching: boolean }) {
  const { t } = useTranslation();
  const now = useNow();
  const tz = library.timeZone;
  // A return due this day and already late is listed once, with the overdue loans.
  const overdueLoans = new Set(desk.overdue.map((r) => r.loan));
  const returns = desk.returns.filter((r) => !overdueLoans.has(r.loan));
  const overdue = desk.overdue;
  return (
    <div aria-busy={fetching || undefined}>
      <Section id="desk-pickups" title={t("sharing.desk.pickups")} count={desk.pickups.length}>
        {desk.pickups.length ? (
          <ul className="sharing-desk-list">
            {desk.pickups.map((row) => (
              <Pickup key={row.booking ?? row.unitCode} row={row} timeZone={tz} />
            ))}
          </ul>
        ) : (
          <Empty title={t("sharing.desk.noPickups")} />
        )}
      </Section>
      <Section id="desk-returns" title={t("sharing.desk.returns")} count={returns.length}>
        {returns.length ? (
          <ul className="sharing-desk-list">
            {returns.map((row) => (
              <Return key={row.loan ?? row.unitCode} row={row} timeZone={tz} overdue={new Date(row.endsAt).getTime() < now} />
            ))}
          </ul>
        ) : (
          <Empty title={t("sharing.desk.noReturns")} />
        )}
      </Section>
      <Section id="desk-overdue" title={t("sharing.desk.overdue")} count={overdue.length}>
        {overdue.length ? (
          <ul className="sharing-desk-list">
            {overdue.map((row) => (
              <Return key={row.loan ?? row.unitCode} row={row} timeZone={tz} overdue />
            ))}
          </ul>
        ) : (
          <Empty title={t("sharing.desk.noOverdue")} />
        )}
      </Section>
      <Section id="desk-held" title={t("sharing.desk.held")} count={desk.held.length}>
        {desk.held.length ? (
          <ul className="sharing-desk-list">
            {desk.held.map((unit) => (
              <li key={unit.id} className="card sharing-desk-row">
                <h3 className="sharing-row-title">
                  {unit.resourceName} · <span className="sharing-code">{unit.code}</span>
                </h3>
                <p>
                  <span className={`badge sharing-status--${unit.status}`}>{UNIT_STATUS_LABEL[unit.status]}</span>
                </p>
                {unit.status === "maintenance" ? (
                  <CheckedButton unit={unit.id} code={unit.code} />
                ) : (
                  <p className="muted">{t("sharing.desk.outUntilResolved")}</p>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <Empty title={t("sharing.desk.noneHeld")} />
        )}
      </Section>
      <Section id="desk-problems" title={t("sharing.desk.problems")} count={desk.problems.length}>
        {desk.problems.length ? (
          <ul className="sharing-desk-list">
            {desk.problems.map((p) => (
              <li key={p.id} className="card sharing-desk-row">
                <h3 className="sharing-row-title">
                  {p.resourceName} · <span className="sharing-code">{p.code}</span>
                </h3>
                <p>
                  <span className={`badge sharing-severity--${p.severity}`}>{SEVERITY_LABEL[p.severity]}</span>{" "}
                  <span className="muted small">{t("sharing.desk.reportedAt", { when: formatInstant(p.createdAt, tz) })}</span>
                </p>
                <p className="prose">{p.note}</p>
                {p.photo ? (
                  <p>
                    <a href={p.photo} rel="noopener noreferrer" target="_blank">
                      {t("sharing.desk.photo")}
                    </a>
                  </p>
                ) : null}
                <ResolveForm problem={p.id} label={t("sharing.desk.resolveLabel", { code: p.code })} />
              </li>
            ))}
          </ul>
        ) : (
          <Empty title={t("sharing.desk.noProblems")} />
        )}
      </Section>
    </div>
  );
}

/** The day to look at: the previous and next days, and any day by its date. */
function DayPicker({ day, onDay }: { day: string; onDay: (day: string | null) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(day);
  useEffect(() => setValue(day), [day]);
  return (
    <search className="sharing-day-picker">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (isDay(value)) onDay(value);
        }}
      >
        <Field label={t("sharing.desk.day")} name="day" type="date" value={value} onChange={(e) => setValue(e.target.value)} />
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t("sharing.desk.showDay")}
          </button>
          <button type="button" className="button button--secondary" onClick={() => onDay(addDays(day, -1))}>
            <span aria-hidden="true">← </span>
            {t("sharing.desk.previousDay")}
          </button>
          <button type="button" className="button button--secondary" onClick={() => onDay(addDays(day, 1))}>
            {t("sharing.desk.nextDay")}
            <span aria-hidden="true"> →</span>
          </button>
          <button type="button" className="button button--secondary" onClick={() => onDay(null)}>
            {t("sharing.desk.today")}
          </button>
        </div>
      </form>
    </search>
  );
}

function DeskOfLibrary({
  library,
  desk,
  onDay,
}: {
  library: Library;
  desk: ReturnType<typeof useDesk>;
  onDay: (day: string | null) => void;
}) {
  const { t } = useTranslation();
  useTitle(t("sharing.desk.pageTitle", { library: library.name }));
  const day = desk.data?.day;
  return (
    <div className="page sharing-desk">
      <BackToLibrary library={library} />
      <header className="page-head">
        <div>
          <p className="eyebrow">{t("sharing.desk.eyebrow")}</p>
          <h1>{t("sharing.desk.title", { library: library.name })}</h1>
          {day ? (
            <p className="lede" aria-live="polite">
              {formatDayFull(day)}
            </p>
          ) : null}
        </div>
      </header>
      {desk.error?.status === 403 ? (
        <div className="alert alert--error" role="alert">
          <strong>{t("sharing.desk.forbiddenTitle")}</strong>
          <p>{t("sharing.desk.forbidden")}</p>
          <p>{desk.error.detail}</p>
        </div>
      ) : desk.isPending ? (
        <Loading label={t("sharing.desk.loading")} />
      ) : !desk.data ? (
        desk.error ? (
          <LoadError error={desk.error} retry={() => void desk.refetch()} />
        ) : null
      ) : (
        <>
          <DayPicker day={desk.data.day} onDay={onDay} />
          {desk.error ? <LoadError error={desk.error} retry={() => void desk.refetch()} /> : null}
          <DeskView library={library} desk={desk.data} fetching={desk.isFetching} />
        </>
      )}
    </div>
  );
}

function useDesk(slug: string, day: string | undefined) {
  return useQuery({ ...deskQuery(slug, day), placeholderData: keepPreviousData });
}

/** The desk of a library (/libraries/:slug/desk?day=): the day's pick-ups and returns, overdue loans, held units and problems. */
export function DeskPage() {
  const { slug = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const dayParam = params.get("day");
  const day = isDay(dayParam) ? dayParam : undefined;
  const library = useQuery(libraryQuery(slug));
  const desk = useDesk(slug, day);
  const onDay = (next: string | null) => setParams(next ? { day: next } : {}, { replace: true });
  return <WithLibrary library={library}>{(l) => <DeskOfLibrary library={l} desk={desk} onDay={onDay} />}</WithLibrary>;
}
