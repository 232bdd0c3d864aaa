import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { expectRefusedWithoutTrace, writeWhileLosingRole } from "../../test/demotion.ts";
import { addMember, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { balanceOf } from "../../test/worlds/books.ts";
import { agree, declare, monthsAgo, world } from "../../test/worlds/coalition.ts";
import { reciprocityInvoices } from "./schema.ts";

const api = setupApi();

describe("an enterprise's treasurer removed while paying a reciprocity invoice", () => {
  it("is refused once the removal commits, and the invoice stays open and unpaid in both books", async () => {
    const w = await world(api);
    const use = await declare(api, w);
    const agreement = await agree(api, w, use.id, { fixedFee: 5000, dueDays: 30 });
    const raised = await api.call("POST", `/api/agreements/${agreement.id}/invoices`, {
      as: w.assocTreasurer.token,
      body: { periodStart: monthsAgo(2) },
    });
    expect(raised.status, JSON.stringify(raised.body)).toBe(201);
    const invoice = raised.body.invoices[0] as { id: string };
    const payer = await makePerson(api.db);
    await addMember(api.db, w.enterprise, payer, "treasurer");

    const res = await writeWhileLosingRole(
      api,
      { steward: w.entSteward, org: w.enterprise.slug, handle: payer.handle, role: "removed" },
      () => api.call("POST", `/api/invoices/${invoice.id}/pay`, { as: payer.token, body: {} }),
    );
    await expectRefusedWithoutTrace(api, res, payer.id);
    const [row] = await api.db.select().from(reciprocityInvoices).where(eq(reciprocityInvoices.id, invoice.id));
    expect(row).toMatchObject({ status: "open", paidOn: null, paidBy: null, paidTransactionId: null });
    expect(await balanceOf(api, w.enterprise.slug, "liabilities:payable")).toBe("-5000");
    expect(await balanceOf(api, w.association.slug, "assets:receivable")).toBe("5000");
  });
});
