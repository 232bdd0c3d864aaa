import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { streamProgress } from "../backup/progress.ts";
import { AppError } from "../http/errors.ts";
import { type GitImportReport, importGit } from "../modules/imports/git-import.ts";
import { fail, withDatabase } from "./context.ts";
import { registerImportResourcesCommand } from "./import-resources.ts";

const n = (x: number) => x.toLocaleString("en-US");
const commits = (x: number) => `${n(x)} commit${x === 1 ? "" : "s"}`;
const share = (part: number, whole: number) => (whole ? ` (${Math.round((100 * part) / whole)}%)` : "");

/** The report an operator reads after an import: what was added, who paid for it, and whom nobody could place. */
export function formatImportReport(r: GitImportReport, seconds: number): string {
  const lines = [
    `Imported ${r.rev} into ${r.commons.title} (${r.commons.slug}) in ${seconds.toFixed(1)} s.`,
    `  commits read:       ${n(r.read)}`,
    `  added:              ${n(r.added)}`,
    `  already imported:   ${n(r.alreadyImported)}`,
    `  merges skipped:     ${n(r.skippedMerges)} (a merge's changes are its parents' commits)`,
  ];
  if (r.added > 0) {
    lines.push("By funding (the commits added):");
    for (const f of ["paid", "volunteer", "unknown"] as const) {
      const t = r.byFunding[f];
      lines.push(`  ${`${f}:`.padEnd(11)}${commits(t.commits)}${share(t.commits, r.added)}, ${n(t.lines)} lines`);
    }
  }
  if (r.byEnterprise.length) {
    lines.push("By enterprise:");
    for (const e of r.byEnterprise) lines.push(`  ${e.enterprise.name} (${e.enterprise.slug}): ${commits(e.commits)}, ${n(e.lines)} lines`);
  }
  if (r.unknownAuthors.length) {
    lines.push("Unknown authors (no account with their address, and not in the email map):");
    for (const u of r.unknownAuthors) lines.push(`  ${u.name} <${u.address}>: ${commits(u.commits)}`);
  }
  return `${lines.join("\n")}\n`;
}

export function registerImportCommands(program: Command) {
  const imports = program.command("import").description("Record work done elsewhere (a commons' contributions, a library's catalogue)");

  imports
    .command("git <repository>")
    .description(
      "Import a local git repository's history (merges left out) as accepted contributions to a commons, credited from the " +
        "authors' affiliations or an email map; importing again adds only the commits not imported yet",
    )
    .requiredOption("--commons <slug>", "the commons the history belongs to")
    .option("--rev <ref>", "the branch, tag or commit whose history to import", "HEAD")
    .option("--email-map <file>", "a gitdm-style EmailMap: `address-or-domain  Organization [< yyyy-mm-dd]` per line")
    .action(async (repository: string, opts: { commons: string; rev: string; emailMap?: string }) => {
      let emailMap: string | undefined;
      if (opts.emailMap) {
        try {
          emailMap = readFileSync(opts.emailMap, "utf8");
        } catch (err) {
          fail(`cannot read the email map ${opts.emailMap}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
        }
      }
      const started = performance.now();
      const progress = streamProgress("Importing");
      const outcome = await withDatabase(async (database) => {
        try {
          const report = await importGit(database.db, {
            commons: opts.commons,
            path: repository,
            rev: opts.rev,
            emailMap,
            onStart: (total) => progress.begin("commits", total),
            onProgress: (done) => progress.update(done),
          });
          progress.end();
          return { ok: true as const, report };
        } catch (err) {
          if (err instanceof AppError) return { ok: false as const, message: err.message };
          throw err;
        }
      });
      if (!outcome.ok) fail(outcome.message);
      process.stdout.write(formatImportReport(outcome.report, (performance.now() - started) / 1000));
    });

  registerImportResourcesCommand(imports);
}
