import { describe, expect, it } from "vitest";
import { expectRefusedWithoutTrace, writeWhileLosingRole } from "../../test/demotion.ts";
import { addMember, ensureInstance, makeCommons, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";

const api = setupApi();

describe("a community steward demoted while editing its commons", () => {
  it("is refused once the demotion commits, and the commons is unchanged", async () => {
    await ensureInstance(api.db);
    const first = await makePerson(api.db);
    const second = await makePerson(api.db);
    const commons = await makeCommons(api.db, first);
    await addMember(api.db, commons.community, second, "steward");

    const res = await writeWhileLosingRole(
      api,
      { steward: first, org: commons.community.slug, handle: second.handle, role: "member" },
      () => api.call("PATCH", `/api/commons/${commons.slug}`, { as: second.token, body: { title: "Retitled while demoted" } }),
    );
    await expectRefusedWithoutTrace(api, res, second.id);
    expect((await api.call("GET", `/api/commons/${commons.slug}`)).body.title).toBe(commons.title);
  });
});
