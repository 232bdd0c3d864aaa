import { type SQL, sql } from "drizzle-orm";
import { type Keyset, keyset } from "../../db/keyset.ts";
import { rowsOf } from "../../db/rows.ts";
import type { Executor } from "../../db/types.ts";
import type { Commons } from "../commons/service.ts";
import { EXPORT_BATCH } from "../ledger/journal.ts";
import { toDecimal } from "../ledger/money.ts";
import { currencyUnit, HOUR, ONE } from "./context.ts";

/** Where agents and resources live on this instance: the web app's own pages. */
export interface Urls {
  base: string;
  /** The slug of the community that stewards the commons: logged work is done for it. */
  community: string;
}
type Node = Record<string, unknown>;

export const person = (u: Pick<Urls, "base">, handle: string) => `${u.base}/people/${handle}`;
export const org = (u: Pick<Urls, "base">, slug: string) => `${u.base}/orgs/${slug}`;
const commonsUrl = (u: Urls, slug: string) => `${u.base}/commons/${slug}`;
/** A day as the start of that day in UTC: the books and contributions record days, not times. */
const day = (d: string) => `${d}T00:00:00Z`;
/** Minutes as hours, to four decimal places at most (20 minutes is 0.3333). */
export const hours = (minutes: number) => (minutes / 60).toFixed(4).replace(/\.?0+$/, "");
/** Git author names never carry their email here, and nothing that looks like one gets out. */
const safeName = (name: string) =>
  name
    .replace(/<[^>]*>/g, "")
    .replace(/\S+@\S+/g, "")
    .trim() || "Unknown";

/**
 * Reads one section of the export in keyset pages of `order`: `query(resume, orderBy)` returns up to
 * EXPORT_BATCH rows, adding `resume` (empty on the first page, else `and` the condition that starts after
 * the cursor) to its where clause and ordering by `orderBy`; `cursor(row)` is the next cursor's key values.
 * Memory stays flat however long the commons' history.
 */
export async function* pages<R>(
  db: Executor,
  order: Keyset,
  query: (resume: SQL, orderBy: SQL) => SQL,
  cursor: (r: R) => unknown[],
): AsyncGenerator<R[]> {
  const orderBy = sql.join(order.orderBy, sql`, `);
  let after: unknown[] | null = null;
  for (;;) {
    const condition = order.after(after);
    const rows: R[] = await rowsOf<R>(db, query(condition ? sql`and ${condition}` : sql``, orderBy));
    if (rows.length) yield rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < EXPORT_BATCH) return;
    after = cursor(last);
  }
}

interface ContributionRow {
  id: string;
  type: "new_document" | "edit" | "work" | "commit";
  title: string;
  performed_on: string;
  minutes: number | null;
  lines: number;
  handle: string | null;
  external_author: string | null;
}

/** Accepted contributions: logged work as `work` (hours), documents and imported commits as `produce` (lines) into the commons. */
async function* contributionEvents(db: Executor, c: Commons, u: Urls): AsyncGenerator<Node[]> {
  const order = keyset(
    [
      { column: sql`c.performed_on`, type: "date" },
      { column: sql`c.id`, type: "uuid" },
    ],
    "asc",
  );
  const query = (resume: SQL, orderBy: SQL) => sql`
    select c.id, c.type, c.title, c.performed_on::text as performed_on, c.minutes,
           (c.lines_added + c.lines_removed)::int as lines, p.handle, c.external_author
      from contributions c left join people p on p.id = c.author_id
     where c.commons_id = ${c.id} and c.status = 'accepted'
       ${resume}
     order by ${orderBy}
     limit ${EXPORT_BATCH}`;
  for await (const rows of pages<ContributionRow>(db, order, query, (r) => [r.performed_on, r.id])) {
    yield rows.map((r) => {
      const provider = r.handle
        ? { provider: person(u, r.handle) }
        : r.external_author
          ? { provider: { "@type": "Person", name: safeName(r.external_author) } }
          : {};
      const base = {
        "@id": `${u.base}/contributions/${r.id}`,
        "@type": "EconomicEvent",
        ...provider,
        hasPointInTime: day(r.performed_on),
        note: r.title,
      };
      if (r.type === "work")
        return {
          ...base,
          action: "work",
          receiver: org(u, u.community),
          effortQuantity: { "@type": "Measure", hasNumericalValue: hours(r.minutes ?? 0), hasUnit: HOUR },
        };
      return {
        ...base,
        action: "produce",
        resourceInventoriedAs: commonsUrl(u, c.slug),
        resourceQuantity: { "@type": "Measure", hasNumericalValue: String(r.lines), hasUnit: ONE },
      };
    });
  }
}

interface UseRow {
  id: string;
  purpose: string;
  product: string;
  since: string;
  ended_on: string | null;
  enterprise: string;
}

/** Declared uses: the enterprise cites the commons, which its community provides. */
async function* declaredUseEvents(db: Executor, c: Commons, u: Urls): AsyncGenerator<Node[]> {
  const order = keyset(
    [
      { column: sql`u.since`, type: "date" },
      { column: sql`u.id`, type: "uuid" },
    ],
    "asc",
  );
  const query = (resume: SQL, orderBy: SQL) => sql`
    select u.id, u.purpose, u.product, u.since::text as since, u.ended_on::text as ended_on, e.slug as enterprise
      from commons_uses u
      join organizations e on e.id = u.enterprise_id
     where u.commons_id = ${c.id} ${resume}
     order by ${orderBy}
     limit ${EXPORT_BATCH}`;
  for await (const rows of pages<UseRow>(db, order, query, (r) => [r.since, r.id])) {
    yield rows.map((r) => ({
      "@id": `urn:uuid:${r.id}`,
      "@type": "EconomicEvent",
      action: "cite",
      provider: org(u, u.community),
      receiver: org(u, r.enterprise),
      resourceInventoriedAs: commonsUrl(u, c.slug),
      hasBeginning: day(r.since),
      ...(r.ended_on ? { hasEnd: day(r.ended_on) } : {}),
      note: `${r.purpose.replace("_", "-")} use: ${r.product}`,
    }));
  }
}

interface TransferRow {
  id: string;
  seq: string;
  date: string;
  description: string;
  provider_org: string | null;
  provider_person: string | null;
  receiver_org: string | null;
  receiver_person: string | null;
  receiver_name: string;
  amount: string | null;
  currency: string | null;
}

const money = (amount: string, currency: string) => ({
  "@type": "Measure",
  hasNumericalValue: toDecimal(amount, currency),
  hasUnit: currencyUnit(currency),
});

/**
 * Money paid for this commons (reciprocity, phyle commitments, payouts): each entry tagged with it
 * that takes money out of a bank or cash account, from the payer's side (a payment between two
 * organizations is in both books; the payee's side would count it twice).
 */
async function* transferEvents(db: Executor, c: Commons, u: Urls): AsyncGenerator<Node[]> {
  const order = keyset(
    [
      { column: sql`t.date`, type: "date" },
      { column: sql`t.seq`, type: "bigint" },
    ],
    "asc",
  );
  const query = (resume: SQL, orderBy: SQL) => sql`
    with batch as (
      select t.id, t.seq, t.date, t.description, t.book_id, t.counterparty_organization_id, t.counterparty_person_id, t.counterparty_name
        from transactions t
       where t.commons_id = ${c.id} and t.kind <> 'distribution'
         ${resume}
       order by ${orderBy}
       limit ${EXPORT_BATCH})
    select b.id, b.seq::text as seq, b.date::text as date, b.description,
           po.slug as provider_org, pp.handle as provider_person, ro.slug as receiver_org, rp.handle as receiver_person,
           b.counterparty_name as receiver_name, paid.amount, paid.currency
      from batch b
      join books k on k.id = b.book_id
      left join organizations po on po.id = k.organization_id
      left join people pp on pp.id = k.person_id
      left join organizations ro on ro.id = b.counterparty_organization_id
      left join people rp on rp.id = b.counterparty_person_id
      left join lateral (
        select (-sum(p.amount))::text as amount, min(p.currency) as currency
          from postings p join accounts a on a.id = p.account_id
         where p.transaction_id = b.id and a.code in ('assets:bank', 'assets:cash') and p.amount < 0) paid on true
     order by b.date, b.seq`;
  for await (const rows of pages<TransferRow>(db, order, query, (r) => [r.date, r.seq])) {
    yield rows
      .filter((r) => r.amount !== null && r.currency !== null)
      .map((r) => ({
        "@id": `urn:uuid:${r.id}`,
        "@type": "EconomicEvent",
        action: "transfer",
        ...(r.provider_org ? { provider: org(u, r.provider_org) } : r.provider_person ? { provider: person(u, r.provider_person) } : {}),
        receiver: r.receiver_org
          ? org(u, r.receiver_org)
          : r.receiver_person
            ? person(u, r.receiver_person)
            : { "@type": "Organization", name: safeName(r.receiver_name) },
        resourceQuantity: money(r.amount as string, (r.currency as string).trim()),
        hasPointInTime: day(r.date),
        note: r.description,
      }));
  }
}

interface ShareRow {
  id: string;
  created_at: string;
  distribution_id: string;
  position: number;
  date: string;
  amount: string;
  currency: string;
  label: string;
  provider: string;
  receiver: string;
}

/** Each person's share of this commons' distributions: the distributing organization transfers it to them. */
async function* shareEvents(db: Executor, c: Commons, u: Urls): AsyncGenerator<Node[]> {
  const order = keyset(
    [
      { column: sql`d.created_at`, type: "timestamptz" },
      { column: sql`d.id`, type: "uuid" },
      { column: sql`s.position`, type: "int" },
    ],
    "asc",
  );
  const query = (resume: SQL, orderBy: SQL) => sql`
    select s.id, d.created_at::text as created_at, d.id as distribution_id, s.position, t.date::text as date,
           s.amount::text as amount, d.currency, s.label, o.slug as provider, p.handle as receiver
      from distributions d
      join distribution_shares s on s.distribution_id = d.id
      join transactions t on t.id = d.transaction_id
      join organizations o on o.id = d.organization_id
      join people p on p.id = s.person_id
     where d.commons_id = ${c.id} and s.amount > 0
       ${resume}
     order by ${orderBy}
     limit ${EXPORT_BATCH}`;
  for await (const rows of pages<ShareRow>(db, order, query, (r) => [r.created_at, r.distribution_id, r.position])) {
    yield rows.map((r) => ({
      "@id": `urn:uuid:${r.id}`,
      "@type": "EconomicEvent",
      action: "transfer",
      provider: org(u, r.provider),
      receiver: person(u, r.receiver),
      resourceQuantity: money(r.amount, r.currency.trim()),
      hasPointInTime: day(r.date),
      note: r.label,
    }));
  }
}

/** The commons as a resource, then every economic event about it, section by section, a keyset page at a time. */
export async function* commonsEvents(db: Executor, c: Commons, u: Urls): AsyncGenerator<Node[]> {
  yield [{ "@id": commonsUrl(u, c.slug), "@type": "EconomicResource", name: c.title, ...(c.summary ? { note: c.summary } : {}) }];
  yield* contributionEvents(db, c, u);
  yield* declaredUseEvents(db, c, u);
  yield* transferEvents(db, c, u);
  yield* shareEvents(db, c, u);
}
