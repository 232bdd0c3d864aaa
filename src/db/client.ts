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
    close: () => client.close(),
  };
}
