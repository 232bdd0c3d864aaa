import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { makeOrg, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { declare, world } from "../../test/worlds/coalition.ts";
import { activities } from "../activity/schema.ts";
import { commonsUses } from "./schema.ts";

const api = setupApi();

const usesOf = async (commonsId: string) =>
  (await api.db.select({ n: count() }).from(commonsUses).where(eq(commonsUses.commonsId, commonsId)))[0]?.n ?? 0;

describe("declaring a use under the Peer Production License", () => {
  it.each([
    ["worker_owned", false, "compliant", "§4(c)"],
    ["cooperative", true, "compliant", "§4(c)"],
    ["cooperative", false, "agreement_needed", "§4(c)"],
    ["nonprofit", false, "agreement_needed", "§4(c)"],
    ["private", false, "agreement_needed", "§4(d)"],
  ] as const)(
    "commercial use by a %s enterprise (surplus to workers: %s) is %s, citing %s",
    async (ownership, surplusToWorkers, status, ref) => {
      const w = await world(api, { ownership });
      const use = await declare(api, w, { surplusToWorkers });
      expect(use.compliance.status).toBe(status);
      expect(use.compliance.clause.ref).toBe(ref);
    },
  );

  it("non-commercial and internal use is free even for a private company, and the commons lists who builds on it", async () => {
    const w = await world(api, { ownership: "private" });
    const use = await declare(api, w, { purpose: "internal", product: "Our intranet", since: "2025-03-01" });
    expect(use.compliance.status).toBe("compliant");
    expect(use.compliance.explanation).toMatch(/Internal use is free/);
    const enFrancais = await api.call("GET", `/api/uses/${use.id}`, { headers: { "accept-language": "fr-FR,fr;q=0.9" } });
    expect(enFrancais.body.compliance).toMatchObject({
      explanation: expect.stringMatching(/^L’usage interne est libre pour tout le monde : /),
      // The Peer Production License's own words stay as it writes them.
      clause: { ref: "§3", text: expect.stringMatching(/^Subject to the terms and conditions of this License/) },
      obligations: [
        {
          id: "attribution",
          text: "Citez le commun et ses auteur·rices, donnez un lien vers la licence et indiquez si vous l’avez modifié.",
        },
        { id: "share_alike", text: "Partagez ce que vous en adaptez sous la même licence." },
      ],
    });
    const list = await api.call("GET", `/api/commons/${w.commons.slug}/uses`);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      enterprise: { slug: w.enterprise.slug, ownership: "private" },
      association: { slug: w.association.slug },
      purpose: "internal",
      product: "Our intranet",
      since: "2025-03-01",
      declaredBy: { handle: w.entSteward.handle },
      compliance: { status: "compliant", obligations: [{ id: "attribution" }, { id: "share_alike" }] },
      viewer: { canEdit: false },
    });
    expect(JSON.stringify(list.body)).not.toContain("@");
    const mine = await api.call("GET", `/api/organizations/${w.enterprise.slug}/uses`, { as: w.entTreasurer.token });
    expect(mine.body.items[0].viewer.canEdit).toBe(true);
    // The steward association sees the uses of the commons it stewards, where its treasurer may offer an agreement.
    const stewarded = await api.call("GET", `/api/organizations/${w.association.slug}/uses`, { as: w.assocTreasurer.token });
    expect(stewarded.body.items.map((u: { id: string }) => u.id)).toEqual([use.id]);
    expect(stewarded.body.items[0].viewer).toEqual({ canEdit: false, canOffer: true });
    const [activity] = await api.db.select().from(activities).where(eq(activities.objectId, use.id));
    expect(activity?.verb).toBe("use.declared");
  });

  it("changing the purpose changes the compliance; ending it keeps the record", async () => {
    const w = await world(api, { ownership: "private" });
    const use = await declare(api, w, { purpose: "non_commercial" });
    expect(use.compliance.status).toBe("compliant");
    const changed = await api.call("PATCH", `/api/uses/${use.id}`, { as: w.entTreasurer.token, body: { purpose: "commercial" } });
    expect(changed.status).toBe(200);
    expect(changed.body.compliance).toMatchObject({ status: "agreement_needed", clause: { ref: "§4(d)" } });
    const ended = await api.call("PATCH", `/api/uses/${use.id}`, {
      as: w.entSteward.token,
      body: { endedOn: "2000-01-01", since: "2000-01-02" },
    });
    expect(ended.status).toBe(409);
    expect(ended.body.errors[0].path).toBe("body.endedOn");
    const outsider = await makePerson(api.db);
    expect((await api.call("PATCH", `/api/uses/${use.id}`, { as: outsider.token, body: { product: "x" } })).status).toBe(403);
    expect((await api.call("GET", `/api/uses/${use.id}`)).body.product).toBe("A hosted service");
  });
});

describe("other licences", () => {
  it("CopyFair lists attribution, share-alike and the reciprocity expectation", async () => {
    const w = await world(api, { licence: "LicenseRef-CopyFair" });
    const use = await declare(api, w);
    expect(use.compliance.status).toBe("compliant");
    expect((use.compliance as unknown as { obligations: { id: string }[] }).obligations.map((o) => o.id)).toEqual([
      "attribution",
      "share_alike",
      "reciprocity",
    ]);
  });

  it("share-alike licences list attribution and share-alike; permissive ones nothing", async () => {
    const sa = await declare(api, await world(api, { licence: "CC-BY-SA-4.0" }));
    expect(sa.compliance).toMatchObject({ status: "compliant", obligations: [{ id: "attribution" }, { id: "share_alike" }] });
    const mit = await declare(api, await world(api, { licence: "MIT" }));
    expect(mit.compliance).toMatchObject({ status: "compliant", obligations: [] });
  });
});

describe("bad declarations change nothing", () => {
  it("refuses unknown and non-enterprise declarers, bad fields, outsiders and a second declaration", async () => {
    const w = await world(api);
    const post = (body: Record<string, unknown>, as = w.entSteward.token) =>
      api.call("POST", `/api/commons/${w.commons.slug}/uses`, {
        as,
        body: { enterprise: w.enterprise.slug, purpose: "commercial", product: "Thing", ...body },
      });
    const community = await makeOrg(api.db, w.entSteward, { kind: "community" });
    for (const [body, path] of [
      [{ enterprise: "no-such-enterprise" }, "body.enterprise"],
      [{ enterprise: community.slug }, "body.enterprise"],
      [{ purpose: "profit" }, "body.purpose"],
      [{ product: "" }, "body.product"],
      [{ since: "yesterday" }, "body.since"],
      [{ extra: 1 }, "body.extra"],
    ] as const) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const outsider = await makePerson(api.db);
    expect((await post({}, outsider.token)).status).toBe(403);
    expect(
      (
        await api.call("POST", `/api/commons/${w.commons.slug}/uses`, {
          body: { enterprise: w.enterprise.slug, purpose: "internal", product: "x" },
        })
      ).status,
    ).toBe(401);
    expect(await usesOf(w.commons.id)).toBe(0);
    expect((await post({})).status).toBe(201);
    const again = await post({ product: "Another" });
    expect(again.status).toBe(409);
    expect(again.body.errors[0].path).toBe("body.enterprise");
    expect(await usesOf(w.commons.id)).toBe(1);
  });
});
