/**
 * Writes docs/schema.sql, the schema the migrations build as pg_dump prints it, so a review reads the
 * database's current tables, functions and triggers in one place instead of replaying drizzle/*.sql.
 *
 *   npm run schema:sql              regenerate docs/schema.sql
 *   npm run schema:sql -- --check   exit 1, with a diff, when docs/schema.sql is out of date (CI)
 *
 * It needs a PostgreSQL server, named by TEST_DATABASE_URL (or DATABASE_URL), where it creates a
 * scratch database and drops it afterwards, and a pg_dump of the server's major version or later
 * (PG_DUMP, or pg_dump on the PATH).
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { createTwoFilesPatch } from "diff";
import pg from "pg";
import { openDatabase } from "./client.ts";
import { migrate } from "./migrate.ts";

export const SCHEMA_FILE = new URL("../../docs/schema.sql", import.meta.url);

const HEADER = [
  "-- The schema the migrations in drizzle/ build, as pg_dump prints it. Generated: do not edit;",
  "-- run `npm run schema:sql` after adding a migration (CI runs it with --check).",
  "",
].join("\n");

/**
 * Drops what changes from one pg_dump or server version to another, or from one run to the next:
 * the version lines, the random \restrict key, settings older servers do not know, runs of blank lines.
 */
export function normalizeDump(dump: string): string {
  const kept = dump
    .split("\n")
    .filter((line) => !/^-- Dumped (from database|by pg_dump) version /.test(line))
    .filter((line) => !/^\\(un)?restrict /.test(line))
    .filter((line) => !/^SET transaction_timeout = /.test(line));
  return `${HEADER}${kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}

const withUrl = (url: string, database: string) => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};

/** Migrates a scratch database on the server at `url` and returns its normalized schema dump. */
export async function dumpSchema(url: string, pgDump = process.env.PG_DUMP ?? "pg_dump"): Promise<string> {
  const name = `triarchy_schema_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
    try {
      const database = await openDatabase({ kind: "postgres", url: withUrl(url, name), poolSize: 1 });
      try {
        await migrate(database);
      } finally {
        await database.close();
      }
      const args = ["--schema-only", "--no-owner", "--no-privileges", "--exclude-schema=drizzle", `--dbname=${withUrl(url, name)}`];
      const { stdout } = await promisify(execFile)(pgDump, args, { maxBuffer: 64 * 1024 * 1024 });
      return normalizeDump(stdout);
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
    }
  } finally {
    await admin.end();
  }
}

async function main(argv: string[]) {
  const check = argv.includes("--check");
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error("Set TEST_DATABASE_URL (or DATABASE_URL) to a PostgreSQL server; a scratch database is created there.");
  const schema = await dumpSchema(url);
  if (!check) {
    writeFileSync(SCHEMA_FILE, schema);
    console.log("wrote docs/schema.sql");
    return 0;
  }
  let committed = "";
  try {
    committed = readFileSync(SCHEMA_FILE, "utf8");
  } catch {}
  if (committed === schema) {
    console.log("docs/schema.sql is up to date");
    return 0;
  }
  const patch = createTwoFilesPatch("docs/schema.sql", "migrations", committed, schema, "committed", "generated").split("\n");
  console.error(patch.slice(0, 120).join("\n"));
  if (patch.length > 120) console.error(`… ${patch.length - 120} more lines`);
  console.error("\ndocs/schema.sql is out of date: run `npm run schema:sql` and commit docs/schema.sql.");
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: Error) => {
      console.error(err.message);
      process.exit(2);
    },
  );
}
