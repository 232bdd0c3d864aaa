import type { SQL } from "drizzle-orm";
import type { Executor } from "./types.ts";

/** Both drivers (node-postgres and PGlite) return `{ rows }` for raw queries; Drizzle types it as unknown. */
export async function rowsOf<T>(db: Executor, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}
