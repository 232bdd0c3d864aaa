import { basename } from "node:path";
import { type Command, Option } from "commander";
import { type ProgressReporter, streamProgress } from "../backup/progress.ts";
import type { Actor } from "../http/env.ts";
import { AppError } from "../http/errors.ts";
import { findPerson } from "../modules/accounts/service.ts";
import { importResources, PRESET_NAMES, type Preset, type ResourceImportReport } from "../modules/sharing/import.ts";
import { english } from "../text/messages.ts";
import { fail, withDatabase } from "./context.ts";

const n = (x: number) => x.toLocaleString("en-US");
const plural = (x: number, one: string, other: string) => `${n(x)} ${x === 1 ? one : other}`;

/** What the operator reads after an import: what was added, or every problem that kept the file out. */
export function formatResourceImport(r: ResourceImportReport, seconds: number): string {
  if (!r.ok) {
    const lines = [
      `${r.file} was not imported into ${r.library.name} (${r.library.slug}): ${plural(r.problems.length, "problem", "problems")} ` +
        `in ${plural(r.rowsRead, "row", "rows")} read; nothing was written. Rows are numbered as a spreadsheet shows them (the header is row 1).`,
    ];
    for (const p of r.problems) lines.push(`  row ${p.row}${p.column === null ? "" : `, column "${p.column}"`}: ${english(p.message)}`);
    return `${lines.join("\n")}\n`;
  }
  const lines = [
    `Imported ${r.file} into ${r.library.name} (${r.library.slug}) in ${seconds.toFixed(1)} s.`,
    `  rows read:       ${n(r.rowsRead)}`,
    `  types created:   ${n(r.typesCreated.length)}`,
    `  units created:   ${n(r.unitsCreated)}`,
  ];
  if (r.typesExtended.length) {
    lines.push(`Units added to types the library already had: ${r.typesExtended.map((x) => `${x.name} (${x.slug})`).join(", ")}`);
  }
  return `${lines.join("\n")}\n`;
}

export function registerImportResourcesCommand(imports: Command) {
  imports
    .command("resources <file>")
    .description(
      "Import a library's catalogue from a CSV file (one unit per row; rows with the same type name are units of one type), " +
        "such as a Lend Engine or myTurn export, acting as a steward of the library's organization. Every row is checked " +
        "first: when any is invalid nothing is written, and each problem is listed with its row and column",
    )
    .requiredOption("--library <slug>", "the library to add the resources to")
    .requiredOption("--as <handle>", "who imports: a steward of the library's organization")
    .addOption(new Option("--preset <tool>", "read the columns of this tool's export").choices(PRESET_NAMES))
    .option(
      "--map <mapping>",
      "columns for fields, over the preset's: `name=Item name,code=Code,category=Category`; fields: name, slug, kind, category, " +
        "description, careNotes (care), replacementPrice (price), code, condition, location, acquisition, owner; `field=` leaves one out",
    )
    .option("--delimiter <char>", "the cell separator: `,`, `;`, or `tab`", ",")
    .action(async (file: string, opts: { library: string; as: string; preset?: Preset; map?: string; delimiter: string }) => {
      const started = performance.now();
      const reading = streamProgress("Reading");
      const writing = streamProgress("Writing");
      let current: ProgressReporter | undefined;
      const outcome = await withDatabase(async (database) => {
        try {
          const person = await findPerson(database.db, opts.as);
          const actor: Actor = { id: person.id, handle: person.handle, name: person.name, isAdmin: person.isAdmin };
          const report = await importResources(database.db, actor, {
            library: opts.library,
            file,
            preset: opts.preset,
            map: opts.map,
            delimiter: opts.delimiter.toLowerCase() === "tab" || opts.delimiter === "\\t" ? "\t" : opts.delimiter,
            onStart: (phase, total) => {
              current?.end();
              current = phase === "rows" ? reading : writing;
              current.begin(phase === "rows" ? basename(file) : "units", total);
            },
            onProgress: (done) => current?.update(done),
          });
          current?.end();
          return { ok: true as const, report };
        } catch (err) {
          current?.end();
          if (err instanceof AppError) return { ok: false as const, message: english(err.detail) };
          throw err;
        }
      });
      if (!outcome.ok) fail(outcome.message);
      const text = formatResourceImport(outcome.report, (performance.now() - started) / 1000);
      if (outcome.report.ok) process.stdout.write(text);
      else {
        process.stderr.write(text);
        process.exit(1);
      }
    });
}
