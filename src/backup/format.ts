import { z } from "zod";
import { BackupError } from "./errors.ts";

export const BACKUP_FORMAT = "triarchy-backup";
export const BACKUP_VERSION = 1;

const Migration = z.object({ hash: z.string(), createdAt: z.string() });
export type Migration = z.infer<typeof Migration>;

/** The first line of a backup: what it holds, so a restore can check it before changing anything. */
export const BackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  /** The backend it was taken from, for information only: restores go either way. */
  source: z.enum(["pglite", "postgres"]).optional(),
  migrations: z.array(Migration),
  /** In insertion order (parents first), with the row count of each. */
  tables: z.array(z.object({ name: z.string().min(1), rows: z.number().int().nonnegative() })),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export function encodeHeader(header: BackupHeader): string {
  return `${JSON.stringify(header)}\n`;
}

export function decodeHeader(line: string | undefined): BackupHeader {
  let value: unknown;
  try {
    value = JSON.parse(line ?? "");
  } catch {
    throw new BackupError("This is not a Triarchy backup: its first line is not JSON.");
  }
  const format = (value as { format?: unknown } | null)?.format;
  if (format !== BACKUP_FORMAT) throw new BackupError("This is not a Triarchy backup: its header does not say triarchy-backup.");
  const version = (value as { version?: unknown }).version;
  if (version !== BACKUP_VERSION) {
    throw new BackupError(`This backup is format version ${String(version)}; this version of Triarchy reads version ${BACKUP_VERSION}.`);
  }
  const parsed = BackupHeader.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BackupError(`The backup's header is damaged (${issue?.path.join(".") || "header"}: ${issue?.message}).`);
  }
  return parsed.data;
}

/**
 * A row line is `{"t":<table>,"r":<row>}`, the row being PostgreSQL's own `to_jsonb` text.
 * It is written and read as text, never re-serialised, so bigints, numerics and timestamps
 * keep their exact form.
 */
export function encodeRow(table: string, rowJson: string): string {
  return `{"t":${JSON.stringify(table)},"r":${rowJson}}\n`;
}

const ROW_LINE = /^\{"t":("(?:[^"\\]|\\.)*"),"r":(\{.*\})\}$/;

export function decodeRow(line: string, lineNumber: number): { table: string; row: string; columns: string[] } {
  const m = ROW_LINE.exec(line);
  const bad = () => new BackupError(`The backup is damaged at line ${lineNumber}: not a row.`);
  if (!m?.[1] || !m[2]) throw bad();
  try {
    // Parsed only to check it; the text itself goes to the database.
    const columns = Object.keys(JSON.parse(m[2]) as object);
    return { table: JSON.parse(m[1]) as string, row: m[2], columns };
  } catch {
    throw bad();
  }
}
