import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addMember, makeOrg, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { activities } from "../activity/schema.ts";
import { memberships } from "./schema.ts";

const api = setupApi();

async function activeStewards(orgId: string) {
  return api.db
    .select()
    .from(memberships)
    .where(and(eq(memberships.organizationId, orgId), eq(memberships.role, "steward"), eq(memberships.status, "active")));
}

describe("joining by policy", () => {
  it("open: anyone joins at once, and it shows in the organization's public feed", async () => {
    const steward = await makePerson(api.db);
    const org = await makeOrg(api.db, steward, { joinPolicy: "open" });
    const newcomer = await makePerson(api.db, { name: "New Comer" });
    const res = await api.call("POST", `/api/organizations/${org.slug}/join`, { as: newcomer.token });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: "active", role: "member" });
    const feed = await api.call("GET", `/api/activities?organization=${org.slug}`);
    expect(feed.body.items[0]).toMatchObject({ verb: "membership.joined", actor: { name: "New Comer" } });
    const again = await api.call("POST", `/api/organizations/${org.slug}/join`, { as: newcomer.token });
    expect(again.status).toBe(409);
  });

  it("approval: a request waits for a steward, who sees and approves it", async () => {
    const steward = await makePerson(api.db);
    const org = await makeOrg(api.db, steward, { kind: "association" });
    const asker = await makePerson(api.db);
    const req = await api.call("POST", `/api/organizations/${org.slug}/join`, { as: asker.token });
    expect(req.body.status).toBe("pending");
    expect((await api.call("GET", `/api/organizations/${org.slug}/members?status=pending`, { as: asker.token })).status).toBe(403);
    const pending = await api.call("GET", `/api/organizations/${org.slug}/members?status=pending`, { as: steward.token });
    expect(pending.body.items.map((m: { person: { handle: string } }) => m.person.handle)).toEqual([asker.handle]);
    // The request is visible to members, not to the public.
    const publicFeed = await api.call("GET", `/api/activities?organization=${org.slug}`);
    expect(publicFeed.body.items.map((a: { verb: string }) => a.verb)).not.toContain("membership.requested");
    const stewardFeed = await api.call("GET", `/api/activities?organization=${org.slug}`, { as: steward.token });
    expect(stewardFeed.body.items.map((a: { verb: string }) => a.verb)).toContain("membership.requested");
    const ok = await api.call("POST", `/api/organizations/${org.slug}/members/${asker.handle}/approve`, { as: steward.token });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe("active");
    const twice = await api.call("POST", `/api/organizations/${org.slug}/members/${asker.handle}/approve`, { as: steward.token });
    expect(twice.status).toBe(409);
  });

  it("invite: refused without an invitation, accepted with one", async () => {
    const steward = await makePerson(api.db);
    const org = await makeOrg(api.db, steward, { kind: "enterprise", joinPolicy: "invite" });
    const person = await makePerson(api.db);
    const refused = await api.call("POST", `/api/organizations/${org.slug}/join`, { as: person.token });
    expect(refused.status).toBe(403);
    const invited = await api.call("POST", `/api/organizations/${org.slug}/invitations`, {
      as: steward.token,
      body: { handle: person.handle, role: "maintainer" },
    });
    expect(invited.status).toBe(201);
    expect(invited.body.status).toBe("invited");
    const accepted = await api.call("POST", `/api/organizations/${org.slug}/join`, { as: person.token });
    expect(accepted.body).toMatchObject({ status: "active", role: "maintainer" });
  });

  it("names the handle when inviting somebody who does not exist", async () => {
    const steward = await makePerson(api.db);
    const org = await makeOrg(api.db, steward);
    const res = await api.call("POST", `/api/organizations/${org.slug}/invitations`, {
      as: steward.token,
      body: { handle: "nobody-here" },
    });
    expect(res.status).toBe(404);
    expect(res.body.errors[0].path).toBe("body.handle");
  });

  it("an invitation approves a pending request", async () => {
    const steward = await makePerson(api.db);
    const org = await makeOrg(api.db, steward, { kind: "association" });
    const person = await makePerson(api.db);
    await api.call("POST", `/api/organizations/${org.slug}/join`, { as: person.token });
    const res = await api.call("POST", `/api/organizations/${org.slug}/invitations`, {
      as: steward.token,
      body: { handle: person.handle },
    });
    expect(res.body.status).toBe("active");
  });
});

describe("leaving, removing and roles", () => {
  it("members leave; stewards remove; others cannot", async () => {
    const steward = await makePerson(api.db);
    const org = await makeOrg(api.db, steward);
    const a = await makePerson(api.db);
    const b = await makePerson(api.db);
    await addMember(api.db, org, a);
    await addMember(api.db, org, b);
    expect((await api.call("DELETE", `/api/organizations/${org.slug}/members/${b.handle}`, { as: a.token })).status).toBe(403);
    expect((await api.call("DELETE", `/api/organizations/${org.slug}/members/${a.handle}`, { as: a.token })).status).toBe(204);
    expect((await api.call("DELETE", `/api/organizations/${org.slug}/members/${b.handle}`, { as: steward.token })).status).toBe(204);
    const verbs = (await api.call("GET", `/api/activities?organization=${org.slug}`)).body.items.map((x: { verb: string }) => x.verb);
    expect(verbs).toEqual(["membership.removed", "membership.left"]);
  });

  it("the last steward can neither step down nor leave", async () => {
    const steward = await makePerson(api.db);
    const org = await makeOrg(api.db, steward);
    const demote = await api.call("PATCH", `/api/organizations/${org.slug}/members/${steward.handle}`, {
      as: steward.token,
      body: { role: "member" },
    });
    expect(demote.status).toBe(409);
    expect(demote.body.errors[0].path).toBe("body.role");
    const leave = await api.call("DELETE", `/api/organizations/${org.slug}/members/${steward.handle}`, { as: steward.token });
    expect(leave.status).toBe(409);
    expect(await activeStewards(org.id)).toHaveLength(1);
  });

  it("with a second steward named, the first may step down", async () => {
    const steward = await makePerson(api.db);
    const org = await makeOrg(api.db, steward);
    const other = await makePerson(api.db);
    await addMember(api.db, org, other);
    const promote = await api.call("PATCH", `/api/organizations/${org.slug}/members/${other.handle}`, {
      as: steward.token,
      body: { role: "steward" },
    });
    expect(promote.status).toBe(200);
    const stepDown = await api.call("PATCH", `/api/organizations/${org.slug}/members/${steward.handle}`, {
      as: steward.token,
      body: { role: "treasurer" },
    });
    expect(stepDown.body.role).toBe("treasurer");
  });

  it("the database keeps a steward even when code tries to remove the last one", async () => {
    const steward = await makePerson(api.db);
    const org = await makeOrg(api.db, steward);
    await expect(api.db.delete(memberships).where(eq(memberships.organizationId, org.id))).rejects.toThrow();
    expect(await activeStewards(org.id)).toHaveLength(1);
  });
});

describe("concurrency", () => {
  it("two stewards demoting each other at the same moment leave exactly one steward", async () => {
    const a = await makePerson(api.db);
    const b = await makePerson(api.db);
    const org = await makeOrg(api.db, a);
    await addMember(api.db, org, b, "steward");
    const results = await Promise.all([
      api.call("PATCH", `/api/organizations/${org.slug}/members/${b.handle}`, { as: a.token, body: { role: "member" } }),
      api.call("PATCH", `/api/organizations/${org.slug}/members/${a.handle}`, { as: b.token, body: { role: "member" } }),
    ]);
    const statuses = results.map((r) => r.status).sort();
    // One demotion wins; the other is refused (by the invariant, or because the loser is no longer a steward).
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    expect(await activeStewards(org.id)).toHaveLength(1);
  });

  it("the same person joining twice at once gets one membership and one activity row", async () => {
    const steward = await makePerson(api.db);
    const org = await makeOrg(api.db, steward);
    const p = await makePerson(api.db);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => api.call("POST", `/api/organizations/${org.slug}/join`, { as: p.token })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const rows = await api.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.organizationId, org.id), eq(memberships.personId, p.id)));
    expect(rows).toHaveLength(1);
    const acts = await api.db
      .select()
      .from(activities)
      .where(and(eq(activities.organizationId, org.id), eq(activities.verb, "membership.joined")));
    expect(acts).toHaveLength(1);
  });

  it("many people joining at once are all members, each with one activity row", async () => {
    const steward = await makePerson(api.db);
    const org = await makeOrg(api.db, steward);
    const crowd = await Promise.all(Array.from({ length: 20 }, () => makePerson(api.db)));
    const results = await Promise.all(crowd.map((p) => api.call("POST", `/api/organizations/${org.slug}/join`, { as: p.token })));
    expect(results.every((r) => r.status === 201)).toBe(true);
    const profile = await api.call("GET", `/api/organizations/${org.slug}`);
    expect(profile.body.memberCount).toBe(21);
    const acts = await api.db
      .select()
      .from(activities)
      .where(and(eq(activities.organizationId, org.id), eq(activities.verb, "membership.joined")));
    expect(acts).toHaveLength(20);
  });
});

describe("member lists", () => {
  it("pages through members by name with a cursor, and filters by role", async () => {
    const steward = await makePerson(api.db, { name: "Aaron Steward" });
    const org = await makeOrg(api.db, steward);
    for (const name of ["Bea", "Cas", "Dee", "Eli", "Fay"]) await addMember(api.db, org, await makePerson(api.db, { name }));
    const first = await api.call("GET", `/api/organizations/${org.slug}/members?limit=4`);
    expect(first.body.items.map((m: { person: { name: string } }) => m.person.name)).toEqual(["Aaron Steward", "Bea", "Cas", "Dee"]);
    const second = await api.call("GET", `/api/organizations/${org.slug}/members?limit=4&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((m: { person: { name: string } }) => m.person.name)).toEqual(["Eli", "Fay"]);
    expect(second.body.nextCursor).toBeNull();
    const stewards = await api.call("GET", `/api/organizations/${org.slug}/members?role=steward`);
    expect(stewards.body.items).toHaveLength(1);
  });

  it("refuses a forged cursor with a problem naming it", async () => {
    const steward = await makePerson(api.db);
    const org = await makeOrg(api.db, steward);
    const res = await api.call("GET", `/api/organizations/${org.slug}/members?cursor=not-a-cursor`);
    expect(res.status).toBe(422);
    expect(res.body.errors[0].path).toBe("query.cursor");
  });
});

describe("in French", () => {
  it("writes refusals in the language asked for, English otherwise", async () => {
    const steward = await makePerson(api.db);
    const member = await makePerson(api.db);
    const org = await makeOrg(api.db, steward, { joinPolicy: "open" });
    expect((await api.call("POST", `/api/organizations/${org.slug}/join`, { as: member.token })).status).toBe(201);
    const again = await api.call("POST", `/api/organizations/${org.slug}/join`, { as: member.token, headers: { "accept-language": "fr" } });
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe("Vous êtes déjà membre.");
    const inEnglish = await api.call("POST", `/api/organizations/${org.slug}/join`, { as: member.token });
    expect(inEnglish.body.detail).toBe("You are already a member.");
    const nobody = await api.call("POST", `/api/organizations/${org.slug}/invitations`, {
      as: steward.token,
      body: { handle: "personne-ici" },
      headers: { "accept-language": "fr" },
    });
    expect(nobody.status).toBe(404);
    expect(nobody.body.errors).toEqual([{ path: "body.handle", message: "Personne n’a l’identifiant @personne-ici." }]);
  });
});
