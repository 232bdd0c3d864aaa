import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addMember, ensureInstance, makeCommons, makeOrg, makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { balanceOf } from "../../test/worlds/books.ts";
import { monthsAgo, PPL } from "../../test/worlds/coalition.ts";
import { activities } from "../activity/schema.ts";
import { BOOKS_CLOSED } from "./closed-books.ts";
import { raiseDueFixedFees } from "./invoices.ts";

const api = setupApi();

/**
 * A company as a new user creates it: one steward, no treasurer, books not open. The association
 * that stewards the commons has open books and a treasurer; the two agree a fixed fee of 50.00 EUR
 * a month from three months ago.
 */
async function newCompany() {
  await ensureInstance(api.db);
  const steward = await makePerson(api.db);
  const assocTreasurer = await makePerson(api.db);
  const founder = await makePerson(api.db, { name: "Hal Harrow" });
  const association = await makeOrg(api.db, steward, { kind: "association", name: "Seed Drill Fund" });
  await addMember(api.db, association, assocTreasurer, "treasurer");
  const company = await makeOrg(api.db, founder, { kind: "enterprise", ownership: "private", name: "Harrow Machinery" });
  const commons = await makeCommons(api.db, steward, { licence: PPL, stewardAssociationId: association.id });
  const opened = await api.call("POST", `/api/organizations/${association.slug}/books`, { as: steward.token, body: { currency: "EUR" } });
  expect(opened.status).toBe(201);
  const use = await api.call("POST", `/api/commons/${commons.slug}/uses`, {
    as: founder.token,
    body: { enterprise: company.slug, purpose: "commercial", product: "A tractor" },
  });
  expect(use.status, JSON.stringify(use.body)).toBe(201);
  const offered = await api.call("POST", `/api/uses/${use.body.id}/agreements`, {
    as: assocTreasurer.token,
    body: { period: "month", currency: "EUR", startsOn: monthsAgo(3), fixedFee: 5000, dueDays: 30 },
  });
  expect(offered.status, JSON.stringify(offered.body)).toBe(201);
  const accepted = await api.call("POST", `/api/agreements/${offered.body.id}/accept`, { as: founder.token });
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  return { steward, assocTreasurer, founder, association, company, commons, agreementId: offered.body.id as string };
}

const raise = (id: string, as: TestPerson) =>
  api.call("POST", `/api/agreements/${id}/invoices`, { as: as.token, body: { periodStart: monthsAgo(3) } });
const noticesOf = (agreementId: string) =>
  api.db
    .select()
    .from(activities)
    .where(and(eq(activities.objectId, agreementId), eq(activities.verb, BOOKS_CLOSED)));

const NO_TREASURER =
  "Harrow Machinery has no treasurer yet: one of its stewards makes a member its treasurer, or invites someone as its treasurer, on its Members page.";

describe("a new private company that has not opened its books", () => {
  it("cannot be invoiced: the refusal says whose books, who opens them and where, and the company's members are told once", async () => {
    const w = await newCompany();
    const refused = await raise(w.agreementId, w.assocTreasurer);
    expect(refused.status).toBe(409);
    const detail =
      "Harrow Machinery has not opened its books, where this invoice is posted as a bill to pay: one of its stewards or treasurers " +
      "opens them on its Treasury page, choosing a currency. Harrow Machinery's members have been told. " +
      "The invoice can be raised once they are open.";
    expect(refused.body.detail).toBe(detail);
    expect(refused.body.errors).toEqual([{ path: "path.id", message: detail }]);
    const refus = await api.call("POST", `/api/agreements/${w.agreementId}/invoices`, {
      as: w.assocTreasurer.token,
      body: { periodStart: monthsAgo(3) },
      headers: { "accept-language": "fr" },
    });
    expect(refus.body.detail).toBe(
      "Harrow Machinery n’a pas ouvert ses comptes, où cette facture s’inscrit comme facture à payer : l’un·e de ses intendant·es ou " +
        "trésorier·ères les ouvre depuis sa page Trésorerie, en choisissant une devise. Les membres de Harrow Machinery ont été prévenu·es. " +
        "La facture pourra être émise une fois les comptes ouverts.",
    );

    // One notice for the company's members, whatever the retries and the clock's ticks.
    expect((await raise(w.agreementId, w.assocTreasurer)).status).toBe(409);
    await raiseDueFixedFees(api.db);
    const notices = await noticesOf(w.agreementId);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      organizationId: w.company.id,
      visibility: "members",
      actorId: w.assocTreasurer.id,
      data: {
        periodStart: monthsAgo(3),
        amount: "5000",
        currency: "EUR",
        counterpart: { slug: w.association.slug, name: "Seed Drill Fund" },
      },
    });
    const seenBy = async (as?: TestPerson) =>
      (await api.call("GET", `/api/activities?organization=${w.company.slug}&verb=${BOOKS_CLOSED}`, as ? { as: as.token } : {})).body.items
        .length;
    expect(await seenBy(w.founder)).toBe(1);
    expect(await seenBy()).toBe(0);

    // Both sides read the agreement as waiting for the company's books.
    const read = await api.call("GET", `/api/agreements/${w.agreementId}`, { as: w.founder.token });
    expect(read.body.booksClosed).toEqual([{ slug: w.company.slug, name: "Harrow Machinery" }]);
    const list = await api.call("GET", `/api/organizations/${w.association.slug}/agreements`);
    expect(list.body.items[0].booksClosed).toEqual([{ slug: w.company.slug, name: "Harrow Machinery" }]);

    // Once the steward opens them, the clock raises the invoice, and nothing waits any more.
    expect(
      (await api.call("POST", `/api/organizations/${w.company.slug}/books`, { as: w.founder.token, body: { currency: "EUR" } })).status,
    ).toBe(201);
    expect(await raiseDueFixedFees(api.db)).toBe(1);
    const after = await api.call("GET", `/api/agreements/${w.agreementId}`);
    expect(after.body.booksClosed).toEqual([]);
    expect(after.body.invoices.map((i: { periodStart: string }) => i.periodStart)).toEqual([monthsAgo(3)]);
  });

  it("its sole steward is told why they cannot pay and who can; once it has a treasurer, that treasurer is named", async () => {
    const w = await newCompany();
    await api.call("POST", `/api/organizations/${w.company.slug}/books`, { as: w.founder.token, body: { currency: "EUR" } });
    const raised = await raise(w.agreementId, w.assocTreasurer);
    expect(raised.status, JSON.stringify(raised.body)).toBe(201);
    const invoiceId = raised.body.invoices[0].id;

    const why = `You are not Harrow Machinery's treasurer: only its treasurers pay its invoices, from its books. ${NO_TREASURER}`;
    const page = await api.call("GET", `/api/agreements/${w.agreementId}`, { as: w.founder.token });
    expect(page.body.viewer).toMatchObject({ canPay: false, cannotPay: why });
    const refused = await api.call("POST", `/api/invoices/${invoiceId}/pay`, { as: w.founder.token, body: {} });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe(why);
    expect(refused.body.errors).toEqual([{ path: "path.id", message: why }]);
    const pourquoi = await api.call("GET", `/api/agreements/${w.agreementId}`, {
      as: w.founder.token,
      headers: { "accept-language": "fr" },
    });
    expect(pourquoi.body.viewer.cannotPay).toBe(
      "Vous n’êtes pas trésorier·ère de Harrow Machinery : seul·es ses trésorier·ères paient ses factures, depuis ses comptes. " +
        "Harrow Machinery n’a pas encore de trésorier·ère : l’un·e de ses intendant·es nomme un·e membre trésorier·ère, ou invite quelqu’un comme trésorier·ère, depuis sa page Membres.",
    );

    const pia = await makePerson(api.db, { name: "Pia Payables" });
    await addMember(api.db, w.company, pia, "treasurer");
    const named =
      "You are not Harrow Machinery's treasurer: only its treasurers pay its invoices, from its books. Pia Payables can pay this one.";
    expect((await api.call("GET", `/api/agreements/${w.agreementId}`, { as: w.founder.token })).body.viewer.cannotPay).toBe(named);
    expect((await api.call("POST", `/api/invoices/${invoiceId}/pay`, { as: w.founder.token, body: {} })).body.detail).toBe(named);
    const nomme =
      "Vous n’êtes pas trésorier·ère de Harrow Machinery : seul·es ses trésorier·ères paient ses factures, depuis ses comptes. Pia Payables peut payer celle-ci.";
    const fr = { "accept-language": "fr" };
    expect((await api.call("GET", `/api/agreements/${w.agreementId}`, { as: w.founder.token, headers: fr })).body.viewer.cannotPay).toBe(
      nomme,
    );
    const refus = await api.call("POST", `/api/invoices/${invoiceId}/pay`, { as: w.founder.token, body: {}, headers: fr });
    expect(refus.body).toMatchObject({ detail: nomme, errors: [{ path: "path.id", message: nomme }] });

    // Treasurers and outsiders get no note: the one can pay, the other has nothing to do here.
    expect((await api.call("GET", `/api/agreements/${w.agreementId}`, { as: pia.token })).body.viewer).toMatchObject({
      canPay: true,
      cannotPay: null,
    });
    expect((await api.call("GET", `/api/agreements/${w.agreementId}`)).body.viewer.cannotPay).toBeNull();
  });

  it("recording a payment received from an empty bank names the company, its account, and what to record first", async () => {
    const w = await newCompany();
    await api.call("POST", `/api/organizations/${w.company.slug}/books`, { as: w.founder.token, body: { currency: "EUR" } });
    const raised = await raise(w.agreementId, w.assocTreasurer);
    const invoiceId = raised.body.invoices[0].id;
    const refused = await api.call("POST", `/api/invoices/${invoiceId}/pay`, { as: w.assocTreasurer.token, body: {} });
    expect(refused.status).toBe(409);
    const detail =
      "Harrow Machinery's Bank account (assets:bank) holds 0.00 EUR, less than the 50.00 EUR this takes from it, and it may not go " +
      "below zero. First record the money Harrow Machinery has: one of its treasurers posts it into assets:bank (its opening " +
      `balance, or income received) with “Post a transaction” under its Treasury's Transactions. ${NO_TREASURER}`;
    expect(refused.body.detail).toBe(detail);
    expect(refused.body.errors).toEqual([{ path: "path.id", message: detail }]);
    expect(await balanceOf(api, w.association.slug, "assets:bank")).toBe("0");
    expect((await api.call("GET", `/api/agreements/${w.agreementId}`)).body.invoices[0].status).toBe("open");
  });
});
