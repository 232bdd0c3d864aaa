import { CsvError, parse } from "csv-parse/sync";
import { PbFormatError, type PbInstance, type PbSections, type PbTable, pbInstance } from "./instance.ts";

const SECTIONS = ["meta", "projects", "votes"] as const;
type Section = (typeof SECTIONS)[number];

interface Bounds {
  /** Offset just after the section's title line, and that title line's number (1-based). */
  start: number;
  line: number;
  end: number;
}

/**
 * Where each section's table lies. A title line (META, PROJECTS, VOTES) is recognised only where a
 * line begins outside quotes, so a quoted project description that holds such a line stays a cell.
 */
function sectionBounds(text: string): Record<Section, Bounds> {
  const found: Partial<Record<Section, Bounds>> = {};
  let current: Bounds | null = null;
  let insideQuotes = false;
  let offset = 0;
  // The next quote at or after `offset` (-1: none left), found once rather than searched for on every line.
  let quote = text.indexOf('"');
  for (let line = 1; offset < text.length; line++) {
    const newline = text.indexOf("\n", offset);
    const next = newline < 0 ? text.length : newline + 1;
    // A title is a short line beginning with M, P or V ("PROJECTS" and its line ending, maybe after spaces):
    // other lines are not looked at, which matters in a VOTES section of 100,000 short lines.
    if (!insideQuotes && next - offset <= 16 && "MPVmpv \t".includes(text[offset]!)) {
      const title = text.slice(offset, next).trim().toLowerCase() as Section;
      if (SECTIONS.includes(title)) {
        if (found[title]) throw new PbFormatError(`a second ${title.toUpperCase()} section`, line);
        if (current) current.end = offset;
        current = found[title] = { start: next, line, end: text.length };
      }
    }
    for (; quote >= 0 && quote < next; quote = text.indexOf('"', quote + 1)) insideQuotes = !insideQuotes;
    offset = next;
  }
  for (const s of SECTIONS) if (!found[s]) throw new PbFormatError(`the file has no ${s.toUpperCase()} section`);
  return found as Record<Section, Bounds>;
}

/** One section's header and rows, `;`-separated with CSV quoting; blank lines are skipped. */
function readTable(text: string, bounds: Bounds): PbTable {
  const section = text.slice(bounds.start, bounds.end);
  const options = { delimiter: ";", skip_empty_lines: true } as const;
  let records: string[][];
  try {
    records = parse(section, options);
  } catch (err) {
    if (err instanceof CsvError) {
      const at = (err as CsvError & { lines?: number }).lines;
      throw new PbFormatError(err.message.replace(/ on line \d+$/, ""), at === undefined ? null : bounds.line + at);
    }
    throw err;
  }
  const blank = (r: string[]) => r.length === 1 && r[0]!.trim() === "";
  const rows = records.filter((r) => !blank(r));
  const [header, ...body] = rows;
  if (!header) throw new PbFormatError("a section has no header line", bounds.line);
  // Lines are only needed for a message: the section is read again, noting them, when the first is asked for.
  let lines: number[] | undefined;
  const lineOf = (row: number) => {
    lines ??= (parse(section, { ...options, info: true }) as unknown as { record: string[]; info: { lines: number } }[])
      .filter((r) => !blank(r.record))
      .slice(1)
      .map((r) => bounds.line + r.info.lines);
    return lines[row]!;
  };
  return { columns: header, rows: body, lineOf };
}

/** Reads a `.pb` file's text (a UTF-8 byte order mark is ignored). Throws PbFormatError, naming the line. */
export function parsePb(text: string): PbInstance {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const bounds = sectionBounds(body);
  const sections: PbSections = {
    meta: readTable(body, bounds.meta),
    projects: readTable(body, bounds.projects),
    votes: readTable(body, bounds.votes),
    newline: body.includes("\r\n") ? "\r\n" : "\n",
  };
  return pbInstance(sections);
}
