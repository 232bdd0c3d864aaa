import { describe, expect, it } from "vitest";
import { decodeHeader, decodeRow, encodeRow } from "./format.ts";
import { migrationMismatch } from "./migrations.ts";
import { streamProgress } from "./progress.ts";

describe("row lines", () => {
  it("carry PostgreSQL's text through untouched, so bigints beyond 2^53 stay exact", () => {
    const row = '{"id": 9007199254740993, "amount": 12.3400, "name": "line\\nbreak \\"quoted\\""}';
    const line = encodeRow("ledger", row);
    expect(line.endsWith("\n")).toBe(true);
    expect(line.slice(0, -1).includes("\n")).toBe(false);
    expect(decodeRow(line.slice(0, -1), 2)).toEqual({ table: "ledger", row, columns: ["id", "amount", "name"] });
  });

  it("refuses lines that are not rows", () => {
    expect(() => decodeRow('{"t":"people","r":{"id": 1', 7)).toThrow(/line 7/);
    expect(() => decodeRow('{"t":"people","r":{"id": 1,}}', 8)).toThrow(/line 8/);
    expect(() => decodeRow("[]", 9)).toThrow(/line 9/);
  });
});

describe("the header", () => {
  const good = {
    format: "triarchy-backup",
    version: 1,
    createdAt: "2026-01-01T00:00:00Z",
    migrations: [],
    tables: [{ name: "people", rows: 2 }],
  };

  it("is checked before anything is restored", () => {
    expect(decodeHeader(JSON.stringify(good)).tables).toEqual([{ name: "people", rows: 2 }]);
    expect(() => decodeHeader(JSON.stringify({ ...good, version: 2 }))).toThrow(/version 2/);
    expect(() => decodeHeader(JSON.stringify({ ...good, tables: [{ name: "people", rows: -1 }] }))).toThrow(/damaged \(tables\.0\.rows/);
    expect(() => decodeHeader(undefined)).toThrow(/not JSON/);
  });

  it("must name the same migrations as the target", () => {
    const m = (hash: string) => ({ hash, createdAt: "1" });
    expect(migrationMismatch([m("a"), m("b")], [m("a"), m("b")])).toBeNull();
    expect(migrationMismatch([m("a")], [m("a"), m("b")])).toMatch(/1 migrations and this database has 2, differing from number 2/);
    expect(migrationMismatch([m("a"), m("x")], [m("a"), m("b")])).toMatch(/differing from number 2/);
  });
});

const ESC = String.fromCharCode(27);

describe("progress on stderr", () => {
  const sink = (isTTY: boolean) => {
    const out = { isTTY, columns: 80, text: "", write: (s: string) => (out.text += s) };
    return out;
  };

  it("prints plain lines when stderr is not a terminal", () => {
    const out = sink(false);
    const p = streamProgress("Restoring", out, { intervalMs: 0 });
    p.begin("people", 3000);
    p.update(1000);
    p.update(3000);
    p.end();
    expect(out.text).toBe("Restoring people: 1,000/3,000 rows\nRestoring people: 3,000/3,000 rows\nRestoring people: 3,000/3,000 rows\n");
  });

  it("redraws one bar in place on a terminal", () => {
    const out = sink(true);
    const p = streamProgress("Backing up", out, { intervalMs: 0 });
    p.begin("activities", 4);
    p.update(2);
    p.update(4);
    p.end();
    const frames = out.text.split("\r").filter(Boolean);
    expect(frames.map((f) => f.replaceAll(`${ESC}[K`, "").replace("\n", ""))).toEqual([
      "Backing up activities [........................] 0/4",
      "Backing up activities [############............] 2/4",
      "Backing up activities [########################] 4/4",
      "Backing up activities [########################] 4/4",
    ]);
    expect(out.text.endsWith("\n")).toBe(true);
  });
});
