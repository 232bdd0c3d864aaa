import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../test/database.ts";
import type { Database } from "./client.ts";
import { type KeyColumn, keyset } from "./keyset.ts";
import { rowsOf } from "./rows.ts";

let database: Database;

/** Rows with many ties in each column, so every level of the condition decides some page boundary. */
beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.execute(sql`create table keyset_rows (a int not null, b text not null, c int not null)`);
  const values = [];
  for (let a = 0; a < 3; a++) for (const b of ["x", "y"]) for (let c = 0; c < 3; c++) values.push(sql`(${a}, ${b}, ${c})`);
  await database.db.execute(sql`insert into keyset_rows (a, b, c) values ${sql.join(values, sql`, `)}`);
});
afterAll(() => database.close());

type Row = { a: number; b: string; c: number };

/** Pages through the table `size` rows at a time, resuming after each page's last row. */
async function pages(order: ReturnType<typeof keyset>, size: number) {
  const seen: Row[] = [];
  let cursor: unknown[] | undefined;
  for (;;) {
    const condition = order.after(cursor);
    const rows = await rowsOf<Row>(
      database.db,
      sql`select a, b, c from keyset_rows ${condition ? sql`where ${condition}` : sql``} order by ${sql.join(order.orderBy, sql`, `)} limit ${size}`,
    );
    seen.push(...rows);
    const last = rows[rows.length - 1];
    if (rows.length < size || !last) return seen;
    cursor = [last.a, last.b, last.c];
  }
}

const columns = (a: "asc" | "desc", b: "asc" | "desc", c: "asc" | "desc"): KeyColumn[] => [
  { column: sql`a`, type: "int", direction: a },
  { column: sql`b`, type: "text", direction: b },
  { column: sql`c`, type: "int", direction: c },
];

describe("keyset", () => {
  const directions = ["asc", "desc"] as const;
  const combinations = directions.flatMap((a) => directions.flatMap((b) => directions.map((c) => [a, b, c] as const)));

  it.each(combinations)("pages (a %s, b %s, c %s) without skipping or repeating a row", async (a, b, c) => {
    const order = keyset(columns(a, b, c), "asc");
    const whole = await pages(order, 100);
    expect(whole).toHaveLength(18);
    const sorted = [...whole].sort(
      (x, y) =>
        (a === "asc" ? 1 : -1) * (x.a - y.a) || (b === "asc" ? 1 : -1) * x.b.localeCompare(y.b) || (c === "asc" ? 1 : -1) * (x.c - y.c),
    );
    expect(whole).toEqual(sorted);
    for (const size of [1, 2, 4, 5]) expect(await pages(order, size)).toEqual(whole);
  });

  it("compares a run of one direction as one row, and nests where the direction changes", () => {
    const render = (order: ReturnType<typeof keyset>) => new PgDialect().sqlToQuery(order.after([1, "x", 2]) ?? sql``).sql;
    expect(render(keyset(columns("desc", "desc", "desc"), "asc"))).toBe("(a, b, c) < ($1::int, $2::text, $3::int)");
    expect(render(keyset(columns("desc", "asc", "asc"), "asc"))).toBe(
      "((a) < ($1::int) or ((a) = ($2::int) and (b, c) > ($3::text, $4::int)))",
    );
    expect(() => keyset(columns("asc", "asc", "asc"), "asc").after([1])).toThrow(/one value per key column/);
  });
});
