import { sql } from "drizzle-orm";
import { addPeriods, periodStart, periodsBetween } from "../../calendar.ts";
import { rowsOf } from "../../db/rows.ts";
import type { Executor } from "../../db/types.ts";
import { AppError } from "../../http/errors.ts";
import { findCommons } from "../commons/service.ts";
import { bookOf } from "../ledger/books.ts";
import { findOrganizationById } from "../organizations/service.ts";
import { today } from "../treasury/context.ts";
import { t } from "./messages.ts";
import type { Interval } from "./periods.ts";

/** What flows in and out of a commons, and whether it is the commons' own or its steward's as a whole. */
export const FLOW_KINDS = [
  { key: "reciprocity", direction: "in", scope: "commons" },
  { key: "phyle", direction: "in", scope: "commons" },
  { key: "sponsorship", direction: "in", scope: "association" },
  { key: "donations", direction: "in", scope: "association" },
  { key: "grants", direction: "in", scope: "association" },
  { key: "contributors", direction: "out", scope: "commons" },
  { key: "fixedShares", direction: "out", scope: "commons" },
  { key: "infrastructure", direction: "out", scope: "association" },
] as const;
export type FlowKey = (typeof FLOW_KINDS)[number]["key"];
export const FLOW_KEYS = FLOW_KINDS.map((k) => k.key) as [FlowKey, ...FlowKey[]];

/** Sums per period, flow and currency; `received` is reciprocity actually paid, shown beside what was invoiced. */
type Sums = Map<string, Map<FlowKey | "received", Map<string, bigint>>>;

export const MAX_PERIODS = 120;

interface Row {
  period: string;
  key: FlowKey | "received";
  currency: string;
  amount: string;
}

/**
 * Reciprocity invoiced (the income:reciprocity credit when raised), reciprocity received and phyle
 * commitments received (bank and cash debits): entries in the steward's books tagged with this commons.
 */
const commonsLedger = (commonsId: string, bookId: string, interval: Interval, from: string, to: string) => sql`
  select date_trunc(${interval}, t.date)::date::text as period,
         case when t.kind = 'phyle' then 'phyle'
              when a.code = 'income:reciprocity' then 'reciprocity'
              else 'received' end as key,
         p.currency, (sum(p.amount) * case when a.code = 'income:reciprocity' then -1 else 1 end)::text as amount
    from transactions t
    join postings p on p.transaction_id = t.id
    join accounts a on a.id = p.account_id
   where t.commons_id = ${commonsId} and t.book_id = ${bookId} and t.date between ${from}::date and ${to}::date
     and ((t.kind = 'reciprocity' and a.code in ('income:reciprocity', 'assets:bank', 'assets:cash'))
       or (t.kind = 'phyle' and a.code in ('assets:bank', 'assets:cash')))
   group by 1, 2, 3, a.code`;

/** Sponsorships, donations and grants to the steward, and its infrastructure spending: from the monthly sums the ledger keeps. */
const associationLedger = (bookId: string, interval: Interval, from: string, to: string) => sql`
  select date_trunc(${interval}, m.month)::date::text as period,
         case when a.code = 'expenses:infrastructure' then 'infrastructure'
              when m.kind = 'sponsorship' then 'sponsorship'
              when m.kind = 'donation' then 'donations'
              else 'grants' end as key,
         m.currency, (sum(m.amount) * case when a.type = 'income' then -1 else 1 end)::text as amount
    from ledger_months m
    join accounts a on a.id = m.account_id
   where m.book_id = ${bookId} and m.month between ${from}::date and ${to}::date
     and ((a.type = 'income' and m.kind in ('sponsorship', 'donation', 'grant')) or a.code = 'expenses:infrastructure')
   group by 1, 2, 3, a.type`;

/** Distributions of this commons: person shares to contributors, the fixed shares to accounts. */
const distributionsOf = (commonsId: string, interval: Interval, from: string, to: string) => sql`
  select date_trunc(${interval}, t.date)::date::text as period,
         case when s.person_id is null then 'fixedShares' else 'contributors' end as key,
         d.currency, sum(s.amount)::text as amount
    from distributions d
    join transactions t on t.id = d.transaction_id
    join distribution_shares s on s.distribution_id = d.id
   where d.commons_id = ${commonsId} and t.date between ${from}::date and ${to}::date
   group by 1, 2, 3`;

function add(sums: Sums, r: Row) {
  const period = sums.get(r.period) ?? new Map();
  sums.set(r.period, period);
  const byCurrency = period.get(r.key) ?? new Map<string, bigint>();
  period.set(r.key, byCurrency);
  const currency = r.currency.trim();
  byCurrency.set(currency, (byCurrency.get(currency) ?? 0n) + BigInt(r.amount));
}

export interface FlowQuery {
  from?: string;
  to?: string;
  interval: Interval;
}

/** The window asked for, aligned to whole periods; twelve periods up to today by default. */
export function flowWindow(q: FlowQuery) {
  const to = q.to ?? today();
  const from = periodStart(q.from ?? addPeriods(periodStart(to, q.interval), q.interval, -11), q.interval);
  if (from > to) throw AppError.validation("query.from", t("windowOrder"));
  const periods = periodsBetween(from, to, q.interval);
  if (periods.length > MAX_PERIODS)
    throw AppError.validation("query.from", t("tooManyPeriods", { max: MAX_PERIODS, count: periods.length }));
  return { from, to, periods };
}

/** The feedback loop of one commons: each period's inflows and outflows by kind, summed in the database. */
export async function commonsFlows(db: Executor, slug: string, q: FlowQuery) {
  const c = await findCommons(db, slug);
  const { from, to, periods } = flowWindow(q);
  const sums: Sums = new Map();
  const steward = c.stewardAssociationId ? await findOrganizationById(db, c.stewardAssociationId) : null;
  const book = steward ? await bookOf(db, steward.id) : undefined;
  const queries = [distributionsOf(c.id, q.interval, from, to)];
  if (book) queries.push(commonsLedger(c.id, book.id, q.interval, from, to), associationLedger(book.id, q.interval, from, to));
  for (const query of queries) for (const r of await rowsOf<Row>(db, query)) add(sums, r);
  const [stewarded] = steward
    ? await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from commons where steward_association_id = ${steward.id}`)
    : [];
  return { commons: c, steward, commonsStewarded: stewarded?.n ?? 0, interval: q.interval, from, to, periods, sums };
}
