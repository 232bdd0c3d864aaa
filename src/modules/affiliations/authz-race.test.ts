import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { expectRefusedWithoutTrace, writeWhileLosingRole } from "../../test/demotion.ts";
import { addMember, ensureInstance, makeOrg, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { affiliations } from "./schema.ts";

const api = setupApi();

describe("an enterprise's steward demoted while reviewing an affiliation", () => {
  it("is refused once the demotion commits, and the affiliation stays claimed", async () => {
    await ensureInstance(api.db);
    const boss = await makePerson(api.db);
    const reviewer = await makePerson(api.db);
    const worker = await makePerson(api.db);
    const coop = await makeOrg(api.db, boss, { kind: "enterprise", ownership: "worker_owned" });
    await addMember(api.db, coop, reviewer, "steward");
    const claim = await api.call("POST", "/api/affiliations", {
      as: worker.token,
      body: { enterprise: coop.slug, startsOn: "2025-01-01" },
    });
    expect(claim.status, JSON.stringify(claim.body)).toBe(201);

    const res = await writeWhileLosingRole(api, { steward: boss, org: coop.slug, handle: reviewer.handle, role: "member" }, () =>
      api.call("POST", `/api/affiliations/${claim.body.id}/review`, { as: reviewer.token, body: { decision: "confirmed" } }),
    );
    await expectRefusedWithoutTrace(api, res, reviewer.id);
    const [row] = await api.db.select().from(affiliations).where(eq(affiliations.id, claim.body.id));
    expect(row).toMatchObject({ status: "claimed", reviewedBy: null });
  });
});
