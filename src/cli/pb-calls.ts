import { readFileSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import { AppError } from "../http/errors.ts";
import { parsePb } from "../modules/budgeting/pabulib/parse.ts";
import { exportPb, importPb } from "../modules/budgeting/pabulib-io.ts";
import { fail, withDatabase } from "./context.ts";

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
      const call = await withDatabase((database) => importPb(database.db, instance, opts)).catch((err: unknown) => {
        if (err instanceof AppError) fail(err.message);
        throw err;
      });
      process.stdout.write(
        `Imported ${file} as the call ${call.slug}: ${instance.projects.length} projects, ${instance.votes.length} ballots, ` +
          `results computed, in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`,
      );
    });

  pb.command("export <call> <file>")
    .description("Write a call's vote as a Pabulib .pb file that pabutools and equalshares.net read")
    .action(async (slug: string, file: string) => {
      const text = await withDatabase((database) => exportPb(database.db, slug)).catch((err: unknown) => {
        if (err instanceof AppError) fail(err.message);
        throw err;
      });
      writeFileSync(file, text);
      process.stdout.write(`Wrote ${file} (${text.length.toLocaleString("en-US")} characters).\n`);
    });
}
