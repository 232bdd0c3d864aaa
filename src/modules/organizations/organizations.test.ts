import { describe, expect, it } from "vitest";
import { makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";

const api = setupApi();

describe("organizations", () => {
  it("creates an organization whose founder is its steward, with an activity row", async () => {
    const ada = await makePerson(api.db);
    const res = await api.call("POST", "/api/organizations", {
      as: ada.token,
      body: { slug: "open-lab", name: "Open Lab", kind: "community", description: "Open hardware for all" },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ slug: "open-lab", joinPolicy: "open", memberCount: 1 });
    const profile = await api.call("GET", "/api/organizations/open-lab");
    expect(profile.body.roles).toEqual({ steward: 1 });
    const feed = await api.call("GET", "/api/activities?organization=open-lab");
    expect(feed.body.items.map((a: { verb: string }) => a.verb)).toEqual(["organization.created"]);
  });
});
