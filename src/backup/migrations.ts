import { sql } from "drizzle-orm";
import { rowsOf } from "../db/rows.ts";
import type { Executor } from "../db/types.ts";
import type { Migration } from "./format.ts";

/** The migrations Drizzle has applied, oldest first; none if the database was never migrated. */
export async function appliedMigrations(db: Executor): Promise<Migration[]> {
  const [exists] = await rowsOf<{ present: boolean }>(db, sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
  if (!exists?.present) return [];
  const rows = await rowsOf<{ hash: string; created_at: string }>(
    db,
    sql`select hash, created_at::text as created_at from drizzle.__drizzle_migrations order by id`,
  );
  return rows.map((r) => ({ hash: r.hash, createdAt: r.created_at }));
}

/** Why a backup cannot go into this database, or null when their migrations are the same. */
export function migrationMismatch(backup: Migration[], target: Migration[]): string | null {
  const same =
    backup.length === target.length && backup.every((m, i) => m.hash === target[i]?.hash && m.createdAt === target[i]?.createdAt);
  if (same) return null;
  const differs = backup.findIndex((m, i) => m.hash !== target[i]?.hash);
  const at = differs < 0 ? Math.min(backup.length, target.length) : differs;
  return (
    `The backup was made with ${backup.length} migrations and this database has ${target.length}, differing from number ${at + 1}: ` +
    "restore it with the Triarchy version that made it, then upgrade."
  );
}
