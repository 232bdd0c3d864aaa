import { describe, expect, it } from "vitest";
import { expectRefusedWithoutTrace, writeWhileLosingRole } from "../../test/demotion.ts";
import { addMember, ensureInstance, makeCommons, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";

const api = setupApi();

describe("a maintainer demoted while editing a need they did not post", () => {
  it("is refused once the demotion commits, and the need keeps its wording", async () => {
    await ensureInstance(api.db);
    const steward = await makePerson(api.db);
    const maintainer = await makePerson(api.db);
    const author = await makePerson(api.db);
    const commons = await makeCommons(api.db, steward);
    await addMember(api.db, commons.community, maintainer, "maintainer");
    const posted = await api.call("POST", `/api/commons/${commons.slug}/needs`, {
      as: author.token,
      body: { type: "need", title: "Translate the guide" },
    });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);

    const res = await writeWhileLosingRole(api, { steward, org: commons.community.slug, handle: maintainer.handle, role: "member" }, () =>
      api.call("PATCH", `/api/needs/${posted.body.id}`, { as: maintainer.token, body: { title: "Reworded by a maintainer" } }),
    );
    await expectRefusedWithoutTrace(api, res, maintainer.id);
    expect((await api.call("GET", `/api/needs/${posted.body.id}`)).body.title).toBe("Translate the guide");
  });
});
