import type { KvKey, KvStore, KvStoreListEntry, KvStoreSetOptions } from "@fedify/fedify";
import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.ts";
import type { Executor } from "../../db/types.ts";

/** A key as stored: its parts JSON-encoded, so a prefix of parts is a prefix of text. */
const keyText = (key: readonly string[]) => JSON.stringify(key);
/** The text every key under `prefix` (and longer than it) starts with. */
const prefixText = (prefix: readonly string[]) => `${keyText(prefix).slice(0, -1)},`;
const live = sql`(expires_at is null or expires_at > now())`;
/** Fedify's durations are Temporal durations, whose ISO 8601 text PostgreSQL reads as an interval. */
const expiry = (options?: KvStoreSetOptions) => (options?.ttl ? sql`now() + ${options.ttl.toString()}::interval` : sql`null`);
const json = (value: unknown) => JSON.stringify(value);

/** How often expired entries are swept, at most (each set or delete may sweep). */
const SWEEP_EVERY_MS = 60_000;

/**
 * Fedify's key–value store in the `federation_kv` table: the same SQL on PGlite and PostgreSQL,
 * with compare-and-swap, so several server processes share it safely.
 */
export class DrizzleKvStore implements KvStore {
  private readonly db: Executor;
  private sweptAt = Number.NEGATIVE_INFINITY;

  constructor(db: Executor) {
    this.db = db;
  }

  async get<T = unknown>(key: KvKey): Promise<T | undefined> {
    const [row] = await rowsOf<{ value: T }>(this.db, sql`select value from federation_kv where key = ${keyText(key)} and ${live}`);
    return row?.value;
  }

  async set(key: KvKey, value: unknown, options?: KvStoreSetOptions): Promise<void> {
    await this.db.execute(
      sql`insert into federation_kv (key, value, expires_at) values (${keyText(key)}, ${json(value)}::jsonb, ${expiry(options)})
          on conflict (key) do update set value = excluded.value, expires_at = excluded.expires_at`,
    );
    await this.sweep();
  }

  async delete(key: KvKey): Promise<void> {
    await this.db.execute(sql`delete from federation_kv where key = ${keyText(key)}`);
    await this.sweep();
  }

  /** Sets `key` to `newValue` (or deletes it, when undefined) only if it holds `expectedValue` (undefined: absent). */
  cas = async (key: KvKey, expectedValue: unknown, newValue: unknown, options?: KvStoreSetOptions): Promise<boolean> => {
    const k = keyText(key);
    if (expectedValue === undefined) {
      if (newValue === undefined) return (await this.get(key)) === undefined;
      const rows = await rowsOf(
        this.db,
        sql`insert into federation_kv as kv (key, value, expires_at) values (${k}, ${json(newValue)}::jsonb, ${expiry(options)})
            on conflict (key) do update set value = excluded.value, expires_at = excluded.expires_at
              where kv.expires_at is not null and kv.expires_at <= now()
            returning key`,
      );
      return rows.length > 0;
    }
    const rows =
      newValue === undefined
        ? await rowsOf(
            this.db,
            sql`delete from federation_kv where key = ${k} and ${live} and value = ${json(expectedValue)}::jsonb returning key`,
          )
        : await rowsOf(
            this.db,
            sql`update federation_kv set value = ${json(newValue)}::jsonb, expires_at = ${expiry(options)}
                where key = ${k} and ${live} and value = ${json(expectedValue)}::jsonb returning key`,
          );
    return rows.length > 0;
  };

  async *list(prefix?: KvKey): AsyncIterable<KvStoreListEntry> {
    const rows = await rowsOf<{ key: string; value: unknown }>(
      this.db,
      prefix
        ? sql`select key, value from federation_kv where (key = ${keyText(prefix)} or starts_with(key, ${prefixText(prefix)})) and ${live} order by key`
        : sql`select key, value from federation_kv where ${live} order by key`,
    );
    for (const row of rows) yield { key: JSON.parse(row.key) as KvKey, value: row.value };
  }

  private async sweep(): Promise<void> {
    if (performance.now() - this.sweptAt < SWEEP_EVERY_MS) return;
    this.sweptAt = performance.now();
    await this.db.execute(sql`delete from federation_kv where expires_at is not null and expires_at <= now()`);
  }
}
