/**
 * Counts the server's round trips to PostgreSQL, for `BENCH_COUNT_QUERIES=1 npm run bench`: loaded into the
 * server child with `--import`, it wraps node-postgres' `Client.prototype.query` (every query the server sends
 * goes through it: the pool's, Drizzle's, BEGIN and COMMIT) and writes the running counts, per statement text,
 * and the HTTP requests it received to the file named by BENCH_QUERY_COUNTS every 250 ms. run.ts reads the file
 * before and after each test, once the server is idle, and reports the difference per request. Each query is one round trip (node-postgres sends parse, bind, execute
 * and sync together); a named prepared statement is counted under its name.
 *
 * The wrapper costs a little CPU per query, so runs that count are not the runs whose timings are reported.
 */
import { writeFileSync } from "node:fs";
import http from "node:http";
import pg from "pg";

const file = process.env.BENCH_QUERY_COUNTS;
if (file) {
  const counts = new Map<string, number>();
  const original = pg.Client.prototype.query;
  const keyOf = (config: unknown): string => {
    if (typeof config === "string") return config;
    if (config && typeof config === "object") {
      const c = config as { name?: string; text?: string };
      if (c.name) return `[prepared ${c.name}] ${c.text ?? ""}`;
      if (c.text) return c.text;
    }
    return "?";
  };
  pg.Client.prototype.query = function (this: pg.Client, config: unknown, ...rest: unknown[]) {
    const key = keyOf(config).replace(/\s+/g, " ").trim().slice(0, 160);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    return (original as (...args: unknown[]) => unknown).call(this, config, ...rest);
  } as typeof original;
  // HTTP requests the server received, so run.ts divides by what the server did rather than by what autocannon
  // counted (it leaves out the requests in flight when it stops).
  let requests = 0;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") requests++;
    return (emit as (...a: unknown[]) => boolean).call(this, event, ...args);
  } as typeof emit;
  const dump = () => writeFileSync(file, JSON.stringify({ at: Date.now(), requests, counts: Object.fromEntries(counts) }));
  setInterval(dump, 250).unref();
  process.once("exit", dump);
}
