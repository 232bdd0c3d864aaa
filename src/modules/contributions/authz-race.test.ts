import { describe, expect, it } from "vitest";
import { expectRefusedWithoutTrace, writeWhileLosingRole } from "../../test/demotion.ts";
import { addMember, ensureInstance, makeCommons, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";

const api = setupApi();

describe("a maintainer demoted while accepting a contribution", () => {
  it("is refused once the demotion commits, and leaves no acceptance in their name", async () => {
    await ensureInstance(api.db);
    const steward = await makePerson(api.db);
    const maintainer = await makePerson(api.db);
    const author = await makePerson(api.db);
    const commons = await makeCommons(api.db, steward);
    await addMember(api.db, commons.community, maintainer, "maintainer");
    const proposed = await api.call("POST", `/api/commons/${commons.slug}/contributions`, {
      as: author.token,
      body: { type: "new_document", title: "Add a page", path: "page.md", documentTitle: "Page", content: "Hello\n" },
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);

    const res = await writeWhileLosingRole(api, { steward, org: commons.community.slug, handle: maintainer.handle, role: "member" }, () =>
      api.call("POST", `/api/contributions/${proposed.body.id}/accept`, { as: maintainer.token, body: {} }),
    );
    await expectRefusedWithoutTrace(api, res, maintainer.id);
    const after = await api.call("GET", `/api/contributions/${proposed.body.id}`);
    expect(after.body.status).toBe(proposed.body.status);
  });
});
