import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { type Command, Option } from "commander";
import { silentProgress, streamProgress } from "../backup/progress.ts";
import type { Database } from "../db/client.ts";
import { AppError } from "../http/errors.ts";
import { ledgerCsv } from "../modules/ledger/csv.ts";
import { hledgerJournal, openLedgerExport } from "../modules/ledger/journal.ts";
import { checkLedger } from "../modules/ledger/verify.ts";
import { fail, withDatabase } from "./context.ts";

type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

/** Runs the work with the database open; a refusal (an unknown organization, unopened books) is reported once it is closed. */
async function run<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const outcome = await withDatabase(async (database): Promise<Outcome<T>> => {
    try {
      return { ok: true, value: await work(database) };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, message: err.message };
      throw err;
    }
  });
  if (!outcome.ok) fail(outcome.message);
  return outcome.value;
}

const isBrokenPipe = (err: unknown) => (err as { code?: string } | null)?.code === "EPIPE";

/** Writes every chunk, waiting whenever the output asks to; a reader that goes away (`| head`) just ends the export. */
async function writeAll(chunks: AsyncGenerator<string>, out: Writable): Promise<"done" | "closed"> {
  let failure: unknown = null;
  const onError = (err: unknown) => {
    failure ??= err;
  };
  out.on("error", onError);
  try {
    for await (const chunk of chunks) {
      if (failure) break;
      if (!out.write(chunk)) await once(out, "drain").catch(onError);
    }
    if (failure) {
      await chunks.return(undefined);
      if (isBrokenPipe(failure)) return "closed";
      throw failure;
    }
    return "done";
  } finally {
    out.off("error", onError);
  }
}

export function registerLedgerCommands(program: Command) {
  const ledger = program.command("ledger").description("An organization's books: export them, or verify that they keep their invariants");

  ledger
    .command("export")
    .description("Write an organization's books as an hledger journal or as CSV (one row per posting), streamed in date order")
    .requiredOption("--org <slug>", "the organization whose books to export")
    .addOption(new Option("--format <format>", "hledger journal or CSV").choices(["hledger", "csv"]).default("hledger"))
    .option("--out <file>", "write to this file instead of standard output (a progress bar goes to standard error)")
    .action(async (opts: { org: string; format: "hledger" | "csv"; out?: string }) => {
      const message = await run(async (database) => {
        const exp = await openLedgerExport(database.db, opts.org);
        const progress = opts.out || process.stderr.isTTY ? streamProgress("Exporting") : silentProgress;
        progress.begin("transactions", exp.total);
        const options = { onProgress: (done: number) => progress.update(done) };
        const chunks = opts.format === "csv" ? ledgerCsv(database.db, exp, options) : hledgerJournal(database.db, exp, options);
        if (!opts.out) {
          await writeAll(chunks, process.stdout);
          progress.end();
          return null;
        }
        const file = createWriteStream(opts.out);
        try {
          await writeAll(chunks, file);
          file.end();
          await finished(file);
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (!code) throw err;
          throw new AppError(500, "internal", `Could not write ${opts.out}: ${(err as Error).message}`);
        }
        progress.end();
        return `Exported ${exp.total} transactions of ${exp.organization.name} to ${opts.out}.`;
      });
      if (message) process.stdout.write(`${message}\n`);
    });

  ledger
    .command("verify")
    .description(
      "Check the books against every invariant (balanced entries, accounts and currencies, kept balances and monthly sums, " +
        "overdrafts, reversals, transfers, paid expenses, confirmed donations, fees); exits 1 if anything is wrong",
    )
    .option("--org <slug>", "check only this organization's books (every book by default)")
    .action(async (opts: { org?: string }) => {
      const { findings, counts } = await run((database) => checkLedger(database.db, { organization: opts.org }));
      for (const f of findings) process.stdout.write(`${f.check}: ${f.message}\n`);
      if (findings.length) fail(`The ledger has ${findings.length} problem${findings.length === 1 ? "" : "s"}.`);
      process.stdout.write(
        `The ledger is consistent: ${counts.transactions} transactions, ${counts.postings} postings, ${counts.accounts} accounts checked.\n`,
      );
    });
}
