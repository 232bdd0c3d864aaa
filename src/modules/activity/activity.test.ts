import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { makeOrg, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { recordActivity } from "./service.ts";

const api = setupApi();

describe("the activity log", () => {
  it("pages newest first with a cursor and filters by organization, actor and verb", async () => {
    const a = await makePerson(api.db);
    const b = await makePerson(api.db);
    const org = await makeOrg(api.db, a);
    for (let i = 0; i < 5; i++) {
      await recordActivity(api.db, {
        actorId: i % 2 ? a.id : b.id,
        verb: i % 2 ? "test.odd" : "test.even",
        objectType: "t",
        objectId: org.id,
        organizationId: org.id,
      });
    }
    const first = await api.call("GET", `/api/activities?organization=${org.slug}&limit=2`);
    const second = await api.call("GET", `/api/activities?organization=${org.slug}&limit=2&cursor=${first.body.nextCursor}`);
    const third = await api.call("GET", `/api/activities?organization=${org.slug}&limit=2&cursor=${second.body.nextCursor}`);
    const ids = [...first.body.items, ...second.body.items, ...third.body.items].map((x: { id: string }) => Number(x.id));
    expect(ids).toHaveLength(5);
    expect([...ids].sort((x, y) => y - x)).toEqual(ids);
    expect(third.body.nextCursor).toBeNull();
    const byActor = await api.call("GET", `/api/activities?organization=${org.slug}&actor=${a.handle}`);
    expect(byActor.body.items.every((x: { verb: string }) => x.verb === "test.odd")).toBe(true);
    const byVerb = await api.call("GET", `/api/activities?verb=test.even&organization=${org.slug}`);
    expect(byVerb.body.items).toHaveLength(3);
  });

  it("shows members-only rows to active members, private rows to their actor, everything to the admin", async () => {
    const steward = await makePerson(api.db);
    const outsider = await makePerson(api.db);
    const admin = await makePerson(api.db, { isAdmin: true });
    const org = await makeOrg(api.db, steward);
    // Being a member elsewhere gives no view of this organization's internal rows.
    await makeOrg(api.db, outsider);
    await recordActivity(api.db, {
      actorId: steward.id,
      verb: "test.internal",
      objectType: "t",
      objectId: org.id,
      organizationId: org.id,
      visibility: "members",
    });
    await recordActivity(api.db, {
      actorId: outsider.id,
      verb: "test.secret",
      objectType: "t",
      objectId: org.id,
      organizationId: org.id,
      visibility: "private",
    });
    const verbs = async (token?: string) =>
      (await api.call("GET", `/api/activities?organization=${org.slug}`, { as: token })).body.items.map((x: { verb: string }) => x.verb);
    expect(await verbs()).toEqual([]);
    expect(await verbs(outsider.token)).toEqual(["test.secret"]);
    expect(await verbs(steward.token)).toEqual(["test.internal"]);
    expect(await verbs(admin.token)).toEqual(["test.secret", "test.internal"]);
    const shared = await api.call("GET", `/api/activities?organization=${org.slug}&visibility=public,members`, { as: admin.token });
    expect(shared.body.items.map((x: { verb: string }) => x.verb)).toEqual(["test.internal"]);
    const bad = await api.call("GET", "/api/activities?visibility=public,everyone");
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toMatch(/^query\.visibility/);
  });

  it("is append-only in the database", async () => {
    const a = await makePerson(api.db);
    await recordActivity(api.db, { actorId: a.id, verb: "test.fixed", objectType: "t", objectId: a.id });
    await expect(api.db.execute(sql`update activities set verb = 'test.rewritten' where verb = 'test.fixed'`)).rejects.toThrow();
  });

  it("rolls the activity row back with a failed change", async () => {
    const a = await makePerson(api.db);
    const before = await api.call("GET", `/api/activities?actor=${a.handle}`, { as: a.token });
    const res = await api.call("POST", "/api/organizations", { as: a.token, body: { slug: "x", name: "X", kind: "enterprise" } });
    expect(res.status).toBe(422);
    const after = await api.call("GET", `/api/activities?actor=${a.handle}`, { as: a.token });
    expect(after.body.items).toEqual(before.body.items);
  });

  it("refuses unknown filters' values with 404 and bad verbs with 422", async () => {
    expect((await api.call("GET", "/api/activities?organization=no-such-org")).status).toBe(404);
    const bad = await api.call("GET", "/api/activities?verb=DROP%20TABLE");
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([{ path: "query.verb", message: "A verb such as membership.joined." }]);
    const fr = await api.call("GET", "/api/activities?verb=DROP%20TABLE", { headers: { "accept-language": "fr" } });
    expect(fr.body.errors).toEqual([{ path: "query.verb", message: "Un verbe de la forme membership.joined." }]);
  });
});
