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

/** CLI failures print one clear line, not a stack. */
export function fail(message: string): never {
  process.stderr.write(`triarchy: ${message}\n`);
  process.exit(1);
}

/** A command that cannot start as asked (a missing setting, a malformed argument): exit 2, as for other usage errors, so scripts tell it from a failure. */
export function refuse(message: string): never {
  process.stderr.write(`triarchy: ${message}\n`);
  process.exit(2);
}
