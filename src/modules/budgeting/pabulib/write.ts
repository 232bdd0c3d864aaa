import { stringify } from "csv-stringify/sync";
import type { PbInstance } from "./instance.ts";

/**
 * Writes an instance as a `.pb` file: the three sections in Pabulib's order, each cell exactly as held,
 * `;`-separated, quoted only when a cell holds `;`, a quote or a line break (so Pabulib's own files come
 * back byte for byte), lines ending as the instance's did. The same instance always gives the same bytes.
 */
export function writePb(instance: PbInstance): string {
  const table = (rows: readonly (readonly string[])[]) =>
    stringify(rows as string[][], { delimiter: ";", record_delimiter: instance.newline, quoted_match: /[\r\n]/ });
  return [
    `META${instance.newline}`,
    table([instance.meta.header, ...instance.meta.entries]),
    `PROJECTS${instance.newline}`,
    table([instance.projectColumns, ...instance.projects.map((p) => p.cells)]),
    `VOTES${instance.newline}`,
    table([instance.voteColumns, ...instance.votes.map((v) => v.cells)]),
  ].join("");
}
