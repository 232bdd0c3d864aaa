import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { openDatabase, PGLITE_EXTENSIONS } from "../db/client.ts";
import { MIGRATIONS_FOLDER, migrate } from "../db/migrate.ts";

/**
 * One migrated database per version of the migrations, which every test file copies instead of
 * running initdb and every migration itself: PostgreSQL clones it with CREATE DATABASE … TEMPLATE,
 * PGlite loads a dump of its data directory. The name carries a hash of the migrations, so a new
 * or changed migration builds a new template and a stale one is never used.
 */
export function migrationsHash(): string {
  const hash = createHash("sha256");
  for (const file of readdirSync(MIGRATIONS_FOLDER).sort()) {
    if (file.endsWith(".sql")) hash.update(file).update(readFileSync(join(MIGRATIONS_FOLDER, file)));
  }
  hash.update(readFileSync(join(MIGRATIONS_FOLDER, "meta", "_journal.json")));
  return hash.digest("hex").slice(0, 16);
}

/** Builds (once per migrations hash) the PGlite template's data-directory dump and returns its path. */
export async function pgliteTemplate(): Promise<string> {
  const file = join(tmpdir(), `triarchy-pglite-template-${migrationsHash()}.tar`);
  if (existsSync(file)) return file;
  const database = await openDatabase({ kind: "pglite" });
  await migrate(database);
  const client = (database.db as unknown as { $client: { dumpDataDir(c: "none"): Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir("none");
  await database.close();
  // Written under a temporary name and renamed, so a concurrent run never reads half a file.
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
  return file;
}

/** Fills an empty PGlite data directory with a copy of the migrated template, for the CLI's tests to run the binary on. */
export async function migratedDataDir(dataDir: string): Promise<void> {
  const dump = readFileSync(await pgliteTemplate());
  const client = await PGlite.create(dataDir, { loadDataDir: new Blob([dump]), extensions: PGLITE_EXTENSIONS });
  await client.close();
}

const serverUrl = (url: string, database: string) => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};

/**
 * Builds (once per migrations hash) the PostgreSQL template database and returns its name. An
 * advisory lock keeps two runs that start together from building it twice. Templates of other
 * migrations are left alone: a run on another branch of the work may still be cloning them.
 */
export async function postgresTemplate(url: string): Promise<string> {
  const name = `triarchy_template_${migrationsHash()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query("select pg_advisory_lock(hashtext('triarchy test template'))");
    const found = await admin.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount) return name;
    const building = `${name}_building`;
    await admin.query(`drop database if exists ${building} with (force)`);
    await admin.query(`create database ${building}`);
    const database = await openDatabase({ kind: "postgres", url: serverUrl(url, building), poolSize: 1 });
    try {
      await migrate(database);
    } finally {
      await database.close();
    }
    await admin.query(`alter database ${building} rename to ${name}`);
    return name;
  } finally {
    await admin.query("select pg_advisory_unlock(hashtext('triarchy test template'))").catch(() => {});
    await admin.end();
  }
}

export { serverUrl };
