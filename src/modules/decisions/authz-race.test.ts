import { describe, expect, it } from "vitest";
import { nowMs } from "../../now.ts";
import { expectRefusedWithoutTrace, writeWhileLosingRole } from "../../test/demotion.ts";
import { addMember, ensureInstance, makeOrg, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";

const api = setupApi();

describe("a steward demoted while cancelling a member's proposal", () => {
  it("is refused once the demotion commits, and the proposal stays open", async () => {
    await ensureInstance(api.db);
    const first = await makePerson(api.db);
    const second = await makePerson(api.db);
    const member = await makePerson(api.db);
    const org = await makeOrg(api.db, first, { kind: "association" });
    await addMember(api.db, org, second, "steward");
    await addMember(api.db, org, member);
    const proposal = await api.call("POST", `/api/organizations/${org.slug}/proposals`, {
      as: member.token,
      body: { title: "Buy a server", closesAt: new Date(nowMs() + 3_600_000).toISOString(), method: "majority" },
    });
    expect(proposal.status, JSON.stringify(proposal.body)).toBe(201);

    const res = await writeWhileLosingRole(api, { steward: first, org: org.slug, handle: second.handle, role: "member" }, () =>
      api.call("POST", `/api/proposals/${proposal.body.id}/cancel`, { as: second.token, body: { reason: "Out of scope" } }),
    );
    await expectRefusedWithoutTrace(api, res, second.id);
    expect((await api.call("GET", `/api/proposals/${proposal.body.id}`)).body.status).toBe(proposal.body.status);
  });
});
