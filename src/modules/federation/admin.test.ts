import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ensureInstance, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { DrizzleMessageQueue } from "./queue.ts";
import { remoteFollowers, remoteFollowing } from "./schema.ts";

const api = setupApi();

/** What an outgoing message holds besides its inbox: the sender's private key and the activity itself. */
const SECRET = "d-of-the-private-key-never-shown";
const outbox = (attempt: number) => ({
  type: "outbox",
  inbox: "https://x.example/inbox",
  attempt,
  keys: [{ keyId: "https://here.example/ap/actors/1#main-key", privateKey: { kty: "RSA", d: SECRET } }],
  activity: { type: "Create", content: `a body that is ${SECRET}` },
});

describe("the admin's federation status", () => {
  it("counts the queue, names the failing inboxes and the known instances with their blocks, and nothing of the messages", async () => {
    await ensureInstance(api.db);
    const admin = await makePerson(api.db, { isAdmin: true });
    const ada = await makePerson(api.db);
    const follower = (host: string, name: string, status: "pending" | "accepted") => ({
      actorId: ada.id,
      followerUri: `https://${host}/users/${name}`,
      handle: `@${name}@${host}`,
      inbox: `https://${host}/users/${name}/inbox`,
      followId: `https://${host}/follows/${name}`,
      status,
    });
    await api.db
      .insert(remoteFollowers)
      .values([
        follower("a.example", "one", "accepted"),
        follower("a.example", "two", "pending"),
        follower("b.example", "three", "accepted"),
      ]);
    const follow = (uri: string) => ({
      personId: ada.id,
      actorUri: uri,
      handle: uri,
      followId: `${uri}#follow`,
      status: "accepted" as const,
    });
    await api.db
      .insert(remoteFollowing)
      .values([follow("https://a.example/users/lab"), follow("https://b.example/users/lab"), follow("https://c.example:8443/users/x")]);

    const queue = new DrizzleMessageQueue(api.db);
    await queue.enqueueMany([outbox(2), outbox(1), outbox(0)]);
    // A retry Fedify put off for an hour: delayed, not ready.
    await api.db.execute(sql`update federation_queue set due_at = now() + interval '1 hour' where (message->>'attempt')::int = 1`);

    const blocked = await api.call("POST", "/api/federation/blocks", { as: admin.token, body: { target: "b.example", reason: "spam" } });
    expect(blocked.status).toBe(201);

    const res = await api.call("GET", "/api/federation/status", { as: admin.token });
    expect(res.status).toBe(200);
    expect(res.body.queue).toEqual({ queued: 3, ready: 2, delayed: 1 });
    expect(res.body.failing).toEqual([{ inbox: "https://x.example/inbox", waiting: 2, attempts: 2 }]);
    // Blocking b.example ended its follower's follow; the follow from here stays, under a blocked instance.
    expect(res.body.instances).toEqual([
      { host: "a.example", followers: 2, follows: 1, blocked: false },
      { host: "b.example", followers: 0, follows: 1, blocked: true },
      { host: "c.example:8443", followers: 0, follows: 1, blocked: false },
    ]);
    expect(res.body.blocks).toEqual([{ target: "b.example", kind: "instance", reason: "spam", since: expect.any(String) }]);
    const text = JSON.stringify(res.body);
    for (const leak of [SECRET, "privateKey", "keyId", "activity", "Create"]) expect(text).not.toContain(leak);
  });

  it("is the admin's alone", async () => {
    const someone = await makePerson(api.db);
    expect((await api.call("GET", "/api/federation/status")).status).toBe(401);
    expect((await api.call("GET", "/api/federation/status", { as: someone.token })).status).toBe(403);
  });
});
