import { describe, expect, it } from "vitest";
import { expectRefusedWithoutTrace, writeWhileLosingRole } from "../../test/demotion.ts";
import { addMember, ensureInstance, makeOrg, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";

const api = setupApi();

describe("a steward demoted while inviting someone", () => {
  it("is refused once the demotion commits, and nobody is invited", async () => {
    await ensureInstance(api.db);
    const first = await makePerson(api.db);
    const second = await makePerson(api.db);
    const guest = await makePerson(api.db);
    const org = await makeOrg(api.db, first, { kind: "enterprise", joinPolicy: "invite" });
    await addMember(api.db, org, second, "steward");

    const res = await writeWhileLosingRole(api, { steward: first, org: org.slug, handle: second.handle, role: "member" }, () =>
      api.call("POST", `/api/organizations/${org.slug}/invitations`, { as: second.token, body: { handle: guest.handle } }),
    );
    await expectRefusedWithoutTrace(api, res, second.id);
    const invited = await api.call("GET", `/api/organizations/${org.slug}/members?status=invited`, { as: first.token });
    expect(invited.body.items).toEqual([]);
  });
});
