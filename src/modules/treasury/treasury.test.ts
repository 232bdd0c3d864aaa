import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { nowMs } from "../../now.ts";
import { advanceClock } from "../../test/clock.ts";
import { addMember, makeOrg, makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { settleDue } from "../decisions/lifecycle.ts";

const api = setupApi();

/** An association with open books: a steward, a treasurer and two members. */
async function association(currency = "EUR") {
  const steward = await makePerson(api.db);
  const org = await makeOrg(api.db, steward, { kind: "association" });
  const treasurer = await makePerson(api.db);
  const members = [await makePerson(api.db), await makePerson(api.db)] as [TestPerson, TestPerson];
  await addMember(api.db, org, treasurer, "treasurer");
  for (const m of members) await addMember(api.db, org, m);
  const opened = await api.call("POST", `/api/organizations/${org.slug}/books`, { as: steward.token, body: { currency } });
  expect(opened.status).toBe(201);
  return { org, steward, treasurer, members, everyone: [steward, treasurer, ...members] };
}

const balanceOf = async (slug: string, code: string) => {
  const books = await api.call("GET", `/api/organizations/${slug}/books`);
  const account = books.body.accounts.find((a: { code: string }) => a.code === code);
  return account.balances[0]?.amount ?? "0";
};

async function fund(slug: string, treasurer: TestPerson, amount: number) {
  const res = await api.call("POST", `/api/organizations/${slug}/transactions`, {
    as: treasurer.token,
    body: {
      kind: "transfer",
      date: "2026-01-02",
      description: "Opening balance",
      postings: [
        { account: "assets:bank", amount, currency: "EUR" },
        { account: "equity:opening-balances", amount: -amount, currency: "EUR" },
      ],
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}

/** Puts something to a vote that closes in a minute, votes, moves the clock past the close and settles it. */
async function decide(path: string, by: TestPerson, voters: TestPerson[], answer: "yes" | "no") {
  const closesAt = new Date(nowMs() + 60_000).toISOString();
  const proposal = await api.call("POST", path, { as: by.token, body: { closesAt } });
  expect(proposal.status).toBe(201);
  for (const v of voters)
    expect((await api.call("PUT", `/api/proposals/${proposal.body.id}/vote`, { as: v.token, body: { answer } })).status).toBe(200);
  await advanceClock(api.db, 61);
  await settleDue(api.db);
  return proposal.body.id as string;
}

describe("the ledger", () => {
  it("opens books with a default chart of accounts, once", async () => {
    const { org, steward } = await association();
    const books = await api.call("GET", `/api/organizations/${org.slug}/books`);
    expect(books.body.opened).toBe(true);
    expect(books.body.accounts.map((a: { code: string }) => a.code)).toEqual(
      expect.arrayContaining([
        "assets:bank",
        "liabilities:payable",
        "income:donations",
        "expenses:infrastructure",
        "equity:opening-balances",
      ]),
    );
    const again = await api.call("POST", `/api/organizations/${org.slug}/books`, { as: steward.token, body: { currency: "USD" } });
    expect(again.status).toBe(409);
  });

  it("refuses unbalanced, fractional, oversized and foreign-currency postings, naming the field, and changes nothing", async () => {
    const { org, treasurer } = await association();
    const post = (postings: unknown[]) =>
      api.call("POST", `/api/organizations/${org.slug}/transactions`, {
        as: treasurer.token,
        body: { kind: "transfer", date: "2026-01-02", description: "Test", postings },
      });
    const cases: [unknown[], string][] = [
      [
        [
          { account: "assets:bank", amount: 100, currency: "EUR" },
          { account: "equity:opening-balances", amount: -99, currency: "EUR" },
        ],
        "body.postings",
      ],
      [
        [
          { account: "assets:bank", amount: 10.5, currency: "EUR" },
          { account: "equity:opening-balances", amount: -10.5, currency: "EUR" },
        ],
        "body.postings.0.amount",
      ],
      [
        [
          { account: "assets:bank", amount: 1e16, currency: "EUR" },
          { account: "equity:opening-balances", amount: -1e16, currency: "EUR" },
        ],
        "body.postings.0.amount",
      ],
      [
        [
          { account: "assets:bank", amount: "100", currency: "EUR" },
          { account: "equity:opening-balances", amount: -100, currency: "EUR" },
        ],
        "body.postings.0.amount",
      ],
      [
        [
          { account: "assets:bank", amount: 100, currency: "USD" },
          { account: "equity:opening-balances", amount: -100, currency: "USD" },
        ],
        "body.postings.0.currency",
      ],
      [
        [
          { account: "assets:bank", amount: 100, currency: "XYZ" },
          { account: "equity:opening-balances", amount: -100, currency: "XYZ" },
        ],
        "body.postings.0.currency",
      ],
      [
        [
          { account: "assets:nowhere", amount: 100, currency: "EUR" },
          { account: "equity:opening-balances", amount: -100, currency: "EUR" },
        ],
        "body.postings.0.account",
      ],
      [[{ account: "assets:bank", amount: 100, currency: "EUR" }], "body.postings"],
    ];
    for (const [postings, path] of cases) {
      const res = await post(postings);
      expect(res.status, JSON.stringify(postings)).toBe(422);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const overdraw = await post([
      { account: "assets:bank", amount: -100, currency: "EUR" },
      { account: "expenses:operations", amount: 100, currency: "EUR" },
    ]);
    expect(overdraw.status).toBe(409);
    const list = await api.call("GET", `/api/organizations/${org.slug}/transactions`);
    expect(list.body.items).toEqual([]);
  });

  it("keeps posted entries immutable and corrects them with a reversal, once", async () => {
    const { org, treasurer } = await association();
    await fund(org.slug, treasurer, 5000);
    const [entry] = (await api.call("GET", `/api/organizations/${org.slug}/transactions`)).body.items;
    await expect(api.db.execute(sql`update transactions set description = 'changed' where id = ${entry.id}`)).rejects.toThrow();
    await expect(api.db.execute(sql`delete from postings where transaction_id = ${entry.id}`)).rejects.toThrow();
    await expect(api.db.execute(sql`update account_balances set balance = 0`)).rejects.toThrow();
    const reversed = await api.call("POST", `/api/transactions/${entry.id}/reverse`, { as: treasurer.token, body: { reason: "Typo" } });
    expect(reversed.status, JSON.stringify(reversed.body)).toBe(201);
    expect(reversed.body.reverses).toBe(entry.id);
    expect(await balanceOf(org.slug, "assets:bank")).toBe("0");
    const twice = await api.call("POST", `/api/transactions/${entry.id}/reverse`, { as: treasurer.token, body: { reason: "Again" } });
    expect(twice.status).toBe(409);
  });

  it("never overdraws the bank under concurrent payments, and every acknowledged one is in the books", async () => {
    const { org, treasurer } = await association();
    await fund(org.slug, treasurer, 1000);
    const spend = () =>
      api.call("POST", `/api/organizations/${org.slug}/transactions`, {
        as: treasurer.token,
        body: {
          kind: "expense",
          date: "2026-01-03",
          description: "Hosting",
          postings: [
            { account: "expenses:infrastructure", amount: 300, currency: "EUR" },
            { account: "assets:bank", amount: -300, currency: "EUR" },
          ],
        },
      });
    const results = await Promise.all(Array.from({ length: 8 }, spend));
    const accepted = results.filter((r) => r.status === 201).length;
    expect(accepted).toBe(3);
    expect(results.filter((r) => r.status !== 201).every((r) => r.status === 409)).toBe(true);
    expect(await balanceOf(org.slug, "assets:bank")).toBe(String(1000 - 300 * accepted));
    const list = await api.call("GET", `/api/organizations/${org.slug}/transactions?kind=expense`);
    expect(list.body.items).toHaveLength(accepted);
  });
});

describe("democratic spending", () => {
  it("pays an expense only after the members approve it, and shows the decision on the expense and the transaction", async () => {
    const { org, treasurer, members, everyone } = await association();
    await fund(org.slug, treasurer, 100_000);
    const submitted = await api.call("POST", `/api/organizations/${org.slug}/expenses`, {
      as: members[0].token,
      body: { purpose: "A 3D printer for the workshop", amount: 45_000, currency: "EUR", account: "expenses:operations" },
    });
    expect(submitted.status).toBe(201);
    const id = submitted.body.id;
    const early = await api.call("POST", `/api/expenses/${id}/pay`, { as: treasurer.token, body: {} });
    expect(early.status).toBe(409);

    const proposalId = await decide(`/api/expenses/${id}/vote`, members[0], everyone, "yes");
    const approved = await api.call("GET", `/api/expenses/${id}`);
    expect(approved.body).toMatchObject({ status: "approved", approval: "decision", decision: { id: proposalId, outcome: "passed" } });
    const paid = await api.call("POST", `/api/expenses/${id}/pay`, { as: treasurer.token, body: {} });
    expect(paid.status).toBe(200);
    expect(paid.body.status).toBe("paid");
    const transaction = await api.call("GET", `/api/transactions/${paid.body.transactionId}`);
    expect(transaction.body).toMatchObject({ kind: "expense", decision: { id: proposalId }, source: { type: "expense", id } });
    expect(await balanceOf(org.slug, "assets:bank")).toBe("55000");
  });

  it("rejects an expense the members vote down; nobody can pay it", async () => {
    const { org, treasurer, members, everyone } = await association();
    const submitted = await api.call("POST", `/api/organizations/${org.slug}/expenses`, {
      as: members[1].token,
      body: { purpose: "A company car", amount: 2_000_000, currency: "EUR" },
    });
    await decide(`/api/expenses/${submitted.body.id}/vote`, members[1], everyone, "no");
    const shown = await api.call("GET", `/api/expenses/${submitted.body.id}`);
    expect(shown.body.status).toBe("rejected");
    expect((await api.call("POST", `/api/expenses/${submitted.body.id}/pay`, { as: treasurer.token, body: {} })).status).toBe(409);
  });

  it("lets a treasurer approve within an approved budget line, never beyond it, even when approvals race", async () => {
    const { org, treasurer, members, everyone } = await association();
    await fund(org.slug, treasurer, 1_000_000);
    const draft = await api.call("POST", `/api/organizations/${org.slug}/budgets`, {
      as: treasurer.token,
      body: { year: 2026, title: "Running costs", lines: [{ name: "Hosting", account: "expenses:infrastructure", amount: 10_000 }] },
    });
    expect(draft.status).toBe(201);
    const lineId = draft.body.lines[0].id;
    const submit = () =>
      api.call("POST", `/api/organizations/${org.slug}/expenses`, {
        as: members[0].token,
        body: { purpose: "Server month", amount: 3_000, currency: "EUR", account: "expenses:infrastructure" },
      });
    const early = await submit();
    const notYet = await api.call("POST", `/api/expenses/${early.body.id}/approve`, { as: treasurer.token, body: { budgetLine: lineId } });
    expect(notYet.status).toBe(409);
    expect(notYet.body.errors[0].path).toBe("body.budgetLine");

    await decide(`/api/budgets/${draft.body.id}/vote`, treasurer, everyone, "yes");
    const expenses = [early, ...(await Promise.all(Array.from({ length: 4 }, submit)))];
    const approvals = await Promise.all(
      expenses.map((e) => api.call("POST", `/api/expenses/${e.body.id}/approve`, { as: treasurer.token, body: { budgetLine: lineId } })),
    );
    expect(approvals.filter((r) => r.status === 200)).toHaveLength(3);
    expect(approvals.filter((r) => r.status === 409).every((r) => r.body.errors[0].path === "body.budgetLine")).toBe(true);
    const [budget] = (await api.call("GET", `/api/organizations/${org.slug}/budgets?year=2026`)).body.items;
    expect(budget.lines[0]).toMatchObject({ amount: "10000", committed: "9000", paid: "0", left: "1000" });

    const one = approvals.findIndex((r) => r.status === 200);
    const paid = await api.call("POST", `/api/expenses/${expenses[one]?.body.id}/pay`, { as: treasurer.token, body: {} });
    const transaction = await api.call("GET", `/api/transactions/${paid.body.transactionId}`);
    expect(transaction.body.decision.id).toBe(budget.proposalId);
  });
});

describe("income", () => {
  it("posts a donation only once a treasurer confirms it, hiding an anonymous donor's name", async () => {
    const { org, treasurer } = await association();
    const donor = await makePerson(api.db);
    const recorded = await api.call("POST", `/api/organizations/${org.slug}/donations`, {
      as: donor.token,
      body: { amount: 2500, currency: "EUR", anonymous: true, message: "Keep going" },
    });
    expect(recorded.status).toBe(201);
    expect(await balanceOf(org.slug, "income:donations")).toBe("0");
    const confirmed = await api.call("POST", `/api/donations/${recorded.body.id}/confirm`, { as: treasurer.token, body: {} });
    expect(confirmed.status).toBe(200);
    expect(await balanceOf(org.slug, "income:donations")).toBe("-2500");
    const publicList = await api.call("GET", `/api/organizations/${org.slug}/donations`);
    expect(publicList.body.items[0]).toMatchObject({ donor: null, anonymous: true, amount: "2500" });
    const transactions = await api.call("GET", `/api/organizations/${org.slug}/transactions`);
    expect(JSON.stringify(transactions.body)).not.toContain(donor.name);
    const again = await api.call("POST", `/api/donations/${recorded.body.id}/confirm`, { as: treasurer.token, body: {} });
    expect(again.status).toBe(409);
  });

  it("records a sponsorship in the enterprise's and the association's books in one transaction", async () => {
    const { org, steward } = await association();
    const boss = await makePerson(api.db);
    const enterprise = await makeOrg(api.db, boss, { kind: "enterprise", ownership: "private" });
    const payer = await makePerson(api.db);
    await addMember(api.db, enterprise, payer, "treasurer");
    const noBooks = await api.call("POST", `/api/organizations/${enterprise.slug}/payments`, {
      as: payer.token,
      body: { to: org.slug, kind: "sponsorship", amount: 100_000, currency: "EUR", description: "Sponsorship 2026" },
    });
    expect(noBooks.status).toBe(409);
    await api.call("POST", `/api/organizations/${enterprise.slug}/books`, { as: boss.token, body: { currency: "EUR" } });
    const broke = await api.call("POST", `/api/organizations/${enterprise.slug}/payments`, {
      as: payer.token,
      body: { to: org.slug, kind: "sponsorship", amount: 100_000, currency: "EUR", description: "Sponsorship 2026" },
    });
    expect(broke.status).toBe(409);
    expect(await balanceOf(org.slug, "income:sponsorships")).toBe("0");
    await fund(enterprise.slug, payer, 500_000);
    const paid = await api.call("POST", `/api/organizations/${enterprise.slug}/payments`, {
      as: payer.token,
      body: { to: org.slug, kind: "sponsorship", amount: 100_000, currency: "EUR", description: "Sponsorship 2026" },
    });
    expect(paid.status).toBe(201);
    expect(await balanceOf(enterprise.slug, "assets:bank")).toBe("400000");
    expect(await balanceOf(org.slug, "assets:bank")).toBe("100000");
    const received = (await api.call("GET", `/api/organizations/${org.slug}/transactions`)).body.items[0];
    expect(received).toMatchObject({ kind: "sponsorship", transferId: paid.body.transferId, counterparty: { kind: "enterprise" } });
    const report = await api.call(
      "GET",
      `/api/organizations/${org.slug}/treasury/report?from=2026-01&to=${new Date().toISOString().slice(0, 7)}`,
    );
    const month = report.body.months.find((m: { income: { bySource: Record<string, string> } }) => m.income.bySource.enterprise);
    expect(month.income.bySource.enterprise).toBe("100000");
    const undone = await api.call("POST", `/api/transactions/${paid.body.id}/reverse`, { as: payer.token, body: { reason: "Paid twice" } });
    expect(undone.status).toBe(201);
    expect(await balanceOf(enterprise.slug, "assets:bank")).toBe("500000");
    expect(await balanceOf(org.slug, "assets:bank")).toBe("0");
    expect(
      (
        await api.call("POST", `/api/organizations/${org.slug}/payments`, {
          as: steward.token,
          body: { to: enterprise.slug, kind: "grant", amount: 1, currency: "EUR", description: "x" },
        })
      ).status,
    ).toBe(403);
  });

  it("takes one membership fee per member and period", async () => {
    const { org, treasurer, members } = await association();
    const schedule = await api.call("POST", `/api/organizations/${org.slug}/fee-schedules`, {
      as: treasurer.token,
      body: { amount: 1200, currency: "EUR", period: "yearly", startsOn: "2026-01-01" },
    });
    expect(schedule.status).toBe(201);
    const pay = () =>
      api.call("POST", `/api/organizations/${org.slug}/fees`, {
        as: treasurer.token,
        body: { member: members[0].handle, periodStart: "2026-01-01" },
      });
    const [a, b] = await Promise.all([pay(), pay()]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect(await balanceOf(org.slug, "income:membership-fees")).toBe("-1200");
    const status = await api.call("GET", `/api/organizations/${org.slug}/fees?day=2026-06-01`);
    expect(status.body.members.find((m: { handle: string }) => m.handle === members[0].handle).paid).toBe(true);
    const wrongPeriod = await api.call("POST", `/api/organizations/${org.slug}/fees`, {
      as: treasurer.token,
      body: { member: members[1].handle, periodStart: "2026-02-01" },
    });
    expect(wrongPeriod.status).toBe(422);
    expect(wrongPeriod.body.errors[0].path).toBe("body.periodStart");
  });
});

describe("receipts and withdrawn decisions", () => {
  const form = (bytes: Buffer, type: string, name = "receipt.pdf") => {
    const f = new FormData();
    f.set("file", new File([new Uint8Array(bytes)], name, { type }));
    return f;
  };

  it("keeps a receipt for the members, refusing other file types and files over 5 MB", async () => {
    const { org, members } = await association();
    const outsider = await makePerson(api.db);
    const e = await api.call("POST", `/api/organizations/${org.slug}/expenses`, {
      as: members[0].token,
      body: { purpose: "Train tickets", amount: 8_900, currency: "EUR" },
    });
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const up = await api.call("PUT", `/api/expenses/${e.body.id}/receipt`, { as: members[0].token, body: form(pdf, "application/pdf") });
    expect(up.status).toBe(200);
    expect(up.body.receipt).toMatchObject({ filename: "receipt.pdf", size: pdf.length });
    const exe = await api.call("PUT", `/api/expenses/${e.body.id}/receipt`, {
      as: members[0].token,
      body: form(Buffer.from("MZ"), "application/x-msdownload", "a.exe"),
    });
    expect(exe.status).toBe(422);
    expect(exe.body.errors[0].path).toBe("body.file");
    const huge = await api.call("PUT", `/api/expenses/${e.body.id}/receipt`, {
      as: members[0].token,
      body: form(Buffer.alloc(5 * 1024 * 1024 + 1), "application/pdf"),
    });
    expect(huge.status).toBe(413);
    const download = await api.call("GET", `/api/expenses/${e.body.id}/receipt`, { as: members[1].token });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect((await api.call("GET", `/api/expenses/${e.body.id}/receipt`, { as: outsider.token })).status).toBe(403);
    expect((await api.call("GET", `/api/expenses/${e.body.id}`)).body.receipt.filename).toBe("receipt.pdf");
  });

  it("returns an expense to wait for a decision when its proposal is cancelled", async () => {
    const { org, members } = await association();
    const e = await api.call("POST", `/api/organizations/${org.slug}/expenses`, {
      as: members[0].token,
      body: { purpose: "Banner", amount: 12_000, currency: "EUR" },
    });
    const closesAt = new Date(Date.now() + 86_400_000).toISOString();
    const p = await api.call("POST", `/api/expenses/${e.body.id}/vote`, { as: members[0].token, body: { closesAt, method: "approval" } });
    expect(p.status).toBe(422);
    expect(p.body.errors[0].path).toBe("body.method");
    const proposal = await api.call("POST", `/api/expenses/${e.body.id}/vote`, { as: members[0].token, body: { closesAt } });
    expect(proposal.body.decides).toMatchObject({ type: "expense", id: e.body.id });
    const twice = await api.call("POST", `/api/expenses/${e.body.id}/vote`, { as: members[0].token, body: { closesAt } });
    expect(twice.status).toBe(409);
    await api.call("POST", `/api/proposals/${proposal.body.id}/cancel`, { as: members[0].token, body: { reason: "Wrong amount" } });
    const back = await api.call("GET", `/api/expenses/${e.body.id}`);
    expect(back.body).toMatchObject({ status: "submitted", decision: null });
  });
});

describe("in the request's language", () => {
  const FRENCH = { "accept-language": "fr-FR,fr;q=0.9" };

  it("refuses in French when asked, in English otherwise", async () => {
    const { org, treasurer, members } = await association();
    const outsider = await makePerson(api.db);
    const submitted = await api.call("POST", `/api/organizations/${org.slug}/expenses`, {
      as: members[0].token,
      body: { purpose: "Flyers", amount: 4_000, currency: "EUR" },
    });
    const id = submitted.body.id;
    const pay = (headers: Record<string, string> = {}) =>
      api.call("POST", `/api/expenses/${id}/pay`, { as: treasurer.token, body: {}, headers });
    expect((await pay(FRENCH)).body).toMatchObject({
      status: 409,
      detail: "Cette dépense n’a pas été approuvée, ni par une décision des membres, ni sur une ligne budgétaire approuvée.",
    });
    expect((await pay()).body.detail).toBe(
      "This expense has not been approved: by a decision of the members, or within an approved budget line.",
    );

    // A field rule of the module, and a nested status.
    const closesAt = new Date(Date.now() + 86_400_000).toISOString();
    const approval = await api.call("POST", `/api/expenses/${id}/vote`, {
      as: members[0].token,
      body: { closesAt, method: "approval" },
      headers: FRENCH,
    });
    expect(approval.body.errors).toContainEqual({
      path: "body.method",
      message: "Une dépense se décide par oui ou par non : choisissez la majorité, la majorité qualifiée, le consentement ou le consensus.",
    });
    expect((await api.call("POST", `/api/expenses/${id}/withdraw`, { as: members[0].token, body: {} })).status).toBe(200);
    expect((await pay(FRENCH)).body.detail).toBe("Cette dépense est retirée.");
    expect((await pay()).body.detail).toBe("This expense is withdrawn.");

    const receipt = await api.call("GET", `/api/expenses/${id}/receipt`, { as: outsider.token, headers: FRENCH });
    expect(receipt.body).toMatchObject({ status: 404, detail: "Justificatif introuvable." });

    await api.call("POST", `/api/organizations/${org.slug}/fee-schedules`, {
      as: treasurer.token,
      body: { amount: 1200, currency: "EUR", period: "yearly", startsOn: "2026-01-01" },
    });
    const fee = (headers: Record<string, string> = {}) =>
      api.call("POST", `/api/organizations/${org.slug}/fees`, {
        as: treasurer.token,
        body: { member: members[1].handle, periodStart: "2026-02-01" },
        headers,
      });
    expect((await fee(FRENCH)).body.detail).toBe("Avec ce barème, les périodes commencent tous les 12 mois à partir du 2026-01-01.");
    expect((await fee()).body.detail).toBe("Periods under this schedule start every 12 month(s) from 2026-01-01.");
  });
});
