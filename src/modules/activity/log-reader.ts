import { type SQL, sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.ts";
import type { Executor } from "../../db/types.ts";

/**
 * The oldest transaction still running in this database, or the first one not yet begun: every
 * activity below it has committed or never will. Transactions of other databases on the same server
 * are left out (pg_stat_activity names each one's database), so their long writes hold nothing back.
 */
const HORIZON = sql`
  select coalesce(
    (select min(x::text::bigint) from pg_snapshot_xip(s) x
     where x::text::bigint % 4294967296 in (select backend_xid::text::bigint from pg_stat_activity
                                            where datname = current_database() and backend_xid is not null)),
    pg_snapshot_xmax(s)::text::bigint)
  from pg_current_snapshot() s`;

/** The workers that read the log in order, each with its one-row place in it. */
export type LogReader = "notification_progress" | "federation_progress";

export interface LogPosition {
  xact: string;
  activityId: string;
}

export interface LogBatch<T> {
  /** Where the reader was: the place to move on from (and, for a reader that moves on later, to check it still is). */
  from: LogPosition;
  rows: (T & { id: string; xact: string })[];
}

/**
 * The next rows of the activity log for one reader, in the order of the transactions that wrote
 * them and only up to the oldest one still running, so a row committed late is never left behind.
 * The reader's place is locked for the caller's transaction; another process holding it gets null.
 */
export async function readLog<T>(tx: Executor, reader: LogReader, columns: SQL, limit: number): Promise<LogBatch<T> | null> {
  const [at] = await rowsOf<LogPosition & { horizon: string }>(
    tx,
    sql`select xact::text, activity_id::text as "activityId", (${HORIZON})::text as horizon
        from ${sql.identifier(reader)} for update skip locked`,
  );
  if (!at) return null;
  const rows = await rowsOf<T & { id: string; xact: string }>(
    tx,
    sql`select a.id::text, a.xact::text, ${columns} from activities a
        where (a.xact, a.id) > (${at.xact}::bigint, ${at.activityId}::bigint) and a.xact < ${at.horizon}::bigint
        order by a.xact, a.id limit ${limit}`,
  );
  return { from: { xact: at.xact, activityId: at.activityId }, rows };
}

/** Moves a reader past a row; with `from`, only if nobody moved it since (a reader that works between transactions). */
export async function moveLogReader(tx: Executor, reader: LogReader, to: { id: string; xact: string }, from?: LogPosition) {
  await tx.execute(
    sql`update ${sql.identifier(reader)} set xact = ${to.xact}::bigint, activity_id = ${to.id}::bigint
        ${from ? sql`where xact = ${from.xact}::bigint and activity_id = ${from.activityId}::bigint` : sql``}`,
  );
}
