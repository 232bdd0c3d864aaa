import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.ts";
import type { Executor } from "../../db/types.ts";
import type { LoggedRow } from "./objects.ts";

const PUBLIC_ROWS = (organizationId: string) => sql`a.organization_id = ${organizationId} and a.visibility = 'public'`;

/**
 * A page of an organization's outbox, newest first, read from the activity log (its public rows
 * only: nothing members-only or private leaves the instance). The cursor is the last row's id; an
 * empty one is the first page. Null for a cursor that is not one.
 */
export async function publicRowsOf(db: Executor, organizationId: string, cursor: string | null, limit: number) {
  if (cursor !== null && cursor !== "" && !/^\d{1,18}$/.test(cursor)) return null;
  const rows = await rowsOf<LoggedRow>(
    db,
    sql`select a.id::text, a.verb, a.object_type as "objectType", a.object_id as "objectId", a.organization_id as "organizationId",
               a.actor_id as "actorId", a.data, a.created_at as "createdAt"
        from activities a
        where ${PUBLIC_ROWS(organizationId)} ${cursor ? sql`and a.id < ${cursor}::bigint` : sql``}
        order by a.id desc limit ${limit}`,
  );
  return { rows, next: rows.length === limit ? (rows.at(-1)?.id ?? null) : null };
}

export async function publicRowCount(db: Executor, organizationId: string): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from activities a where ${PUBLIC_ROWS(organizationId)}`);
  return row?.n ?? 0;
}
