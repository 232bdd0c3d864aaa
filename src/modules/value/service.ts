import { sql } from "drizzle-orm";
import { constraintOf, pgError } from "../../db/errors.ts";
import { rowsOf } from "../../db/rows.ts";
import type { Db, Executor } from "../../db/types.ts";
import { writtenAt } from "../../db/written-at.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { recordActivity } from "../activity/service.ts";
import { type Account, accountByCode, type Book, requireCurrency } from "../ledger/books.ts";
import { postTransaction } from "../ledger/post.ts";
import { accounts } from "../ledger/schema.ts";
import { lockedStanding, standingOf } from "../organizations/service.ts";
import { booksOf, today } from "../treasury/context.ts";
import { contributionAggregates, peopleByHandles, peopleByIds, reviewAggregates, tuneForScans, windowFrom } from "./aggregate.ts";
import { type Equation, pointsText } from "./equation.ts";
import { DEFAULT_SOURCE, type PostBody, type PreviewBody } from "./inputs.ts";
import { t } from "./messages.ts";
import { authorizeDistribute, authorizeEditEquation, authorizePreview } from "./policy.ts";
import { distributions, valueEquations } from "./schema.ts";
import { loadEquation, resolveScope, type Scope, type ScopeRef } from "./scope.ts";
import { computeStatement, type Statement } from "./statement.ts";

/** A commons' stewards (or a phyle's) write its equation; one row per owner, replaced whole. */
export async function saveEquation(db: Db, actor: Actor | null, ref: ScopeRef, body: Equation) {
  return db.transaction(async (tx) => {
    const scope = await resolveScope(tx, actor, ref, { lock: true });
    const me = authorizeEditEquation(actor, scope.owner, scope.governorStanding);
    const handles = body.buckets.flatMap((b) => ("person" in b.recipient ? [b.recipient.person] : []));
    const found = await peopleByHandles(tx, handles);
    body.buckets.forEach((b, i) => {
      if ("person" in b.recipient && !found.has(b.recipient.person))
        throw AppError.validation(`body.buckets.${i}.recipient.person`, t("noOneWithHandle", { handle: b.recipient.person }));
    });
    const values = {
      buckets: body.buckets,
      weights: body.weights,
      reviewPoints: body.reviewPoints,
      windowDays: body.windowDays,
      halfLifeDays: body.halfLifeDays,
      updatedBy: me.id,
      updatedAt: writtenAt,
    };
    const owner = scope.owner === "commons" ? { commonsId: scope.id } : { enterpriseId: scope.id };
    try {
      await tx
        .insert(valueEquations)
        .values({ ...owner, ...values })
        .onConflictDoUpdate({ target: scope.owner === "commons" ? valueEquations.commonsId : valueEquations.enterpriseId, set: values });
    } catch (err) {
      // The database's check backs the input's rule on the shares' sum.
      const e = pgError(err);
      if (e?.code === "23514" && constraintOf(e) === "value_equations_buckets")
        throw AppError.conflict(t("sharesOverWhole"), "body.buckets");
      throw err;
    }
    await recordActivity(tx, {
      actorId: me.id,
      verb: "value_equation.updated",
      objectType: scope.owner === "commons" ? "commons" : "organization",
      objectId: scope.id,
      organizationId: scope.governor.id,
      data: {
        ...(scope.owner === "commons" ? { slug: scope.slug, title: scope.title } : {}),
        buckets: body.buckets.length,
        windowDays: body.windowDays,
        halfLifeDays: body.halfLifeDays,
      },
    });
    return scope;
  });
}

interface Prepared {
  scope: Scope & { treasury: NonNullable<Scope["treasury"]> };
  book: Book;
  source: Account;
  statement: Statement;
  description: string;
  me: Actor;
}

/** Everything a preview and a post share: who may, which books, the window's aggregates, the statement. */
async function prepare(tx: Executor, actor: Actor | null, ref: ScopeRef, body: PreviewBody, mode: "preview" | "post"): Promise<Prepared> {
  const scope = await resolveScope(tx, actor, ref, { lock: mode === "post" });
  const treasury = scope.treasury;
  if (!treasury) throw AppError.conflict(t("noStewardAssociation", { commons: scope.title }));
  const treasuryStanding = await (mode === "post" ? lockedStanding : standingOf)(tx, treasury.id, actor);
  const me =
    mode === "post"
      ? authorizeDistribute(actor, treasuryStanding)
      : authorizePreview(actor, scope.owner, scope.governorStanding, treasuryStanding);
  if (!scope.commonsIds.length) throw AppError.conflict(t("noCommonsNamed", { enterprise: scope.title }));
  const book = await booksOf(tx, treasury);
  const currency = body.currency ?? book.currency;
  const source = await accountByCode(tx, book.id, body.sourceAccount ?? DEFAULT_SOURCE, "body.sourceAccount");
  requireCurrency(source, currency, body.currency ? "body.currency" : "body.sourceAccount");
  const { equation } = await loadEquation(tx, scope);
  const to = body.windowTo ?? today();
  const from = windowFrom(to, equation.windowDays);
  const window = { commonsIds: scope.commonsIds, from, to, halfLifeDays: equation.halfLifeDays };
  await tuneForScans(tx);
  const contributions = await contributionAggregates(tx, window);
  // Reviews earn nothing under an equation without review points: their scan would be wasted.
  const reviews = equation.reviewPoints > 0 ? await reviewAggregates(tx, window) : [];
  const ids = new Set<string>(reviews.map((r) => r.reviewerId));
  for (const c of contributions) if (c.authorId) ids.add(c.authorId);
  const statement = computeStatement({
    scopeId: scope.id,
    amount: BigInt(body.amount),
    currency,
    sourceAccount: source.code,
    windowFrom: from,
    windowTo: to,
    equation,
    contributions,
    reviews,
    people: await peopleByIds(tx, [...ids]),
    recipients: await peopleByHandles(
      tx,
      equation.buckets.flatMap((b) => ("person" in b.recipient ? [b.recipient.person] : [])),
    ),
  });
  for (const line of statement.lines) {
    if (line.person) continue;
    const account = await accountByCode(tx, book.id, line.account, "body").catch(() => {
      throw AppError.conflict(t("shareAccountMissing", { label: line.label, account: line.account, organization: treasury.name }));
    });
    requireCurrency(account, currency, "body.currency");
  }
  const description = body.description ?? `Distribution to the contributors of ${scope.title}, ${from} to ${to}`;
  return { scope: { ...scope, treasury }, book, source, statement, description, me };
}

export async function previewDistribution(db: Db, actor: Actor | null, ref: ScopeRef, body: PreviewBody) {
  // Read-only, but in one snapshot-free transaction anyway so the statement reads one consistent state.
  return db.transaction(async (tx) => {
    const p = await prepare(tx, actor, ref, body, "preview");
    return { ...p, posted: null };
  });
}

/**
 * Each person's account in the books (`liabilities:contributors:<handle>`), opened on demand for
 * everyone at once: one insert and one select, however many contributors there are.
 */
async function personAccounts(tx: Executor, book: Book, s: Statement): Promise<Map<string, Account>> {
  const wanted = new Map<string, string>();
  for (const l of s.lines) if (l.person) wanted.set(l.account, `Owed to ${l.person.name}`.slice(0, 120));
  if (!wanted.size) return new Map();
  const find = () =>
    rowsOf<{ id: string; code: string; currencies: string[] | string }>(
      tx,
      sql`select id, code, currencies from ${accounts}
        where book_id = ${book.id} and code in (select jsonb_array_elements_text(${JSON.stringify([...wanted.keys()])}::jsonb))`,
    );
  // Most people already have their account from an earlier distribution: open only the missing ones.
  let found = await find();
  if (found.length < wanted.size) {
    const have = new Set(found.map((a) => a.code));
    const rows = JSON.stringify([...wanted].filter(([code]) => !have.has(code)).map(([code, name]) => ({ code, name })));
    await tx.execute(sql`insert into ${accounts} (book_id, code, name, type, currencies, allow_negative)
      select ${book.id}::uuid, r.code, r.name, 'liability', array[${s.currency}]::char(3)[], true
      from jsonb_to_recordset(${rows}::jsonb) as r(code text, name text)
      on conflict do nothing`);
    found = await find();
  }
  const byCode = new Map<string, Account>();
  for (const a of found) {
    const currencies = Array.isArray(a.currencies)
      ? a.currencies
      : String(a.currencies)
          .replace(/[{}\s]/g, "")
          .split(",");
    if (!currencies.includes(s.currency))
      throw AppError.validation(
        "body.currency",
        t("accountCurrencies", { account: a.code, currencies: currencies.join(", "), currency: s.currency }),
      );
    byCode.set(a.code, { id: a.id, code: a.code } as Account);
  }
  return byCode;
}

/** Posts a distribution: one balanced entry (the source debited, every share credited), the statement, its activity. */
export async function postDistribution(db: Db, actor: Actor | null, ref: ScopeRef, body: PostBody) {
  return db.transaction(async (tx) => {
    const p = await prepare(tx, actor, ref, body, "post");
    const s = p.statement;
    if (body.statementHash && body.statementHash !== s.hash) throw AppError.conflict(t("statementChanged"), "body.statementHash");
    const people = await personAccounts(tx, p.book, s);
    const accountOf = new Map<string, string>([[p.source.code, p.source.id]]);
    for (const l of s.lines) {
      if (accountOf.has(l.account)) continue;
      accountOf.set(l.account, l.person ? (people.get(l.account)?.id ?? "") : (await accountByCode(tx, p.book.id, l.account, "body")).id);
    }
    // One posting per account: a person with a fixed share and a contributor's share is credited once.
    const sums = new Map<string, bigint>([[p.source.id, s.amount]]);
    for (const l of s.lines) {
      const id = accountOf.get(l.account) as string;
      sums.set(id, (sums.get(id) ?? 0n) - l.amount);
    }
    const transaction = await postTransaction(tx, {
      bookId: p.book.id,
      organizationId: p.scope.treasury.id,
      kind: "distribution",
      date: today(),
      description: p.description,
      counterparty: { kind: "internal", name: `Contributors of ${p.scope.title}`.slice(0, 200) },
      commonsId: p.scope.commonsId,
      postedBy: p.me.id,
      postings: [...sums].filter(([, v]) => v !== 0n).map(([accountId, amount]) => ({ accountId, amount, currency: s.currency })),
      path: "body.sourceAccount",
    });
    const [row] = await tx
      .insert(distributions)
      .values({
        commonsId: p.scope.commonsId,
        organizationId: p.scope.treasury.id,
        bookId: p.book.id,
        sourceAccountId: p.source.id,
        amount: Number(s.amount),
        currency: s.currency,
        windowFrom: s.windowFrom,
        windowTo: s.windowTo,
        equation: {
          owner: p.scope.owner,
          scopeId: p.scope.id,
          commonsIds: p.scope.commonsIds,
          unknownContributions: s.unknownContributions,
          equation: s.equation,
        },
        statementHash: s.hash,
        description: p.description,
        transactionId: transaction.id,
        createdBy: p.me.id,
      })
      .returning({ id: distributions.id });
    if (!row) throw new Error("insert returned no distribution");
    const shares = s.lines.map((l) => ({
      position: l.position,
      kind: l.kind,
      label: l.label,
      person_id: l.person?.id ?? null,
      account_id: accountOf.get(l.account),
      amount: String(l.amount),
      points: l.kind === "contributor" ? pointsText(l.units) : null,
      contributions: l.contributions,
      minutes: String(l.minutes),
      lines: String(l.lines),
      reviews: l.reviews,
    }));
    await tx.execute(sql`insert into distribution_shares
      (distribution_id, position, kind, label, person_id, account_id, amount, points, contributions, minutes, lines, reviews)
      select ${row.id}::uuid, r.position, r.kind::share_kind, r.label, r.person_id, r.account_id, r.amount, r.points,
        r.contributions, r.minutes, r.lines, r.reviews
      from jsonb_to_recordset(${JSON.stringify(shares)}::jsonb) as r(position int, kind text, label text, person_id uuid,
        account_id uuid, amount bigint, points numeric, contributions int, minutes bigint, lines bigint, reviews int)`);
    await recordActivity(tx, {
      actorId: p.me.id,
      verb: "distribution.posted",
      objectType: "distribution",
      objectId: row.id,
      targetType: p.scope.commonsId ? "commons" : "organization",
      targetId: p.scope.commonsId ?? p.scope.id,
      organizationId: p.scope.treasury.id,
      data: { amount: String(s.amount), currency: s.currency, shares: s.lines.length, windowFrom: s.windowFrom, windowTo: s.windowTo },
    });
    return row.id;
  });
}
