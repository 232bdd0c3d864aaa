import { describe, expect, it } from "vitest";
import { expectRefusedWithoutTrace, writeWhileLosingRole } from "../../test/demotion.ts";
import { addMember, ensureInstance, makeOrg, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";

const api = setupApi();

describe("a treasurer demoted while posting to the books", () => {
  it("is refused once the demotion commits, and nothing is posted", async () => {
    await ensureInstance(api.db);
    const steward = await makePerson(api.db);
    const treasurer = await makePerson(api.db);
    const org = await makeOrg(api.db, steward, { kind: "association" });
    await addMember(api.db, org, treasurer, "treasurer");
    expect((await api.call("POST", `/api/organizations/${org.slug}/books`, { as: steward.token, body: { currency: "EUR" } })).status).toBe(
      201,
    );

    const res = await writeWhileLosingRole(api, { steward, org: org.slug, handle: treasurer.handle, role: "member" }, () =>
      api.call("POST", `/api/organizations/${org.slug}/transactions`, {
        as: treasurer.token,
        body: {
          kind: "transfer",
          date: "2026-01-02",
          description: "Opening balance",
          postings: [
            { account: "assets:bank", amount: 1000, currency: "EUR" },
            { account: "equity:opening-balances", amount: -1000, currency: "EUR" },
          ],
        },
      }),
    );
    await expectRefusedWithoutTrace(api, res, treasurer.id);
  });
});
