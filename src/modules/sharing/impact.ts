import { sql } from "drizzle-orm";
import { Temporal } from "temporal-polyfill";
import { rowsOf } from "../../db/rows.ts";
import type { Db } from "../../db/types.ts";
import { AppError } from "../../http/errors.ts";
import { nowMs } from "../../now.ts";
import { findLibrary } from "./library-service.ts";
import { t } from "./messages.ts";
import { isOpenDay, weekday } from "./periods.ts";
import { rulesFor } from "./rules.ts";
import type { Library } from "./schema.ts";

/**
 * The impact of sharing, by a published method (the `method` texts travel with the figures):
 * utilisation, loans and people served from the rollups the database keeps (loan_months,
 * unit_people, library_borrowers), and what borrowing avoided from borrowers' answers to the one question asked
 * after a return, as a 95 % range around the share who would have bought one (Wilson's interval).
 */

const Z = 1.96;

/** Wilson's score interval for a proportion: honest at small samples, never outside [0, 1]. */
export function wilson(successes: number, n: number): { p: number; low: number; high: number } | null {
  if (n <= 0) return null;
  const p = successes / n;
  const denominator = 1 + (Z * Z) / n;
  const centre = (p + (Z * Z) / (2 * n)) / denominator;
  const margin = (Z * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n))) / denominator;
  return { p, low: Math.max(0, centre - margin), high: Math.min(1, centre + margin) };
}

function monthsWindow(library: Library, from: string | undefined, to: string | undefined) {
  const parse = (v: string, path: string) => {
    if (!/^\d{4}-\d{2}$/.test(v)) throw AppError.validation(path, t("month"));
    try {
      return Temporal.PlainYearMonth.from(v);
    } catch {
      throw AppError.validation(path, t("month"));
    }
  };
  const now = Temporal.Instant.fromEpochMilliseconds(nowMs()).toZonedDateTimeISO(library.timeZone);
  const last = to ? parse(to, "query.to") : now.toPlainDate().toPlainYearMonth();
  const first = from ? parse(from, "query.from") : last.subtract({ months: 11 });
  if (Temporal.PlainYearMonth.compare(last, first) < 0) throw AppError.validation("query.to", t("lastBeforeFirst"));
  if (first.until(last, { largestUnit: "months" }).months > 120) throw AppError.validation("query.from", t("windowTooLong"));
  const start = first.toPlainDate({ day: 1 });
  const endDay = last.add({ months: 1 }).toPlainDate({ day: 1 });
  const today = now.toPlainDate();
  // Time not yet lived is not time a unit could have been used.
  const until = Temporal.PlainDate.compare(endDay, today.add({ days: 1 })) > 0 ? today.add({ days: 1 }) : endDay;
  return { first, last, start, until };
}

/** Minutes the library was open in the window (its weekly hours less its closed days). */
async function openMinutes(db: Db, library: Library, start: Temporal.PlainDate, until: Temporal.PlainDate) {
  const closed = await rowsOf<{ day: string }>(
    db,
    sql`select day::text from library_closures where library_id = ${library.id}::uuid and day >= ${start.toString()}::date and day < ${until.toString()}::date`,
  );
  const cal = { timeZone: library.timeZone, openingHours: library.openingHours, closed: new Set(closed.map((c) => c.day)) };
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  let total = 0;
  for (let d = start; Temporal.PlainDate.compare(d, until) < 0; d = d.add({ days: 1 })) {
    if (!isOpenDay(cal, d)) continue;
    for (const [open, close] of library.openingHours[weekday(d)] ?? []) total += minutes(close) - minutes(open);
  }
  return total;
}

interface UnitRow {
  id: string;
  code: string;
  type: string;
  typeName: string;
  kind: string;
  category: string | null;
  typeRules: Record<string, unknown>;
  price: string | null;
  emissionFactor: string | null;
  emissionSource: string | null;
  loans: number;
  minutes: number;
  paid: string;
  answered: number;
  bought: number;
  rented: number;
  people: number;
}

export async function impact(db: Db, librarySlug: string, from: string | undefined, to: string | undefined) {
  const library = await findLibrary(db, librarySlug);
  const w = monthsWindow(library, from, to);
  const startMonth = w.start.toString();
  const lastMonth = w.last.toPlainDate({ day: 1 }).toString();
  const [units, months, members, survey, open] = await Promise.all([
    rowsOf<UnitRow>(
      db,
      sql`select u.id, u.code, t.slug as type, t.name as "typeName", t.kind, c.slug as category, t.rules as "typeRules",
                 coalesce(t.replacement_price, c.default_replacement_price)::text as price,
                 c.emission_factor_kg::text as "emissionFactor", c.emission_source as "emissionSource",
                 coalesce(m.loans, 0)::int as loans, coalesce(m.minutes, 0)::float8 as minutes, coalesce(m.paid, 0)::text as paid,
                 coalesce(m.answered, 0)::int as answered, coalesce(m.bought, 0)::int as bought, coalesce(m.rented, 0)::int as rented,
                 coalesce((select up.people from unit_people up where up.unit_id = u.id), 0) as people
          from resource_units u join resource_types t on t.id = u.type_id left join resource_categories c on c.id = t.category_id
          left join lateral (
            select sum(lm.loans) as loans, sum(lm.custody_minutes) as minutes, sum(lm.paid) as paid,
                   sum(lm.answered) as answered, sum(lm.bought) as bought, sum(lm.rented) as rented
            from loan_months lm where lm.unit_id = u.id and lm.month >= ${startMonth}::date and lm.month <= ${lastMonth}::date) m on true
          where t.library_id = ${library.id}::uuid and u.status <> 'retired'
          order by t.name, u.code`,
    ),
    rowsOf<{ month: string; loans: number; minutes: number }>(
      db,
      sql`select to_char(lm.month, 'YYYY-MM') as month, sum(lm.loans)::int as loans, sum(lm.custody_minutes)::float8 as minutes
          from loan_months lm join resource_units u on u.id = lm.unit_id join resource_types t on t.id = u.type_id
          where t.library_id = ${library.id}::uuid and lm.month >= ${startMonth}::date and lm.month <= ${lastMonth}::date
          group by lm.month order by lm.month`,
    ),
    rowsOf<{ bucket: string; people: number }>(
      db,
      sql`select case when lb.loans = 1 then '1' when lb.loans <= 5 then '2-5' when lb.loans <= 20 then '6-20' else '21+' end as bucket,
                 count(*)::int as people
          from library_borrowers lb where lb.library_id = ${library.id}::uuid
          group by 1`,
    ),
    rowsOf<{ round: number; answers: number; givenUp: number; notBought: number; sharedCars: number }>(
      db,
      sql`select s.round, count(*)::int as answers, sum(s.cars_given_up)::int as "givenUp", sum(s.cars_not_bought)::int as "notBought",
                 (select count(*)::int from resource_units u join resource_types t on t.id = u.type_id
                  left join resource_categories c on c.id = t.category_id
                  where t.library_id = ${library.id}::uuid and u.status <> 'retired' and t.kind = 'vehicle'
                    and c.slug in ('cars', 'vans')) as "sharedCars"
          from vehicle_survey_answers s where s.library_id = ${library.id}::uuid
          group by s.round order by s.round desc limit 1`,
    ),
    openMinutes(db, library, w.start, w.until),
  ]);
  const windowMinutes = w.start.toZonedDateTime(library.timeZone).until(w.until.toZonedDateTime(library.timeZone)).total("minutes");
  const slotTypes = new Set(units.filter((u) => rulesFor(library.rules, u.typeRules).granularity === "slot").map((u) => u.type));
  const capacity = (type: string) => (slotTypes.has(type) ? open : windowMinutes);
  const perUnit = units.map((u) => ({
    id: u.id,
    code: u.code,
    resource: u.type,
    resourceName: u.typeName,
    loans: u.loans,
    people: u.people,
    utilisation: capacity(u.type) > 0 ? Math.min(1, Number(u.minutes) / capacity(u.type)) : 0,
  }));
  const byType = new Map<string, { resource: string; resourceName: string; units: number; loans: number; minutes: number }>();
  for (const u of units) {
    const row = byType.get(u.type) ?? { resource: u.type, resourceName: u.typeName, units: 0, loans: 0, minutes: 0 };
    row.units += 1;
    row.loans += u.loans;
    row.minutes += Number(u.minutes);
    byType.set(u.type, row);
  }
  const totals = units.reduce(
    (s, u) => ({ loans: s.loans + u.loans, answered: s.answered + u.answered, bought: s.bought + u.bought, rented: s.rented + u.rented }),
    { loans: 0, answered: 0, bought: 0, rented: 0 },
  );
  const rate = wilson(totals.bought, totals.answered);
  // What the loans would have cost to buy, less what they cost: only units with a known price.
  let priced = 0;
  let avoidable = 0n;
  let emissions = 0;
  let withFactor = 0;
  const sources = new Set<string>();
  for (const u of units) {
    if (u.price !== null && u.loans > 0) {
      priced += u.loans;
      avoidable += BigInt(u.price) * BigInt(u.loans) - BigInt(u.paid);
    }
    if (u.emissionFactor !== null && u.loans > 0) {
      withFactor += u.loans;
      emissions += Number(u.emissionFactor) * u.loans;
      if (u.emissionSource) sources.add(u.emissionSource);
    }
  }
  const scale = (p: number) => String((avoidable * BigInt(Math.round(p * 1_000_000))) / 1_000_000n);
  const latest = survey[0];
  return {
    library,
    window: { from: w.first.toString(), to: w.last.toString() },
    loans: totals.loans,
    months,
    perUnit,
    perType: [...byType.values()].map((r) => ({
      resource: r.resource,
      resourceName: r.resourceName,
      units: r.units,
      loans: r.loans,
      utilisation: r.units && capacity(r.resource) > 0 ? Math.min(1, r.minutes / (capacity(r.resource) * r.units)) : 0,
    })),
    neverBorrowed: units.filter((u) => u.people === 0).map((u) => ({ id: u.id, code: u.code, resource: u.type, resourceName: u.typeName })),
    loansPerMember: ["1", "2-5", "6-20", "21+"].map((bucket) => ({
      bucket,
      people: members.find((m) => m.bucket === bucket)?.people ?? 0,
    })),
    avoided: {
      answers: totals.answered,
      wouldHaveBought: totals.bought,
      wouldHaveRented: totals.rented,
      purchaseRate: rate,
      moneySaved: rate ? { low: scale(rate.low), high: scale(rate.high), loansPriced: priced, currency: library.currency } : null,
      co2Kg:
        rate && withFactor
          ? { low: emissions * rate.low, high: emissions * rate.high, loansWithFactor: withFactor, sources: [...sources] }
          : null,
    },
    cars: latest
      ? {
          round: latest.round,
          answers: latest.answers,
          carsGivenUp: latest.givenUp,
          carsNotBought: latest.notBought,
          sharedCars: latest.sharedCars,
          carsReplacedPerSharedCar: latest.sharedCars ? (latest.givenUp + latest.notBought) / latest.sharedCars : null,
        }
      : null,
  };
}
