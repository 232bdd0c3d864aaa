import { readFileSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import type { Db } from "../db/types.ts";
import { parsePb } from "../modules/budgeting/pabulib/parse.ts";
import { fail } from "./exit.ts";

type PbIo = typeof import("../modules/budgeting/pabulib-io.ts");

/** The database side, loaded only when `pb import` or `pb export` runs (`pb winners` opens no database). */
async function withCalls<T>(work: (io: PbIo, db: Db) => Promise<T>): Promise<T> {
  const [{ withDatabase }, io, { AppError }] = await Promise.all([
    import("./context.ts"),
    import("../modules/budgeting/pabulib-io.ts"),
    import("../http/errors.ts"),
  ]);
  return withDatabase((database) => work(io, database.db)).catch((err: unknown) => {
    if (err instanceof AppError) fail(err.message);
    throw err;
  });
}

/** `pb import` and `pb export`: a Pabulib file into a call of this instance's database, and back. */
export function registerPbCallCommands(pb: Command) {
  pb.command("import <file>")
    .description(
      "Import a Pabulib .pb file as a closed call of a public body, with its projects and ballots, and compute its results " +
        "(the file's rule, and greedy beside the Method of Equal Shares); `pb export` writes the same file back",
    )
    .requiredOption("--body <slug>", "the public body the call belongs to")
    .option("--slug <slug>", "the call's address (from the file's description and instance by default)")
    .action(async (file: string, opts: { body: string; slug?: string }) => {
      const started = performance.now();
      const instance = (() => {
        try {
          return parsePb(readFileSync(file, "utf8"));
        } catch (err) {
          return fail(`${file}: ${(err as Error).message}`);
        }
      })();
      const call = await withCalls((io, db) => io.importPb(db, instance, opts));
      process.stdout.write(
        `Imported ${file} as the call ${call.slug}: ${instance.projects.length} projects, ${instance.votes.length} ballots, ` +
          `results computed, in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`,
      );
    });

  pb.command("export <call> <file>")
    .description("Write a call's vote as a Pabulib .pb file that pabutools and equalshares.net read")
    .action(async (slug: string, file: string) => {
      const text = await withCalls((io, db) => io.exportPb(db, slug));
      writeFileSync(file, text);
      process.stdout.write(`Wrote ${file} (${text.length.toLocaleString("en-US")} characters).\n`);
    });
}
