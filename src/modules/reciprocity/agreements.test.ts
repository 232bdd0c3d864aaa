import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { agree, declare, monthsAgo, world } from "../../test/worlds/coalition.ts";
import { activities } from "../activity/schema.ts";
import { reciprocityAgreements } from "./schema.ts";

const api = setupApi();

const agreementsOf = async (commonsId: string) =>
  (await api.db.select({ n: count() }).from(reciprocityAgreements).where(eq(reciprocityAgreements.commonsId, commonsId)))[0]?.n ?? 0;

const offerBody = (over: Record<string, unknown> = {}) => ({
  period: "month",
  currency: "EUR",
  startsOn: monthsAgo(2),
  fixedFee: 5000,
  ...over,
});

describe("the agreement lifecycle", () => {
  it("the enterprise offers, cannot accept its own offer, the association accepts: the use is then covered", async () => {
    const w = await world(api, { ownership: "private" });
    const use = await declare(api, w);
    expect(use.compliance.status).toBe("agreement_needed");
    const offered = await api.call("POST", `/api/uses/${use.id}/agreements`, {
      as: w.entTreasurer.token,
      body: offerBody({ revenueShare: "2.5", pledgeHours: 1.5, terms: "Royalties for the hosted service." }),
    });
    expect(offered.status, JSON.stringify(offered.body)).toBe(201);
    expect(offered.body).toMatchObject({
      status: "proposed",
      proposedBySide: "enterprise",
      fixedFee: "5000",
      revenueShare: "2.50",
      revenueShareBp: 250,
      pledgeMinutes: 90,
      dueDays: 30,
      enterprise: { slug: w.enterprise.slug },
      association: { slug: w.association.slug },
      proposedBy: { handle: w.entTreasurer.handle },
      viewer: { sides: ["enterprise"], canRespond: false, canRevise: true },
    });
    const id = offered.body.id;
    const own = await api.call("POST", `/api/agreements/${id}/accept`, { as: w.entSteward.token });
    expect(own.status).toBe(403);
    expect(own.body.detail).toMatch(/Your side made this offer/);
    const enFrancais = await api.call("POST", `/api/agreements/${id}/accept`, {
      as: w.entSteward.token,
      headers: { "accept-language": "fr" },
    });
    expect(enFrancais.body.detail).toBe(
      "Cette proposition vient de votre côté : ce sont les intendant·es ou trésorier·ères de l’association qui y répondent.",
    );
    const outsider = await makePerson(api.db);
    expect((await api.call("POST", `/api/agreements/${id}/accept`, { as: outsider.token })).status).toBe(403);
    expect((await api.call("GET", `/api/uses/${use.id}`)).body.compliance.status).toBe("agreement_needed");
    const accepted = await api.call("POST", `/api/agreements/${id}/accept`, { as: w.assocTreasurer.token });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: "active", respondedBy: { handle: w.assocTreasurer.handle } });
    const covered = await api.call("GET", `/api/uses/${use.id}`);
    expect(covered.body.compliance.status).toBe("agreement_in_force");
    expect(covered.body.agreement).toMatchObject({ id, status: "active" });
    const again = await api.call("POST", `/api/agreements/${id}/accept`, { as: w.steward.token });
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe("This agreement is already in force.");
    const encore = await api.call("POST", `/api/agreements/${id}/accept`, { as: w.steward.token, headers: { "accept-language": "fr" } });
    expect(encore.body.detail).toBe("Cet accord est déjà en vigueur.");
    const verbs = (await api.db.select().from(activities).where(eq(activities.objectId, id))).map((a) => a.verb);
    expect(verbs).toEqual(expect.arrayContaining(["agreement.offered", "agreement.accepted"]));
  });

  it("the association offers and the enterprise declines; a declined offer stays declined", async () => {
    const w = await world(api);
    const use = await declare(api, w);
    const offered = await api.call("POST", `/api/uses/${use.id}/agreements`, { as: w.steward.token, body: offerBody() });
    expect(offered.status).toBe(201);
    expect(offered.body.proposedBySide).toBe("association");
    expect((await api.call("POST", `/api/agreements/${offered.body.id}/decline`, { as: w.assocTreasurer.token })).status).toBe(403);
    const declined = await api.call("POST", `/api/agreements/${offered.body.id}/decline`, { as: w.entSteward.token });
    expect(declined.body.status).toBe("declined");
    expect((await api.call("POST", `/api/agreements/${offered.body.id}/accept`, { as: w.entSteward.token })).status).toBe(409);
    expect((await api.call("GET", `/api/uses/${use.id}`)).body.compliance.status).toBe("agreement_needed");
    // The declined one no longer blocks a new offer over the same dates.
    expect((await api.call("POST", `/api/uses/${use.id}/agreements`, { as: w.steward.token, body: offerBody() })).status).toBe(201);
  });

  it("either side ends it on the last day of a period; an offer is withdrawn", async () => {
    const w = await world(api);
    const use = await declare(api, w);
    const a = await agree(api, w, use.id, { fixedFee: 1000 });
    const midMonth = await api.call("POST", `/api/agreements/${a.id}/end`, {
      as: w.steward.token,
      body: { endsOn: `${monthsAgo(1).slice(0, 8)}15` },
    });
    expect(midMonth.status).toBe(422);
    expect(midMonth.body.errors[0].path).toBe("body.endsOn");
    const ended = await api.call("POST", `/api/agreements/${a.id}/end`, { as: w.entTreasurer.token, body: {} });
    expect(ended.status).toBe(200);
    expect(ended.body.status).toBe("ended");
    expect(ended.body.endsOn >= new Date().toISOString().slice(0, 10)).toBe(true);
    // In force until its last day.
    expect((await api.call("GET", `/api/uses/${use.id}`)).body.compliance.status).toBe("agreement_in_force");
    expect((await api.call("POST", `/api/agreements/${a.id}/end`, { as: w.steward.token, body: {} })).status).toBe(409);

    const w2 = await world(api);
    const use2 = await declare(api, w2);
    const offered = await api.call("POST", `/api/uses/${use2.id}/agreements`, { as: w2.entSteward.token, body: offerBody() });
    const withdrawn = await api.call("POST", `/api/agreements/${offered.body.id}/end`, { as: w2.entSteward.token, body: {} });
    expect(withdrawn.body.status).toBe("declined");
  });

  it("refuses an overlapping agreement, naming body.startsOn", async () => {
    const w = await world(api);
    const use = await declare(api, w);
    await agree(api, w, use.id, { fixedFee: 1000 });
    const again = await api.call("POST", `/api/uses/${use.id}/agreements`, {
      as: w.steward.token,
      body: offerBody({ startsOn: monthsAgo(1) }),
    });
    expect(again.status).toBe(409);
    expect(again.body.errors[0].path).toBe("body.startsOn");
    expect(await agreementsOf(w.commons.id)).toBe(1);
  });

  it("an offer's terms change until it is accepted, then they are fixed", async () => {
    const w = await world(api);
    const use = await declare(api, w);
    const offered = await api.call("POST", `/api/uses/${use.id}/agreements`, { as: w.entSteward.token, body: offerBody() });
    const id = offered.body.id;
    expect((await api.call("PATCH", `/api/agreements/${id}`, { as: w.steward.token, body: { fixedFee: 1 } })).status).toBe(403);
    const revised = await api.call("PATCH", `/api/agreements/${id}`, {
      as: w.entSteward.token,
      body: { fixedFee: null, revenueShare: "10" },
    });
    expect(revised.status).toBe(200);
    expect(revised.body).toMatchObject({ fixedFee: null, revenueShareBp: 1000 });
    const empty = await api.call("PATCH", `/api/agreements/${id}`, { as: w.entSteward.token, body: { revenueShare: null } });
    expect(empty.status).toBe(422);
    expect((await api.call("POST", `/api/agreements/${id}/accept`, { as: w.steward.token })).status).toBe(200);
    const fixed = await api.call("PATCH", `/api/agreements/${id}`, { as: w.entSteward.token, body: { revenueShare: "1" } });
    expect(fixed.status).toBe(409);
    expect(fixed.body.detail).toMatch(/terms are fixed/);
    expect((await api.call("GET", `/api/agreements/${id}`)).body.revenueShareBp).toBe(1000);
  });

  it("refuses when the commons has no steward association", async () => {
    const w = await world(api, { steward: false });
    const use = await declare(api, w);
    const res = await api.call("POST", `/api/uses/${use.id}/agreements`, { as: w.entSteward.token, body: offerBody() });
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/no steward association/);
  });

  it("bad terms change nothing", async () => {
    const w = await world(api);
    const use = await declare(api, w);
    for (const [body, path] of [
      [{ fixedFee: -5 }, "body.fixedFee"],
      [{ fixedFee: 10.5 }, "body.fixedFee"],
      [{ fixedFee: undefined, revenueShare: "100.5" }, "body.revenueShare"],
      [{ fixedFee: undefined, revenueShare: "0" }, "body.revenueShare"],
      [{ fixedFee: undefined, revenueShare: "two" }, "body.revenueShare"],
      [{ fixedFee: undefined }, "body.fixedFee"],
      [{ pledgeHours: -1 }, "body.pledgeHours"],
      [{ currency: "XYZ" }, "body.currency"],
      [{ startsOn: `${monthsAgo(1).slice(0, 8)}02` }, "body.startsOn"],
      [{ dueDays: 400 }, "body.dueDays"],
      [{ side: "both" }, "body.side"],
    ] as const) {
      const res = await api.call("POST", `/api/uses/${use.id}/agreements`, { as: w.entSteward.token, body: offerBody(body) });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const fr = await api.call("POST", `/api/uses/${use.id}/agreements`, {
      as: w.entSteward.token,
      body: offerBody({ startsOn: `${monthsAgo(1).slice(0, 8)}02` }),
      headers: { "accept-language": "fr" },
    });
    expect(fr.body.errors).toEqual([
      { path: "body.startsOn", message: "Les périodes sont des mois civils : commencez le premier jour de l’une d’elles." },
    ]);
    expect(await agreementsOf(w.commons.id)).toBe(0);
  });
});
