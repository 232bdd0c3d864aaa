/**
 * The voter register's text in the browser: the identifiers a steward pastes or reads from a file, and
 * the identifier → code list the server answers once, as a CSV file to download.
 */

/** The first cell of a CSV line: up to its first comma or semicolon, or a quoted cell ("" is a quote inside it). */
function firstCell(line: string): string {
  if (!line.startsWith('"')) return line.split(/[,;]/, 1)[0] ?? "";
  let cell = "";
  for (let i = 1; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (line[i + 1] === '"') {
        cell += '"';
        i++;
      } else return cell;
    } else cell += ch;
  }
  return cell;
}

/**
 * Identifiers, one a line, trimmed, blank lines left out and each kept once (in its first place). From a
 * CSV file (`csv`), each line's first column: the other columns (names, addresses) stay in the browser.
 */
export function parseIdentifiers(text: string, opts: { csv?: boolean } = {}): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/)) {
    const id = (opts.csv ? firstCell(raw.trim()) : raw).trim();
    if (!id || seen.has(id)) continue;
    seen.add(id);
    out.push(id);
  }
  return out;
}

/** Whether a file reads as CSV (by its name or type) rather than plain lines. */
export const isCsvFile = (file: Pick<File, "name" | "type">): boolean => /\.csv$/i.test(file.name) || file.type === "text/csv";

/** One CSV cell: quoted when it holds a separator, a quote or a line break. */
const cell = (text: string) => (/[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The codes to send, as CSV with a header line: identifier,code. */
export function codesCsv(rows: { identifier: string; code: string }[]): string {
  return ["identifier,code", ...rows.map((r) => `${cell(r.identifier)},${cell(r.code)}`)].join("\r\n").concat("\r\n");
}
