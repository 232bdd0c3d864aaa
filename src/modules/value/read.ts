import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { CursorTime, exactTime, keyset } from "../../db/keyset.ts";
import { rowsOf } from "../../db/rows.ts";
import type { Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { decodeCursor, page } from "../../http/pagination.ts";
import { people } from "../accounts/schema.ts";
import { personRef } from "../accounts/views.ts";
import { commons } from "../commons/schema.ts";
import { contributions } from "../contributions/schema.ts";
import { toDecimal } from "../ledger/money.ts";
import { isTreasurer } from "../ledger/policy.ts";
import { accounts } from "../ledger/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { standingOf } from "../organizations/service.ts";
import { changedSomething } from "./aggregate.ts";
import type { Equation } from "./equation.ts";
import { t } from "./messages.ts";
import { canEditEquation, type EquationOwner } from "./policy.ts";
import { distributionShares, distributions } from "./schema.ts";
import { loadEquation, resolveScope, type ScopeRef } from "./scope.ts";
import { equationFields, hoursOf, lineView, notSharedNote, type StatementView } from "./views.ts";

/** Points are kept as numeric(38, 6): read them as millionths, exactly. */
const micro = (p: string) => {
  const [whole = "0", fraction = ""] = p.split(".");
  return BigInt(whole) * 1_000_000n + BigInt(fraction.padEnd(6, "0").slice(0, 6));
};
const fromMicro = (m: bigint) => `${m / 1_000_000n}.${(m % 1_000_000n).toString().padStart(6, "0")}`;

/** What a posted distribution keeps of how it was made, beside the equation itself. */
interface Made {
  owner: EquationOwner;
  scopeId: string;
  commonsIds: string[];
  unknownContributions: number;
  equation: Equation;
}

export async function getEquation(db: Executor, actor: Actor | null, ref: ScopeRef) {
  const scope = await resolveScope(db, actor, ref);
  const loaded = await loadEquation(db, scope);
  const [by] = loaded.updatedBy
    ? await db.select({ handle: people.handle, name: people.name }).from(people).where(eq(people.id, loaded.updatedBy))
    : [];
  const treasury = scope.treasury;
  return {
    scope: { owner: scope.owner, slug: scope.slug, title: scope.title },
    ...equationFields(loaded.equation),
    isDefault: loaded.isDefault,
    updatedAt: loaded.updatedAt?.toISOString() ?? null,
    updatedBy: personRef(by ?? null),
    canEdit: canEditEquation(scope.owner, actor, scope.governorStanding),
    canDistribute: !!actor && !!treasury && isTreasurer(await standingOf(db, treasury.id, actor)),
    treasury: treasury ? { slug: treasury.slug, name: treasury.name } : null,
  };
}

const summaryColumns = {
  id: distributions.id,
  amount: distributions.amount,
  currency: distributions.currency,
  windowFrom: distributions.windowFrom,
  windowTo: distributions.windowTo,
  description: distributions.description,
  createdAt: distributions.createdAt,
  at: exactTime(distributions.createdAt),
  orgSlug: organizations.slug,
  orgName: organizations.name,
  commonsSlug: commons.slug,
  commonsTitle: commons.title,
  byHandle: people.handle,
  byName: people.name,
  shares: sql<number>`(select count(*)::int from ${distributionShares} s where s.distribution_id = ${distributions.id})`,
};

const distributionsNewestFirst = keyset(
  [
    { column: distributions.createdAt, type: "timestamptz" },
    { column: distributions.id, type: "uuid" },
  ],
  "desc",
);

/** A commons' distributions, or a phyle's (those posted in its books), newest first. */
export async function listDistributions(db: Executor, actor: Actor | null, ref: ScopeRef, q: { cursor?: string; limit: number }) {
  const scope = await resolveScope(db, actor, ref);
  const after = decodeCursor(q.cursor, z.tuple([CursorTime, z.uuid()]));
  const rows = await db
    .select(summaryColumns)
    .from(distributions)
    .innerJoin(organizations, eq(organizations.id, distributions.organizationId))
    .leftJoin(commons, eq(commons.id, distributions.commonsId))
    .leftJoin(people, eq(people.id, distributions.createdBy))
    .where(
      and(
        scope.owner === "commons" ? eq(distributions.commonsId, scope.id) : eq(distributions.organizationId, scope.id),
        distributionsNewestFirst.after(after),
      ),
    )
    .orderBy(...distributionsNewestFirst.orderBy)
    .limit(q.limit + 1);
  return page(
    rows,
    q.limit,
    (r) => ({
      id: r.id,
      organization: { slug: r.orgSlug, name: r.orgName },
      commons: r.commonsSlug && r.commonsTitle ? { slug: r.commonsSlug, title: r.commonsTitle } : null,
      amount: String(r.amount),
      decimal: toDecimal(String(r.amount), r.currency),
      currency: r.currency,
      windowFrom: r.windowFrom,
      windowTo: r.windowTo,
      description: r.description,
      shares: r.shares,
      postedBy: personRef({ handle: r.byHandle, name: r.byName }),
      postedAt: r.createdAt.toISOString(),
    }),
    (r) => [r.at, r.id],
  );
}

async function findDistribution(db: Executor, id: string) {
  const [d] = await db.select().from(distributions).where(eq(distributions.id, id));
  if (!d) throw AppError.notFound(t("distribution"));
  return { ...d, made: d.equation as Made };
}

export async function getDistribution(db: Executor, id: string): Promise<StatementView> {
  const d = await findDistribution(db, id);
  const [org] = await db.select().from(organizations).where(eq(organizations.id, d.organizationId));
  const [source] = await db.select({ code: accounts.code }).from(accounts).where(eq(accounts.id, d.sourceAccountId));
  const [c] = d.commonsId ? await db.select().from(commons).where(eq(commons.id, d.commonsId)) : [];
  const [by] = d.createdBy
    ? await db.select({ handle: people.handle, name: people.name }).from(people).where(eq(people.id, d.createdBy))
    : [];
  const lines = await db
    .select({
      position: distributionShares.position,
      kind: distributionShares.kind,
      label: distributionShares.label,
      amount: distributionShares.amount,
      points: distributionShares.points,
      contributions: distributionShares.contributions,
      minutes: distributionShares.minutes,
      lines: distributionShares.lines,
      reviews: distributionShares.reviews,
      account: accounts.code,
      handle: people.handle,
      name: people.name,
    })
    .from(distributionShares)
    .innerJoin(accounts, eq(accounts.id, distributionShares.accountId))
    .leftJoin(people, eq(people.id, distributionShares.personId))
    .where(eq(distributionShares.distributionId, id))
    .orderBy(distributionShares.position);
  const totalPoints = lines.reduce((sum, l) => sum + (l.points ? micro(l.points) : 0n), 0n);
  const scope =
    d.made.owner === "phyle" || !c
      ? { owner: d.made.owner, slug: org?.slug ?? "", title: org?.name ?? "" }
      : { owner: d.made.owner, slug: c.slug, title: c.title };
  return {
    id: d.id,
    scope,
    organization: { slug: org?.slug ?? "", name: org?.name ?? "" },
    amount: String(d.amount),
    decimal: toDecimal(String(d.amount), d.currency),
    currency: d.currency,
    sourceAccount: source?.code ?? "",
    windowFrom: d.windowFrom,
    windowTo: d.windowTo,
    description: d.description,
    equation: equationFields(d.made.equation),
    totalPoints: fromMicro(totalPoints),
    notShared: { contributions: d.made.unknownContributions, note: notSharedNote(d.made.unknownContributions) },
    lines: lines.map((l) =>
      lineView(
        l,
        personRef({ handle: l.handle, name: l.name }),
        String(l.amount),
        l.points === null ? null : fromMicro(micro(l.points)),
        l.minutes,
        l.lines,
        d.currency,
      ),
    ),
    statementHash: d.statementHash,
    transactionId: d.transactionId,
    postedBy: personRef(by ?? null),
    postedAt: d.createdAt.toISOString(),
  };
}

const workLatestFirst = keyset(
  [
    { column: contributions.performedOn, type: "date" },
    { column: contributions.id, type: "uuid" },
  ],
  "desc",
);

/** The accepted contributions behind a contributor's share: theirs, on the distribution's commons, in its window. */
export async function lineContributions(db: Executor, id: string, position: number, q: { cursor?: string; limit: number }) {
  const d = await findDistribution(db, id);
  const [line] = await db
    .select({ personId: distributionShares.personId, kind: distributionShares.kind })
    .from(distributionShares)
    .where(and(eq(distributionShares.distributionId, id), eq(distributionShares.position, position)));
  if (!line) throw AppError.notFound(t("statementLine"));
  if (line.kind !== "contributor" || !line.personId || !d.made.commonsIds.length) return { items: [], nextCursor: null };
  const after = decodeCursor(q.cursor, z.tuple([z.iso.date(), z.uuid()]));
  const rows = await db
    .select({
      id: contributions.id,
      title: contributions.title,
      kind: contributions.kind,
      type: contributions.type,
      performedOn: contributions.performedOn,
      minutes: contributions.minutes,
      size: contributions.size,
      commonsSlug: commons.slug,
      commonsTitle: commons.title,
    })
    .from(contributions)
    .innerJoin(commons, eq(commons.id, contributions.commonsId))
    .where(
      and(
        sql`${contributions.commonsId} in (select jsonb_array_elements_text(${JSON.stringify(d.made.commonsIds)}::jsonb)::uuid)`,
        eq(contributions.authorId, line.personId),
        eq(contributions.status, "accepted"),
        changedSomething(contributions.type, contributions.resultRevisionId),
        sql`${contributions.performedOn} between ${d.windowFrom}::date and ${d.windowTo}::date`,
        workLatestFirst.after(after),
      ),
    )
    .orderBy(...workLatestFirst.orderBy)
    .limit(q.limit + 1);
  return page(
    rows,
    q.limit,
    (r) => ({
      id: r.id,
      title: r.title,
      kind: r.kind,
      type: r.type,
      performedOn: r.performedOn,
      minutes: r.minutes ?? 0,
      hours: hoursOf(r.minutes ?? 0),
      lines: r.type === "work" ? 0 : r.size,
      commons: { slug: r.commonsSlug, title: r.commonsTitle },
    }),
    (r) => [r.performedOn, r.id],
  );
}

/** A person's shares across distributions (latest first), and per organization what it owes them now. */
export async function personShares(db: Executor, handle: string) {
  const [person] = await db.select().from(people).where(eq(people.handle, handle.toLowerCase()));
  if (!person) throw AppError.notFound(t("person", { handle }));
  const items = await db
    .select({
      id: distributions.id,
      description: distributions.description,
      windowFrom: distributions.windowFrom,
      windowTo: distributions.windowTo,
      createdAt: distributions.createdAt,
      currency: distributions.currency,
      orgSlug: organizations.slug,
      orgName: organizations.name,
      commonsSlug: commons.slug,
      commonsTitle: commons.title,
      position: distributionShares.position,
      kind: distributionShares.kind,
      label: distributionShares.label,
      amount: distributionShares.amount,
      points: distributionShares.points,
      contributions: distributionShares.contributions,
    })
    .from(distributionShares)
    .innerJoin(distributions, eq(distributions.id, distributionShares.distributionId))
    .innerJoin(organizations, eq(organizations.id, distributions.organizationId))
    .leftJoin(commons, eq(commons.id, distributions.commonsId))
    .where(eq(distributionShares.personId, person.id))
    .orderBy(desc(distributions.createdAt), distributionShares.position)
    .limit(100);
  const owed = await rowsOf<{ slug: string; name: string; currency: string; received: string; paid: string; balance: string }>(
    db,
    sql`select o.slug, o.name, ab.currency, ab.balance::text as balance,
        (select coalesce(sum(-p.amount), 0)::text from postings p join transactions t on t.id = p.transaction_id
          where p.account_id = a.id and t.kind = 'distribution') as received,
        (select coalesce(sum(p.amount), 0)::text from postings p join transactions t on t.id = p.transaction_id
          where p.account_id = a.id and t.kind = 'payout') as paid
      from ${accounts} a
      join books b on b.id = a.book_id
      join ${organizations} o on o.id = b.organization_id
      join account_balances ab on ab.account_id = a.id
      where a.id in (select distinct s.account_id from ${distributionShares} s where s.person_id = ${person.id})
      order by o.name, ab.currency`,
  );
  return {
    person: { handle: person.handle, name: person.name },
    items: items.map((r) => ({
      distribution: {
        id: r.id,
        description: r.description,
        windowFrom: r.windowFrom,
        windowTo: r.windowTo,
        postedAt: r.createdAt.toISOString(),
      },
      organization: { slug: r.orgSlug, name: r.orgName },
      commons: r.commonsSlug && r.commonsTitle ? { slug: r.commonsSlug, title: r.commonsTitle } : null,
      position: r.position,
      kind: r.kind,
      label: r.label,
      amount: String(r.amount),
      decimal: toDecimal(String(r.amount), r.currency),
      currency: r.currency,
      points: r.points === null ? null : fromMicro(micro(r.points)),
      contributions: r.contributions,
    })),
    organizations: owed.map((o) => {
      const now = -BigInt(o.balance);
      return {
        organization: { slug: o.slug, name: o.name },
        currency: o.currency.trim(),
        received: o.received,
        paidOut: o.paid,
        owed: String(now),
        owedDecimal: toDecimal(now, o.currency.trim()),
      };
    }),
  };
}
