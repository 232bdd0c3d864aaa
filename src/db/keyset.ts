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

type KeyType = "timestamptz" | "uuid" | "text" | "int" | "bigint" | "date" | "real";
type Direction = "asc" | "desc";

/** One column of a keyset order, the type its cursor value is compared back as, and (if not the list's) its direction. */
export interface KeyColumn {
  column: AnyPgColumn | SQL;
  type: KeyType;
  direction?: Direction;
}

/**
 * A list's keyset order in one place: the ORDER BY, and the condition that resumes after the
 * cursor's row. Columns run in `direction` unless one says otherwise. Consecutive columns that
 * share a direction compare as one row, `(a, b) < ($1, $2)` newest first or `(a, b) > ($1, $2)`
 * oldest first, which an index on (a, b) serves; where the direction changes the condition nests,
 * `a < $1 or (a = $1 and (b, c) > ($2, $3))`. The cursor itself stays `page()`'s: the last row's
 * key values, encoded. A value may be a placeholder, for prepared statements.
 */
export function keyset(keys: readonly KeyColumn[], direction: Direction) {
  const dirOf = (k: KeyColumn) => k.direction ?? direction;
  const runs: { direction: Direction; from: number; to: number }[] = [];
  keys.forEach((k, i) => {
    const last = runs[runs.length - 1];
    if (last && last.direction === dirOf(k)) last.to = i + 1;
    else runs.push({ direction: dirOf(k), from: i, to: i + 1 });
  });
  return {
    orderBy: keys.map((k) => (dirOf(k) === "desc" ? sql`${k.column} desc` : sql`${k.column} asc`)),
    /** The rows after the cursor's; undefined on the first page. */
    after(values: readonly unknown[] | null | undefined): SQL | undefined {
      if (!values) return undefined;
      if (values.length !== keys.length) throw new Error("a keyset cursor has one value per key column");
      const param = (i: number) => sql`${values[i]}::${sql.raw((keys[i] as KeyColumn).type)}`;
      const row = (from: number, to: number, f: (i: number) => SQL) =>
        sql.join(
          keys.slice(from, to).map((_, j) => f(from + j)),
          sql`, `,
        );
      const column = (i: number) => sql`${(keys[i] as KeyColumn).column}`;
      let condition: SQL | undefined;
      for (const run of [...runs].reverse()) {
        const op = run.direction === "desc" ? sql`<` : sql`>`;
        const past = sql`(${row(run.from, run.to, column)}) ${op} (${row(run.from, run.to, param)})`;
        condition = condition
          ? sql`(${past} or ((${row(run.from, run.to, column)}) = (${row(run.from, run.to, param)}) and ${condition}))`
          : past;
      }
      return condition;
    },
  };
}

export type Keyset = ReturnType<typeof keyset>;
