import { fileURLToPath } from "node:url";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { Database } from "./client.ts";

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../../drizzle", import.meta.url));

/**
 * Applies the committed drizzle-kit SQL migrations; the same files serve PGlite and PostgreSQL. A
 * migration that has run is never run again, so a committed one is never edited (src/db/migrations.test.ts).
 * `folder` is for tests that migrate from another history.
 */
export async function migrate(database: Database, folder = MIGRATIONS_FOLDER): Promise<void> {
  const config = { migrationsFolder: folder };
  // Each migrator expects its own driver's database type; both run the same SQL files.
  const db = database.db as any;
  if (database.kind === "pglite") await migratePglite(db, config);
  else await migratePg(db, config);
}
