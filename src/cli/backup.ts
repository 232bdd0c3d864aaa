import type { Command } from "commander";
import { dumpDatabase } from "../backup/dump.ts";
import { BackupError } from "../backup/errors.ts";
import type { BackupHeader } from "../backup/format.ts";
import { streamProgress } from "../backup/progress.ts";
import { restoreDatabase } from "../backup/restore.ts";
import type { Database } from "../db/client.ts";
import { fail, withDatabase } from "./context.ts";

const totalRows = (h: BackupHeader) => h.tables.reduce((n, t) => n + t.rows, 0);
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

/** Runs the work with the database open, and reports a refusal only after the database is closed cleanly. */
async function run(work: (database: Database) => Promise<string>) {
  const outcome = await withDatabase(async (database): Promise<{ ok: boolean; message: string }> => {
    try {
      return { ok: true, message: await work(database) };
    } catch (err) {
      if (err instanceof BackupError) return { ok: false, message: err.message };
      throw err;
    }
  });
  if (!outcome.ok) fail(outcome.message);
  process.stdout.write(`${outcome.message}\n`);
}

export function registerBackupCommands(program: Command) {
  program
    .command("backup <file>")
    .description(
      "Write a consistent backup of the whole database to <file> (gzip JSON Lines). On PostgreSQL the server may keep running; " +
        "on PGlite stop it first, as only one process may open the data directory",
    )
    .action(async (file: string) => {
      await run(async (database) => {
        const started = Date.now();
        const header = await dumpDatabase(database, file, { progress: streamProgress("Backing up") });
        return `Backed up ${totalRows(header)} rows of ${header.tables.length} tables to ${file} in ${seconds(started)} s.`;
      });
    });

  program
    .command("restore <file>")
    .description("Load a backup into this instance's database, which must be empty (PGlite and PostgreSQL backups go either way)")
    .action(async (file: string) => {
      await run(async (database) => {
        const started = Date.now();
        const header = await restoreDatabase(database, file, { progress: streamProgress("Restoring") });
        return `Restored ${totalRows(header)} rows of ${header.tables.length} tables from ${file} (backed up ${header.createdAt}) in ${seconds(started)} s.`;
      });
    });
}
