import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/client.ts";
import type { Actor } from "../http/env.ts";
import { DEFAULT_ACCOUNTS } from "../modules/ledger/books.ts";
import { openBooks, postManual, reverseTransaction } from "../modules/ledger/service.ts";
import { addMember, makeOrg, makePerson } from "../test/factories.ts";
import { migratedDataDir } from "../test/template.ts";

/** The real `triarchy` binary, against a PGlite directory the test fills through the services first. */
const BIN = join(import.meta.dirname, "..", "..", "bin", "triarchy.mjs");
const HLEDGER = process.env.HLEDGER ?? "/usr/bin/hledger";
const scratch = mkdtempSync(join(tmpdir(), "triarchy-ledger-cli-"));
const dataDir = join(scratch, "data");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Result = { code: number; stdout: string; stderr: string };

function run(command: string, args: string[], env: Record<string, string> = {}) {
  return new Promise<Result>((resolve) => {
    execFile(command, args, { env: { ...process.env, ...env }, timeout: 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const triarchy = (args: string[]) => run(process.execPath, [BIN, ...args], { DATABASE_URL: "", DATA_DIR: dataDir, LOG_LEVEL: "silent" });

function hledger(args: string[]) {
  if (!existsSync(HLEDGER)) {
    throw new Error(`hledger is not installed at ${HLEDGER}; install it (apt-get install hledger) or set HLEDGER to run these tests.`);
  }
  return run(HLEDGER, args, { LANG: "C.UTF-8", LC_ALL: "C.UTF-8" });
}

/** Opens the data directory in this process (the CLI is not running meanwhile: PGlite allows one process). */
async function withData<T>(work: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>) {
  const database = await openDatabase({ kind: "pglite", dataDir });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

const slug = "river-tools";

// Each test spawns the real binary several times; on a loaded machine each start takes seconds.
describe("triarchy ledger", { timeout: 90_000 }, () => {
  beforeAll(async () => {
    await migratedDataDir(dataDir);
    await withData(async (database) => {
      const db = database.db;
      const steward = await makePerson(db);
      const treasurer = await makePerson(db);
      const org = await makeOrg(db, steward, { kind: "association", slug, name: "River Tools" });
      await addMember(db, org, treasurer, "treasurer");
      const actor = (p: typeof steward): Actor => ({ id: p.id, handle: p.handle, name: p.name, isAdmin: false });
      await openBooks(db, actor(steward), slug, "EUR");
      const entry = (date: string, description: string, amount: number, credit: string) =>
        postManual(db, actor(treasurer), slug, {
          kind: "donation",
          date,
          description,
          counterpartyKind: "individual",
          postings: [
            { account: "assets:bank", amount, currency: "EUR" },
            { account: credit, amount: -amount, currency: "EUR" },
          ],
        });
      await entry("2026-01-01", "Opening balance", 10_000, "equity:opening-balances");
      await entry("2026-02-01", "Gift; with a semicolon | and a pipe", 2_500, "income:donations");
      const wrong = await entry("2026-02-03", "Posted twice", 2_500, "income:donations");
      await reverseTransaction(db, actor(treasurer), wrong.id, "Posted twice");
    });
  }, 120_000);

  it("verifies the books: consistent, with what it checked, for every book or one organization's", async () => {
    const all = await triarchy(["ledger", "verify"]);
    expect(all, all.stderr).toMatchObject({ code: 0, stderr: "" });
    expect(all.stdout).toBe(`The ledger is consistent: 4 transactions, 8 postings, ${DEFAULT_ACCOUNTS.length} accounts checked.\n`);
    const one = await triarchy(["ledger", "verify", "--org", slug]);
    expect(one.code).toBe(0);
    expect(one.stdout).toBe(`The ledger is consistent: 4 transactions, 8 postings, ${DEFAULT_ACCOUNTS.length} accounts checked.\n`);
  });

  it("refuses an unknown organization in one line", async () => {
    for (const command of ["verify", "export"]) {
      const unknown = await triarchy(["ledger", command, "--org", "no-such-org"]);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toBe('triarchy: The organization "no-such-org" was not found.\n');
    }
  });

  it("exports a journal to a file that hledger checks strictly, with a progress line on stderr", async () => {
    const file = join(scratch, "books.journal");
    const res = await triarchy(["ledger", "export", "--org", slug, "--out", file]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toBe(`Exported 4 transactions of River Tools to ${file}.\n`);
    expect(res.stderr).toContain("Exporting transactions: 4/4 rows");
    expect(readFileSync(file, "utf8")).toContain(") River Tools | Gift, with a semicolon | and a pipe\n");
    const check = await hledger(["-f", file, "check", "--strict", "ordereddates"]);
    expect(check, check.stderr).toMatchObject({ code: 0, stderr: "" });
    const balance = await hledger(["-f", file, "balance", "-N", "--flat", "assets:bank"]);
    expect(balance.stdout.trim()).toMatch(/^125\.00 EUR +assets:bank$/);
  });

  it("exports CSV to standard output, with nothing on stderr, and refuses an unknown format", async () => {
    const res = await triarchy(["ledger", "export", "--org", slug, "--format", "csv"]);
    expect(res, res.stderr).toMatchObject({ code: 0, stderr: "" });
    const rows: Record<string, string>[] = parse(res.stdout, { columns: true });
    expect(rows).toHaveLength(8);
    expect(rows.map((r) => r.amount_minor)).toEqual(["10000", "-10000", "2500", "-2500", "2500", "-2500", "-2500", "2500"]);
    expect(rows[2]!.description).toBe("Gift; with a semicolon | and a pipe");
    const format = await triarchy(["ledger", "export", "--org", slug, "--format", "xml"]);
    expect(format.code).toBe(1);
    expect(format.stderr).toContain("Allowed choices are hledger, csv");
  });

  it("exits 1 and names each problem when the books are inconsistent", async () => {
    await withData(async (database) => {
      await database.db.transaction(async (tx) => {
        await tx.execute(sql`set local session_replication_role = replica`);
        await tx.execute(
          sql`update account_balances set balance = balance + 1
               where account_id = (select a.id from accounts a join books b on b.id = a.book_id
                                    join organizations o on o.id = b.organization_id where o.slug = ${slug} and a.code = 'assets:bank')`,
        );
      });
    });
    const res = await triarchy(["ledger", "verify"]);
    expect(res.code).toBe(1);
    expect(res.stdout).toBe(
      "account_balance: assets:bank's kept balance in EUR is 125.01 EUR over 4 posting(s), but its 4 posting(s) sum to 125.00 EUR.\n",
    );
    expect(res.stderr).toBe("triarchy: The ledger has 1 problem.\n");
  });
});
