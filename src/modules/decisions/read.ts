import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { CursorTime, exactTime, keyset } from "../../db/keyset.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { decodeCursor, page } from "../../http/pagination.ts";
import { people } from "../accounts/schema.ts";
import { personRef } from "../accounts/views.ts";
import { threads } from "../discussions/schema.ts";
import { type ORGANIZATION_KINDS, organizations } from "../organizations/schema.ts";
import { findOrganization, standingOf } from "../organizations/service.ts";
import { budgets, expenses } from "../treasury/schema.ts";
import { isDue, type Proposal, settle, tallyOf, tallyTerms } from "./lifecycle.ts";
import { t } from "./messages.ts";
import { canManage } from "./policy.ts";
import { type PROPOSAL_STATUSES, proposalElectors, proposals, votes } from "./schema.ts";
import { tallyView } from "./views.ts";

type Status = (typeof PROPOSAL_STATUSES)[number];

/** Proposals whose time has come are settled before anyone reads them, so nobody sees a vote still open after its close. */
async function upToDate(db: Db, ids: string[]) {
  for (const id of ids) await db.transaction((tx) => settle(tx, id));
}

const turnoutOf = (id: SQL | string) => sql<number>`(select count(*)::int from ${votes} where ${votes.proposalId} = ${id})`;
const viewerIs = (viewer: Actor | null, table: typeof votes | typeof proposalElectors) =>
  viewer
    ? sql<boolean>`exists (select 1 from ${table} where ${table.proposalId} = ${proposals.id} and ${table.personId} = ${viewer.id})`
    : sql<boolean>`false`;

const itemFields = (viewer: Actor | null) => ({
  p: proposals,
  organization: { slug: organizations.slug, name: organizations.name, kind: organizations.kind },
  turnout: turnoutOf(sql`${proposals.id}`),
  voted: viewerIs(viewer, votes),
  elector: viewerIs(viewer, proposalElectors),
  exactCreatedAt: exactTime(proposals.createdAt),
});

type ItemRow = {
  p: Proposal;
  organization: { slug: string; name: string; kind: (typeof ORGANIZATION_KINDS)[number] };
  turnout: number;
  voted: boolean;
  elector: boolean;
};

function itemView(r: ItemRow) {
  const { p } = r;
  return {
    id: p.id,
    organization: r.organization,
    title: p.title,
    method: p.method,
    ballot: p.ballot,
    status: p.status,
    opensAt: p.opensAt.toISOString(),
    closesAt: p.closesAt.toISOString(),
    outcome: p.outcome,
    electorateSize: p.electorateSize,
    turnout: r.turnout,
    voted: r.voted,
    canVote: r.elector && p.status === "open",
  };
}

export interface ProposalFilter {
  organization?: string;
  status?: Status[];
  /** Only open proposals the viewer may vote on and has not. */
  awaitingMe?: boolean;
  cursor?: string;
  limit: number;
}

const newestFirst = keyset(
  [
    { column: proposals.createdAt, type: "timestamptz" },
    { column: proposals.id, type: "uuid" },
  ],
  "desc",
);
const byCastAt = keyset(
  [
    { column: votes.castAt, type: "timestamptz" },
    { column: votes.personId, type: "uuid" },
  ],
  "asc",
);

export async function listProposals(db: Db, viewer: Actor | null, f: ProposalFilter) {
  if (f.awaitingMe && !viewer) throw AppError.unauthenticated();
  const org = f.organization ? await findOrganization(db, f.organization) : undefined;
  const after = decodeCursor(f.cursor, z.tuple([CursorTime, z.uuid()]));
  const query = () =>
    db
      .select(itemFields(viewer))
      .from(proposals)
      .innerJoin(organizations, eq(organizations.id, proposals.organizationId))
      .where(
        and(
          org ? eq(proposals.organizationId, org.id) : undefined,
          f.status?.length ? inArray(proposals.status, f.status) : undefined,
          f.awaitingMe && viewer
            ? and(eq(proposals.status, "open"), viewerIs(viewer, proposalElectors), sql`not ${viewerIs(viewer, votes)}`)
            : undefined,
          newestFirst.after(after),
        ),
      )
      .orderBy(...newestFirst.orderBy)
      .limit(f.limit + 1);
  let rows = await query();
  const due = rows.filter((r) => isDue(r.p)).map((r) => r.p.id);
  if (due.length) {
    await upToDate(db, due);
    rows = await query();
  }
  return page(rows, f.limit, itemView, (r) => [r.exactCreatedAt, r.p.id]);
}

async function decidesOf(db: Executor, id: string) {
  const [expense] = await db
    .select({ id: expenses.id, purpose: expenses.purpose, status: expenses.status, amount: expenses.amount, currency: expenses.currency })
    .from(expenses)
    .where(eq(expenses.proposalId, id));
  if (expense) return { type: "expense" as const, ...expense, amount: String(expense.amount) };
  const [budget] = await db
    .select({ id: budgets.id, title: budgets.title, status: budgets.status, year: budgets.year })
    .from(budgets)
    .where(eq(budgets.proposalId, id));
  return budget ? { type: "budget" as const, ...budget } : null;
}

export async function getProposal(db: Db, viewer: Actor | null, id: string) {
  const load = () =>
    db
      .select({ ...itemFields(viewer), author: { handle: people.handle, name: people.name } })
      .from(proposals)
      .innerJoin(organizations, eq(organizations.id, proposals.organizationId))
      .leftJoin(people, eq(people.id, proposals.authorId))
      .where(eq(proposals.id, id));
  let [row] = await load();
  if (!row) throw AppError.notFound(t("proposal"));
  if (isDue(row.p)) {
    await upToDate(db, [id]);
    [row] = await load();
    if (!row) throw AppError.notFound(t("proposal"));
  }
  const { p } = row;
  const [mine] = viewer
    ? await db
        .select()
        .from(votes)
        .where(and(eq(votes.proposalId, id), eq(votes.personId, viewer.id)))
    : [];
  const [thread] = await db
    .select({ id: threads.id })
    .from(threads)
    .where(and(eq(threads.subjectType, "proposal"), eq(threads.subjectId, id)))
    .limit(1);
  const live = p.status === "open" && p.ballot === "public" ? await tallyOf(db, p) : null;
  return {
    ...itemView(row),
    author: personRef(row.author),
    body: p.body,
    html: p.html,
    options: p.options,
    threshold:
      p.thresholdNumerator && p.thresholdDenominator ? { numerator: p.thresholdNumerator, denominator: p.thresholdDenominator } : null,
    scoreMax: p.scoreMax,
    electorateRoles: p.electorateRoles,
    quorumPercent: p.quorumPercent,
    openedAt: p.openedAt?.toISOString() ?? null,
    closedAt: p.closedAt?.toISOString() ?? null,
    cancelledReason: p.cancelledReason,
    result: p.result ? tallyView(tallyTerms(p), p.result) : null,
    liveTally: live ? tallyView(tallyTerms(p), live) : null,
    myVote: mine
      ? {
          answer: mine.answer,
          options: mine.options,
          scores: mine.scores,
          reason: mine.reason,
          changes: mine.changes,
          castAt: mine.castAt.toISOString(),
          updatedAt: mine.updatedAt.toISOString(),
        }
      : null,
    canManage:
      (p.status === "scheduled" || p.status === "open") && canManage(viewer, await standingOf(db, p.organizationId, viewer), p.authorId),
    threadId: thread?.id ?? null,
    decides: await decidesOf(db, id),
  };
}

/**
 * Who voted. On a public ballot, what each chose and why; on a secret one, only who took part and
 * when: the choices never leave the database except as the tally.
 */
export async function listVotes(db: Db, id: string, q: { cursor?: string; limit: number }) {
  const [p] = await db.select({ ballot: proposals.ballot }).from(proposals).where(eq(proposals.id, id));
  if (!p) throw AppError.notFound(t("proposal"));
  const after = decodeCursor(q.cursor, z.tuple([CursorTime, z.uuid()]));
  const rows = await db
    .select({
      v: votes,
      voter: { handle: people.handle, name: people.name },
      exactCastAt: exactTime(votes.castAt),
    })
    .from(votes)
    .innerJoin(people, eq(people.id, votes.personId))
    .where(and(eq(votes.proposalId, id), byCastAt.after(after)))
    .orderBy(...byCastAt.orderBy)
    .limit(q.limit + 1);
  const secret = p.ballot === "secret";
  return page(
    rows,
    q.limit,
    (r) => ({
      voter: r.voter,
      answer: secret ? null : r.v.answer,
      options: secret ? null : r.v.options,
      scores: secret ? null : r.v.scores,
      reason: secret ? null : r.v.reason,
      changes: secret ? 0 : r.v.changes,
      castAt: r.v.castAt.toISOString(),
      updatedAt: secret ? r.v.castAt.toISOString() : r.v.updatedAt.toISOString(),
    }),
    (r) => [r.exactCastAt, r.v.personId],
  );
}
