import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { type KeyColumn, keyset } from "../../db/keyset.ts";
import { prepared, preparedSql } from "../../db/prepared.ts";
import type { Executor } from "../../db/types.ts";
import { decodeCursor, page } from "../../http/pagination.ts";
import { listCache } from "./list-cache.ts";
import { type ORGANIZATION_KINDS, organizations } from "./schema.ts";
import { orgColumns } from "./service.ts";
import { type OrganizationView, organizationView } from "./views.ts";

export interface OrganizationQuery {
  q?: string;
  kind?: (typeof ORGANIZATION_KINDS)[number];
  cursor?: string;
  limit: number;
}

/** Each word matches as a prefix ("hard lab" finds "Open Hardware Lab"); punctuation is ignored. */
export function prefixQuery(q: string): string | null {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return words?.length ? words.map((w) => `${w}:*`).join(" & ") : null;
}

const generation = sql<string>`(select n::text from organization_list_generation)`;
/** Active members, as migration 0022's trigger counts them. */
const memberCount = sql<number>`coalesce((select c.active from organization_member_counts c where c.organization_id = "organizations"."id"), 0)`;
const tsQuery = sql`to_tsquery('simple', ${sql.placeholder("tsq")})`;
const rank = sql<number>`ts_rank(${organizations.search}, ${tsQuery})::real`;
const alphabetical: KeyColumn[] = [
  { column: organizations.name, type: "text" },
  { column: organizations.id, type: "uuid" },
];
/** Names alphabetically; a search puts the most relevant first, then alphabetically. */
const byName = keyset(alphabetical, "asc");
const byRank = keyset([{ column: rank, type: "real", direction: "desc" }, ...alphabetical], "asc");
/**
 * A search orders by the rank it selects (the output column "rank"), so PostgreSQL ranks each match
 * once: written out again in ORDER BY, with its own parameter, the rank was computed twice per match
 * (the resume condition of a later page still writes it out, as WHERE cannot name an output column).
 */
const byRankOrder = [sql`"rank" desc`, ...byName.orderBy];
const namePlaceholders = [sql.placeholder("name"), sql.placeholder("id")];

/**
 * The list query for one combination of filters, as a prepared statement: a search ranks by
 * relevance, otherwise names come alphabetically; the cursor is the keyset of that order. Each row
 * carries the list generation of the snapshot it was read in.
 */
function listStatement(db: Executor, search: boolean, kind: boolean, cursor: boolean) {
  return prepared(db, `organizations_list_${+search}${+kind}${+cursor}`, () =>
    db
      .select({ org: orgColumns, memberCount, generation, rank: (search ? rank : sql<number>`0::real`).as("rank") })
      .from(organizations)
      .where(
        and(
          search ? sql`${organizations.search} @@ ${tsQuery}` : undefined,
          kind ? eq(organizations.kind, sql.placeholder("kind")) : undefined,
          cursor ? (search ? byRank.after([sql.placeholder("rank"), ...namePlaceholders]) : byName.after(namePlaceholders)) : undefined,
        ),
      )
      .orderBy(...(search ? byRankOrder : byName.orderBy))
      .limit(sql.placeholder("limit"))
      .prepare(`organizations_list_${+search}${+kind}${+cursor}`),
  );
}

/** The list generation now, and the active members of the given organizations, read in one snapshot. */
const freshCounts = () => sql`
  select ${generation} as generation,
         coalesce((select json_object_agg(c.organization_id, c.active) from organization_member_counts c
                   where c.organization_id = any(${sql.placeholder("ids")}::uuid[])), '{}'::json) as counts`;

const SearchCursor = z.tuple([z.number(), z.string(), z.uuid()]);
const NameCursor = z.tuple([z.string(), z.uuid()]);
type ListedItem = Omit<OrganizationView, "memberCount">;

/**
 * A page of the list. A page this process has answered before is answered again from memory while
 * the list generation it was read at is still current, with member counts read afresh; a change to
 * any organization moves the generation on, in the same transaction, so no process serves a page
 * older than its database.
 */
export async function listOrganizations(
  db: Executor,
  f: OrganizationQuery,
): Promise<{ items: OrganizationView[]; nextCursor: string | null }> {
  const tsq = f.q ? prefixQuery(f.q) : null;
  const after = tsq ? decodeCursor(f.cursor, SearchCursor) : decodeCursor(f.cursor, NameCursor);
  const key = JSON.stringify([tsq, f.kind ?? null, after ?? null, f.limit]);
  const cache = listCache<ListedItem>(db);
  const kept = cache.get(key);
  if (kept) {
    const [now] = await preparedSql<{ generation: string; counts: Record<string, number> }>(
      db,
      "organizations_list_counts",
      freshCounts,
    ).execute({
      ids: kept.items.map((i) => i.id),
    });
    if (now?.generation === kept.generation) {
      return { items: kept.items.map((i) => ({ ...i, memberCount: now.counts[i.id] ?? 0 })), nextCursor: kept.nextCursor };
    }
  }
  const resumeAt = after?.length === 3 ? { rank: after[0], name: after[1], id: after[2] } : after ? { name: after[0], id: after[1] } : {};
  const rows = await listStatement(db, !!tsq, !!f.kind, !!after).execute({ tsq, kind: f.kind, limit: f.limit + 1, ...resumeAt });
  const answer = page(
    rows,
    f.limit,
    (r) => organizationView({ ...r.org, memberCount: r.memberCount }),
    (r) => (tsq ? [r.rank, r.org.name, r.org.id] : [r.org.name, r.org.id]),
  );
  // An empty page carries no generation; it costs little to find again.
  if (rows[0])
    cache.set(key, {
      generation: rows[0].generation,
      items: answer.items.map(({ memberCount: _, ...item }) => item),
      nextCursor: answer.nextCursor,
    });
  return answer;
}
