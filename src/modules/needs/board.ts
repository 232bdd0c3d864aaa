import { and, asc, eq, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { CursorTime, exactTime, type KeyColumn, keyset } from "../../db/keyset.ts";
import type { Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { Day } from "../../http/fields.ts";
import { decodeCursor, page } from "../../http/pagination.ts";
import { people } from "../accounts/schema.ts";
import { commons } from "../commons/schema.ts";
import { findCommons } from "../commons/service.ts";
import { contributions } from "../contributions/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { findOrganization, standingOf } from "../organizations/service.ts";
import { t } from "./messages.ts";
import { needViewer } from "./policy.ts";
import { type NEED_TYPES, needLinks, needRemoteTakers, needs, needTakers, needUpdates, URGENCIES } from "./schema.ts";
import type { BoardStatus, NeedDetail } from "./views.ts";

const author = alias(people, "author");
const closer = alias(people, "closer");

/** What the board shows of each need. */
const itemFields = {
  id: needs.id,
  type: needs.type,
  title: needs.title,
  tags: needs.tags,
  urgency: needs.urgency,
  dueOn: needs.dueOn,
  status: needs.status,
  takerCount: needs.takerCount,
  activeAt: needs.activeAt,
  createdAt: needs.createdAt,
  exactActiveAt: exactTime(needs.activeAt),
  author: { handle: author.handle, name: author.name },
  commons: { slug: commons.slug, title: commons.title },
  organization: { slug: organizations.slug, name: organizations.name },
};

const detailFields = {
  ...itemFields,
  body: needs.body,
  closedAt: needs.closedAt,
  closeNote: needs.closeNote,
  updatedAt: needs.updatedAt,
  authorId: needs.authorId,
  maintainerOrgId: sql<string>`coalesce(${commons.communityId}, ${needs.organizationId})`,
  closedBy: { handle: closer.handle, name: closer.name },
};

const STATUS_FILTERS: Record<BoardStatus, SQL> = {
  open: sql`(${needs.status} = 'open' and ${needs.takerCount} = 0)`,
  taken: sql`(${needs.status} = 'open' and ${needs.takerCount} > 0)`,
  done: sql`${needs.status} = 'done'`,
};

/** critical > high > normal > low > none: 4…1, and 0 for a need without urgency. */
const urgencyRank = sql<number>`(case ${needs.urgency} ${sql.raw(URGENCIES.map((u, i) => `when '${u}' then ${i + 1}`).join(" "))} else 0 end)`;
const rankOf = (u: (typeof URGENCIES)[number] | null) => (u ? URGENCIES.indexOf(u) + 1 : 0);
/** Soonest first, and a need without a due date after every dated one. */
const dueKey = sql`coalesce(${needs.dueOn}, 'infinity'::date)`;

const FreshCursor = z.tuple([CursorTime, z.uuid()]);
const UrgentCursor = z.tuple([z.number().int().min(0).max(URGENCIES.length), Day.nullable(), CursorTime, z.uuid()]);

export interface BoardQuery {
  commons?: string;
  organization?: string;
  status?: BoardStatus[];
  type?: (typeof NEED_TYPES)[number];
  tag?: string;
  sort: "fresh" | "urgent";
  cursor?: string;
  limit: number;
}

const freshest: KeyColumn[] = [
  { column: needs.activeAt, type: "timestamptz" },
  { column: needs.id, type: "uuid" },
];
const freshFirst = keyset(freshest, "desc");
/** Most urgent first, then soonest due, then freshest. */
const urgentFirst = keyset([{ column: urgencyRank, type: "int" }, { column: dueKey, type: "date", direction: "asc" }, ...freshest], "desc");

/** The keyset condition and order of each sort. */
function ordering(f: BoardQuery): { after: SQL | undefined; orderBy: SQL[] } {
  if (f.sort === "fresh") return { after: freshFirst.after(decodeCursor(f.cursor, FreshCursor)), orderBy: freshFirst.orderBy };
  const c = decodeCursor(f.cursor, UrgentCursor);
  // The cursor keeps a need without a due date as null; it sorts as the dueKey it stands for.
  return { after: urgentFirst.after(c && [c[0], c[1] ?? "infinity", c[2], c[3]]), orderBy: urgentFirst.orderBy };
}

/** The board: freshest first by default, or most urgent first. */
export async function listNeeds(db: Executor, f: BoardQuery) {
  if (f.commons && f.organization) throw AppError.validation("query.organization", t("bothScopes"));
  const [inCommons, inOrganization] = await Promise.all([
    f.commons ? findCommons(db, f.commons) : undefined,
    f.organization ? findOrganization(db, f.organization) : undefined,
  ]);
  const { after, orderBy } = ordering(f);
  const rows = await db
    .select(itemFields)
    .from(needs)
    .leftJoin(author, eq(author.id, needs.authorId))
    .leftJoin(commons, eq(commons.id, needs.commonsId))
    .leftJoin(organizations, eq(organizations.id, needs.organizationId))
    .where(
      and(
        inCommons ? eq(needs.commonsId, inCommons.id) : undefined,
        inOrganization ? eq(needs.organizationId, inOrganization.id) : undefined,
        f.status?.length ? or(...f.status.map((s) => STATUS_FILTERS[s])) : undefined,
        f.type ? eq(needs.type, f.type) : undefined,
        f.tag ? sql`${needs.tags} @> array[${f.tag}]::text[]` : undefined,
        after,
      ),
    )
    .orderBy(...orderBy)
    .limit(f.limit + 1);
  return page(
    rows,
    f.limit,
    (r) => r,
    (r) => (f.sort === "fresh" ? [r.exactActiveAt, r.id] : [rankOf(r.urgency), r.dueOn, r.exactActiveAt, r.id]),
  );
}

/** One need with everything its page shows, and what the viewer may do with it. */
export async function getNeed(db: Executor, id: string, viewer: Actor | null): Promise<NeedDetail> {
  const [row] = await db
    .select(detailFields)
    .from(needs)
    .leftJoin(author, eq(author.id, needs.authorId))
    .leftJoin(closer, eq(closer.id, needs.closedBy))
    .leftJoin(commons, eq(commons.id, needs.commonsId))
    .leftJoin(organizations, eq(organizations.id, needs.organizationId))
    .where(eq(needs.id, id))
    .limit(1);
  if (!row) throw AppError.notFound(t("need"));
  const [takers, remoteTakers, updates, links, standing] = await Promise.all([
    db
      .select({ personId: needTakers.personId, handle: people.handle, name: people.name, since: needTakers.createdAt })
      .from(needTakers)
      .innerJoin(people, eq(people.id, needTakers.personId))
      .where(eq(needTakers.needId, id))
      .orderBy(asc(needTakers.createdAt), asc(people.handle)),
    db
      .select({
        handle: needRemoteTakers.handle,
        name: needRemoteTakers.name,
        uri: needRemoteTakers.actorUri,
        since: needRemoteTakers.createdAt,
      })
      .from(needRemoteTakers)
      .where(eq(needRemoteTakers.needId, id))
      .orderBy(asc(needRemoteTakers.createdAt), asc(needRemoteTakers.handle)),
    db
      .select({
        id: needUpdates.id,
        body: needUpdates.body,
        createdAt: needUpdates.createdAt,
        author: { handle: people.handle, name: people.name },
      })
      .from(needUpdates)
      .leftJoin(people, eq(people.id, needUpdates.authorId))
      .where(eq(needUpdates.needId, id))
      .orderBy(asc(needUpdates.createdAt), asc(needUpdates.id)),
    db
      .select({
        contribution: { id: contributions.id, title: contributions.title, status: contributions.status },
        author: { handle: people.handle, name: people.name },
        linkedAt: needLinks.createdAt,
      })
      .from(needLinks)
      .innerJoin(contributions, eq(contributions.id, needLinks.contributionId))
      .leftJoin(people, eq(people.id, contributions.authorId))
      .where(eq(needLinks.needId, id))
      .orderBy(asc(needLinks.createdAt), asc(contributions.id)),
    standingOf(db, row.maintainerOrgId, viewer),
  ]);
  const relation = { authorId: row.authorId, standing, isTaker: !!viewer && takers.some((taker) => taker.personId === viewer.id) };
  return {
    row,
    takers,
    remoteTakers,
    updates,
    links: links.map((l) => ({ contribution: { ...l.contribution, author: l.author }, linkedAt: l.linkedAt })),
    viewer: needViewer(viewer, relation),
  };
}
