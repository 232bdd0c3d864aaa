import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { retryTransactions } from "./retry.ts";
import { schema } from "./schema.ts";
import type { Db } from "./types.ts";

export type DatabaseTarget =
  /** A PostgreSQL server. */
  | { kind: "postgres"; url: string; poolSize?: number }
  /** Embedded PGlite; `dataDir` undefined means in memory. */
  | { kind: "pglite"; dataDir?: string };

export interface Database {
  db: Db;
  kind: DatabaseTarget["kind"];
  /** Runs raw SQL text (several statements allowed); used by migrations' helpers and backups. */
  exec(sql: string): Promise<void>;
  /**
   * LISTEN: `onMessage` receives each payload NOTIFY sends on `channel` once its transaction commits,
   * from any process using this database. `onReset` is called when messages may have been missed (the
   * listening connection was lost; it reconnects by itself), so the listener can re-read what it keeps.
   * Resolves once listening; the returned function stops.
   */
  listen(channel: string, onMessage: (payload: string) => void, onReset?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export function targetFromConfig(cfg: { databaseUrl?: string; dataDir: string; dbPoolSize?: number }): DatabaseTarget {
  return cfg.databaseUrl ? { kind: "postgres", url: cfg.databaseUrl, poolSize: cfg.dbPoolSize } : { kind: "pglite", dataDir: cfg.dataDir };
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // A pool error on an idle client must not crash the process; the next query reconnects.
    pool.on("error", () => {});
    // Only a server's concurrent transactions can deadlock; PGlite runs one at a time.
    const db = retryTransactions(drizzlePg({ client: pool, schema }) as unknown as Db);
    return {
      db,
      kind: "postgres",
      exec: async (sql) => {
        await pool.query(sql);
      },
      listen: (channel, onMessage, onReset) => listenOnServer(target.url, channel, onMessage, onReset),
      close: () => pool.end(),
    };
  }
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  return wrapPglite(await PGlite.create(target.dataDir ?? "memory://", { extensions: PGLITE_EXTENSIONS }));
}

/** The extensions the migrations create (exclusion constraints, trigram search). */
export const PGLITE_EXTENSIONS = { btree_gist, pg_trgm };

/** A PGlite instance behind the Database interface (tests also make it from a template's dump). */
export function wrapPglite(client: PGlite): Database {
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    exec: async (sql) => {
      await client.exec(sql);
    },
    // One process owns an embedded database, so PGlite's own listeners see every NOTIFY there is.
    listen: async (channel, onMessage) => {
      const stop = await client.listen(channel, onMessage);
      return async () => {
        if (!client.closed) await stop();
      };
    },
    close: () => client.close(),
  };
}

const RECONNECT_MS = [250, 1_000, 5_000, 15_000];

/** A connection of its own, outside the pool (a pooled one would be handed to queries), re-made when lost. */
async function listenOnServer(url: string, channel: string, onMessage: (payload: string) => void, onReset?: () => void) {
  let stopped = false;
  let client: pg.Client | null = null;
  let failures = 0;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on("notification", (m) => {
      if (m.channel === channel) onMessage(m.payload ?? "");
    });
    c.on("error", () => {});
    c.on("end", () => {
      if (stopped || client !== c) return;
      client = null;
      setTimeout(reconnect, RECONNECT_MS[Math.min(failures++, RECONNECT_MS.length - 1)]).unref();
    });
    await c.connect();
    await c.query(`LISTEN "${channel.replaceAll('"', '""')}"`);
    client = c;
    failures = 0;
  };
  const reconnect = () => {
    if (stopped) return;
    connect().then(
      () => onReset?.(),
      () => setTimeout(reconnect, RECONNECT_MS[Math.min(failures++, RECONNECT_MS.length - 1)]).unref(),
    );
  };
  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => {});
  };
}
