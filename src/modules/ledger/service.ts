import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { dayOf } from "../../calendar.ts";
import { integrityProblem } from "../../db/errors.ts";
import { preparedSql } from "../../db/prepared.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { requestLanguage } from "../../http/request-language.ts";
import { now } from "../../now.ts";
import { requireActor } from "../accounts/policy.ts";
import { recordActivity } from "../activity/service.ts";
import type { Standing } from "../organizations/policy.ts";
import type { ORGANIZATION_KINDS } from "../organizations/schema.ts";
import { findOrganization, findOrganizationById, lockedStanding } from "../organizations/service.ts";
import { accountByCode, type Book, openBook, requireBook, requireCurrency } from "./books.ts";
import { accountTypeOf, type NewTransactionBody } from "./inputs.ts";
import { t } from "./messages.ts";
import { money } from "./money.ts";
import { authorizeOpenBooks, authorizeTreasurer } from "./policy.ts";
import {
  type CounterpartyKind,
  checkBalanced,
  findTransaction,
  LEDGER_CONSTRAINTS,
  postTransaction,
  type Transaction,
  type TransactionKind,
} from "./post.ts";
import { accounts, books, postings, transactions } from "./schema.ts";

/**
 * Opens an organization's books in a currency, with the default chart of accounts, its names in the
 * language of the request that opens them (English outside a request: the demo, the CLI). The
 * language is read here, before the database transaction, which may run its callback elsewhere.
 */
export async function openBooks(db: Db, actor: Actor | null, slug: string, currency: string): Promise<Book> {
  const language = requestLanguage();
  return db.transaction(async (tx) => {
    const org = await findOrganization(tx, slug);
    const me = authorizeOpenBooks(actor, await lockedStanding(tx, org.id, actor));
    const book = await openBook(tx, org.id, currency, language);
    await recordActivity(tx, {
      actorId: me.id,
      verb: "books.opened",
      objectType: "organization",
      objectId: org.id,
      organizationId: org.id,
      data: { currency },
    });
    return book;
  });
}

/** The organization, its books, and the acting treasurer: where every write to the books starts. */
export async function treasurerContext(tx: Executor, actor: Actor | null, slug: string) {
  const org = await findOrganization(tx, slug);
  const me = authorizeTreasurer(actor, await lockedStanding(tx, org.id, actor));
  const book = await requireBook(tx, org.id, org.name);
  return { org, me, book };
}

export async function addAccount(
  db: Db,
  actor: Actor | null,
  slug: string,
  input: { code: string; name: string; currencies?: string[]; allowNegative?: boolean },
) {
  return db.transaction(async (tx) => {
    const { org, me, book } = await treasurerContext(tx, actor, slug);
    const type = accountTypeOf(input.code);
    try {
      const [account] = await tx
        .insert(accounts)
        .values({
          bookId: book.id,
          code: input.code,
          name: input.name,
          type,
          currencies: [...new Set(input.currencies ?? [book.currency])],
          allowNegative: input.allowNegative ?? type !== "asset",
        })
        .returning();
      if (!account) throw new Error("insert returned no account");
      await recordActivity(tx, {
        actorId: me.id,
        verb: "account.added",
        objectType: "account",
        objectId: account.id,
        organizationId: org.id,
        data: { code: account.code, name: account.name },
      });
      return account;
    } catch (err) {
      throw integrityProblem(err, { accounts_book_code_key: { path: "body.code", message: t("accountExists") } }) ?? err;
    }
  });
}

/**
 * A treasurer's entry as one statement: the organization (FOR KEY SHARE) and the actor's membership
 * (FOR SHARE), the books and each posting's account by code, then — only when the actor is an active
 * treasurer, the books are open and every account exists in them and holds its posting's currency —
 * the transaction, its postings and its activity row. The locks are those of `lockedStanding`: a
 * concurrent demotion (which locks the organization FOR UPDATE first) makes the statement wait, and
 * PostgreSQL then reads the membership as the demotion left it, so the entry is refused. When nothing
 * is written, `postManual` names the first problem from what the statement found, in the order the
 * checks always ran (organization, role, books, then each posting's account and currency, then the
 * balance). The database still checks the rest as for every entry (balance at commit, overdrafts).
 */
const postManualStatement = () => sql`
  with org as (
    select o.id, o.slug, o.name, o.kind from organizations o where o.slug = ${sql.placeholder("slug")}::text for key share
  ), standing as (
    select m.role, m.status from memberships m
    where m.organization_id = (select id from org) and m.person_id = ${sql.placeholder("person")}::uuid
    for share
  ), book as (
    select b.id from books b where b.organization_id = (select id from org)
  ), lines as (
    select r.n, r.code, r.amount, r.currency, r.memo, a.id as account_id, a.name as account_name, a.currencies::text[] as currencies
    from jsonb_to_recordset(${sql.placeholder("postings")}::jsonb) as r(n int, code text, amount bigint, currency text, memo text)
    left join accounts a on a.book_id = (select id from book) and a.code = r.code
  ), allowed as (
    select ${sql.placeholder("balanced")}::boolean
       and exists (select 1 from standing s where s.status = 'active' and s.role = 'treasurer')
       and exists (select 1 from book)
       and not exists (select 1 from lines l where l.account_id is null or not (l.currency = any (l.currencies))) as ok
  ), entry as (
    insert into transactions (book_id, kind, date, description, counterparty_kind, counterparty_name, posted_by)
    select (select id from book), ${sql.placeholder("kind")}::transaction_kind, ${sql.placeholder("date")}::date,
           ${sql.placeholder("description")}::text, ${sql.placeholder("counterpartyKind")}::counterparty_kind,
           coalesce(${sql.placeholder("counterparty")}::text, (select name from org)), ${sql.placeholder("person")}::uuid
    from allowed where ok
    returning id, seq, date, kind, description, counterparty_kind, counterparty_name, posted_at
  ), posted as (
    insert into postings (transaction_id, account_id, amount, currency, memo)
    select e.id, l.account_id, l.amount, l.currency, l.memo from entry e cross join lines l order by l.n
  ), logged as (
    insert into activities (actor_id, verb, object_type, object_id, organization_id, data)
    select ${sql.placeholder("person")}::uuid, 'transaction.posted', 'transaction', e.id, (select id from org),
           jsonb_build_object('kind', e.kind, 'description', e.description, 'date', e.date)
    from entry e
  )
  select o.id as "organizationId", o.slug, o.name, o.kind as "orgKind",
         (select s.role from standing s) as role, (select s.status from standing s) as status,
         (select b.id from book b) as "bookId",
         (select coalesce(jsonb_agg(jsonb_build_object('found', l.account_id is not null, 'name', l.account_name, 'currencies', l.currencies)
                                    order by l.n), '[]'::jsonb) from lines l) as accounts,
         e.id, e.seq::text as seq, e.date::text as date, e.kind, e.description, e.counterparty_kind as "counterpartyKind",
         e.counterparty_name as "counterpartyName", e.posted_at::text as "postedAt"
  from org o left join entry e on true`;

interface PostManualRow {
  organizationId: string;
  slug: string;
  name: string;
  orgKind: (typeof ORGANIZATION_KINDS)[number];
  role: Standing["role"];
  status: Standing["status"];
  bookId: string | null;
  accounts: { found: boolean; name: string | null; currencies: string[] | null }[];
  id: string | null;
  seq: string | null;
  date: string | null;
  kind: TransactionKind | null;
  description: string | null;
  counterpartyKind: CounterpartyKind | null;
  counterpartyName: string | null;
  postedAt: string | null;
}

/**
 * A treasurer's own entry: any balanced set of postings between the organization's accounts. One
 * round trip (postManualStatement); the answer is built from the rows it wrote, in the shape of
 * `getTransaction` (read.ts), so the route need not read the entry back.
 */
export async function postManual(db: Db, actor: Actor | null, slug: string, input: NewTransactionBody) {
  // Signed out: the organization is looked up first, as in every write to the books (404 before 401).
  if (!actor) await findOrganization(db, slug);
  const me = requireActor(actor);
  const balanceProblem = (() => {
    try {
      checkBalanced(
        input.postings.map((p) => ({ accountId: "", amount: BigInt(p.amount), currency: p.currency })),
        "body.postings",
      );
      return null;
    } catch (err) {
      return err;
    }
  })();
  let row: PostManualRow | undefined;
  try {
    [row] = await preparedSql<PostManualRow>(db, "ledger_post_manual", postManualStatement).execute({
      slug: slug.toLowerCase(),
      person: me.id,
      postings: JSON.stringify(
        input.postings.map((p, n) => ({ n, code: p.account, amount: String(p.amount), currency: p.currency, memo: p.memo ?? null })),
      ),
      // An unbalanced entry is refused here, but only after the problems that come before it (see below).
      balanced: balanceProblem === null,
      kind: input.kind,
      date: input.date,
      description: input.description,
      counterpartyKind: input.counterpartyKind,
      counterparty: input.counterparty ?? null,
    });
  } catch (err) {
    throw integrityProblem(err, LEDGER_CONSTRAINTS("body.postings")) ?? err;
  }
  if (!row) throw AppError.notFound(t("organization", { slug }));
  authorizeTreasurer(me, { role: row.role, status: row.status });
  // Refused for the books or an account: the functions every write to the books uses name the problem.
  // They read again (only on this path), so a book or account that appeared meanwhile is not refused.
  const bookId = row.bookId ?? (await requireBook(db, row.organizationId, row.name)).id;
  for (const [i, p] of input.postings.entries()) {
    const found = row.accounts[i];
    if (!found?.found || !found.currencies?.includes(p.currency)) {
      requireCurrency(await accountByCode(db, bookId, p.account, `body.postings.${i}.account`), p.currency, `body.postings.${i}.currency`);
    }
  }
  if (balanceProblem) throw balanceProblem;
  if (!row.id || !row.seq || !row.date || !row.kind || row.description === null || !row.counterpartyKind || !row.postedAt) {
    throw AppError.conflict(t("booksChanged"));
  }
  return {
    id: row.id,
    seq: Number(row.seq),
    date: row.date,
    kind: row.kind,
    description: row.description,
    counterparty: { kind: row.counterpartyKind, name: row.counterpartyName ?? row.name, organization: null },
    postings: input.postings.map((p, i) => ({
      account: { code: p.account, name: row.accounts[i]?.name ?? p.account },
      ...money(p.amount, p.currency),
      memo: p.memo ?? null,
    })),
    decision: null,
    source: null,
    transferId: null,
    reverses: null,
    reversedBy: null,
    postedBy: { handle: me.handle, name: me.name },
    postedAt: new Date(row.postedAt).toISOString(),
    organization: { slug: row.slug, name: row.name, kind: row.orgKind },
  };
}

/** The organization whose books hold an entry. */
async function ownerOfBook(tx: Executor, bookId: string) {
  const [book] = await tx.select({ organizationId: books.organizationId }).from(books).where(eq(books.id, bookId));
  if (!book?.organizationId) throw AppError.notFound(t("transactionOrganization"));
  return findOrganizationById(tx, book.organizationId);
}

/**
 * Corrects a posted entry the only way the books allow: an entry that mirrors it, on today's date.
 * A payment between two organizations is reversed in both books at once, as it was posted, so the
 * two sides never disagree.
 */
export async function reverseTransaction(db: Db, actor: Actor | null, id: string, reason: string) {
  return db.transaction(async (tx) => {
    const original = await findTransaction(tx, id);
    if (original.reversesId) throw AppError.conflict(t("reversalOfReversal"));
    const { me } = await treasurerContext(tx, actor, (await ownerOfBook(tx, original.bookId)).slug);
    const entries = original.transferId
      ? await tx.select().from(transactions).where(eq(transactions.transferId, original.transferId))
      : [original];
    const transferId = original.transferId ? randomUUID() : null;
    let reversal: Transaction | undefined;
    for (const entry of entries) {
      const owner = await ownerOfBook(tx, entry.bookId);
      const lines = await tx.select().from(postings).where(eq(postings.transactionId, entry.id));
      const posted = await postTransaction(tx, {
        bookId: entry.bookId,
        organizationId: owner.id,
        kind: entry.kind,
        date: dayOf(now()),
        description: `Reversal of "${entry.description}": ${reason}`.slice(0, 500),
        counterparty: {
          kind: entry.counterpartyKind,
          organizationId: entry.counterpartyOrganizationId,
          personId: entry.counterpartyPersonId,
          name: entry.counterpartyName,
        },
        decisionId: entry.decisionId,
        transferId,
        reversesId: entry.id,
        postedBy: me.id,
        postings: lines.map((l) => ({ accountId: l.accountId, amount: -l.amount, currency: l.currency, memo: l.memo })),
        path: "path.id",
      });
      if (entry.id === id) reversal = posted;
    }
    if (!reversal) throw new Error("the reversed entry was not among its transfer's entries");
    return reversal;
  });
}
