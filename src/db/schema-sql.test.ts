import { describe, expect, it } from "vitest";
import { normalizeDump } from "./schema-sql.ts";

describe("normalizeDump", () => {
  it("leaves out what differs between pg_dump versions and runs, and keeps the schema", () => {
    const dump = [
      "\\restrict AbC123",
      "--",
      "-- Dumped from database version 15.20",
      "-- Dumped by pg_dump version 17.2",
      "SET transaction_timeout = 0;",
      "SET lock_timeout = 0;",
      "",
      "",
      "",
      "CREATE TABLE public.t (id uuid);",
      "\\unrestrict AbC123",
      "",
    ].join("\n");
    const out = normalizeDump(dump);
    expect(out).not.toMatch(/restrict|Dumped|transaction_timeout|\n\n\n/);
    expect(out).toContain("SET lock_timeout = 0;\n\nCREATE TABLE public.t (id uuid);\n");
    expect(out.startsWith("-- The schema the migrations in drizzle/ build")).toBe(true);
    expect(normalizeDump(dump.replaceAll("AbC123", "XyZ789").replace("15.20", "16.4"))).toBe(out);
  });
});
