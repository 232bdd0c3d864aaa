import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { expectRefusedWithoutTrace, writeWhileLosingRole } from "../../test/demotion.ts";
import { addMember, makeCommons, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { balanceOf, organization } from "../../test/worlds/books.ts";
import { phyleCommitments, phylePeriods } from "./schema.ts";

const api = setupApi();

describe("an enterprise's treasurer demoted while recording a phyle period", () => {
  it("is refused once the demotion commits, and no period or commitment is recorded", async () => {
    const enterprise = await organization(api, "enterprise", 1_000_000);
    const association = await organization(api, "association");
    const commons = await makeCommons(api.db, association.steward, { stewardAssociationId: association.org.id });
    const adopted = await api.call("PUT", `/api/organizations/${enterprise.org.slug}/phyle-charter`, {
      as: enterprise.steward.token,
      body: {
        basis: "revenue",
        shareBp: 1000,
        mission: "We build on it.",
        currency: "EUR",
        beneficiaries: [{ commons: commons.slug, destination: "steward", weightBp: 10_000 }],
      },
    });
    expect(adopted.status, JSON.stringify(adopted.body)).toBe(200);
    const recorder = await makePerson(api.db);
    await addMember(api.db, enterprise.org, recorder, "treasurer");

    const res = await writeWhileLosingRole(
      api,
      { steward: enterprise.steward, org: enterprise.org.slug, handle: recorder.handle, role: "member" },
      () =>
        api.call("POST", `/api/organizations/${enterprise.org.slug}/phyle-periods`, {
          as: recorder.token,
          body: { periodStart: "2026-01-01", periodEnd: "2026-03-31", revenue: 100_000 },
        }),
    );
    await expectRefusedWithoutTrace(api, res, recorder.id);
    expect((await api.db.select({ n: count() }).from(phylePeriods))[0]?.n).toBe(0);
    expect((await api.db.select({ n: count() }).from(phyleCommitments))[0]?.n).toBe(0);
    expect(await balanceOf(api, association.org.slug, "assets:bank")).toBe("0");
  });
});
