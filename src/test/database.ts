import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDatabase, PGLITE_EXTENSIONS, wrapPglite } from "../db/client.ts";
import { setClockOffset } from "../now.ts";
import { pgliteTemplate, postgresTemplate, serverUrl } from "./template.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Path of the migrated PGlite data directory's dump (src/test/global-setup.ts). */
    pgliteTemplate?: string;
    /** Name of the migrated PostgreSQL template database. */
    postgresTemplate?: string;
  }
}

/**
 * A fresh, migrated database for one test file: PGlite in memory by default, or a new database on
 * the PostgreSQL server named by TEST_DATABASE_URL (dropped afterwards). Both are copies of one
 * migrated template that the global set-up built, instead of a new initdb and every migration.
 */
export async function createTestDatabase(): Promise<Database> {
  // A new database's clock reads the real time; so does the app's, even when an earlier file in
  // this worker moved it (files share a worker's modules).
  setClockOffset(0);
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const dump = readFileSync(inject("pgliteTemplate") ?? (await pgliteTemplate()));
    const client = await PGlite.create({ loadDataDir: new Blob([dump]), extensions: PGLITE_EXTENSIONS });
    return wrapPglite(client);
  }
  const template = inject("postgresTemplate") ?? (await postgresTemplate(url));
  const name = `triarchy_test_${randomBytes(6).toString("hex")}`;
  await withAdmin(url, async (admin) => {
    await admin.query(`create database ${name} template ${template}`);
    // A commit here need not wait for the disk: only a crash of the PostgreSQL server itself could lose
    // it, which no test does. Waiting for the disk was most of this suite's time on CI's machine.
    await admin.query(`alter database ${name} set synchronous_commit = off`);
  });
  const database = await openDatabase({ kind: "postgres", url: serverUrl(url, name), poolSize: 20 });
  return {
    ...database,
    close: async () => {
      await database.close();
      await withAdmin(url, (admin) => admin.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function withAdmin<T>(url: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
