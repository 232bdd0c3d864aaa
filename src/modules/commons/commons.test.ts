import { describe, expect, it } from "vitest";
import { ensureInstance, makeOrg, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";

const api = setupApi();

describe("commons", () => {
  it("a community's steward creates a commons that anyone can read", async () => {
    await ensureInstance(api.db);
    const steward = await makePerson(api.db);
    const community = await makeOrg(api.db, steward, { kind: "community" });
    const association = await makeOrg(api.db, steward, { kind: "association" });
    const created = await api.call("POST", "/api/commons", {
      as: steward.token,
      body: {
        slug: "seed-drill",
        title: "Seed drill",
        summary: "An open seed drill",
        licence: "LicenseRef-Peer-Production-License",
        community: community.slug,
        stewardAssociation: association.slug,
        tags: ["Tractors", "tractors", "seeds"],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.tags).toEqual(["tractors", "seeds"]);
    expect(created.body.licence.family).toBe("peer_production");
    const page = await api.call("GET", "/api/commons/seed-drill");
    expect(page.status).toBe(200);
    expect(page.body.community.slug).toBe(community.slug);
    expect(page.body.stewardAssociation.slug).toBe(association.slug);
    expect(page.body.viewer).toEqual({ canMaintain: false, canSteward: false });
    const list = await api.call("GET", "/api/commons?tag=seeds");
    expect(list.body.items.map((c: { slug: string }) => c.slug)).toEqual(["seed-drill"]);
  });

  it("refuses unknown licences, empty titles, non-communities and non-stewards, naming the field", async () => {
    const steward = await makePerson(api.db);
    const outsider = await makePerson(api.db);
    const community = await makeOrg(api.db, steward, { kind: "community" });
    const enterprise = await makeOrg(api.db, steward, { kind: "enterprise" });
    const base = { slug: "c-x", title: "X", licence: "MIT", community: community.slug };
    const bad = await api.call("POST", "/api/commons", { as: steward.token, body: { ...base, licence: "WTFPL-9", title: " " } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["body.licence", "body.title"]);
    const notCommunity = await api.call("POST", "/api/commons", { as: steward.token, body: { ...base, community: enterprise.slug } });
    expect(notCommunity.status).toBe(422);
    expect(notCommunity.body.errors[0].path).toBe("body.community");
    const forbidden = await api.call("POST", "/api/commons", { as: outsider.token, body: base });
    expect(forbidden.status).toBe(403);
    const list = await api.call("GET", "/api/commons?q=c-x");
    expect(list.body.items).toEqual([]);
  });
});

describe("in French", () => {
  it("writes refusals in the language asked for, English otherwise", async () => {
    const steward = await makePerson(api.db);
    const outsider = await makePerson(api.db);
    const community = await makeOrg(api.db, steward, { kind: "community" });
    const enterprise = await makeOrg(api.db, steward, { kind: "enterprise", name: "Atelier Vert" });
    const base = { slug: "c-fr", title: "Fr", licence: "MIT", community: community.slug };
    const headers = { "accept-language": "fr" };
    const notCommunity = await api.call("POST", "/api/commons", {
      as: steward.token,
      body: { ...base, community: enterprise.slug },
      headers,
    });
    expect(notCommunity.body.errors).toEqual([
      { path: "body.community", message: "« Atelier Vert » est une entreprise, et non une communauté." },
    ]);
    const inEnglish = await api.call("POST", "/api/commons", { as: steward.token, body: { ...base, community: enterprise.slug } });
    expect(inEnglish.body.detail).toBe('"Atelier Vert" is an enterprise, not a community.');
    const forbidden = await api.call("POST", "/api/commons", { as: outsider.token, body: base, headers });
    expect(forbidden.body.detail).toBe("Seuls les responsables de la communauté peuvent faire cela.");
    const licence = await api.call("POST", "/api/commons", { as: steward.token, body: { ...base, licence: "WTFPL-9" }, headers });
    expect(licence.body.errors[0].message).toMatch(/^Licence inconnue\. Utilisez un identifiant SPDX/);
    const missing = await api.call("GET", "/api/commons/nulle-part", { headers });
    expect(missing.body.detail).toBe("Commun « nulle-part » introuvable.");
  });
});
