import { sql } from "drizzle-orm";
import type { Executor } from "../../db/types.ts";

/**
 * Moves the fan-out worker past every activity written so far, this transaction's included: history
 * brought back by a restore (or loaded in bulk) is not news, and its rows carry this transaction's
 * id rather than their original writers' (the column is not in backups), which the worker would
 * otherwise read as new.
 */
export async function skipNotificationHistory(tx: Executor): Promise<void> {
  // Nor is it news to the instances that follow ours: the federation's reader moves on with it.
  for (const reader of ["notification_progress", "federation_progress"]) {
    await tx.execute(
      sql`update ${sql.identifier(reader)}
          set xact = pg_current_xact_id()::text::bigint, activity_id = (select coalesce(max(id), 0) from activities)`,
    );
  }
}
