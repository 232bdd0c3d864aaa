import { setTimeout as sleep } from "node:timers/promises";
import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { isRetryable, TRANSACTION_ATTEMPTS } from "./retry.ts";
import type { Executor } from "./types.ts";

/**
 * Hot read paths run as named prepared statements, so PostgreSQL parses and plans them
 * once per connection instead of on every request. One is built per database handle.
 */
const cache = new WeakMap<object, Map<string, unknown>>();

export function prepared<T>(db: Executor, name: string, build: () => T): T {
  let forDb = cache.get(db);
  if (!forDb) {
    forDb = new Map();
    cache.set(db, forDb);
  }
  let statement = forDb.get(name) as T | undefined;
  if (!statement) {
    statement = build();
    forDb.set(name, statement);
  }
  return statement;
}

/** A raw SQL statement with `sql.placeholder(…)` parameters, run under its name. */
export interface PreparedSql<Row> {
  execute(params: Record<string, unknown>): Promise<Row[]>;
}

/** SQL text and parameter slots, built once per statement name (the text does not depend on the handle). */
const queries = new Map<string, ReturnType<PgDialect["sqlToQuery"]>>();
const dialect = new PgDialect();

/**
 * A hand-written statement (the one-statement writes: data-modifying CTEs, which Drizzle's builders
 * do not compose) as a named prepared statement: PostgreSQL parses and plans it once per connection,
 * and Node builds its text once per process. Rows come back as the driver gives them for raw
 * queries: timestamps, dates and bigints as strings on both drivers, so statements cast what the
 * caller needs (`::int`, `::text`) and callers convert the rest.
 */
export function preparedSql<Row>(db: Executor, name: string, build: () => SQL): PreparedSql<Row> {
  return prepared(db, name, () => {
    let query = queries.get(name);
    if (!query) {
      query = dialect.sqlToQuery(build());
      queries.set(name, query);
    }
    const statement = db._.session.prepareQuery(query, undefined, name, false);
    const run = async (params: Record<string, unknown>) => ((await statement.execute(params)) as { rows: Row[] }).rows;
    // Inside a transaction a failure aborts the transaction, which db.transaction retries as a whole.
    if ("rollback" in db) return { execute: run };
    return {
      // On its own the statement is its own transaction: one PostgreSQL aborted as a deadlock victim or a
      // serialization failure did nothing and may run again, as db.transaction does for whole transactions.
      execute: async (params: Record<string, unknown>) => {
        for (let attempt = 1; ; attempt++) {
          try {
            return await run(params);
          } catch (err) {
            if (attempt >= TRANSACTION_ATTEMPTS || !isRetryable(err)) throw err;
            await sleep(Math.random() * 10 * 2 ** attempt);
          }
        }
      },
    };
  });
}
