import { sql } from "drizzle-orm";

/**
 * When a row is written: the transaction's start, or the moment a replay is at (the demo world's
 * load, src/db/replay.ts). The default of every creation and update time (drizzle/0020_replay_clock.sql).
 */
export const writtenAt = sql`triarchy_written_at()`;
