import { describe, expect, it } from "vitest";
import { addMember, ensureInstance, makeOrg, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { balanceOf, organization } from "../../test/worlds/books.ts";

const api = setupApi();

/** A payment between organizations that the payer's bank cannot cover is refused before anything is posted, saying why and what to do. */
describe("paying another organization from a bank that does not hold enough", () => {
  it("names the payer, its account, what it holds and what to record first", async () => {
    await ensureInstance(api.db);
    const payee = await organization(api, "association");
    const steward = await makePerson(api.db);
    const treasurer = await makePerson(api.db, { name: "Pia Payables" });
    const payer = await makeOrg(api.db, steward, { kind: "enterprise", name: "Harrow Machinery" });
    await addMember(api.db, payer, treasurer, "treasurer");
    await api.call("POST", `/api/organizations/${payer.slug}/books`, { as: steward.token, body: { currency: "EUR" } });
    await api.call("POST", `/api/organizations/${payer.slug}/transactions`, {
      as: treasurer.token,
      body: {
        kind: "transfer",
        date: "2026-01-02",
        description: "Opening balance",
        postings: [
          { account: "assets:bank", amount: 1_234, currency: "EUR" },
          { account: "equity:opening-balances", amount: -1_234, currency: "EUR" },
        ],
      },
    });

    const refused = await api.call("POST", `/api/organizations/${payer.slug}/payments`, {
      as: treasurer.token,
      body: { to: payee.org.slug, kind: "sponsorship", amount: 5_000, currency: "EUR", description: "Sponsorship" },
    });
    expect(refused.status).toBe(409);
    // The payer has a treasurer, so the refusal does not ask for one.
    const detail =
      "Harrow Machinery's Bank account (assets:bank) holds 12.34 EUR, less than the 50.00 EUR this takes from it, and it may not go " +
      "below zero. First record the money Harrow Machinery has: one of its treasurers posts it into assets:bank (its opening " +
      "balance, or income received) with “Post a transaction” under its Treasury's Transactions.";
    expect(refused.body.detail).toBe(detail);
    expect(refused.body.errors).toEqual([{ path: "body.amount", message: detail }]);
    // In French when asked; the account's name is the books' own (opened in English here).
    const french = await api.call("POST", `/api/organizations/${payer.slug}/payments`, {
      as: treasurer.token,
      body: { to: payee.org.slug, kind: "sponsorship", amount: 5_000, currency: "EUR", description: "Sponsorship" },
      headers: { "accept-language": "fr" },
    });
    expect(french.status).toBe(409);
    expect(french.body.detail).toBe(
      "Le compte « Bank account » (assets:bank) de Harrow Machinery contient 12.34 EUR, moins que les 50.00 EUR que cette " +
        "opération y prélève, et il ne peut pas passer sous zéro. Enregistrez d’abord l’argent dont dispose Harrow Machinery : " +
        "l’un·e de ses trésorier·ères le passe sur assets:bank (son solde d’ouverture, ou des produits reçus) avec « Passer une " +
        "écriture », dans l’onglet Écritures de sa Trésorerie.",
    );
    expect(await balanceOf(api, payer.slug, "assets:bank")).toBe("1234");
    expect(await balanceOf(api, payee.org.slug, "assets:bank")).toBe("0");

    // Exactly what it holds goes through.
    const paid = await api.call("POST", `/api/organizations/${payer.slug}/payments`, {
      as: treasurer.token,
      body: { to: payee.org.slug, kind: "sponsorship", amount: 1_234, currency: "EUR", description: "Sponsorship" },
    });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect(await balanceOf(api, payer.slug, "assets:bank")).toBe("0");
  });
});
