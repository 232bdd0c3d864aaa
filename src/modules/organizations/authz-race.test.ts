import { describe, expect, it } from "vitest";
import { expectRefusedWithoutTrace, writeWhileLosingRole } from "../../test/demotion.ts";
import { addMember, ensureInstance, makeOrg, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";

const api = setupApi();

describe("a steward demoted by another steward while editing the organization", () => {
  it("is refused once the demotion commits, and the profile is unchanged", async () => {
    await ensureInstance(api.db);
    const first = await makePerson(api.db);
    const second = await makePerson(api.db);
    const org = await makeOrg(api.db, first, { kind: "association" });
    await addMember(api.db, org, second, "steward");

    const res = await writeWhileLosingRole(api, { steward: first, org: org.slug, handle: second.handle, role: "member" }, () =>
      api.call("PATCH", `/api/organizations/${org.slug}`, { as: second.token, body: { name: "Renamed while demoted" } }),
    );
    await expectRefusedWithoutTrace(api, res, second.id);
    expect((await api.call("GET", `/api/organizations/${org.slug}`)).body.name).toBe(org.name);
  });
});
