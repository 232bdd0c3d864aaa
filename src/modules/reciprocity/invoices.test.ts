import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { makeOrg, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { balanceOf } from "../../test/worlds/books.ts";
import { agree, declare, lastDayOf, loggedWork, monthsAgo, thisMonth, world } from "../../test/worlds/coalition.ts";
import { activities } from "../activity/schema.ts";
import { transactions } from "../ledger/schema.ts";
import { raiseDueFixedFees } from "./invoices.ts";
import { reciprocityInvoices } from "./schema.ts";

const api = setupApi();

const invoicesOf = async (agreementId: string) =>
  (await api.db.select({ n: count() }).from(reciprocityInvoices).where(eq(reciprocityInvoices.agreementId, agreementId)))[0]?.n ?? 0;

async function fixedFeeAgreement(dueDays: number) {
  const w = await world(api, { ownership: "private" });
  const use = await declare(api, w);
  const a = await agree(api, w, use.id, { fixedFee: 5000, dueDays });
  return { w, use, a };
}

const raise = (id: string, as: string, body: Record<string, unknown>) => api.call("POST", `/api/agreements/${id}/invoices`, { as, body });

describe("a fixed fee", () => {
  it("raising posts a bill and a receivable in both books, and paying settles both", async () => {
    const { w, use, a } = await fixedFeeAgreement(365);
    const raised = await raise(a.id, w.assocTreasurer.token, { periodStart: monthsAgo(3) });
    expect(raised.status, JSON.stringify(raised.body)).toBe(201);
    const [invoice] = raised.body.invoices;
    expect(invoice).toMatchObject({
      periodStart: monthsAgo(3),
      periodEnd: lastDayOf(monthsAgo(3)),
      amount: "5000",
      currency: "EUR",
      status: "open",
      overdue: false,
      declaredRevenue: null,
    });
    expect(raised.body.outstanding).toEqual([{ amount: "5000", currency: "EUR" }]);
    expect(raised.body.arrears).toEqual([]);
    expect(await balanceOf(api, w.enterprise.slug, "expenses:reciprocity")).toBe("5000");
    expect(await balanceOf(api, w.enterprise.slug, "liabilities:payable")).toBe("-5000");
    expect(await balanceOf(api, w.association.slug, "assets:receivable")).toBe("5000");
    expect(await balanceOf(api, w.association.slug, "income:reciprocity")).toBe("-5000");
    const [posted] = await api.db.select().from(transactions).where(eq(transactions.id, invoice.raisedTransactionId));
    expect(posted).toMatchObject({ kind: "reciprocity", commonsId: w.commons.id });
    expect((await api.call("GET", `/api/uses/${use.id}`)).body.compliance.status).toBe("agreement_in_force");

    const paid = await api.call("POST", `/api/invoices/${invoice.id}/pay`, { as: w.entTreasurer.token, body: {} });
    expect(paid.status, JSON.stringify(paid.body)).toBe(200);
    expect(paid.body.invoices[0]).toMatchObject({ status: "paid", paidOn: new Date().toISOString().slice(0, 10) });
    expect(paid.body.outstanding).toEqual([]);
    expect(await balanceOf(api, w.enterprise.slug, "liabilities:payable")).toBe("0");
    expect(await balanceOf(api, w.enterprise.slug, "assets:bank")).toBe("995000");
    expect(await balanceOf(api, w.association.slug, "assets:receivable")).toBe("0");
    expect(await balanceOf(api, w.association.slug, "assets:bank")).toBe("5000");
    const verbs = (await api.db.select().from(activities).where(eq(activities.objectId, invoice.id))).map((x) => x.verb).sort();
    expect(verbs).toEqual(["invoice.paid", "invoice.raised"]);
  });

  it("an overdue invoice puts the use in arrears, on both sides' lists, until the payment is recorded", async () => {
    const { w, use, a } = await fixedFeeAgreement(0);
    const raised = await raise(a.id, w.entTreasurer.token, { periodStart: monthsAgo(2) });
    expect(raised.status).toBe(201);
    const late = await api.call("GET", `/api/uses/${use.id}`);
    expect(late.body.compliance.status).toBe("in_arrears");
    expect(late.body.compliance.arrears).toEqual([{ amount: "5000", currency: "EUR" }]);
    expect(late.body.compliance.explanation).toMatch(/1 invoice is past due: 50.00 EUR in arrears/);
    for (const slug of [w.enterprise.slug, w.association.slug]) {
      const list = await api.call("GET", `/api/organizations/${slug}/agreements`);
      expect(list.body.arrears).toEqual([{ amount: "5000", currency: "EUR" }]);
      expect(list.body.items[0].arrears).toEqual([{ amount: "5000", currency: "EUR" }]);
    }
    const received = await api.call("POST", `/api/invoices/${raised.body.invoices[0].id}/pay`, { as: w.assocTreasurer.token, body: {} });
    expect(received.status).toBe(200);
    expect((await api.call("GET", `/api/uses/${use.id}`)).body.compliance.status).toBe("agreement_in_force");
    expect((await api.call("GET", `/api/organizations/${w.association.slug}/agreements`)).body.arrears).toEqual([]);
  });

  it("refuses periods not ended, not a period's first day, outside the agreement, and revenue it does not share", async () => {
    const { w, a } = await fixedFeeAgreement(30);
    const notEnded = await raise(a.id, w.assocTreasurer.token, { periodStart: thisMonth() });
    expect(notEnded.status).toBe(409);
    expect(notEnded.body.errors[0].path).toBe("body.periodStart");
    for (const [body, path] of [
      [{ periodStart: `${monthsAgo(2).slice(0, 8)}10` }, "body.periodStart"],
      [{ periodStart: monthsAgo(5) }, "body.periodStart"],
      [{ periodStart: monthsAgo(2), revenue: 100 }, "body.revenue"],
      [{ periodStart: monthsAgo(2), revenue: -1 }, "body.revenue"],
      [{}, "body.periodStart"],
    ] as const) {
      const res = await raise(a.id, w.assocTreasurer.token, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.errors[0].path).toBe(path);
    }
    const member = await makePerson(api.db);
    expect((await raise(a.id, member.token, { periodStart: monthsAgo(2) })).status).toBe(403);
    expect((await raise(a.id, w.steward.token, { periodStart: monthsAgo(2) })).status).toBe(403);
    expect(await invoicesOf(a.id)).toBe(0);
    expect(await balanceOf(api, w.association.slug, "assets:receivable")).toBe("0");
  });

  it("two raises of one period at once: one invoice, one posting", async () => {
    const { w, a } = await fixedFeeAgreement(30);
    const results = await Promise.all([
      raise(a.id, w.assocTreasurer.token, { periodStart: monthsAgo(1) }),
      raise(a.id, w.entTreasurer.token, { periodStart: monthsAgo(1) }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await invoicesOf(a.id)).toBe(1);
    expect(await balanceOf(api, w.association.slug, "assets:receivable")).toBe("5000");
    expect(await balanceOf(api, w.enterprise.slug, "liabilities:payable")).toBe("-5000");
  });

  it("two payments at once: exactly one goes through, and the books show one", async () => {
    const { w, a } = await fixedFeeAgreement(30);
    const raised = await raise(a.id, w.assocTreasurer.token, { periodStart: monthsAgo(1) });
    const id = raised.body.invoices[0].id;
    const results = await Promise.all([
      api.call("POST", `/api/invoices/${id}/pay`, { as: w.entTreasurer.token, body: {} }),
      api.call("POST", `/api/invoices/${id}/pay`, { as: w.assocTreasurer.token, body: {} }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await balanceOf(api, w.enterprise.slug, "assets:bank")).toBe("995000");
    expect(await balanceOf(api, w.association.slug, "assets:bank")).toBe("5000");
    expect(await balanceOf(api, w.association.slug, "assets:receivable")).toBe("0");
  });
});

describe("a revenue share", () => {
  it("needs the revenue the enterprise declares, and adds the share to the fixed fee, rounding down", async () => {
    const w = await world(api, { ownership: "private" });
    const use = await declare(api, w);
    const a = await agree(api, w, use.id, { fixedFee: 1000, revenueShare: "2.5" });
    expect((await raise(a.id, w.assocTreasurer.token, { periodStart: monthsAgo(1), revenue: 100 })).status).toBe(403);
    const missing = await raise(a.id, w.entTreasurer.token, { periodStart: monthsAgo(1) });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0].path).toBe("body.revenue");
    expect(await invoicesOf(a.id)).toBe(0);
    const raised = await raise(a.id, w.entTreasurer.token, { periodStart: monthsAgo(1), revenue: 123_457 });
    expect(raised.status).toBe(201);
    // 1000 + floor(123457 × 250 / 10000) = 1000 + 3086
    expect(raised.body.invoices[0]).toMatchObject({ declaredRevenue: "123457", amount: "4086" });
    expect(raised.body.nextPeriod).toEqual({ start: monthsAgo(3), end: lastDayOf(monthsAgo(3)) });
    expect(await balanceOf(api, w.association.slug, "income:reciprocity")).toBe("-4086");
  });
});

describe("a pledge of hours", () => {
  it("counts accepted logged work paid for by the enterprise in the period, and shows the shortfall", async () => {
    const w = await world(api, { ownership: "private" });
    const use = await declare(api, w);
    const a = await agree(api, w, use.id, { pledgeHours: 2 });
    const worker = await makePerson(api.db);
    const other = await makeOrg(api.db, worker, { kind: "enterprise" });
    const period = monthsAgo(2);
    await loggedWork(api, w, worker, 45, period, w.enterprise.id);
    await loggedWork(api, w, worker, 30, lastDayOf(period), w.enterprise.id);
    await loggedWork(api, w, worker, 600, period, null);
    await loggedWork(api, w, worker, 600, period, other.id);
    await loggedWork(api, w, worker, 600, monthsAgo(1), w.enterprise.id);
    const raised = await raise(a.id, w.assocTreasurer.token, { periodStart: period });
    expect(raised.status, JSON.stringify(raised.body)).toBe(201);
    expect(raised.body.invoices[0]).toMatchObject({
      amount: "0",
      status: "paid",
      pledgeMinutes: 120,
      deliveredMinutes: 75,
      shortfallMinutes: 45,
    });
    expect(raised.body.pledgeShortfallMinutes).toBe(45);
    expect(raised.body.invoices[0].raisedTransactionId).toBeNull();
  });
});

describe("the clock", () => {
  it("raises fixed-fee invoices of ended periods, one per tick, and then nothing", async () => {
    const { a } = await fixedFeeAgreement(30);
    for (let i = 0; i < 6; i++) await raiseDueFixedFees(api.db);
    expect(await invoicesOf(a.id)).toBe(3);
    expect(await raiseDueFixedFees(api.db)).toBe(0);
  });
});
