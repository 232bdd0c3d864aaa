import type { MiddlewareHandler } from "hono";
import { LRUCache } from "lru-cache";
import type { AppEnv } from "../http/env.ts";

/**
 * Reads this process keeps for a moment, for the hot reads whose answers change rarely. One
 * generation covers them all: whatever might change them moves it on (`moved`), and an answer is
 * served again only while the generation it was read under stands. An answer read while the
 * generation moved is not kept (the change may have committed during the read). Each answer is read
 * again after `keepMs` in any case: the bound on a change no hook here saw (another process's).
 */
export class KeptReads<V extends {}> {
  private generation = 0;
  private readonly kept: LRUCache<string, { generation: number; value: V }>;

  constructor(opts: { max: number; keepMs: number }) {
    this.kept = new LRUCache({ max: opts.max, ttl: opts.keepMs });
  }

  /** The answer under `key`: the kept one while nothing moved, or `read()`'s (kept unless it is null). */
  async get<T extends V>(key: string, read: () => Promise<T | null>): Promise<T | null> {
    const kept = this.kept.get(key);
    if (kept && kept.generation === this.generation) return kept.value as T;
    const generation = this.generation;
    const value = await read();
    if (value !== null && this.generation === generation) this.kept.set(key, { generation, value });
    return value;
  }

  /** Something the kept answers may depend on changed, or is changing. */
  moved(): void {
    this.generation++;
  }
}

/** One set of kept reads per database handle (a test process opens many databases, whose rows may look alike). */
export function keptPerDatabase<V extends {}>(opts: { max: number; keepMs: number }): (db: object) => KeptReads<V> {
  const byDatabase = new WeakMap<object, KeptReads<V>>();
  return (db) => {
    let kept = byDatabase.get(db);
    if (!kept) {
      kept = new KeptReads(opts);
      byDatabase.set(db, kept);
    }
    return kept;
  };
}

/**
 * For routes that change what `of(db)` keeps: every request but a read moves it on before it runs (a
 * read made meanwhile is not kept) and after (before its answer goes out), whether or not it succeeded.
 */
export function movesOn<V extends {}>(of: (db: object) => KeptReads<V>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const kept = of(c.var.deps.db);
    kept.moved();
    try {
      await next();
    } finally {
      kept.moved();
    }
  };
}
