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

type KeyType = "timestamptz" | "uuid" | "text" | "int" | "bigint" | "date";

/** One column of a keyset order, and the type its cursor value is compared back as. */
export interface KeyColumn {
  column: AnyPgColumn | SQL;
  type: KeyType;
}

/**
 * A list's keyset order in one place: the ORDER BY, and the condition that resumes after the
 * cursor's row. All columns run in one direction, so the condition is one row comparison,
 * `(a, b) < ($1, $2)` newest first or `(a, b) > ($1, $2)` oldest first, which an index on
 * (a, b) serves. The cursor itself stays `page()`'s: the last row's key values, encoded.
 */
export function keyset(keys: KeyColumn[], direction: "asc" | "desc") {
  const op = direction === "desc" ? sql`<` : sql`>`;
  return {
    orderBy: keys.map((k) => (direction === "desc" ? sql`${k.column} desc` : sql`${k.column} asc`)),
    /** The rows after the cursor's; undefined on the first page. */
    after(values: readonly unknown[] | undefined): SQL | undefined {
      if (!values) return undefined;
      if (values.length !== keys.length) throw new Error("a keyset cursor has one value per key column");
      const columns = sql.join(
        keys.map((k) => sql`${k.column}`),
        sql`, `,
      );
      const params = sql.join(
        keys.map((k, i) => sql`${values[i]}::${sql.raw(k.type)}`),
        sql`, `,
      );
      return sql`(${columns}) ${op} (${params})`;
    },
  };
}
