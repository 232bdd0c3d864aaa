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
  /** Reads under way, so that many requests for one answer that is not kept wait for one read. */
  private readonly reading = new Map<string, { generation: number; read: Promise<V | null> }>();

  constructor(opts: { max: number; keepMs: number }) {
    this.kept = new LRUCache({ max: opts.max, ttl: opts.keepMs });
  }

  /** The answer under `key`: the kept one while nothing moved, or `read()`'s (kept unless it is null). */
  async get<T extends V>(key: string, read: () => Promise<T | null>): Promise<T | null> {
    const generation = this.generation;
    const kept = this.kept.get(key);
    if (kept && kept.generation === generation) return kept.value as T;
    const under = this.reading.get(key);
    if (under && under.generation === generation) return (await under.read) as T | null;
    const reading = read();
    this.reading.set(key, { generation, read: reading });
    try {
      const value = await reading;
      if (value !== null && this.generation === generation) this.kept.set(key, { generation, value });
      return value;
    } finally {
      if (this.reading.get(key)?.read === reading) this.reading.delete(key);
    }
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
 * For routes that change what `of(db)` keeps: a request that is not a read moves it on once it is done
 * (before its answer goes out), whether or not it succeeded. That is enough: an answer kept before then
 * is no longer served, and one still being read then is not kept.
 */
export function movesOn<V extends {}>(of: (db: object) => KeptReads<V>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    try {
      await next();
    } finally {
      of(c.var.deps.db).moved();
    }
  };
}
