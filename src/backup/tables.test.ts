import { type AnyPgColumn, getTableConfig, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { schema } from "../db/schema.ts";
import { backupTables, DERIVED_TABLES } from "./tables.ts";

describe("backupTables", () => {
  it("lists every table of the schema once but the derived ones, each after the tables it references", () => {
    const tables = backupTables();
    const names = tables.map((t) => t.name);
    const inSchema = Object.values(schema).flatMap((v) => {
      try {
        return [getTableConfig(v as never).name];
      } catch {
        return [];
      }
    });
    expect([...names].sort()).toEqual([...new Set(inSchema)].filter((n) => !DERIVED_TABLES.has(n)).sort());
    expect(names).not.toContain("credit_days");
    for (const t of tables) {
      for (const parent of t.references) expect(names.indexOf(parent), `${parent} before ${t.name}`).toBeLessThan(names.indexOf(t.name));
    }
    expect(tables.find((t) => t.name === "memberships")?.references.sort()).toEqual(["organizations", "people"]);
    expect(tables.find((t) => t.name === "activities")?.primaryKey).toEqual(["id"]);
  });

  it("orders tables it has never seen, ignoring self-references, and refuses a cycle", () => {
    const parent = pgTable("parent", { id: uuid("id").primaryKey(), up: uuid("up").references((): AnyPgColumn => parent.id) });
    const child = pgTable("child", {
      id: uuid("id").primaryKey(),
      parentId: uuid("parent_id").references(() => parent.id),
      name: text("name"),
    });
    expect(backupTables([child, parent]).map((t) => t.name)).toEqual(["parent", "child"]);

    const a = pgTable("a", { id: uuid("id").primaryKey(), b: uuid("b").references((): AnyPgColumn => b.id) });
    const b = pgTable("b", { id: uuid("id").primaryKey(), a: uuid("a").references((): AnyPgColumn => a.id) });
    expect(() => backupTables([a, b])).toThrow(/cycle between a, b/);
  });
});
