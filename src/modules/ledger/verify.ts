import { type SQL, sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import { rowsOf } from "../../db/rows.ts";
import type { Db, Executor } from "../../db/types.ts";
import { AppError } from "../../http/errors.ts";
import type { Message } from "../../text/messages.ts";
import { findOrganization } from "../organizations/service.ts";
import { bookOf } from "./books.ts";
import { t } from "./messages.ts";
import { toDecimal } from "./money.ts";

/** Every invariant the books must keep, by name. */
export const CHECKS = [
  "transaction_postings",
  "transaction_balanced",
  "posting_book",
  "posting_currency",
  "account_balance",
  "balance_floor",
  "negative_balance",
  "ledger_month",
  "reversal",
  "transfer",
  "expense_paid",
  "donation_confirmed",
  "membership_fee",
] as const;
export type Check = (typeof CHECKS)[number];

export interface Finding {
  check: Check;
  /** For the operator (`triarchy ledger verify` prints it in English). */
  message: Message;
  transactionId?: string;
  accountId?: string;
}

export interface LedgerCounts {
  transactions: number;
  postings: number;
  accounts: number;
}

export interface VerifyOptions {
  /** Check one organization's books (and what touches them) instead of every book. */
  organization?: string;
  /** At most this many findings per check are listed; one more line says there were more. */
  limit?: number;
  /** Called as each check finishes, with how long it took. */
  onCheck?: (check: Check, ms: number, found: number) => void;
}

interface Scope {
  bookId: string | null;
  organizationId: string | null;
}

/** Each check is one set-based query over the whole table (GROUP BY, FULL JOIN), never a loop over rows. */
type CheckQuery = (s: Scope) => SQL;

/** `column = book`, or true when every book is checked. */
const inBook = (s: Scope, column: string) => (s.bookId ? sql`${sql.raw(column)} = ${s.bookId}` : sql`true`);
const inOrganization = (s: Scope, column: string) => (s.organizationId ? sql`${sql.raw(column)} = ${s.organizationId}` : sql`true`);
/** The postings of the scope's transactions. */
const postingInScope = (s: Scope, column: string) =>
  s.bookId ? sql`${sql.raw(column)} in (select id from transactions where book_id = ${s.bookId})` : sql`true`;
const accountInScope = (s: Scope, column: string) =>
  s.bookId ? sql`${sql.raw(column)} in (select id from accounts where book_id = ${s.bookId})` : sql`true`;

const money = (minor: string | null, currency: string) => (minor === null ? t("nothing") : `${toDecimal(minor, currency)} ${currency}`);
const entry = (seq: string | null, id: string) => (seq ? t("entry", { seq, id }) : t("entryWithoutNumber", { id }));
/** Debit-normal accounts (assets, expenses) must stay at or above zero; the others at or below. */
const NORMAL_SIGN = sql.raw(`case when a.type in ('asset', 'expense') then 1 else -1 end`);

interface CheckDefinition<R> {
  check: Check;
  query: CheckQuery;
  finding: (row: R) => Omit<Finding, "check">;
}

const define = <R>(d: CheckDefinition<R>) => d as CheckDefinition<unknown>;

const DEFINITIONS: CheckDefinition<unknown>[] = [
  define<{ id: string; seq: string; n: number }>({
    check: "transaction_postings",
    query: (s) => sql`
      select t.id, t.seq::text as seq, count(p.id)::int as n
        from transactions t left join postings p on p.transaction_id = t.id
       where ${inBook(s, "t.book_id")}
       group by t.id, t.seq having count(p.id) < 2
       order by t.seq`,
    finding: (r) => ({ transactionId: r.id, message: t("tooFewPostings", { entry: entry(r.seq, r.id), n: r.n }) }),
  }),
  define<{ id: string; seq: string | null; currency: string; off: string }>({
    check: "transaction_balanced",
    query: (s) => sql`
      select x.id, t.seq::text as seq, x.currency, x.off
        from (select p.transaction_id as id, p.currency, sum(p.amount)::text as off
                from postings p where ${postingInScope(s, "p.transaction_id")}
               group by p.transaction_id, p.currency having sum(p.amount) <> 0) x
        left join transactions t on t.id = x.id
       order by t.seq, x.currency`,
    finding: (r) => ({
      transactionId: r.id,
      message: t("notBalanced", { entry: entry(r.seq, r.id), currency: r.currency, sum: money(r.off, r.currency) }),
    }),
  }),
  define<{ id: string; seq: string | null; account_id: string; code: string | null }>({
    check: "posting_book",
    query: (s) => sql`
      select p.transaction_id as id, t.seq::text as seq, p.account_id, a.code
        from postings p
        left join transactions t on t.id = p.transaction_id
        left join accounts a on a.id = p.account_id
       where (t.id is null or a.id is null or a.book_id <> t.book_id)
         and (${inBook(s, "t.book_id")} or ${inBook(s, "a.book_id")})
       order by t.seq, p.id`,
    finding: (r) => ({
      transactionId: r.id,
      accountId: r.account_id,
      message: r.code
        ? t("otherBooksAccount", { entry: entry(r.seq, r.id), code: r.code })
        : t("missingAccount", { entry: entry(r.seq, r.id), account: r.account_id }),
    }),
  }),
  define<{ id: string; seq: string; account_id: string; code: string; currency: string; held: string }>({
    check: "posting_currency",
    query: (s) => sql`
      with unheld as materialized (
             select p.id, p.transaction_id, p.account_id, p.currency, a.code, a.book_id, array_to_string(a.currencies, ', ') as held
               from postings p join accounts a on a.id = p.account_id
              where not (p.currency = any (a.currencies)))
      select u.transaction_id as id, t.seq::text as seq, u.account_id, u.code, u.currency, u.held
        from unheld u join transactions t on t.id = u.transaction_id
       where ${inBook(s, "t.book_id")} or ${inBook(s, "u.book_id")}
       order by t.seq, u.id`,
    finding: (r) => ({
      transactionId: r.id,
      accountId: r.account_id,
      message: t("unheldCurrency", { entry: entry(r.seq, r.id), currency: r.currency, code: r.code, held: r.held }),
    }),
  }),
  define<{
    account_id: string;
    code: string | null;
    currency: string;
    actual: string | null;
    actual_n: number | null;
    kept: string | null;
    kept_n: number | null;
  }>({
    check: "account_balance",
    query: (s) => sql`
      with actual as (
             select p.account_id, p.currency, sum(p.amount) as balance, count(*)::int as n
               from postings p where ${accountInScope(s, "p.account_id")}
              group by p.account_id, p.currency),
           kept as (select b.account_id, b.currency, b.balance, b.postings from account_balances b where ${accountInScope(s, "b.account_id")})
      select coalesce(x.account_id, k.account_id) as account_id, a.code, coalesce(x.currency, k.currency) as currency,
             x.balance::text as actual, x.n as actual_n, k.balance::text as kept, k.postings as kept_n
        from actual x
        full join kept k on k.account_id = x.account_id and k.currency = x.currency
        left join accounts a on a.id = coalesce(x.account_id, k.account_id)
       where x.balance is distinct from k.balance or x.n is distinct from k.postings
       order by a.code, 3`,
    finding: (r) => {
      const account = r.code ?? r.account_id;
      const message =
        r.kept === null
          ? t("noKeptBalance", { account, currency: r.currency, n: r.actual_n ?? 0, sum: money(r.actual, r.currency) })
          : r.actual === null
            ? t("noPostings", { account, currency: r.currency, kept: money(r.kept, r.currency), n: r.kept_n ?? 0 })
            : t("keptBalanceDiffers", {
                account,
                currency: r.currency,
                kept: money(r.kept, r.currency),
                keptN: r.kept_n ?? 0,
                actualN: r.actual_n ?? 0,
                actual: money(r.actual, r.currency),
              });
      return { accountId: r.account_id, message };
    },
  }),
  define<{ account_id: string; code: string; currency: string; floor: number | null; expected: number | null }>({
    check: "balance_floor",
    query: (s) => sql`
      select b.account_id, a.code, b.currency, b.floor, e.expected
        from account_balances b
        join accounts a on a.id = b.account_id
        cross join lateral (select case when a.allow_negative then null else ${NORMAL_SIGN} end as expected) e
       where b.floor is distinct from e.expected and ${inBook(s, "a.book_id")}
       order by a.code, b.currency`,
    finding: (r) => ({
      accountId: r.account_id,
      message:
        r.expected === null
          ? t("staleFloor", { code: r.code, currency: r.currency })
          : t("missingFloor", { code: r.code, currency: r.currency, floor: r.floor ?? t("none"), expected: r.expected }),
    }),
  }),
  define<{ account_id: string; code: string; currency: string; balance: string }>({
    check: "negative_balance",
    query: (s) => sql`
      select p.account_id, a.code, p.currency, sum(p.amount)::text as balance
        from postings p join accounts a on a.id = p.account_id
       where not a.allow_negative and ${inBook(s, "a.book_id")}
       group by p.account_id, a.code, a.type, p.currency
      having sum(p.amount) * ${NORMAL_SIGN} < 0
       order by a.code, p.currency`,
    finding: (r) => ({
      accountId: r.account_id,
      message: t("negativeBalance", { code: r.code, currency: r.currency, balance: money(r.balance, r.currency) }),
    }),
  }),
  define<{
    book_id: string;
    month: string;
    account_id: string;
    code: string | null;
    kind: string;
    counterparty_kind: string;
    currency: string;
    actual: string | null;
    actual_n: number | null;
    kept: string | null;
    kept_n: number | null;
  }>({
    check: "ledger_month",
    query: (s) => sql`
      with actual as (
             select t.book_id, date_trunc('month', t.date)::date as month, p.account_id, t.kind, t.counterparty_kind, p.currency,
                    sum(p.amount) as amount, count(*)::int as n
               from postings p join transactions t on t.id = p.transaction_id
              where ${inBook(s, "t.book_id")}
              group by 1, 2, 3, 4, 5, 6),
           kept as (select * from ledger_months m where ${inBook(s, "m.book_id")})
      select coalesce(x.book_id, k.book_id) as book_id, coalesce(x.month, k.month)::text as month,
             coalesce(x.account_id, k.account_id) as account_id, a.code, coalesce(x.kind, k.kind) as kind,
             coalesce(x.counterparty_kind, k.counterparty_kind) as counterparty_kind, coalesce(x.currency, k.currency) as currency,
             x.amount::text as actual, x.n as actual_n, k.amount::text as kept, k.postings as kept_n
        from actual x
        full join kept k on (k.book_id, k.month, k.account_id, k.kind, k.counterparty_kind, k.currency)
                          = (x.book_id, x.month, x.account_id, x.kind, x.counterparty_kind, x.currency)
        left join accounts a on a.id = coalesce(x.account_id, k.account_id)
       where x.amount is distinct from k.amount or x.n is distinct from k.postings
       order by 2, a.code, 5, 6, 7`,
    finding: (r) => ({
      accountId: r.account_id,
      message: t("monthlySum", {
        account: r.code ?? r.account_id,
        month: r.month.slice(0, 7),
        kind: r.kind,
        counterpartyKind: r.counterparty_kind,
        currency: r.currency,
        kept: money(r.kept, r.currency),
        keptN: r.kept_n ?? 0,
        actual: money(r.actual, r.currency),
        actualN: r.actual_n ?? 0,
      }),
    }),
  }),
  define<{ id: string; seq: string; original: string; problem: string }>({
    check: "reversal",
    query: (s) => sql`
      with r as (select t.id, t.seq, t.book_id, t.kind, t.counterparty_kind, t.reverses_id
                   from transactions t where t.reverses_id is not null and ${inBook(s, "t.book_id")}),
           mine as (select r.id, p.account_id, p.currency, p.amount, count(*) as n
                      from r join transactions o on o.id = r.reverses_id join postings p on p.transaction_id = r.id
                     group by 1, 2, 3, 4),
           theirs as (select r.id, p.account_id, p.currency, -p.amount as amount, count(*) as n
                        from r join postings p on p.transaction_id = r.reverses_id
                       group by 1, 2, 3, 4),
           unmirrored as (select distinct coalesce(m.id, o.id) as id
                            from mine m
                            full join theirs o on (o.id, o.account_id, o.currency, o.amount, o.n) = (m.id, m.account_id, m.currency, m.amount, m.n)
                           where m.id is null or o.id is null)
      select r.id, r.seq::text as seq, r.reverses_id as original,
             case when o.id is null then 'missing'
                  when o.book_id <> r.book_id then 'book'
                  when o.reverses_id is not null then 'of_reversal'
                  when (o.kind, o.counterparty_kind) <> (r.kind, r.counterparty_kind) then 'kind'
                  else 'postings' end as problem
        from r
        left join transactions o on o.id = r.reverses_id
       where o.id is null or o.book_id <> r.book_id or o.reverses_id is not null
          or (o.kind, o.counterparty_kind) <> (r.kind, r.counterparty_kind)
          or r.id in (select id from unmirrored)
       order by r.seq`,
    finding: (r) => ({
      transactionId: r.id,
      message: t("badReversal", { entry: entry(r.seq, r.id), problem: r.problem, original: r.original }),
    }),
  }),
  define<{ transfer_id: string; first: string; n: number; books: number; amounts_differ: boolean }>({
    check: "transfer",
    query: (s) => sql`
      with legs as (select t.id, t.seq, t.book_id, t.transfer_id from transactions t
                     where t.transfer_id is not null
                       and ${s.bookId ? sql`t.transfer_id in (select transfer_id from transactions where book_id = ${s.bookId} and transfer_id is not null)` : sql`true`}),
           pairs as (select transfer_id, count(*)::int as n, count(distinct book_id)::int as books, (array_agg(id order by seq))[1] as first
                       from legs group by transfer_id),
           debits as (select l.transfer_id, l.id, p.currency, sum(p.amount) filter (where p.amount > 0) as d
                        from legs l join postings p on p.transaction_id = l.id group by 1, 2, 3),
           amounts as (select transfer_id, bool_or(legs <> 2 or sums <> 1) as differ
                         from (select transfer_id, currency, count(*) as legs, count(distinct d) as sums from debits group by 1, 2) c
                        group by transfer_id)
      select p.transfer_id, p.first, p.n, p.books, coalesce(a.differ, false) as amounts_differ
        from pairs p left join amounts a on a.transfer_id = p.transfer_id
       where p.n <> 2 or p.books <> 2 or coalesce(a.differ, false)
       order by p.transfer_id`,
    finding: (r) => ({
      transactionId: r.first,
      message:
        r.n !== 2 || r.books !== 2
          ? t("transferLegs", { transfer: r.transfer_id, n: r.n, books: r.books })
          : t("transferAmounts", { transfer: r.transfer_id }),
    }),
  }),
  define<{ id: string; transaction_id: string; amount: string; currency: string; found: boolean; kind: string | null; problem: string }>({
    check: "expense_paid",
    query: (s) => sql`
      with paid as (
             select e.id, e.transaction_id, e.amount, e.currency, e.account_id, t.id is not null as found, t.kind, t.book_id = b.id as same_book,
                    -- A participatory budget's grant tranche is an expense of its budget line posted as a grant.
                    case when exists (select 1 from pb_tranches x where x.expense_id = e.id) then 'grant' else 'expense' end as expected_kind,
                    coalesce(sum(p.amount) filter (where p.account_id = e.account_id and p.currency = e.currency), 0) as charged,
                    coalesce(sum(p.amount) filter (where p.amount > 0 and p.currency = e.currency), 0) as debits,
                    count(p.id) filter (where p.currency <> e.currency) as foreign_postings,
                    count(*) over (partition by e.transaction_id) as sharing
               from expenses e
               left join transactions t on t.id = e.transaction_id
               left join books b on b.organization_id = e.organization_id
               left join postings p on p.transaction_id = e.transaction_id
              where e.status = 'paid' and ${inOrganization(s, "e.organization_id")}
              group by e.id, e.transaction_id, e.amount, e.currency, e.account_id, t.id, t.kind, t.book_id, b.id)
      select id, transaction_id, amount::text as amount, currency, found, kind::text as kind,
             case when not found then 'missing' when kind::text <> expected_kind then 'kind' when not coalesce(same_book, false) then 'book'
                  when sharing > 1 then 'shared' else 'amount' end as problem
        from paid
       where not found or kind::text <> expected_kind or not coalesce(same_book, false) or sharing > 1
          or charged <> amount or debits <> amount or foreign_postings > 0
       order by id`,
    finding: (r) => ({
      transactionId: r.transaction_id,
      message: t("paidExpense", { id: r.id, amount: money(r.amount, r.currency), problem: r.problem, kind: String(r.kind) }),
    }),
  }),
  define<{ id: string; transaction_id: string; amount: string; currency: string; kind: string | null; problem: string }>({
    check: "donation_confirmed",
    query: (s) => sql`
      with confirmed as (
             select d.id, d.transaction_id, d.amount, d.currency, t.id is not null as found, t.kind, t.book_id = b.id as same_book,
                    coalesce(sum(p.amount) filter (where p.amount > 0 and p.currency = d.currency), 0) as debits,
                    count(p.id) filter (where p.currency <> d.currency) as foreign_postings,
                    count(*) over (partition by d.transaction_id) as sharing
               from donations d
               left join transactions t on t.id = d.transaction_id
               left join books b on b.organization_id = d.organization_id
               left join postings p on p.transaction_id = d.transaction_id
              where d.status = 'confirmed' and ${inOrganization(s, "d.organization_id")}
              group by d.id, d.transaction_id, d.amount, d.currency, t.id, t.kind, t.book_id, b.id)
      select id, transaction_id, amount::text as amount, currency, kind::text as kind,
             case when not found then 'missing' when kind <> 'donation' then 'kind' when not coalesce(same_book, false) then 'book'
                  when sharing > 1 then 'shared' else 'amount' end as problem
        from confirmed
       where not found or kind <> 'donation' or not coalesce(same_book, false) or sharing > 1 or debits <> amount or foreign_postings > 0
       order by id`,
    finding: (r) => ({
      transactionId: r.transaction_id,
      message: t("confirmedDonation", { id: r.id, amount: money(r.amount, r.currency), problem: r.problem, kind: String(r.kind) }),
    }),
  }),
  define<{ id: string; transaction_id: string; kind: string | null; found: boolean }>({
    check: "membership_fee",
    query: (s) => sql`
      select f.id, f.transaction_id, t.kind::text as kind, t.id is not null as found
        from membership_fees f
        left join transactions t on t.id = f.transaction_id
        left join books b on b.organization_id = f.organization_id
       where (t.id is null or t.kind <> 'membership_fee' or t.book_id is distinct from b.id) and ${inOrganization(s, "f.organization_id")}
       order by f.id`,
    finding: (r) => ({
      transactionId: r.transaction_id,
      message: t("membershipFee", {
        id: r.id,
        problem: !r.found ? "missing" : r.kind !== "membership_fee" ? "kind" : "book",
        kind: String(r.kind),
      }),
    }),
  }),
];

async function scopeOf(db: Executor, organization?: string): Promise<Scope> {
  if (!organization) return { bookId: null, organizationId: null };
  const org = await findOrganization(db, organization);
  const book = await bookOf(db, org.id);
  if (!book) throw new AppError(404, "not-found", t("nothingToVerify", { org: org.name }));
  return { bookId: book.id, organizationId: org.id };
}

async function countsOf(db: Executor, s: Scope): Promise<LedgerCounts> {
  const [row] = await rowsOf<{ transactions: string; postings: string; accounts: string }>(
    db,
    sql`select (select count(*) from transactions t where ${inBook(s, "t.book_id")})::text as transactions,
               (select count(*) from postings p where ${postingInScope(s, "p.transaction_id")})::text as postings,
               (select count(*) from accounts a where ${inBook(s, "a.book_id")})::text as accounts`,
  );
  return { transactions: Number(row?.transactions ?? 0), postings: Number(row?.postings ?? 0), accounts: Number(row?.accounts ?? 0) };
}

async function run(db: Executor, opts: VerifyOptions) {
  const limit = opts.limit ?? 50;
  const scope = await scopeOf(db, opts.organization);
  // The checks group millions of postings: let the hash aggregates stay in memory instead of spilling to disk.
  await db.execute(sql`set local work_mem = '128MB'`);
  const findings: Finding[] = [];
  for (const d of DEFINITIONS) {
    const started = performance.now();
    const rows = await rowsOf<unknown>(db, sql`select * from (${d.query(scope)}) q limit ${limit + 1}`);
    for (const row of rows.slice(0, limit)) findings.push({ check: d.check, ...d.finding(row) });
    if (rows.length > limit) findings.push({ check: d.check, message: t("moreFindings", { check: d.check, limit }) });
    opts.onCheck?.(d.check, performance.now() - started, Math.min(rows.length, limit));
  }
  return { findings, counts: await countsOf(db, scope) };
}

/**
 * Checks every invariant of the books against the tables themselves, in one consistent snapshot
 * (a read-only repeatable-read transaction, unless `db` is already a transaction), and also
 * returns how much was checked.
 */
export async function checkLedger(db: Executor, opts: VerifyOptions = {}): Promise<{ findings: Finding[]; counts: LedgerCounts }> {
  if (db instanceof PgTransaction) return run(db, opts);
  return (db as Db).transaction((tx) => run(tx, opts), { isolationLevel: "repeatable read", accessMode: "read only" });
}

/** The problems found in the books (all of them, or one organization's): an empty list when they are consistent. */
export async function verifyLedger(db: Executor, opts: VerifyOptions = {}): Promise<Finding[]> {
  return (await checkLedger(db, opts)).findings;
}
