import { is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { schema } from "../db/schema.ts";
import { ident } from "./sql.ts";

export interface BackupTable {
  /** As written in the backup: the table name, prefixed by its schema when not the default one. */
  name: string;
  /** Quoted for SQL. */
  sql: string;
  schema: string;
  table: string;
  /** Rows are dumped in this order, so a dump is deterministic. Empty when the table has no primary key. */
  primaryKey: string[];
  /** Tables this one references, other than itself. */
  references: string[];
  /** Whether a row may point to another row of the same table (a parent, a fork's origin). */
  selfReferencing: boolean;
}

function describe(table: PgTable): BackupTable {
  const config = getTableConfig(table);
  const schemaName = config.schema ?? "public";
  const composite = config.primaryKeys[0]?.columns.map((c) => c.name);
  return {
    name: config.schema ? `${config.schema}.${config.name}` : config.name,
    sql: config.schema ? `${ident(config.schema)}.${ident(config.name)}` : ident(config.name),
    schema: schemaName,
    table: config.name,
    primaryKey: composite ?? config.columns.filter((c) => c.primary).map((c) => c.name),
    references: [],
    selfReferencing: false,
  };
}

/**
 * Tables the database derives from others by triggers (credit_days sums contributions; account_balances and ledger_months sum postings;
 * organization_member_counts counts active memberships, organization_list_generation changes to organizations; notification_progress
 * is the fan-out worker's place in the log, notification_unread counts unread notifications): left out of backups, and moved on by those triggers as a restore brings their sources back
 * (the restore moves the worker past the history it brings back).
 */
export const DERIVED_TABLES = new Set([
  "credit_days",
  "account_balances",
  "ledger_months",
  "organization_list_generation",
  "organization_member_counts",
  "notification_progress",
  "federation_progress",
  "notification_unread",
  "loan_months",
  "unit_borrowers",
  "unit_people",
  "library_borrowers",
  // Not derived but transient: mail waiting to leave. A restore must not send again what the old instance sent after the backup.
  "mail_outbox",
  // Fedify's cache and its queue of deliveries: the same holds for them, and the queue's messages carry private keys.
  "federation_kv",
  "federation_queue",
]);

/**
 * Every table of the Drizzle schema but the derived ones, parents before children, so that inserting in this
 * order satisfies every foreign key. Tables a new module adds to the schema join in by
 * themselves. Ties keep the schema's own order, so the result is stable.
 */
export function backupTables(
  tables: PgTable[] = (Object.values(schema) as unknown[]).filter((v): v is PgTable => is(v, PgTable)),
): BackupTable[] {
  const byTable = new Map(tables.filter((t) => !DERIVED_TABLES.has(getTableConfig(t).name)).map((t) => [t, describe(t)]));
  for (const [t, info] of byTable) {
    const parents = getTableConfig(t).foreignKeys.map((fk) => fk.reference().foreignTable);
    info.references = [...new Set(parents.filter((p) => p !== t).map((p) => byTable.get(p)?.name ?? getTableConfig(p).name))];
    info.selfReferencing = parents.includes(t);
  }
  const pending = [...byTable.values()];
  const ordered: BackupTable[] = [];
  const placed = new Set<string>();
  while (pending.length) {
    const next = pending.findIndex((t) => t.references.every((r) => placed.has(r)));
    if (next < 0) throw new Error(`foreign keys form a cycle between ${pending.map((t) => t.name).join(", ")}`);
    const [t] = pending.splice(next, 1);
    if (!t) break;
    ordered.push(t);
    placed.add(t.name);
  }
  return ordered;
}
