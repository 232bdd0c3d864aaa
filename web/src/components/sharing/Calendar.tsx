import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../format.ts";
import { Field } from "../Field.tsx";
import { TableScroll } from "../TableScroll.tsx";
import type { Availability, UnitStatus } from "./labels.ts";
import { UNIT_STATUS_LABEL } from "./labels.ts";
import {
  addDays,
  addMonths,
  daysBetween,
  firstOfMonth,
  formatClock,
  formatDayHead,
  formatDayLong,
  formatMonthTitle,
  formatWeekdayShort,
  lastOfMonth,
  mondayOf,
  startOfDay,
} from "./time.ts";

export type CalendarView = "week" | "month";

type Unit = Availability["units"][number];
type State = "free" | "partly" | "busy" | "out";

interface DayOfUnit {
  state: State;
  /** The busy stretches inside the day, as instants (ms). */
  busy: { from: number; until: number }[];
}

/** The window a view shows around a day: a week from its Monday, or its month. */
export function calendarWindow(view: CalendarView, anchor: string) {
  return view === "week"
    ? { from: mondayOf(anchor), to: addDays(mondayOf(anchor), 6) }
    : { from: firstOfMonth(anchor), to: lastOfMonth(anchor) };
}

function dayOfUnit(unit: Unit, day: string, timeZone: string): DayOfUnit {
  if (unit.status !== "available") return { state: "out", busy: [] };
  const start = startOfDay(day, timeZone);
  const end = startOfDay(addDays(day, 1), timeZone);
  const busy = unit.busy
    .map((b) => ({ from: Math.max(start, new Date(b.from).getTime()), until: Math.min(end, new Date(b.until).getTime()) }))
    .filter((b) => b.until > b.from);
  if (busy.length === 0) return { state: "free", busy };
  const covered = busy.reduce((sum, b) => sum + (b.until - b.from), 0);
  return { state: covered >= end - start ? "busy" : "partly", busy };
}

function StateText({ day, timeZone, status }: { day: DayOfUnit; timeZone: string; status: UnitStatus }) {
  const { t } = useTranslation();
  if (day.state === "out") return <>{UNIT_STATUS_LABEL[status]}</>;
  if (day.state === "free") return <>{t("sharing.calendar.free")}</>;
  if (day.state === "busy") return <>{t("sharing.calendar.busy")}</>;
  return (
    <>
      {t("sharing.calendar.busyFor", {
        times: day.busy.map((b) => `${formatClock(b.from, timeZone)}–${formatClock(b.until, timeZone)}`).join(", "),
      })}
    </>
  );
}

/**
 * The day's heading: a button that chooses the day for the booking form (from today on). Its name
 * starts with the words it shows ("7 Mon"), then says the whole date for a screen reader.
 */
function DayButton({ day, today, onPick, children }: { day: string; today: string; onPick: (day: string) => void; children: string }) {
  const { t } = useTranslation();
  if (day < today) return <span className="cal-day-past">{children}</span>;
  return (
    <button type="button" className="cal-pick" onClick={() => onPick(day)}>
      {children}
      <span className="visually-hidden"> {t("sharing.calendar.choose", { day: formatDayLong(day) })}</span>
    </button>
  );
}

function WeekTable({
  availability,
  from,
  today,
  onPick,
}: {
  availability: Availability;
  from: string;
  today: string;
  onPick: (day: string) => void;
}) {
  const { t } = useTranslation();
  const days = Array.from({ length: 7 }, (_, i) => addDays(from, i));
  const tz = availability.timeZone;
  return (
    <TableScroll label={t("sharing.calendar.weekRegion", { day: formatDate(from) })}>
      <table className="data-table cal-week">
        <caption className="visually-hidden">{t("sharing.calendar.weekCaption", { day: formatDate(from) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("sharing.calendar.unit")}</th>
            {days.map((day) => (
              <th
                key={day}
                scope="col"
                className={day === today ? "cal-today" : undefined}
                aria-current={day === today ? "date" : undefined}
              >
                <DayButton day={day} today={today} onPick={onPick}>
                  {formatDayHead(day)}
                </DayButton>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {availability.units.map((unit) => (
            <tr key={unit.id}>
              <th scope="row">{unit.code}</th>
              {days.map((day) => {
                const d = dayOfUnit(unit, day, tz);
                return (
                  <td key={day} className={`cal-cell cal--${d.state}${day < today ? " cal--past" : ""}`}>
                    <StateText day={d} timeZone={tz} status={unit.status} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function MonthGrid({
  availability,
  from,
  today,
  onPick,
}: {
  availability: Availability;
  from: string;
  today: string;
  onPick: (day: string) => void;
}) {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState("");
  const tz = availability.timeZone;
  const last = lastOfMonth(from);
  const gridStart = mondayOf(from);
  const weeks = Math.ceil((daysBetween(gridStart, last) + 1) / 7);
  const units = availability.units;
  const unit = units.find((u) => u.id === unitId);
  const summary = (day: string) => {
    if (unit) {
      const d = dayOfUnit(unit, day, tz);
      return { state: d.state, text: <StateText day={d} timeZone={tz} status={unit.status} /> };
    }
    const states = units.map((u) => dayOfUnit(u, day, tz).state);
    const free = states.filter((s) => s === "free").length;
    const partly = states.filter((s) => s === "partly").length;
    const state: State = free === units.length ? "free" : free + partly > 0 ? "partly" : "busy";
    return { state, text: <>{t("sharing.calendar.freeCount", { free, units: units.length })}</> };
  };
  return (
    <>
      <Field
        as="select"
        label={t("sharing.calendar.unitFilter")}
        name="calendarUnit"
        value={unitId}
        onChange={(e) => setUnitId(e.target.value)}
      >
        <option value="">{t("sharing.calendar.allUnits")}</option>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.code}
          </option>
        ))}
      </Field>
      <table className="cal-month">
        <caption className="visually-hidden">{t("sharing.calendar.monthCaption", { month: formatMonthTitle(from) })}</caption>
        <thead>
          <tr>
            {Array.from({ length: 7 }, (_, i) => {
              const day = addDays(gridStart, i);
              return (
                <th key={day} scope="col">
                  {formatWeekdayShort(day)}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: weeks }, (_, w) => {
            const monday = addDays(gridStart, w * 7);
            return (
              <tr key={monday}>
                {Array.from({ length: 7 }, (_, i) => {
                  const day = addDays(monday, i);
                  if (day < from || day > last) return <td key={day} className="cal-outside" />;
                  const s = summary(day);
                  return (
                    <td
                      key={day}
                      className={`cal-cell cal--${s.state}${day < today ? " cal--past" : ""}${day === today ? " cal-today" : ""}`}
                      aria-current={day === today ? "date" : undefined}
                    >
                      <DayButton day={day} today={today} onPick={onPick}>
                        {String(Number(day.slice(8)))}
                      </DayButton>
                      <span className="cal-state">{s.text}</span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

/**
 * When each unit is busy or free, a week or a month at a time, on the library's clock: never who
 * booked (the API does not say). Each day's heading is a button that chooses it for the booking form.
 */
export function Calendar({
  availability,
  view,
  anchor,
  today,
  fetching,
  onView,
  onAnchor,
  onPick,
}: {
  availability: Availability;
  view: CalendarView;
  anchor: string;
  today: string;
  fetching: boolean;
  onView: (view: CalendarView) => void;
  onAnchor: (day: string) => void;
  onPick: (day: string) => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const { from } = calendarWindow(view, anchor);
  const title = view === "week" ? t("sharing.calendar.weekOf", { day: formatDate(from) }) : formatMonthTitle(from);
  const step = (n: number) => onAnchor(view === "week" ? addDays(from, 7 * n) : addMonths(from, n));
  return (
    <div className="calendar" aria-busy={fetching || undefined}>
      <div className="cal-toolbar">
        <fieldset className="cal-views">
          <legend className="visually-hidden">{t("sharing.calendar.view")}</legend>
          {(["week", "month"] as const).map((v) => (
            <button
              key={v}
              type="button"
              className={`button button--small ${view === v ? "button--primary" : "button--secondary"}`}
              aria-pressed={view === v}
              onClick={() => onView(v)}
            >
              {v === "week" ? t("sharing.calendar.weekView") : t("sharing.calendar.monthView")}
            </button>
          ))}
        </fieldset>
        <div className="cal-nav">
          <button type="button" className="button button--secondary button--small" onClick={() => step(-1)}>
            <span aria-hidden="true">← </span>
            {view === "week" ? t("sharing.calendar.previousWeek") : t("sharing.calendar.previousMonth")}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => onAnchor(today)}>
            {view === "week" ? t("sharing.calendar.thisWeek") : t("sharing.calendar.thisMonth")}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => step(1)}>
            {view === "week" ? t("sharing.calendar.nextWeek") : t("sharing.calendar.nextMonth")}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
      </div>
      <h3 id={titleId} className="cal-title" aria-live="polite">
        {title}
      </h3>
      {availability.units.length === 0 ? (
        <p className="muted">{t("sharing.calendar.noUnits")}</p>
      ) : view === "week" ? (
        <WeekTable availability={availability} from={from} today={today} onPick={onPick} />
      ) : (
        <MonthGrid availability={availability} from={from} today={today} onPick={onPick} />
      )}
      <ul className="cal-legend" aria-label={t("sharing.calendar.legend")}>
        <li>
          <span className="cal-swatch cal--free" aria-hidden="true" />
          {t("sharing.calendar.free")}
        </li>
        <li>
          <span className="cal-swatch cal--partly" aria-hidden="true" />
          {t("sharing.calendar.partly")}
        </li>
        <li>
          <span className="cal-swatch cal--busy" aria-hidden="true" />
          {t("sharing.calendar.busy")}
        </li>
        <li>
          <span className="cal-swatch cal--out" aria-hidden="true" />
          {t("sharing.calendar.out")}
        </li>
      </ul>
      <p className="muted small">{t("sharing.calendar.zone", { timeZone: availability.timeZone })}</p>
    </div>
  );
}
