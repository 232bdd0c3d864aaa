import { describe, expect, it } from "vitest";
import { expectRefusedWithoutTrace, writeWhileLosingRole } from "../../test/demotion.ts";
import { addMember, ensureInstance, makeOrg, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";

const api = setupApi();

describe("a treasurer removed while rejecting an expense", () => {
  it("is refused once the removal commits, and the expense stays submitted", async () => {
    await ensureInstance(api.db);
    const steward = await makePerson(api.db);
    const treasurer = await makePerson(api.db);
    const member = await makePerson(api.db);
    const org = await makeOrg(api.db, steward, { kind: "association" });
    await addMember(api.db, org, treasurer, "treasurer");
    await addMember(api.db, org, member);
    expect((await api.call("POST", `/api/organizations/${org.slug}/books`, { as: steward.token, body: { currency: "EUR" } })).status).toBe(
      201,
    );
    const submitted = await api.call("POST", `/api/organizations/${org.slug}/expenses`, {
      as: member.token,
      body: { purpose: "A printer", amount: 45_000, currency: "EUR", account: "expenses:operations" },
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);

    const res = await writeWhileLosingRole(api, { steward, org: org.slug, handle: treasurer.handle, role: "removed" }, () =>
      api.call("POST", `/api/expenses/${submitted.body.id}/reject`, { as: treasurer.token, body: { note: "Not now" } }),
    );
    await expectRefusedWithoutTrace(api, res, treasurer.id);
    expect((await api.call("GET", `/api/expenses/${submitted.body.id}`, { as: member.token })).body.status).toBe(submitted.body.status);
  });
});
