import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { addMember, makeOrg, makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { CSV_COLUMNS, csvRows, fromLedgerCsvText, ledgerCsv } from "./csv.ts";
import { type ExportedTransaction, hledgerJournal, journalDescription, openLedgerExport } from "./journal.ts";
import { toDecimal } from "./money.ts";
import { COUNTERPARTY_KINDS, TRANSACTION_KINDS } from "./schema.ts";
import { addAccount, openBooks, postManual } from "./service.ts";

const api = setupApi();

/** The real hledger binary (CI installs it with apt); its answers are the reference for the journal. */
const HLEDGER = process.env.HLEDGER ?? "/usr/bin/hledger";
const scratch = mkdtempSync(join(tmpdir(), "triarchy-ledger-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let files = 0;

function hledger(file: string, args: string[]) {
  if (!existsSync(HLEDGER)) {
    throw new Error(`hledger is not installed at ${HLEDGER}; install it (apt-get install hledger) or set HLEDGER to run these tests.`);
  }
  // hledger 1.25 refuses non-ASCII input unless the locale is UTF-8.
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      HLEDGER,
      ["-f", file, ...args],
      { env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" }, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function saveJournal(text: string) {
  const file = join(scratch, `books-${++files}.journal`);
  writeFileSync(file, text);
  return file;
}

async function collect(chunks: AsyncGenerator<string>) {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

const csvRecords = (text: string): Record<string, string>[] => parse(text, { columns: true, skip_empty_lines: true });

/** One line per posting, as the API, the CSV and hledger should all tell it. */
interface Line {
  id: string;
  seq: string;
  date: string;
  kind: string;
  description: string;
  counterparty: string;
  counterpartyKind: string;
  account: string;
  amount: string;
  currency: string;
  memo: string;
}

/** What hledger keeps of a posting comment: one line, trimmed (the export writes memos that way). */
const oneLine = (s: string) =>
  s
    .replace(/[\p{Cc}\u2028\u2029]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();

function linesOf(transactions: ExportedTransaction[]): Line[] {
  return [...transactions]
    .sort((a, b) => (a.date === b.date ? a.seq - b.seq : a.date < b.date ? -1 : 1))
    .flatMap((t) =>
      t.postings.map((p) => ({
        id: t.id,
        seq: String(t.seq),
        date: t.date,
        kind: t.kind,
        description: t.description,
        counterparty: t.counterparty.name,
        counterpartyKind: t.counterparty.kind,
        account: p.account,
        amount: p.amount.toString(),
        currency: p.currency,
        memo: p.memo ?? "",
      })),
    );
}

const fromCsv = (text: string): Line[] =>
  csvRecords(text).map((r) => ({
    id: r.transaction_id!,
    seq: r.seq!,
    date: r.date!,
    kind: r.kind!,
    description: fromLedgerCsvText(r.description!),
    counterparty: fromLedgerCsvText(r.counterparty!),
    counterpartyKind: r.counterparty_kind!,
    account: r.account!,
    amount: r.amount_minor!,
    currency: r.currency!,
    memo: fromLedgerCsvText(r.memo!),
  }));

/** `hledger print -O csv`, as (entry, date, description, id tag, account, decimal amount, commodity, memo). */
async function printed(file: string) {
  const out = await hledger(file, ["print", "-O", "csv"]);
  expect(out.stderr).toBe("");
  return csvRecords(out.stdout).map((r) => ({
    seq: r.code,
    date: r.date,
    description: r.description,
    id: /(?:^|[\s,])id:([0-9a-f-]{36})/.exec(r.comment ?? "")?.[1],
    account: r.account,
    amount: r.amount,
    currency: r.commodity,
    memo: r["posting-comment"],
  }));
}

const expectedPrint = (transactions: ExportedTransaction[]) =>
  linesOf(transactions).map((l) => ({
    seq: l.seq,
    date: l.date,
    description: journalDescription({ description: l.description, counterparty: { name: l.counterparty, kind: "internal" } }),
    id: l.id,
    account: l.account,
    amount: toDecimal(l.amount, l.currency),
    currency: l.currency,
    memo: oneLine(l.memo),
  }));

/** Every transaction of an organization through the public API, as the exports should list them. */
async function publicTransactions(slug: string): Promise<ExportedTransaction[]> {
  const all: ExportedTransaction[] = [];
  let cursor: string | null = null;
  do {
    const res = await api.call("GET", `/api/organizations/${slug}/transactions?limit=100${cursor ? `&cursor=${cursor}` : ""}`);
    expect(res.status).toBe(200);
    for (const t of res.body.items) {
      all.push({
        id: t.id,
        seq: t.seq,
        date: t.date,
        kind: t.kind,
        description: t.description,
        counterparty: { name: t.counterparty.name, kind: t.counterparty.kind },
        decisionId: t.decision?.id ?? null,
        transferId: t.transferId,
        reversesId: t.reverses,
        postings: t.postings.map((p: { account: { code: string }; amount: string; currency: string; memo: string | null }) => ({
          account: p.account.code,
          amount: BigInt(p.amount),
          currency: p.currency,
          memo: p.memo,
        })),
      });
    }
    cursor = res.body.nextCursor;
  } while (cursor);
  return all;
}

describe("ledger exports", () => {
  let steward: TestPerson;
  let treasurer: TestPerson;
  let slug: string;

  const post = async (body: Record<string, unknown>, to = slug) => {
    const res = await api.call("POST", `/api/organizations/${to}/transactions`, { as: treasurer.token, body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string; seq: number };
  };

  beforeAll(async () => {
    steward = await makePerson(api.db);
    treasurer = await makePerson(api.db);
    const org = await makeOrg(api.db, steward, { kind: "association", name: "Riverside; Tools | Co-op" });
    slug = org.slug;
    await addMember(api.db, org, treasurer, "treasurer");
    expect((await api.call("POST", `/api/organizations/${slug}/books`, { as: steward.token, body: { currency: "EUR" } })).status).toBe(201);
    for (const account of [
      { code: "assets:paypal", name: "PayPal: EUR & USD", currencies: ["EUR", "USD"] },
      { code: "income:abroad", name: "Gifts from abroad", currencies: ["USD"] },
      { code: "assets:yen", name: "Yen float\nsecond line", currencies: ["JPY"] },
      { code: "income:japan", name: "Japan", currencies: ["JPY"] },
    ]) {
      const res = await api.call("POST", `/api/organizations/${slug}/accounts`, { as: treasurer.token, body: account });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    await post({
      kind: "grant",
      date: "2026-01-01",
      description: "Opening balance",
      postings: [
        { account: "assets:bank", amount: 500_000, currency: "EUR" },
        { account: "equity:opening-balances", amount: -500_000, currency: "EUR" },
      ],
    });
    const gift = await post({
      kind: "donation",
      date: "2026-03-02",
      description: "Gift; thanks | with pipes",
      counterparty: "Smith; Jones | Co",
      counterpartyKind: "individual",
      postings: [
        { account: "assets:bank", amount: 1234, currency: "EUR", memo: "ref: 7; batch 2" },
        { account: "income:donations", amount: -1234, currency: "EUR" },
      ],
    });
    await post({
      kind: "grant",
      date: "2026-02-15",
      description: "Café ☕ — 東京\ngrant, second line",
      counterparty: "Fondation Étoile",
      counterpartyKind: "public_body",
      postings: [
        { account: "assets:paypal", amount: 9999, currency: "USD" },
        { account: "income:abroad", amount: -9999, currency: "USD" },
      ],
    });
    await post({
      kind: "expense",
      date: "2026-02-15",
      description: "Two currencies\tin one entry",
      postings: [
        { account: "assets:paypal", amount: 100, currency: "USD" },
        { account: "income:abroad", amount: -100, currency: "USD" },
        { account: "expenses:operations", amount: 700, currency: "EUR", memo: "line\twith tab" },
        { account: "assets:bank", amount: -700, currency: "EUR" },
      ],
    });
    await post({
      kind: "donation",
      date: "2026-02-20",
      description: "*** | ( ) ;",
      counterparty: "(anonymous)",
      counterpartyKind: "individual",
      postings: [
        { account: "assets:yen", amount: 1000, currency: "JPY" },
        { account: "income:japan", amount: -1000, currency: "JPY" },
      ],
    });
    const reversed = await api.call("POST", `/api/transactions/${gift.id}/reverse`, {
      as: treasurer.token,
      body: { reason: "Posted twice; sorry" },
    });
    expect(reversed.status).toBe(201);
  });

  it("serves the journal as an attachment that hledger check --strict accepts", async () => {
    const res = await api.call("GET", `/api/organizations/${slug}/ledger.journal`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${slug}.journal"`);
    const text = String(res.body);
    expect(text).toContain("commodity 1000.00 EUR\ncommodity 1000. JPY\ncommodity 1000.00 USD\n");
    expect(text).toMatch(/^account assets:bank +; type: A$/m);
    expect(text).toMatch(/^account income:donations +; type: R$/m);
    expect(text).toMatch(/^account liabilities:payable +; type: L$/m);
    expect(text).toMatch(/^2026-03-02 \(\d+\) Smith, Jones ¦ Co \| Gift, thanks \| with pipes$/m);
    const file = saveJournal(text);
    const strict = await hledger(file, ["check", "--strict"]);
    expect(strict, strict.stderr).toMatchObject({ code: 0, stderr: "" });
    const ordered = await hledger(file, ["check", "--strict", "ordereddates"]);
    expect(ordered, ordered.stderr).toMatchObject({ code: 0, stderr: "" });
    const types = await hledger(file, ["accounts", "--types"]);
    expect(types.stdout).toMatch(/^assets:yen +; type: A$/m);
    expect(types.stdout).toMatch(/^expenses:operations +; type: X$/m);
    expect(types.stdout).toMatch(/^equity:opening-balances +; type: E$/m);
  });

  it("gives per-account totals in hledger equal to the public balances", async () => {
    const file = saveJournal(String((await api.call("GET", `/api/organizations/${slug}/ledger.journal`)).body));
    const out = await hledger(file, ["balance", "-N", "--flat", "-O", "csv", "--layout=bare"]);
    expect(out.code, out.stderr).toBe(0);
    const fromHledger = Object.fromEntries(csvRecords(out.stdout).map((r) => [`${r.account} ${r.commodity}`, r.balance]));
    const books = await api.call("GET", `/api/organizations/${slug}/books`);
    const fromApi = Object.fromEntries(
      (books.body.accounts as { code: string; balances: { amount: string; currency: string }[] }[]).flatMap((a) =>
        a.balances.filter((b) => b.amount !== "0").map((b) => [`${a.code} ${b.currency}`, toDecimal(b.amount, b.currency)]),
      ),
    );
    expect(Object.keys(fromApi)).toHaveLength(7);
    expect(fromHledger).toEqual(fromApi);
    expect(fromHledger["assets:bank EUR"]).toBe("4993.00");
    expect(fromHledger["income:japan JPY"]).toBe("-1000");
  });

  it("round-trips every posting through hledger print, in date order, with sanitised descriptions", async () => {
    const file = saveJournal(String((await api.call("GET", `/api/organizations/${slug}/ledger.journal`)).body));
    const transactions = await publicTransactions(slug);
    expect(transactions).toHaveLength(6);
    expect(await printed(file)).toEqual(expectedPrint(transactions));
    const descriptions = (await printed(file)).map((r) => r.description);
    expect(descriptions).toContain("Fondation Étoile | Café ☕ — 東京 grant, second line");
    expect(descriptions).toContain("(anonymous) | *** | ( ) ,");
  });

  it("serves the CSV, one row per posting, that parses back to exactly the posted transactions", async () => {
    const res = await api.call("GET", `/api/organizations/${slug}/ledger.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${slug}.csv"`);
    const text = String(res.body);
    expect(text.split("\n")[0]).toBe(CSV_COLUMNS.join(","));
    const transactions = await publicTransactions(slug);
    expect(fromCsv(text)).toEqual(linesOf(transactions));
    const reversal = csvRecords(text).filter((r) => r.reverses_id);
    expect(reversal).toHaveLength(2);
    expect(reversal.map((r) => r.amount)).toEqual(["-12.34", "12.34"]);
  });

  it("reads in keyset batches: a batch of two gives the same text and reports progress per batch", async () => {
    const exp = await openLedgerExport(api.db, slug);
    expect(exp.total).toBe(6);
    const progress: number[] = [];
    const small = await collect(hledgerJournal(api.db, exp, { batchSize: 2, onProgress: (n) => progress.push(n) }));
    expect(small).toBe(await collect(hledgerJournal(api.db, exp)));
    expect(progress).toEqual([2, 4, 6]);
    const csvProgress: number[] = [];
    const csvSmall = await collect(ledgerCsv(api.db, exp, { batchSize: 4, onProgress: (n) => csvProgress.push(n) }));
    expect(csvSmall).toBe(await collect(ledgerCsv(api.db, exp)));
    expect(csvProgress).toEqual([4, 6]);
  });

  it("exports the books as they stood when the export began", async () => {
    // Books of their own, so that the entry posted during the export changes no other test's books.
    const own = await makeOrg(api.db, steward, { kind: "association" });
    await addMember(api.db, own, treasurer, "treasurer");
    expect((await api.call("POST", `/api/organizations/${own.slug}/books`, { as: steward.token, body: { currency: "EUR" } })).status).toBe(
      201,
    );
    const donation = (date: string, description: string) => ({
      kind: "donation",
      date,
      description,
      postings: [
        { account: "assets:bank", amount: 1, currency: "EUR" },
        { account: "income:donations", amount: -1, currency: "EUR" },
      ],
    });
    for (const day of ["2026-01-01", "2026-01-02", "2026-01-03"]) await post(donation(day, `Given on ${day}`), own.slug);
    const exp = await openLedgerExport(api.db, own.slug);
    const chunks = ledgerCsv(api.db, exp, { batchSize: 1 });
    let text = (await chunks.next()).value as string;
    await post(donation("2000-01-01", "Posted while the export runs"), own.slug);
    for await (const chunk of chunks) text += chunk;
    expect(new Set(csvRecords(text).map((r) => r.transaction_id)).size).toBe(3);
    expect(text).not.toContain("Posted while the export runs");
  });

  it("answers 404 for an unknown organization or books never opened", async () => {
    const unknown = await api.call("GET", "/api/organizations/no-such-org/ledger.journal");
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toBe("application/problem+json");
    const closed = await makeOrg(api.db, steward);
    const csv = await api.call("GET", `/api/organizations/${closed.slug}/ledger.csv`);
    expect(csv.status).toBe(404);
    expect(csv.body.detail).toContain("has not opened its books");
  });

  it("documents both exports in the OpenAPI document", async () => {
    const doc = (await api.call("GET", "/api/openapi.json")).body;
    expect(Object.keys(doc.paths["/api/organizations/{slug}/ledger.journal"].get.responses[200].content)).toEqual(["text/plain"]);
    expect(Object.keys(doc.paths["/api/organizations/{slug}/ledger.csv"].get.responses[200].content)).toEqual(["text/csv"]);
  });
});

/** Text with the characters journals and CSV treat specially, line breaks, and non-ASCII. */
const awkward = (max: number) =>
  fc.string({
    unit: fc.constantFrom(
      "a",
      "Z",
      "7",
      " ",
      ";",
      "|",
      ",",
      '"',
      "'",
      "\n",
      "\t",
      "\r",
      ":",
      "#",
      "*",
      "(",
      ")",
      "=",
      "é",
      "東",
      "☕",
      "\u00a0",
    ),
    minLength: 1,
    maxLength: max,
  });

/** Accounts the generated entries may use freely (none may refuse to go negative). */
const EUR_ACCOUNTS = [
  "assets:receivable",
  "assets:paypal",
  "liabilities:payable",
  "equity:retained-surplus",
  "income:donations",
  "income:other",
  "expenses:operations",
  "expenses:events",
];
const USD_ACCOUNTS = ["assets:paypal", "income:abroad", "expenses:abroad"];

const entry = fc
  .record({
    kind: fc.constantFrom(...TRANSACTION_KINDS),
    counterpartyKind: fc.constantFrom(...COUNTERPARTY_KINDS),
    date: fc.integer({ min: 0, max: 3 * 365 }).map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
    description: awkward(40),
    counterparty: fc.option(awkward(20), { nil: undefined }),
    currency: fc.constantFrom("EUR", "USD"),
    lines: fc.array(
      fc.record({
        pick: fc.nat(),
        amount: fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).filter((n) => n !== 0),
        memo: fc.option(awkward(15), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    balancing: fc.nat(),
  })
  .map((e) => {
    const accounts = e.currency === "EUR" ? EUR_ACCOUNTS : USD_ACCOUNTS;
    const postings = e.lines.map((l) => ({
      account: accounts[l.pick % accounts.length]!,
      amount: l.amount,
      currency: e.currency,
      memo: l.memo,
    }));
    const sum = postings.reduce((s, p) => s + p.amount, 0);
    // Balanced by construction: a balancing line unless the lines already sum to zero.
    if (sum !== 0)
      postings.push({ account: accounts[e.balancing % accounts.length]!, amount: -sum, currency: e.currency, memo: undefined });
    return { ...e, postings };
  });

let runs = 0;

/** A fresh organization with open books (EUR, and accounts holding USD), its treasurer acting. */
async function freshBooks(db: Db, steward: TestPerson, treasurer: TestPerson) {
  const org = await makeOrg(db, steward, { kind: "association", slug: `prop-${++runs}-${Date.now().toString(36)}` });
  await addMember(db, org, treasurer, "treasurer");
  const asSteward: Actor = { id: steward.id, handle: steward.handle, name: steward.name, isAdmin: false };
  const actor: Actor = { id: treasurer.id, handle: treasurer.handle, name: treasurer.name, isAdmin: false };
  await openBooks(db, asSteward, org.slug, "EUR");
  await addAccount(db, actor, org.slug, { code: "assets:paypal", name: "PayPal", currencies: ["EUR", "USD"], allowNegative: true });
  await addAccount(db, actor, org.slug, { code: "income:abroad", name: "Abroad", currencies: ["USD"] });
  await addAccount(db, actor, org.slug, { code: "expenses:abroad", name: "Spent abroad", currencies: ["USD"] });
  return { org, actor };
}

describe("ledger exports, for any set of balanced entries", () => {
  it("round-trip through CSV (exactly) and through hledger print (every posting)", async () => {
    const steward = await makePerson(api.db);
    const treasurer = await makePerson(api.db);
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 4 }), async (entries, batchSize) => {
        const { org, actor } = await freshBooks(api.db, steward, treasurer);
        const posted: ExportedTransaction[] = [];
        for (const e of entries) {
          const row = await postManual(api.db, actor, org.slug, {
            kind: e.kind,
            date: e.date,
            description: e.description,
            counterparty: e.counterparty,
            counterpartyKind: e.counterpartyKind,
            postings: e.postings,
          });
          posted.push({
            id: row.id,
            seq: row.seq,
            date: e.date,
            kind: e.kind,
            description: e.description,
            counterparty: { name: e.counterparty ?? org.name, kind: e.counterpartyKind },
            decisionId: null,
            transferId: null,
            reversesId: null,
            postings: e.postings.map((p) => ({ account: p.account, amount: BigInt(p.amount), currency: p.currency, memo: p.memo ?? null })),
          });
        }
        const exp = await openLedgerExport(api.db, org.slug);
        expect(exp.total).toBe(entries.length);
        expect(fromCsv(await collect(ledgerCsv(api.db, exp, { batchSize })))).toEqual(linesOf(posted));
        const file = saveJournal(await collect(hledgerJournal(api.db, exp, { batchSize })));
        const check = await hledger(file, ["check", "--strict", "ordereddates"]);
        expect(check, check.stderr).toMatchObject({ code: 0, stderr: "" });
        expect(await printed(file)).toEqual(expectedPrint(posted));
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});

describe("the CSV export in a spreadsheet", () => {
  const sample: ExportedTransaction = {
    id: "00000000-0000-0000-0000-000000000000",
    seq: 1,
    date: "2026-01-01",
    kind: "donation",
    description: '=HYPERLINK("http://evil.example","click")',
    counterparty: { name: "@SUM(A1)", kind: "individual" },
    decisionId: null,
    transferId: null,
    reversesId: null,
    postings: [{ account: "assets:bank", amount: 100n, currency: "EUR", memo: "-1+1" }],
  };

  it("keeps text a spreadsheet would run as a formula from being one, and reads it back as posted", () => {
    const [row] = csvRows(sample);
    expect(row?.[4]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(row?.[5]).toBe("'@SUM(A1)");
    expect(row?.[12]).toBe("'-1+1");
    expect(fromLedgerCsvText(row?.[4] ?? "")).toBe(sample.description);
    for (const text of ["'quoted", "''twice", "plain", "=1+1"]) {
      expect(fromLedgerCsvText(csvRows({ ...sample, description: text })[0]?.[4] ?? "")).toBe(text);
    }
  });
});
