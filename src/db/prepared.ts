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
