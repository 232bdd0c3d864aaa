import { type SQL, sql } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../db/rows.ts";
import type { Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { addMember, makeOrg, makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { DEFAULT_ACCOUNTS } from "./books.ts";
import { listAccounts } from "./read.ts";
import { COUNTERPARTY_KINDS, TRANSACTION_KINDS } from "./schema.ts";
import { addAccount, openBooks, postManual } from "./service.ts";
import { checkLedger, type Finding, verifyLedger } from "./verify.ts";

const api = setupApi();

class Rollback extends Error {}

/** A finding with its message as the CLI prints it (English), and in French. */
type Written = Omit<Finding, "message"> & { message: string; fr: string };

/**
 * Plants a problem past the database's guards (triggers are off under session_replication_role =
 * replica), runs verify inside the same transaction, and rolls it all back.
 */
async function planted(plant: (tx: Executor) => Promise<void>, opts: { organization?: string; limit?: number } = {}) {
  let findings: Written[] = [];
  await api.db
    .transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await plant(tx);
      await tx.execute(sql`set local session_replication_role = origin`);
      findings = (await verifyLedger(tx, opts)).map((f) => ({ ...f, message: String(f.message), fr: f.message.in("fr") }));
      throw new Rollback();
    })
    .catch((err) => {
      if (!(err instanceof Rollback)) throw err;
    });
  return findings;
}

const checksOf = (findings: Pick<Finding, "check">[]) => [...new Set(findings.map((f) => f.check))].sort();
const exec = async (tx: Executor, query: SQL) => {
  await tx.execute(query);
};

describe("verifying the ledger", () => {
  let steward: TestPerson;
  let treasurer: TestPerson;
  let member: TestPerson;
  let a: string;
  let b: string;
  const ids: Record<string, string> = {};
  const tx: Record<string, string> = {};

  const post = async (slug: string, name: string, body: Record<string, unknown>) => {
    const res = await api.call("POST", `/api/organizations/${slug}/transactions`, { as: treasurer.token, body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    tx[name] = res.body.id;
    return res.body.id as string;
  };
  const ok = async (method: string, path: string, body: unknown, as = treasurer) => {
    const res = await api.call(method, path, { as: as.token, body });
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
    return res.body;
  };

  beforeAll(async () => {
    steward = await makePerson(api.db);
    treasurer = await makePerson(api.db);
    member = await makePerson(api.db);
    const orgA = await makeOrg(api.db, steward, { kind: "association" });
    const orgB = await makeOrg(api.db, steward, { kind: "association" });
    a = orgA.slug;
    b = orgB.slug;
    await addMember(api.db, orgA, treasurer, "treasurer");
    await addMember(api.db, orgB, treasurer, "treasurer");
    await addMember(api.db, orgA, member);
    await ok("POST", `/api/organizations/${a}/books`, { currency: "EUR" }, steward);
    await ok("POST", `/api/organizations/${b}/books`, { currency: "EUR" }, steward);
    await ok("POST", `/api/organizations/${a}/accounts`, { code: "assets:paypal", name: "PayPal", currencies: ["EUR", "USD"] });
    await ok("POST", `/api/organizations/${a}/accounts`, { code: "income:abroad", name: "Abroad", currencies: ["USD"] });

    await post(a, "opening", {
      kind: "grant",
      date: "2026-01-01",
      description: "Opening balance",
      postings: [
        { account: "assets:bank", amount: 100_000, currency: "EUR" },
        { account: "equity:opening-balances", amount: -100_000, currency: "EUR" },
      ],
    });
    await post(a, "gift", {
      kind: "donation",
      date: "2026-01-10",
      description: "A gift; thank you",
      counterparty: "Ada",
      counterpartyKind: "individual",
      postings: [
        { account: "assets:bank", amount: 5_000, currency: "EUR" },
        { account: "income:donations", amount: -5_000, currency: "EUR" },
      ],
    });
    await post(a, "dollars", {
      kind: "grant",
      date: "2026-01-12",
      description: "A grant in dollars",
      counterpartyKind: "public_body",
      postings: [
        { account: "assets:paypal", amount: 7_000, currency: "USD" },
        { account: "income:abroad", amount: -7_000, currency: "USD" },
      ],
    });
    await post(a, "hosting", {
      kind: "expense",
      date: "2026-01-15",
      description: "Hosting",
      postings: [
        { account: "expenses:infrastructure", amount: 1_200, currency: "EUR" },
        { account: "assets:bank", amount: -1_200, currency: "EUR" },
      ],
    });
    await post(a, "owed", {
      kind: "expense",
      date: "2026-01-16",
      description: "Advance returned from a receivable",
      postings: [
        { account: "expenses:events", amount: 300, currency: "EUR" },
        { account: "assets:receivable", amount: -300, currency: "EUR" },
      ],
    });
    await post(a, "mistake", {
      kind: "donation",
      date: "2026-01-20",
      description: "Posted by mistake",
      counterpartyKind: "individual",
      postings: [
        { account: "assets:bank", amount: 999, currency: "EUR" },
        { account: "income:other", amount: -999, currency: "EUR" },
      ],
    });
    tx.reversal = (await ok("POST", `/api/transactions/${tx.mistake}/reverse`, { reason: "Not ours" })).id;
    const donation = await ok("POST", `/api/organizations/${a}/donations`, { amount: 2_500, currency: "EUR" }, member);
    ids.donation = donation.id;
    await ok("POST", `/api/donations/${donation.id}/confirm`, {});
    await ok("POST", `/api/organizations/${a}/fee-schedules`, {
      amount: 1_000,
      currency: "EUR",
      period: "monthly",
      startsOn: "2026-01-01",
    });
    await ok("POST", `/api/organizations/${a}/fees`, { member: member.handle, periodStart: "2026-01-01" });
    await ok("POST", `/api/organizations/${a}/payments`, {
      to: b,
      kind: "sponsorship",
      amount: 3_000,
      currency: "EUR",
      description: "Sponsoring B",
    });

    for (const row of await rowsOf<{ code: string; slug: string; id: string }>(
      api.db,
      sql`select a.code, o.slug, a.id from accounts a join books k on k.id = a.book_id join organizations o on o.id = k.organization_id
           where o.slug in (${a}, ${b})`,
    )) {
      ids[`${row.slug === a ? "a" : "b"}:${row.code}`] = row.id;
    }
    const [donationTx] = await rowsOf<{ transaction_id: string }>(
      api.db,
      sql`select transaction_id from donations where id = ${ids.donation}`,
    );
    tx.donation = donationTx!.transaction_id;
    const legs = await rowsOf<{ id: string; slug: string }>(
      api.db,
      sql`select t.id, o.slug from transactions t join books k on k.id = t.book_id join organizations o on o.id = k.organization_id
           where t.transfer_id is not null`,
    );
    tx.legA = legs.find((l) => l.slug === a)!.id;
    tx.legB = legs.find((l) => l.slug === b)!.id;
  });

  it("finds nothing wrong in books kept through the services, and says how much it checked", async () => {
    expect(await verifyLedger(api.db)).toEqual([]);
    expect(await verifyLedger(api.db, { organization: a })).toEqual([]);
    const { findings, counts } = await checkLedger(api.db, { organization: a });
    expect(findings).toEqual([]);
    // opening, gift, dollars, hosting, owed, mistake, its reversal, the donation, the fee, the payment; the default chart and two added accounts
    expect(counts).toEqual({ transactions: 10, postings: 20, accounts: DEFAULT_ACCOUNTS.length + 2 });
    // The whole database: these two organizations' 11 entries, and whatever the other test of this file posted.
    const [all] = await rowsOf<{ n: number }>(api.db, sql`select count(*)::int as n from transactions`);
    expect(all?.n).toBeGreaterThanOrEqual(11);
    expect((await checkLedger(api.db)).counts.transactions).toBe(all?.n);
  });

  it("refuses an unknown organization", async () => {
    await expect(verifyLedger(api.db, { organization: "no-such-org" })).rejects.toBeInstanceOf(AppError);
  });

  it("finds a kept balance that differs from the postings", async () => {
    const findings = await planted((t) =>
      exec(t, sql`update account_balances set balance = balance + 1 where account_id = ${ids["a:assets:bank"]} and currency = 'EUR'`),
    );
    expect(checksOf(findings)).toEqual(["account_balance"]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ accountId: ids["a:assets:bank"] });
    expect(findings[0]!.message).toContain("assets:bank's kept balance in EUR is 1043.01 EUR over 8 posting(s)");
  });

  it("finds a missing balance and an extra one", async () => {
    const missing = await planted((t) => exec(t, sql`delete from account_balances where account_id = ${ids["a:income:donations"]}`));
    expect(checksOf(missing)).toEqual(["account_balance"]);
    expect(missing[0]!.message).toContain("income:donations has no kept balance in EUR");
    const extra = await planted((t) =>
      exec(t, sql`insert into account_balances values (${ids["a:expenses:operations"]}, 'EUR', 0, 1, null)`),
    );
    expect(checksOf(extra)).toEqual(["account_balance"]);
    expect(extra[0]!.message).toContain("but no postings in EUR");
  });

  it("finds a monthly sum that differs from the postings", async () => {
    const findings = await planted((t) =>
      exec(
        t,
        sql`update ledger_months set amount = amount + 5
             where ctid = (select ctid from ledger_months where account_id = ${ids["a:income:donations"]} limit 1)`,
      ),
    );
    expect(checksOf(findings)).toEqual(["ledger_month"]);
  });

  it("finds a transaction that no longer balances, even when the rollups followed the extra posting", async () => {
    const account = ids["a:income:other"]!;
    const findings = await planted(async (t) => {
      await exec(t, sql`insert into postings (transaction_id, account_id, amount, currency) values (${tx.gift}, ${account}, 7, 'EUR')`);
      await exec(
        t,
        sql`update account_balances set balance = balance + 7, postings = postings + 1 where account_id = ${account} and currency = 'EUR'`,
      );
      await exec(
        t,
        sql`insert into ledger_months
            select book_id, date_trunc('month', date)::date, ${account}, kind, counterparty_kind, 'EUR', 7, 1 from transactions where id = ${tx.gift}
            on conflict on constraint ledger_months_pkey do update set amount = ledger_months.amount + 7, postings = ledger_months.postings + 1`,
      );
    });
    expect(checksOf(findings)).toEqual(["transaction_balanced"]);
    expect(findings[0]).toMatchObject({ transactionId: tx.gift });
    expect(findings[0]!.message).toMatch(/^Entry \d+ \(.+\) does not balance in EUR: its postings sum to 0\.07 EUR\.$/);
  });

  it("finds a transaction with fewer than two postings", async () => {
    const findings = await planted((t) =>
      exec(
        t,
        sql`insert into transactions (book_id, kind, date, description, counterparty_kind, counterparty_name)
            select book_id, 'donation', '2026-02-01', 'Empty', 'internal', 'Nobody' from accounts where id = ${ids["a:assets:bank"]}`,
      ),
    );
    expect(checksOf(findings)).toEqual(["transaction_postings"]);
    expect(findings[0]!.message).toContain("has 0 posting(s)");
  });

  it("finds a posting to another organization's account", async () => {
    const findings = await planted((t) =>
      exec(t, sql`update postings set account_id = ${ids["b:income:donations"]} where transaction_id = ${tx.gift} and amount < 0`),
    );
    expect(checksOf(findings)).toEqual(["account_balance", "ledger_month", "posting_book"]);
    expect(findings.find((f) => f.check === "posting_book")).toMatchObject({
      transactionId: tx.gift,
      accountId: ids["b:income:donations"],
    });
    // Checked from the other side, the stray posting shows too.
    const fromB = await planted(
      (t) => exec(t, sql`update postings set account_id = ${ids["b:income:donations"]} where transaction_id = ${tx.gift} and amount < 0`),
      { organization: b },
    );
    expect(checksOf(fromB)).toContain("posting_book");
  });

  it("finds a posting in a currency its account does not hold", async () => {
    const findings = await planted((t) => exec(t, sql`update postings set currency = 'JPY' where transaction_id = ${tx.hosting}`));
    expect(checksOf(findings)).toEqual(["account_balance", "ledger_month", "negative_balance", "posting_currency"]);
    expect(findings.filter((f) => f.check === "posting_currency")).toHaveLength(2);
  });

  it("finds an account that may not go negative below zero", async () => {
    const findings = await planted((t) =>
      exec(t, sql`update accounts set allow_negative = false where id = ${ids["a:assets:receivable"]}`),
    );
    expect(checksOf(findings)).toEqual(["balance_floor", "negative_balance"]);
    expect(findings.find((f) => f.check === "negative_balance")!.message).toBe(
      "assets:receivable may not go negative, but its postings in EUR leave it at -3.00 EUR.",
    );
    // The operator's CLI prints findings in English; the catalogue has them in French too.
    expect(findings.find((f) => f.check === "negative_balance")!.fr).toBe(
      "assets:receivable ne peut pas être négatif, mais ses lignes en EUR le laissent à -3.00 EUR.",
    );
  });

  it("finds a reversal that does not mirror its original, or reverses an entry of other books", async () => {
    const other = await planted((t) => exec(t, sql`update transactions set reverses_id = ${tx.gift} where id = ${tx.reversal}`));
    expect(checksOf(other)).toEqual(["reversal"]);
    expect(other[0]).toMatchObject({ transactionId: tx.reversal });
    expect(other[0]!.message).toContain("its postings are not the original's, negated");
    const book = await planted((t) => exec(t, sql`update transactions set reverses_id = ${tx.legB} where id = ${tx.reversal}`));
    expect(checksOf(book)).toEqual(["reversal"]);
    expect(book[0]!.message).toContain("an entry in other books");
  });

  it("finds a transfer without its other half, or whose halves differ", async () => {
    const alone = await planted((t) => exec(t, sql`update transactions set transfer_id = gen_random_uuid() where id = ${tx.legA}`));
    expect(checksOf(alone)).toEqual(["transfer"]);
    expect(alone[0]!.message).toContain("has 1 entry in 1 book(s)");
    // Only B's books are off; checking A's still compares the two halves of A's transfer.
    const differ = await planted((t) => exec(t, sql`update postings set amount = amount * 2 where transaction_id = ${tx.legB}`), {
      organization: a,
    });
    expect(checksOf(differ)).toEqual(["transfer"]);
    expect(differ[0]!.message).toContain("move different amounts");
  });

  it("finds a paid expense whose transaction does not match it", async () => {
    const findings = await planted(async (t) => {
      for (const [transactionId, amount] of [
        [tx.hosting, 1_200],
        [tx.hosting, 1_000],
        [tx.donation, 2_500],
      ] as const) {
        await exec(
          t,
          sql`insert into expenses (organization_id, payee_name, amount, currency, purpose, account_id, status, approval, proposal_id, transaction_id, paid_at)
              select organization_id, 'Ada', ${amount}, 'EUR', 'Hosting', ${ids["a:expenses:infrastructure"]}, 'paid', 'decision', gen_random_uuid(),
                     ${transactionId}, now()
                from books where id = (select book_id from accounts where id = ${ids["a:assets:bank"]})`,
        );
      }
    });
    expect(checksOf(findings)).toEqual(["expense_paid"]);
    const messages = findings.map((f) => f.message).sort();
    expect(messages).toHaveLength(3);
    expect(messages.filter((m) => m.includes("also records another expense"))).toHaveLength(2);
    expect(messages.filter((m) => m.includes("is a donation, not an expense"))).toHaveLength(1);
  });

  it("finds a confirmed donation whose transaction brings in another amount", async () => {
    const findings = await planted((t) => exec(t, sql`update donations set amount = amount + 1 where id = ${ids.donation}`));
    expect(checksOf(findings)).toEqual(["donation_confirmed"]);
    expect(findings[0]).toMatchObject({ transactionId: tx.donation });
    expect(findings[0]!.message).toContain("does not bring in 25.01 EUR");
  });

  it("finds a membership fee recorded by a transaction of another kind", async () => {
    const findings = await planted((t) => exec(t, sql`update membership_fees set transaction_id = ${tx.gift}`));
    expect(checksOf(findings)).toEqual(["membership_fee"]);
    expect(findings[0]!.message).toContain("is a donation, not a membership fee");
  });

  it("lists at most `limit` findings per check, then says there are more", async () => {
    const findings = await planted((t) => exec(t, sql`update account_balances set balance = balance + 1 where balance > 0`), { limit: 2 });
    expect(checksOf(findings)).toEqual(["account_balance"]);
    expect(findings).toHaveLength(3);
    expect(findings[2]!.message).toBe("There are more account_balance problems; only the first 2 are listed.");
  });
});

const ACCOUNTS = {
  EUR: ["assets:bank", "assets:receivable", "liabilities:payable", "equity:retained-surplus", "income:donations", "expenses:operations"],
  USD: ["assets:paypal", "income:abroad", "expenses:abroad"],
} as const;

const entry = fc
  .record({
    kind: fc.constantFrom(...TRANSACTION_KINDS),
    counterpartyKind: fc.constantFrom(...COUNTERPARTY_KINDS),
    date: fc.integer({ min: 0, max: 800 }).map((d) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
    currency: fc.constantFrom("EUR", "USD"),
    lines: fc.array(fc.record({ pick: fc.nat(), amount: fc.integer({ min: -50_000_000, max: 50_000_000 }).filter((n) => n !== 0) }), {
      minLength: 1,
      maxLength: 5,
    }),
    balancing: fc.nat(),
  })
  .map((e) => {
    const accounts = ACCOUNTS[e.currency];
    const postings = e.lines.map((l) => ({ account: accounts[l.pick % accounts.length]!, amount: l.amount, currency: e.currency }));
    const sum = postings.reduce((s, p) => s + p.amount, 0);
    if (sum !== 0) postings.push({ account: accounts[e.balancing % accounts.length]!, amount: -sum, currency: e.currency });
    return { ...e, postings };
  });

describe("verifying the ledger, for any set of balanced entries", () => {
  it("finds nothing wrong, and every balance is the sum of its postings", async () => {
    const steward = await makePerson(api.db);
    const treasurer = await makePerson(api.db);
    const asSteward: Actor = { id: steward.id, handle: steward.handle, name: steward.name, isAdmin: false };
    const actor: Actor = { id: treasurer.id, handle: treasurer.handle, name: treasurer.name, isAdmin: false };
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 10 }), async (entries) => {
        const org = await makeOrg(api.db, steward, { kind: "association", slug: `verify-${++run}-${Date.now().toString(36)}` });
        await addMember(api.db, org, treasurer, "treasurer");
        await openBooks(api.db, asSteward, org.slug, "EUR");
        await addAccount(api.db, actor, org.slug, { code: "assets:paypal", name: "PayPal", currencies: ["USD"], allowNegative: true });
        await addAccount(api.db, actor, org.slug, { code: "income:abroad", name: "Abroad", currencies: ["USD"] });
        await addAccount(api.db, actor, org.slug, { code: "expenses:abroad", name: "Spent abroad", currencies: ["USD"] });
        // The bank may not go negative: a large opening balance keeps every generated entry possible.
        const opening = [
          { account: "assets:bank", amount: 1_000_000_000_000, currency: "EUR" },
          { account: "equity:opening-balances", amount: -1_000_000_000_000, currency: "EUR" },
        ];
        const all = [{ kind: "grant" as const, counterpartyKind: "internal" as const, date: "2025-01-01", postings: opening }, ...entries];
        const expected = new Map<string, bigint>();
        for (const e of all) {
          await postManual(api.db, actor, org.slug, {
            kind: e.kind,
            date: e.date,
            description: "Generated entry",
            counterpartyKind: e.counterpartyKind,
            postings: e.postings,
          });
          for (const p of e.postings) {
            const key = `${p.account} ${p.currency}`;
            expected.set(key, (expected.get(key) ?? 0n) + BigInt(p.amount));
          }
        }
        expect(await verifyLedger(api.db, { organization: org.slug })).toEqual([]);
        const books = await listAccounts(api.db, null, org.slug);
        const kept = new Map(books.accounts.flatMap((a) => a.balances.map((b) => [`${a.code} ${b.currency}`, BigInt(b.amount)] as const)));
        expect(kept).toEqual(expected);
      }),
      { numRuns: 20 },
    );
    expect(await verifyLedger(api.db)).toEqual([]);
  }, 120_000);
});
