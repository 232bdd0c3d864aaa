import { inArray, sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.ts";
import type { Executor } from "../../db/types.ts";
import { findCommons } from "../commons/service.ts";
import { organizations } from "../organizations/schema.ts";
import type { FUNDINGS } from "./schema.ts";

export const INTERVALS = ["week", "month", "quarter", "year"] as const;
export type Interval = (typeof INTERVALS)[number];
type Funding = (typeof FUNDINGS)[number];

export interface Period {
  from?: string;
  to?: string;
}

interface Tally {
  contributions: number;
  lines: number;
  minutes: number;
}

interface AggregateRow {
  funding: Funding;
  paid_by_id: string | null;
  period: string;
  contributions: number;
  lines: string | number;
  minutes: string | number;
}

const emptyTally = (): Tally => ({ contributions: 0, lines: 0, minutes: 0 });

function add(t: Tally, r: AggregateRow) {
  t.contributions += r.contributions;
  t.lines += Number(r.lines);
  t.minutes += Number(r.minutes);
}

/**
 * "Who writes this commons": accepted contributions by funding (paid / volunteer / unknown), by
 * paying enterprise, and per period for the chart. One aggregation over the daily rollup the
 * database keeps (credit_days: at most a few rows a day, whatever the number of contributions),
 * grouped by (funding, enterprise, period); the few hundred groups are then summed three ways here.
 */
export async function whoWrites(db: Executor, slug: string, period: Period, interval: Interval = "month") {
  const target = await findCommons(db, slug);
  // The unit is from a fixed list; it is inlined so the GROUP BY expression matches the SELECT's.
  const bucket = sql.raw(`date_trunc('${interval}', d.day)::date`);
  const rows = await rowsOf<AggregateRow>(
    db,
    sql`
    select d.funding, d.paid_by_id, to_char(${bucket}, 'YYYY-MM-DD') as period,
           sum(d.contributions)::int as contributions,
           coalesce(sum(d.size) filter (where not d.work), 0) as lines,
           coalesce(sum(d.size) filter (where d.work), 0) as minutes
    from credit_days d
    where d.commons_id = ${target.id}
      and (${period.from ?? null}::date is null or d.day >= ${period.from ?? null}::date)
      and (${period.to ?? null}::date is null or d.day <= ${period.to ?? null}::date)
    group by d.funding, d.paid_by_id, ${bucket}`,
  );
  const byFunding: Record<Funding, Tally> = { paid: emptyTally(), volunteer: emptyTally(), unknown: emptyTally() };
  const payers = new Map<string, Tally>();
  const periods = new Map<string, Record<Funding, number>>();
  for (const r of rows) {
    add(byFunding[r.funding], r);
    if (r.paid_by_id) {
      const t = payers.get(r.paid_by_id) ?? emptyTally();
      add(t, r);
      payers.set(r.paid_by_id, t);
    }
    const p = periods.get(r.period) ?? { paid: 0, volunteer: 0, unknown: 0 };
    p[r.funding] += r.contributions;
    periods.set(r.period, p);
  }
  const names = payers.size
    ? await db
        .select({ id: organizations.id, slug: organizations.slug, name: organizations.name })
        .from(organizations)
        .where(inArray(organizations.id, [...payers.keys()]))
    : [];
  const byEnterprise = names
    .map((o) => ({ enterprise: { slug: o.slug, name: o.name }, ...(payers.get(o.id) ?? emptyTally()) }))
    .sort((a, b) => b.contributions - a.contributions || a.enterprise.name.localeCompare(b.enterprise.name));
  const total = byFunding.paid.contributions + byFunding.volunteer.contributions + byFunding.unknown.contributions;
  return {
    commons: { slug: target.slug, title: target.title },
    period: { from: period.from ?? null, to: period.to ?? null },
    interval,
    total,
    byFunding,
    byEnterprise,
    series: [...periods.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([start, counts]) => ({ start, ...counts })),
  };
}

interface ContributorRow {
  handle: string;
  name: string;
  contributions: number;
  lines: string | number;
  minutes: string | number;
  paid: number;
  first: string;
  last: string;
}

/** The people whose contributions were accepted, most contributions first. */
export async function contributors(db: Executor, slug: string, period: Period, limit: number) {
  const target = await findCommons(db, slug);
  const rows = await rowsOf<ContributorRow>(
    db,
    sql`
    select coalesce(p.handle, c.remote_author_handle) as handle, max(coalesce(p.name, c.remote_author_name)) as name,
           count(*)::int as contributions,
           coalesce(sum(c.size) filter (where c.type <> 'work'), 0) as lines,
           coalesce(sum(c.size) filter (where c.type = 'work'), 0) as minutes,
           (count(*) filter (where c.funding = 'paid'))::int as paid,
           to_char(min(c.performed_on), 'YYYY-MM-DD') as first, to_char(max(c.performed_on), 'YYYY-MM-DD') as last
    from contributions c left join people p on p.id = c.author_id
    where c.commons_id = ${target.id} and c.status = 'accepted'
      -- People here, and people elsewhere whose offered changes were accepted (by their handle there).
      and (p.id is not null or c.remote_author_handle is not null)
      and (${period.from ?? null}::date is null or c.performed_on >= ${period.from ?? null}::date)
      and (${period.to ?? null}::date is null or c.performed_on <= ${period.to ?? null}::date)
    group by 1
    order by count(*) desc, 1
    limit ${limit}`,
  );
  return rows.map((r) => ({
    person: { handle: r.handle, name: r.name },
    contributions: r.contributions,
    lines: Number(r.lines),
    hours: Number(r.minutes) / 60,
    paid: r.paid,
    first: r.first,
    last: r.last,
  }));
}
