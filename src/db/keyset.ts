import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { z } from "zod";

/**
 * A timestamp as PostgreSQL keeps it, to the microsecond. A JS Date rounds to the millisecond,
 * so a keyset cursor built from one could skip rows written within the same millisecond as the
 * last row of a page; cursors carry this text instead and compare it back as timestamptz.
 */
export const exactTime = (column: AnyPgColumn | SQL) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The shape of an exact time inside a decoded cursor (checked before it reaches SQL). */
export const CursorTime = z.iso.datetime();
