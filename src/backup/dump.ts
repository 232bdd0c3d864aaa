import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { sql } from "drizzle-orm";
import type { Database } from "../db/client.ts";
import { rowsOf } from "../db/rows.ts";
import type { Executor } from "../db/types.ts";
import { BackupError } from "./errors.ts";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, encodeHeader, encodeRow } from "./format.ts";
import { appliedMigrations } from "./migrations.ts";
import { type ProgressReporter, silentProgress } from "./progress.ts";
import { ident } from "./sql.ts";
import { type BackupTable, backupTables, DERIVED_TABLES } from "./tables.ts";

export interface DumpOptions {
  progress?: ProgressReporter;
  /** Rows fetched per round trip; memory stays flat whatever the table's size. */
  batchSize?: number;
  /** The tables to dump; by default every table of the schema. */
  tables?: BackupTable[];
}

async function write(out: Writable, text: string) {
  if (!out.write(text)) await once(out, "drain");
}

/** A table the migrations created but the Drizzle schema does not list would silently be left out: refuse instead. */
async function refuseUnknownTables(tx: Executor, tables: BackupTable[]) {
  const known = new Set([...tables.map((t) => `${t.schema}.${t.table}`), ...[...DERIVED_TABLES].map((t) => `public.${t}`)]);
  const present = await rowsOf<{ name: string }>(
    tx,
    sql`select table_schema || '.' || table_name as name from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema', 'drizzle')
          and table_schema not like 'pg\_%'`,
  );
  const unknown = present.map((r) => r.name).filter((n) => !known.has(n));
  if (unknown.length) {
    throw new BackupError(`The database has tables the schema does not list (${unknown.join(", ")}); a backup would miss them.`);
  }
}

async function countRows(tx: Executor, t: BackupTable): Promise<number> {
  const [row] = await rowsOf<{ n: string }>(tx, sql.raw(`select count(*)::text as n from ${t.sql}`));
  return Number(row?.n ?? 0);
}

async function dumpTable(tx: Executor, t: BackupTable, total: number, out: Writable, batchSize: number, progress: ProgressReporter) {
  progress.begin(t.name, total);
  // The alias cannot clash with a column, which `to_jsonb(alias)` would pick instead of the row.
  const order = t.primaryKey.length ? ` order by ${t.primaryKey.map((c) => `"_row".${ident(c)}`).join(", ")}` : "";
  await tx.execute(sql.raw(`declare triarchy_backup no scroll cursor for select to_jsonb("_row")::text as r from ${t.sql} "_row"${order}`));
  let done = 0;
  for (;;) {
    const rows = await rowsOf<{ r: string }>(tx, sql.raw(`fetch forward ${batchSize} from triarchy_backup`));
    if (!rows.length) break;
    await write(out, rows.map((row) => encodeRow(t.name, row.r)).join(""));
    done += rows.length;
    progress.update(done);
  }
  await tx.execute(sql.raw("close triarchy_backup"));
  progress.end();
  if (done !== total) throw new Error(`${t.name}: counted ${total} rows but read ${done} in the same snapshot`);
}

/**
 * Writes the whole database to `file` as gzip JSON Lines: a header, then every row of
 * every table, parents first. Everything is read in one repeatable-read snapshot, so the
 * backup is consistent while the server keeps running. The file appears only when complete.
 */
export async function dumpDatabase(database: Database, file: string, opts: DumpOptions = {}): Promise<BackupHeader> {
  const progress = opts.progress ?? silentProgress;
  const batchSize = opts.batchSize ?? 1000;
  const tables = opts.tables ?? backupTables();
  const partial = `${file}.partial-${process.pid}`;
  const out = createWriteStream(partial);
  // Fail on an unwritable path before reading the whole database, not after.
  try {
    await once(out, "open");
  } catch (err) {
    throw new BackupError(`Cannot write ${file}: ${(err as Error).message}`);
  }
  const gzip = createGzip();
  const written = pipeline(gzip, out);
  // Observed at once so a failed write does not surface as an unhandled rejection before the end.
  written.catch(() => {});
  try {
    const header = await database.db.transaction(
      async (tx) => {
        // Timestamps then read the same whichever server or session time zone took the backup.
        await tx.execute(sql`set local timezone to 'UTC'`);
        await refuseUnknownTables(tx, tables);
        const counts = new Map<string, number>();
        for (const t of tables) counts.set(t.name, await countRows(tx, t));
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          createdAt: new Date().toISOString(),
          source: database.kind,
          migrations: await appliedMigrations(tx),
          tables: tables.map((t) => ({ name: t.name, rows: counts.get(t.name) ?? 0 })),
        };
        await write(gzip, encodeHeader(header));
        for (const t of tables) await dumpTable(tx, t, counts.get(t.name) ?? 0, gzip, batchSize, progress);
        return header;
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    );
    gzip.end();
    await written;
    await rename(partial, file);
    return header;
  } catch (err) {
    gzip.destroy();
    await written.catch(() => {});
    await rm(partial, { force: true });
    const code = (err as { code?: string }).code;
    if (code && /^E[A-Z]+$/.test(code)) throw new BackupError(`Cannot write ${file}: ${(err as Error).message}`);
    throw err;
  }
}
