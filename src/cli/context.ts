import { loadConfig } from "../config.ts";
import { type Database, openDatabase, targetFromConfig } from "../db/client.ts";
import { migrate } from "../db/migrate.ts";

/** Opens the configured database with migrations applied, runs the work, and always closes it. */
export async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(targetFromConfig(config));
  try {
    await migrate(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

export { fail, refuse } from "./exit.ts";
