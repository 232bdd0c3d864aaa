import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../db/client.ts";
import { pgError } from "../db/errors.ts";
import { rowsOf } from "../db/rows.ts";
import type { Executor } from "../db/types.ts";
import { skipNotificationHistory } from "../modules/notifications/horizon.ts";
import { BackupError } from "./errors.ts";
import { type BackupHeader, decodeHeader, decodeRow } from "./format.ts";
import { appliedMigrations, migrationMismatch } from "./migrations.ts";
import { type ProgressReporter, silentProgress } from "./progress.ts";
import { backupLines } from "./reader.ts";
import { ident } from "./sql.ts";
import { type BackupTable, backupTables } from "./tables.ts";

export interface RestoreOptions {
  progress?: ProgressReporter;
  /** Rows per INSERT. */
  batchSize?: number;
  /** Also flush a batch once its rows add up to this many characters, for tables of large documents. */
  batchChars?: number;
  /** The tables to expect; by default every table of the schema. */
  tables?: BackupTable[];
}

interface TargetColumns {
  /** Every column, as `to_jsonb` names them in the backup's rows. */
  all: string[];
  /** The ones to insert: generated columns are computed again from the others. */
  insert: string[];
  hasIdentity: boolean;
  sequences: { column: string; sequence: string }[];
}

interface ColumnRow {
  column_name: string;
  is_generated: string;
  identity_generation: string | null;
  sequence: string | null;
}

async function targetColumns(tx: Executor, t: BackupTable): Promise<TargetColumns> {
  const cols = await rowsOf<ColumnRow>(
    tx,
    sql`select column_name, is_generated, identity_generation, pg_get_serial_sequence(${t.sql}, column_name) as sequence
        from information_schema.columns where table_schema = ${t.schema} and table_name = ${t.table} order by ordinal_position`,
  );
  return {
    all: cols.map((c) => c.column_name),
    insert: cols.filter((c) => c.is_generated !== "ALWAYS").map((c) => c.column_name),
    hasIdentity: cols.some((c) => c.identity_generation !== null),
    sequences: cols.filter((c) => c.sequence).map((c) => ({ column: c.column_name, sequence: c.sequence as string })),
  };
}

/** Locks out writers for the whole restore, then makes sure there is nothing to overwrite or collide with. */
async function requireEmpty(tx: Executor, tables: BackupTable[]) {
  await tx.execute(sql.raw(`lock table ${tables.map((t) => t.sql).join(", ")} in share row exclusive mode`));
  for (const t of tables) {
    const [row] = await rowsOf<{ used: boolean }>(tx, sql.raw(`select exists (select 1 from ${t.sql}) as used`));
    if (row?.used) {
      throw new BackupError(`This database is not empty (${t.name} has rows): restore only into a freshly migrated, empty database.`);
    }
  }
}

function checkTables(header: BackupHeader, tables: BackupTable[]): Map<string, BackupTable> {
  const known = new Map(tables.map((t) => [t.name, t]));
  const listed = new Set(header.tables.map((t) => t.name));
  const extra = header.tables.filter((t) => !known.has(t.name)).map((t) => t.name);
  const missing = tables.filter((t) => !listed.has(t.name)).map((t) => t.name);
  if (extra.length || missing.length || listed.size !== header.tables.length) {
    const why = [extra.length ? `tables this version lacks: ${extra.join(", ")}` : "", missing.length ? `no ${missing.join(", ")}` : ""];
    throw new BackupError(
      `The backup's tables do not match this version's (${why.filter(Boolean).join("; ") || "a table is listed twice"}).`,
    );
  }
  return known;
}

type LoaderOptions = Required<Omit<RestoreOptions, "tables">>;

/** Where rows of a table that references itself wait until all of them are in. */
const STAGE = "triarchy_restore_stage";

/** One table's rows as they stream in, inserted a batch at a time. */
class TableLoader {
  private batch: string[] = [];
  private chars = 0;
  private readonly columnSet: Set<string>;
  private readonly tx: Executor;
  readonly table: BackupTable;
  readonly columns: TargetColumns;
  readonly expected: number;
  private readonly opts: LoaderOptions;
  loaded = 0;

  constructor(tx: Executor, table: BackupTable, columns: TargetColumns, expected: number, opts: LoaderOptions) {
    this.tx = tx;
    this.table = table;
    this.columns = columns;
    this.expected = expected;
    this.opts = opts;
    this.columnSet = new Set(columns.all);
    opts.progress.begin(table.name, expected);
  }

  async add(row: string, columns: string[], lineNumber: number) {
    // jsonb orders keys its own way, so compare as sets: a key the table lacks would be dropped silently.
    if (columns.length !== this.columnSet.size || columns.some((c) => !this.columnSet.has(c))) {
      throw new BackupError(`The backup is damaged at line ${lineNumber}: the row's columns are not ${this.table.name}'s.`);
    }
    this.batch.push(row);
    this.chars += row.length;
    if (this.batch.length >= this.opts.batchSize || this.chars >= this.opts.batchChars) await this.flush();
  }

  private async run(statement: SQL) {
    try {
      await this.tx.execute(statement);
    } catch (err) {
      throw new BackupError(`Could not restore ${this.table.name}: ${pgError(err)?.message ?? (err as Error).message}`);
    }
  }

  private insertInto(select: string) {
    const overriding = this.columns.hasIdentity ? " overriding system value" : "";
    return `insert into ${this.table.sql} (${this.columns.insert.map(ident).join(", ")})${overriding} ${select}`;
  }

  async flush() {
    if (!this.batch.length) return;
    const json = `[${this.batch.join(",")}]`;
    if (this.table.selfReferencing) {
      await this.run(sql`insert into pg_temp.${sql.raw(STAGE)} (r) select value from jsonb_array_elements(${json}::jsonb)`);
    } else {
      const cols = this.columns.insert.map(ident).join(", ");
      await this.run(
        sql`${sql.raw(this.insertInto(`select ${cols} from jsonb_populate_recordset(null::${this.table.sql}, `))}${json}::jsonb)`,
      );
    }
    this.loaded += this.batch.length;
    this.batch = [];
    this.chars = 0;
    this.opts.progress.update(this.loaded);
  }

  async finish() {
    await this.flush();
    if (this.table.selfReferencing) {
      // A row may come before the row it points to; staged, they all go in with one statement,
      // and a foreign key that is not deferrable is checked at the end of the statement.
      const picked = this.columns.insert.map((c) => `p.${ident(c)}`).join(", ");
      await this.run(
        sql.raw(
          this.insertInto(
            `select ${picked} from pg_temp.${STAGE} s cross join lateral jsonb_populate_record(null::${this.table.sql}, s.r) p`,
          ),
        ),
      );
      await this.run(sql.raw(`truncate pg_temp.${STAGE}`));
    }
    this.opts.progress.end();
    if (this.loaded !== this.expected) {
      throw new BackupError(
        `The backup is truncated or damaged: it holds ${this.loaded} rows of ${this.table.name}, its header says ${this.expected}.`,
      );
    }
  }
}

/** New rows must not reuse an id the restored ones hold. */
async function resetSequences(tx: Executor, t: BackupTable, columns: TargetColumns) {
  for (const { column, sequence } of columns.sequences) {
    const c = ident(column);
    await tx.execute(
      sql`select setval(${sequence}, coalesce(max(${sql.raw(c)}), 1), max(${sql.raw(c)}) is not null) from ${sql.raw(t.sql)}`,
    );
  }
}

async function verifyCounts(tx: Executor, header: BackupHeader, known: Map<string, BackupTable>) {
  for (const { name, rows } of header.tables) {
    const t = known.get(name) as BackupTable;
    const [row] = await rowsOf<{ n: string }>(tx, sql.raw(`select count(*)::text as n from ${t.sql}`));
    if (Number(row?.n) !== rows)
      throw new BackupError(`After restoring, ${name} has ${row?.n} rows where the backup has ${rows}; nothing was restored.`);
  }
}

type RowLine = ReturnType<typeof decodeRow> & { lineNumber: number };

/** Streams the rows into their tables, in the header's order; each table's rows form one run in the file. */
async function loadRows(
  tx: Executor,
  header: BackupHeader,
  known: Map<string, BackupTable>,
  lines: AsyncGenerator<string>,
  opts: LoaderOptions,
) {
  let lineNumber = 1;
  const nextRow = async (): Promise<RowLine | null> => {
    const { value, done } = await lines.next();
    if (done) return null;
    lineNumber++;
    return { ...decodeRow(value, lineNumber), lineNumber };
  };
  if ([...known.values()].some((t) => t.selfReferencing)) {
    await tx.execute(sql.raw(`create temp table ${STAGE} (r jsonb) on commit drop`));
  }
  let pending = await nextRow();
  for (const entry of header.tables) {
    const t = known.get(entry.name) as BackupTable;
    const loader = new TableLoader(tx, t, await targetColumns(tx, t), entry.rows, opts);
    while (pending && pending.table === entry.name) {
      await loader.add(pending.row, pending.columns, pending.lineNumber);
      pending = await nextRow();
    }
    await loader.finish();
  }
  if (pending) {
    throw new BackupError(`The backup is damaged at line ${pending.lineNumber}: rows of ${pending.table} are out of place.`);
  }
}

/**
 * Loads a backup into an empty, migrated database of either kind, in one transaction:
 * anything wrong (a damaged file, a different schema, a row the database refuses) rolls
 * it all back and leaves the database as it was.
 */
export async function restoreDatabase(database: Database, file: string, opts: RestoreOptions = {}): Promise<BackupHeader> {
  const loaderOpts: LoaderOptions = {
    batchSize: opts.batchSize ?? 1000,
    batchChars: opts.batchChars ?? 8_000_000,
    progress: opts.progress ?? silentProgress,
  };
  const lines = backupLines(file);
  try {
    // The header is checked before the database is touched.
    const first = await lines.next();
    const header = decodeHeader(first.done ? undefined : first.value);
    const known = checkTables(header, opts.tables ?? backupTables());
    await database.db.transaction(async (tx) => {
      const mismatch = migrationMismatch(header.migrations, await appliedMigrations(tx));
      if (mismatch) throw new BackupError(mismatch);
      await requireEmpty(tx, [...known.values()]);
      // Triggers that guard live changes (votes only inside their window, electors frozen, budget
      // lines fixed once decided) let history already decided come back in, for this transaction only.
      await tx.execute(sql`select set_config('triarchy.restoring', 'on', true)`);
      await loadRows(tx, header, known, lines, loaderOpts);
      for (const t of known.values()) await resetSequences(tx, t, await targetColumns(tx, t));
      await verifyCounts(tx, header, known);
      await skipNotificationHistory(tx);
    });
    return header;
  } finally {
    await lines.return(undefined);
  }
}
