import { Announce, Delete, Follow, isActor, Note, Tombstone } from "@fedify/vocab";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../db/rows.ts";
import type { Db } from "../../db/types.ts";
import { MAX_JSON_BODY } from "../../http/app.ts";
import { createLogger } from "../../logger.ts";
import { addMember, makeCommons, makeOrg, makePerson, type TestPerson } from "../../test/factories.ts";
import { textOfHtml } from "../../text/markdown.ts";
import { SOFTWARE_VERSION } from "../../version.ts";
import { recordActivity } from "../activity/service.ts";
import { organizations } from "../organizations/schema.ts";
import { MAX_FETCHED_BYTES } from "./document-loader.ts";
import { startOutbox } from "./outbox.ts";
import { remoteFollowers, remoteFollowing } from "./schema.ts";
import { federatedApp } from "./test-app.ts";

/**
 * Two instances in this process, each with its own database, on made-up https hosts: every fetch to
 * one of them (WebFinger, actors, signed deliveries to inboxes) goes to its app, so signatures are
 * made and checked for real, with no network.
 */
type Instance = Awaited<ReturnType<typeof instance>>;

async function instance(host: string, env: Record<string, string> = {}, allowPrivateAddress = true) {
  const origin = `https://${host}`;
  const { db, app, federation, close } = await federatedApp(origin, env, allowPrivateAddress);
  const queue = new AbortController();
  const queueDone = federation.startQueue(null, { signal: queue.signal });
  const stopOutbox = startOutbox(db, federation, origin, createLogger("silent"), 100);
  const call = async (method: string, path: string, opts: { as?: TestPerson; body?: unknown; accept?: string } = {}) => {
    const headers: Record<string, string> = { accept: opts.accept ?? "application/json" };
    if (opts.as) headers.authorization = `Bearer ${opts.as.token}`;
    if (opts.body !== undefined) headers["content-type"] = "application/json";
    const res = await app.fetch(
      new Request(`${origin}${path}`, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) }),
    );
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {}
    return { status: res.status, body: body as Record<string, any>, headers: res.headers };
  };
  return {
    host,
    origin,
    db,
    app,
    federation,
    call,
    /** Stops taking messages and waits for those under way (they may call the other instance). */
    stop: async () => {
      await stopOutbox();
      queue.abort();
      await queueDone;
    },
    close,
  };
}

const AP = "application/activity+json";
let a: Instance;
let b: Instance;
let c: Instance;
let restoreFetch: () => void;
/** Every address a test instance asked for, in order. */
const requested: string[] = [];

/** A public address whose server sends a document that never ends (up to 64 MiB), counting what it sent. */
const ENDLESS_HOST = "93.184.216.34";
let endlessSent = 0;
function endlessDocument() {
  const chunk = new TextEncoder().encode(" ".repeat(64 * 1024));
  const head = new TextEncoder().encode('{"@context":"https://www.w3.org/ns/activitystreams","type":"Person","name":"');
  endlessSent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = endlessSent === 0 ? head : chunk;
      endlessSent += next.byteLength;
      if (endlessSent > 64 * 1024 * 1024) controller.close();
      else controller.enqueue(next);
    },
  });
  return new Response(body, { headers: { "content-type": "application/activity+json" } });
}

beforeAll(async () => {
  [a, b, c] = [await instance("a.test"), await instance("b.test"), await instance("c.test")];
  const real = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requested.push(request.url);
    // 127.0.0.1 answers as A does: an instance that did not refuse a private address would reach it.
    const host = new URL(request.url).host === "127.0.0.1" ? "a.test" : new URL(request.url).host;
    if (host === ENDLESS_HOST) return endlessDocument();
    const target = [a, b, c].find((i) => host === i.host);
    if (!target) throw new Error(`no network in tests: ${request.url}`);
    return target.app.fetch(request);
  }) as typeof fetch;
  restoreFetch = () => {
    globalThis.fetch = real;
  };
});
afterAll(async () => {
  // Both queues stop before either database closes: a delivery from one checks its signature against the other.
  await Promise.all([a.stop(), b.stop(), c.stop()]);
  restoreFetch();
  await Promise.all([a.close(), b.close(), c.close()]);
});

describe("actors and discovery", () => {
  it("finds people and organizations by WebFinger and serves them as Person and Group with two keys", async () => {
    const ada = await makePerson(a.db, { handle: "ada" });
    const lab = await makeOrg(a.db, ada, { slug: "open-lab", name: "Open Lab" });
    const finger = await a.call("GET", "/.well-known/webfinger?resource=acct:ada@a.test");
    expect(finger.status).toBe(200);
    const self = (finger.body.links as { rel: string; href: string }[]).find((l) => l.rel === "self");
    expect(self?.href).toBe(`https://a.test/ap/actors/${ada.id}`);

    const person = await a.call("GET", `/ap/actors/${ada.id}`, { accept: AP });
    expect(person.status).toBe(200);
    expect(person.body).toMatchObject({ type: "Person", preferredUsername: "ada", inbox: `https://a.test/ap/actors/${ada.id}/inbox` });
    expect((person.body.assertionMethod as unknown[]).length).toBe(2);
    expect(JSON.stringify(person.body)).not.toContain("privateKey");

    const orgFinger = await a.call("GET", "/.well-known/webfinger?resource=acct:open-lab@a.test");
    expect((orgFinger.body.links as { rel: string; href: string }[]).find((l) => l.rel === "self")?.href).toBe(
      `https://a.test/ap/actors/${lab.id}`,
    );
    const group = await a.call("GET", `/ap/actors/${lab.id}`, { accept: AP });
    expect(group.body).toMatchObject({ type: "Group", preferredUsername: "open-lab", name: "Open Lab" });
    const nobody = await a.call("GET", "/.well-known/webfinger?resource=acct:nobody@a.test");
    expect(nobody.status, JSON.stringify(nobody.body)).toBe(404);
  });

  it("describes the instance in NodeInfo 2.1 and leaves every other request to the app", async () => {
    const links = await a.call("GET", "/.well-known/nodeinfo");
    expect(links.status).toBe(200);
    const info = await a.call("GET", "/nodeinfo/2.1");
    expect(info.body).toMatchObject({
      version: "2.1",
      software: { name: "triarchy", version: SOFTWARE_VERSION },
      protocols: ["activitypub"],
    });
    expect((await a.call("GET", "/api/instance")).status).toBe(200);
    // A browser at an actor's address is sent to the person's page.
    const [someone] = await rowsOf<{ id: string; handle: string }>(a.db, sql`select id, handle from people limit 1`);
    const html = await a.call("GET", `/ap/actors/${someone?.id}`, { accept: "text/html" });
    expect([html.status, html.headers.get("location")]).toEqual([303, `/people/${someone?.handle}`]);
  });
});

describe("following across instances", () => {
  const followersOf = (db: Db, actorId: string) => db.select().from(remoteFollowers).where(eq(remoteFollowers.actorId, actorId));

  it("lets a person on B follow an open organization on A, which accepts at once; Undo stops it", async () => {
    const founder = await makePerson(a.db);
    const lab = await makeOrg(a.db, founder, { slug: "makers", name: "Makers", joinPolicy: "open" });
    const bob = await makePerson(b.db, { handle: "bob" });

    const followed = await b.call("POST", "/api/federation/follows", { as: bob, body: { handle: "@makers@a.test" } });
    expect(followed.status, JSON.stringify(followed.body)).toBe(201);
    expect(followed.body).toMatchObject({ handle: "@makers@a.test", name: "Makers", status: "pending" });

    await expect
      .poll(async () => (await followersOf(a.db, lab.id)).map((f) => [f.handle, f.status]), { timeout: 15_000 })
      .toEqual([["@bob@b.test", "accepted"]]);
    await expect
      .poll(async () => (await b.call("GET", "/api/federation/follows", { as: bob })).body.items, { timeout: 15_000 })
      .toMatchObject([{ handle: "@makers@a.test", status: "accepted" }]);
    const collection = await a.call("GET", `/ap/actors/${lab.id}/followers`, { accept: AP });
    expect(collection.body.totalItems).toBe(1);

    // Written as people write it: the host in any case, the @ optional.
    expect((await b.call("POST", "/api/federation/follows/undo", { as: bob, body: { handle: "makers@A.test" } })).status).toBe(204);
    await expect.poll(async () => (await followersOf(a.db, lab.id)).length, { timeout: 15_000 }).toBe(0);
    expect(await b.db.select().from(remoteFollowing).where(eq(remoteFollowing.personId, bob.id))).toEqual([]);
  });

  it("keeps a follow of an organization that approves its members pending, with no Accept", async () => {
    const founder = await makePerson(a.db);
    const guild = await makeOrg(a.db, founder, { slug: "guild", name: "Guild", joinPolicy: "approval" });
    const cleo = await makePerson(b.db, { handle: "cleo" });
    expect((await b.call("POST", "/api/federation/follows", { as: cleo, body: { handle: "guild@a.test" } })).status).toBe(201);
    await expect.poll(async () => (await followersOf(a.db, guild.id)).map((f) => f.status), { timeout: 15_000 }).toEqual(["pending"]);
    expect((await a.call("GET", `/ap/actors/${guild.id}/followers`, { accept: AP })).body.totalItems).toBe(0);
    expect((await b.call("GET", "/api/federation/follows", { as: cleo })).body.items).toMatchObject([{ status: "pending" }]);
  });

  it("lets the stewards accept one pending follow and refuse another; each follower's instance hears it", async () => {
    const steward = await makePerson(a.db);
    const member = await makePerson(a.db);
    const coop = await makeOrg(a.db, steward, { slug: "coop", name: "Coop", joinPolicy: "approval" });
    await addMember(a.db, coop, member);
    const [fay, gus] = [await makePerson(b.db, { handle: "fay" }), await makePerson(b.db, { handle: "gus" })];
    for (const who of [fay, gus]) {
      expect((await b.call("POST", "/api/federation/follows", { as: who, body: { handle: "@coop@a.test" } })).status).toBe(201);
    }
    const list = () => a.call("GET", "/api/organizations/coop/remote-followers", { as: steward });
    await expect.poll(async () => (await list()).body.items?.length, { timeout: 15_000 }).toBe(2);
    expect((await a.call("GET", "/api/organizations/coop/remote-followers", { as: member })).status).toBe(403);
    const uri = (handle: string) =>
      list().then((r) => r.body.items.find((i: { handle: string }) => i.handle === handle).follower) as Promise<string>;

    const answer = (as: TestPerson, follower: string, accept: boolean) =>
      a.call("POST", "/api/organizations/coop/remote-followers/answer", { as, body: { follower, accept } });
    expect((await answer(member, await uri("@fay@b.test"), true)).status).toBe(403);
    const accepted = await answer(steward, await uri("@fay@b.test"), true);
    expect(accepted.body).toMatchObject({ handle: "@fay@b.test", status: "accepted" });
    const gusUri = await uri("@gus@b.test");
    expect((await answer(steward, gusUri, false)).status).toBe(200);
    expect((await answer(steward, gusUri, false)).status).toBe(404);

    const statusOn = async (who: TestPerson) =>
      (await b.call("GET", "/api/federation/follows", { as: who })).body.items.map((i: { status: string }) => i.status);
    await expect.poll(() => statusOn(fay), { timeout: 15_000 }).toEqual(["accepted"]);
    await expect.poll(() => statusOn(gus), { timeout: 15_000 }).toEqual([]);
    expect((await a.call("GET", `/ap/actors/${coop.id}/followers`, { accept: AP })).body.totalItems).toBe(1);
  });

  it("refuses a bad handle, nobody, and someone on this instance, naming the field", async () => {
    const dan = await makePerson(b.db);
    for (const handle of ["not a handle", "@nobody@a.test", `@${dan.handle}@b.test`]) {
      const res = await b.call("POST", "/api/federation/follows", { as: dan, body: { handle } });
      expect(res.status, handle).toBe(422);
      expect((res.body.errors as { path: string }[])[0]?.path).toBe("body.handle");
    }
    expect((await b.call("POST", "/api/federation/follows", { body: { handle: "@makers@a.test" } })).status).toBe(401);
  });

  it("refuses an unsigned or wrongly signed activity at the inbox, storing nothing", async () => {
    const founder = await makePerson(a.db);
    const org = await makeOrg(a.db, founder, { slug: "quiet", name: "Quiet", joinPolicy: "open" });
    const follow = new Follow({
      id: new URL("https://b.test/ap/actors/x#follows/1"),
      actor: new URL("https://b.test/ap/actors/x"),
      object: new URL(`https://a.test/ap/actors/${org.id}`),
    });
    const body = JSON.stringify(await follow.toJsonLd());
    const unsigned = await a.app.fetch(
      new Request(`https://a.test/ap/actors/${org.id}/inbox`, { method: "POST", headers: { "content-type": AP }, body }),
    );
    expect(unsigned.status).toBe(401);
    const forged = await a.app.fetch(
      new Request(`https://a.test/ap/actors/${org.id}/inbox`, {
        method: "POST",
        headers: {
          "content-type": AP,
          signature: 'keyId="https://b.test/ap/actors/x#main-key",headers="(request-target) host date",signature="AAAA"',
          date: new Date().toUTCString(),
        },
        body,
      }),
    );
    expect(forged.status).toBe(401);
    expect(await followersOf(a.db, org.id)).toEqual([]);
  });
});

describe("publishing to followers (FEP-1b12)", () => {
  /** A person on `on` follows the organization `slug` of A, and waits for A's Accept. */
  async function follows(on: Instance, who: TestPerson, slug: string) {
    expect((await on.call("POST", "/api/federation/follows", { as: who, body: { handle: `@${slug}@a.test` } })).status).toBe(201);
    await expect
      .poll(async () => (await on.call("GET", "/api/federation/follows", { as: who })).body.items?.[0]?.status, { timeout: 15_000 })
      .toBe("accepted");
  }
  const feed = async (on: Instance, who: TestPerson) => (await on.call("GET", "/api/federation/feed", { as: who })).body.items as any[];

  /**
   * A commons on A whose community is open and named `orgSlug`, steered by `steward`, and a person on
   * B and one on C (`followers`' handles) who follow the community.
   */
  async function followedCommons(steward: string, commons: { slug: string; title: string; orgSlug: string }, followers: [string, string]) {
    const person = await makePerson(a.db, { handle: steward });
    const made = await makeCommons(a.db, person, { slug: commons.slug, title: commons.title });
    await a.db.update(organizations).set({ joinPolicy: "open", slug: commons.orgSlug }).where(eq(organizations.id, made.community.id));
    const [onB, onC] = [await makePerson(b.db, { handle: followers[0] }), await makePerson(c.db, { handle: followers[1] })];
    await follows(b, onB, commons.orgSlug);
    await follows(c, onC, commons.orgSlug);
    return { steward: person, commons: made, onB, onC };
  }

  it("delivers A's new public discussion to B, keeps what is members-only at home, takes B's reply in, and re-announces it", async () => {
    const world = await followedCommons("sten", { slug: "seeds", title: "Seed library", orgSlug: "seed-circle" }, ["bobby", "cora"]);
    const { steward: sten, commons: seeds, onB: bob, onC: cora } = world;

    // A members-only row, written first: the public one after it arrives, this one never does.
    await recordActivity(a.db, {
      actorId: sten.id,
      verb: "thread.started",
      objectType: "thread",
      objectId: crypto.randomUUID(),
      organizationId: seeds.community.id,
      visibility: "members",
      data: { title: "Members only" },
    });
    const started = await a.call("POST", "/api/threads", {
      as: sten,
      body: { subjectType: "commons", subjectId: seeds.id, title: "Seed swap", body: "Who brings **tomatoes**? <script>x()</script>" },
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    await expect.poll(async () => (await feed(b, bob)).map((p) => p.name), { timeout: 15_000 }).toEqual(["Seed swap"]);
    const [page] = await feed(b, bob);
    expect(page).toMatchObject({
      type: "Page",
      author: { handle: "@sten@a.test", here: false },
      url: `https://a.test/threads/${started.body.id}`,
    });
    expect(page.html).toContain("<strong>tomatoes</strong>");
    expect(page.html).not.toContain("<script");
    const outbox = await a.call("GET", `/ap/actors/${seeds.community.id}/outbox`, { accept: AP });
    expect(outbox.body.totalItems).toBe(1);

    // B's reply goes to A's organization, joins the thread under its author's handle, and reaches C.
    const bad = await b.call("POST", "/api/federation/replies", {
      as: bob,
      body: { inReplyTo: "https://a.test/ap/threads/nope", body: "x" },
    });
    expect([bad.status, bad.body.errors?.[0]?.path]).toEqual([422, "body.inReplyTo"]);
    const reply = await b.call("POST", "/api/federation/replies", {
      as: bob,
      body: { inReplyTo: page.uri, body: "I do, _twenty_ kinds." },
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(reply.body).toMatchObject({ author: { handle: "@bobby@b.test", here: true }, inReplyTo: page.uri });
    const thread = () => a.call("GET", `/api/threads/${started.body.id}`);
    await expect.poll(async () => (await thread()).body.comments.items.length, { timeout: 15_000 }).toBe(2);
    const remote = (await thread()).body.comments.items[1];
    expect(remote).toMatchObject({ author: null, remoteAuthor: { handle: "@bobby@b.test", uri: `https://b.test/ap/actors/${bob.id}` } });
    expect(remote.html).toContain("<em>twenty</em>");
    const onC = () => c.call("GET", `/api/federation/discussion?uri=${encodeURIComponent(page.uri)}`, { as: cora });
    await expect
      .poll(async () => (await onC()).body.items?.map((p: any) => p.author.handle), { timeout: 15_000 })
      .toEqual(["@sten@a.test", "@bobby@b.test"]);

    // A's maintainers moderate the reply like any comment.
    const hidden = await a.call("POST", `/api/comments/${remote.id}/hide`, { as: sten, body: { reason: "Off topic" } });
    expect(hidden.status, JSON.stringify(hidden.body)).toBe(200);
    expect((await thread()).body.comments.items[1]).toMatchObject({ html: null, hidden: { reason: "Off topic" } });
    expect(await rowsOf(b.db, sql`select 1 from remote_posts where name = 'Members only'`)).toEqual([]);
  });

  // Ten deliveries in turn, each awaited: more than the suite's 30 s per test on a busy machine.
  it("carries an edit, a hiding and a return to the followers' copies of a discussion; a reply written on B stays on B", async () => {
    const world = await followedCommons("ivo", { slug: "kettles", title: "Kettle repairs", orgSlug: "repair-cafe" }, ["dana", "eli"]);
    const { steward: ivo, commons: kettles, onB: dana, onC: eli } = world;

    const started = await a.call("POST", "/api/threads", {
      as: ivo,
      body: { subjectType: "commons", subjectId: kettles.id, title: "Leaking kettle", body: "It leaks." },
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const tip = await a.call("POST", `/api/threads/${started.body.id}/comments`, { as: ivo, body: { body: "Try the seal." } });
    expect(tip.status, JSON.stringify(tip.body)).toBe(201);
    const pageUri = `https://a.test/ap/threads/${started.body.id}`;
    const copy = async (on: Instance, who: TestPerson) =>
      ((await on.call("GET", `/api/federation/discussion?uri=${encodeURIComponent(pageUri)}`, { as: who })).body.items ?? []).map(
        (p: any) => `${p.author.handle}: ${textOfHtml(p.html).trim()}`,
      );
    await expect.poll(() => copy(b, dana), { timeout: 15_000 }).toEqual(["@ivo@a.test: It leaks.", "@ivo@a.test: Try the seal."]);
    const reply = await b.call("POST", "/api/federation/replies", { as: dana, body: { inReplyTo: pageUri, body: "Mine too." } });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    await expect
      .poll(() => copy(c, eli), { timeout: 15_000 })
      .toEqual(["@ivo@a.test: It leaks.", "@ivo@a.test: Try the seal.", "@dana@b.test: Mine too."]);

    // The author edits both comments: the discussion's Page and the Note are updated where they were kept.
    expect((await a.call("PATCH", `/api/comments/${tip.body.id}`, { as: ivo, body: { body: "Try a new seal." } })).status).toBe(200);
    const first = (await a.call("GET", `/api/threads/${started.body.id}`)).body.comments.items[0];
    expect((await a.call("PATCH", `/api/comments/${first.id}`, { as: ivo, body: { body: "It leaks at the base." } })).status).toBe(200);
    await expect
      .poll(() => copy(c, eli), { timeout: 15_000 })
      .toEqual(["@ivo@a.test: It leaks at the base.", "@ivo@a.test: Try a new seal.", "@dana@b.test: Mine too."]);

    // The maintainer hides the tip and Dana's reply: both leave C; B keeps the reply its own person wrote.
    const danaReply = (await a.call("GET", `/api/threads/${started.body.id}`)).body.comments.items[2];
    expect(danaReply.remoteAuthor.handle).toBe("@dana@b.test");
    for (const id of [tip.body.id, danaReply.id])
      expect((await a.call("POST", `/api/comments/${id}/hide`, { as: ivo, body: { reason: "Wrong thread" } })).status).toBe(200);
    await expect.poll(() => copy(c, eli), { timeout: 15_000 }).toEqual(["@ivo@a.test: It leaks at the base."]);
    await expect.poll(() => copy(b, dana), { timeout: 15_000 }).toEqual(["@ivo@a.test: It leaks at the base.", "@dana@b.test: Mine too."]);

    // Shown again, the tip comes back.
    expect((await a.call("DELETE", `/api/comments/${tip.body.id}/hide`, { as: ivo })).status).toBe(200);
    await expect
      .poll(() => copy(c, eli), { timeout: 15_000 })
      .toEqual(["@ivo@a.test: It leaks at the base.", "@ivo@a.test: Try a new seal."]);

    // Dana's reply, shown again, returns to C; Dana deleting it on B (a Delete signed by her) removes it from C.
    expect((await a.call("DELETE", `/api/comments/${danaReply.id}/hide`, { as: ivo })).status).toBe(200);
    await expect.poll(async () => (await copy(c, eli)).length, { timeout: 15_000 }).toBe(3);
    const onB = b.federation.createContext(new URL(b.origin), null);
    const eliOnC = new URL(`https://c.test/ap/actors/${eli.id}`);
    await onB.sendActivity(
      { identifier: dana.id },
      { id: eliOnC, inboxId: new URL(`${eliOnC.href}/inbox`) },
      new Delete({
        id: new URL(`https://b.test/ap/actors/${dana.id}#deletes/1`),
        actor: onB.getActorUri(dana.id),
        object: new Tombstone({ id: new URL(reply.body.uri) }),
      }),
    );
    await expect
      .poll(() => copy(c, eli), { timeout: 15_000 })
      .toEqual(["@ivo@a.test: It leaks at the base.", "@ivo@a.test: Try a new seal."]);
  }, 90_000);

  // Eight deliveries in turn, each awaited: more than the suite's 30 s per test on a busy machine.
  it("sends a need as a FEP-0837 Proposal to the boards of those who follow", async () => {
    const nia = await makePerson(a.db, { handle: "nia" });
    await makeOrg(a.db, nia, { slug: "bike-guild", name: "Bike guild", joinPolicy: "open" });
    const omar = await makePerson(b.db, { handle: "omar" });
    await follows(b, omar, "bike-guild");
    const posted = await a.call("POST", "/api/organizations/bike-guild/needs", {
      as: nia,
      body: { type: "need", title: "Wheel truing stand", body: "Ours broke." },
    });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    await expect
      .poll(async () => (await feed(b, omar)).map((p) => [p.type, p.name, p.purpose]), { timeout: 15_000 })
      .toEqual([["Proposal", "Wheel truing stand", "request"]]);
    const proposal = await a.call("GET", `/ap/needs/${posted.body.id}`, { accept: AP });
    expect(proposal.body).toMatchObject({ type: "Proposal", purpose: "request", name: "Wheel truing stand" });
    const card = await b.call("GET", "/api/federation/actor?handle=@bike-guild@a.test", { as: omar });
    expect(card.body).toMatchObject({ type: "Group", name: "Bike guild", following: "accepted", posts: [{ name: "Wheel truing stand" }] });

    // Taken up from B (an Offer of an Agreement whose Commitment satisfies the Intent): recorded on A, once.
    const [need] = await feed(b, omar);
    const bad = await b.call("POST", "/api/federation/take-ups", { as: omar, body: { proposal: "https://a.test/ap/needs/unknown" } });
    expect([bad.status, bad.body.errors?.[0]?.path]).toEqual([422, "body.proposal"]);
    const asked = [];
    for (const _ of [1, 2]) {
      const sent = await b.call("POST", "/api/federation/take-ups", { as: omar, body: { proposal: need.uri } });
      expect(sent.status).toBe(202);
      asked.push(sent.body);
    }
    // Asked twice, offered once: the second answer is the first offer (perhaps already accepted).
    expect(asked[1]!.offer).toBe(asked[0]!.offer);
    expect(asked[0]).toMatchObject({ proposal: need.uri, title: "Wheel truing stand", status: "pending", answeredAt: null });
    const onA = () => a.call("GET", `/api/needs/${posted.body.id}`);
    await expect
      .poll(async () => (await onA()).body.remoteTakers?.map((t: any) => t.handle), { timeout: 15_000 })
      .toEqual(["@omar@b.test"]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await onA()).body.remoteTakers.length).toBe(1);
    // B keeps the answer: Omar sees that A recorded him.
    const mine = async (who: TestPerson) => (await b.call("GET", "/api/federation/take-ups", { as: who })).body.items as any[];
    await expect
      .poll(async () => (await mine(omar)).map((u) => [u.proposal, u.status]), { timeout: 15_000 })
      .toEqual([[need.uri, "accepted"]]);

    // Two clicks at once keep one take-up, and both answer with it.
    const quin = await makePerson(b.db, { handle: "quin" });
    const both = await Promise.all(
      [1, 2].map(() => b.call("POST", "/api/federation/take-ups", { as: quin, body: { proposal: need.uri } })),
    );
    expect(both.map((r) => r.status)).toEqual([202, 202]);
    // The same offer; the later answer may already carry A's Accept.
    expect(both[1]!.body.offer).toBe(both[0]!.body.offer);
    expect(await rowsOf(b.db, sql`select 1 from remote_take_ups where person_id = ${quin.id}`)).toHaveLength(1);
    await expect.poll(async () => (await mine(quin)).map((u) => u.status), { timeout: 15_000 }).toEqual(["accepted"]);
    expect((await onA()).body.remoteTakers.map((t: any) => t.handle).sort()).toEqual(["@omar@b.test", "@quin@b.test"]);

    // A need done meanwhile is refused, and B shows the refusal.
    expect((await a.call("POST", `/api/needs/${posted.body.id}/close`, { as: nia, body: {} })).status).toBe(200);
    const pia = await makePerson(b.db, { handle: "pia" });
    expect((await b.call("POST", "/api/federation/take-ups", { as: pia, body: { proposal: need.uri } })).status).toBe(202);
    await expect.poll(async () => (await mine(pia)).map((u) => u.status), { timeout: 15_000 }).toEqual(["rejected"]);
    expect((await onA()).body.remoteTakers.length).toBe(2);
  }, 90_000);
});

describe("forking across instances and offering changes back", () => {
  /** Proposes a change and accepts it at once (its proposer maintains the commons). */
  async function write(on: Instance, who: TestPerson, slug: string, body: Record<string, unknown>) {
    const proposed = await on.call("POST", `/api/commons/${slug}/contributions`, { as: who, body: { title: "Write", ...body } });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    const accepted = await on.call("POST", `/api/contributions/${proposed.body.id}/accept`, { as: who, body: {} });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  }

  it("forks a commons of A into B with its history, lists the fork on A, and takes B's change back through A's review", async () => {
    const maya = await makePerson(a.db, { handle: "maya" });
    await makeCommons(a.db, maya, { slug: "garden-guide", title: "Garden guide" });
    await write(a, maya, "garden-guide", { type: "new_document", path: "soil", documentTitle: "Soil", content: "# Soil\n\nLoam.\n" });
    await write(a, maya, "garden-guide", { type: "edit", document: "soil", baseRevision: 1, content: "# Soil\n\nLoam and clay.\n" });
    const rui = await makePerson(b.db, { handle: "rui" });
    await makeOrg(b.db, rui, { kind: "community", slug: "rui-garden", name: "Rui's garden" });

    const missing = await b.call("POST", "/api/federation/forks", {
      as: rui,
      body: { source: "https://a.test/commons/no-such-commons", slug: "x", community: "rui-garden" },
    });
    expect([missing.status, missing.body.errors?.[0]?.path]).toEqual([422, "body.source"]);
    const forked = await b.call("POST", "/api/federation/forks", {
      as: rui,
      body: { source: "https://a.test/commons/garden-guide", slug: "garden-guide-b", community: "rui-garden" },
    });
    expect(forked.status, JSON.stringify(forked.body)).toBe(201);
    expect(forked.body).toMatchObject({
      title: "Garden guide",
      forkedFromElsewhere: { uri: expect.stringMatching(/^https:\/\/a\.test\/ap\/commons\//) },
    });
    const copied = await rowsOf<{ number: number; handle: string; upstream: string }>(
      b.db,
      sql`select r.number, r.remote_author_handle as handle, r.upstream_uri as upstream from revisions r
          join documents d on d.id = r.document_id join commons c on c.id = d.commons_id
          where c.slug = 'garden-guide-b' order by r.number`,
    );
    expect(copied.map((r) => [r.number, r.handle])).toEqual([
      [1, "@maya@a.test"],
      [2, "@maya@a.test"],
    ]);
    expect((await b.call("GET", "/api/commons/garden-guide-b/documents/soil/raw")).body).toBe("# Soil\n\nLoam and clay.\n");
    const originUri = forked.body.forkedFromElsewhere.uri as string;
    expect((await a.call("GET", `${new URL(originUri).pathname}/documents/${crypto.randomUUID()}/history`, { accept: AP })).status).toBe(
      404,
    );
    await expect
      .poll(async () => (await a.call("GET", "/api/commons/garden-guide/remote-forks")).body.items, { timeout: 15_000 })
      .toMatchObject([{ title: "Garden guide", by: "@rui@b.test", url: "https://b.test/commons/garden-guide-b" }]);

    // Rui improves the fork on B and offers the change back; A's maintainer accepts it with a three-way merge.
    await write(b, rui, "garden-guide-b", {
      type: "edit",
      document: "soil",
      baseRevision: 2,
      content: "# Soil\n\nLoam and clay.\n\nWater at dawn.\n",
    });
    await write(a, maya, "garden-guide", { type: "edit", document: "soil", baseRevision: 2, content: "# Good soil\n\nLoam and clay.\n" });
    const offered = await b.call("POST", "/api/federation/offers", {
      as: rui,
      body: { commons: "garden-guide-b", path: "soil", revision: 3, title: "Watering", description: "From our plot." },
    });
    expect(offered.status, JSON.stringify(offered.body)).toBe(201);
    expect(offered.body).toMatchObject({ status: "pending", revision: 3 });
    const pending = async () =>
      (await a.call("GET", "/api/contributions?commons=garden-guide&status=pending", { as: maya })).body.items as any[];
    await expect.poll(async () => (await pending()).map((c) => c.remoteAuthor?.handle), { timeout: 15_000 }).toEqual(["@rui@b.test"]);
    const [change] = await pending();
    expect(change).toMatchObject({ title: "Watering", author: null });
    const accepted = await a.call("POST", `/api/contributions/${change.id}/accept`, { as: maya, body: {} });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect((await a.call("GET", "/api/commons/garden-guide/documents/soil/raw")).body).toBe(
      "# Good soil\n\nLoam and clay.\n\nWater at dawn.\n",
    );
    await expect
      .poll(async () => (await b.call("GET", "/api/commons/garden-guide-b/upstream-offers")).body.items.map((o: any) => o.status), {
        timeout: 15_000,
      })
      .toEqual(["accepted"]);
    const contributors = await a.call("GET", "/api/commons/garden-guide/contributors");
    expect(contributors.body.items.map((c: any) => c.person.handle)).toContain("@rui@b.test");

    // A refused offer reaches B as refused.
    await write(b, rui, "garden-guide-b", { type: "edit", document: "soil", baseRevision: 3, content: "# Soil\n\nSand.\n" });
    const second = await b.call("POST", "/api/federation/offers", {
      as: rui,
      body: { commons: "garden-guide-b", path: "soil", revision: 4, title: "Sand" },
    });
    expect(second.status).toBe(201);
    await expect.poll(async () => (await pending()).length, { timeout: 15_000 }).toBe(1);
    const [sand] = await pending();
    expect((await a.call("POST", `/api/contributions/${sand.id}/reject`, { as: maya, body: { note: "Our soil is clay." } })).status).toBe(
      200,
    );
    await expect
      .poll(async () => (await b.call("GET", "/api/commons/garden-guide-b/upstream-offers")).body.items.map((o: any) => o.status), {
        timeout: 15_000,
      })
      .toEqual(["rejected", "accepted"]);
  });
});

describe("what is refused", () => {
  it("refuses private addresses outside tests, for follows and forks", async () => {
    const e = await instance("e.test", {}, false);
    try {
      const founder = await makePerson(a.db);
      await makeOrg(a.db, founder, { slug: "loopback-lab", name: "Loopback lab", joinPolicy: "open" });
      const eve = await makePerson(e.db);
      await makeOrg(e.db, eve, { kind: "community", slug: "eve-home", name: "Eve's home" });
      const toLoopback = () => requested.filter((url) => new URL(url).hostname === "127.0.0.1").length;
      const before = toLoopback();
      const follow = await e.call("POST", "/api/federation/follows", { as: eve, body: { handle: "http://127.0.0.1/orgs/loopback-lab" } });
      expect([follow.status, follow.body.errors?.[0]?.path]).toEqual([422, "body.handle"]);
      const fork = await e.call("POST", "/api/federation/forks", {
        as: eve,
        body: { source: "http://127.0.0.1/commons/anything", slug: "anything", community: "eve-home" },
      });
      expect([fork.status, fork.body.errors?.[0]?.path]).toEqual([422, "body.source"]);
      // Refused before any request left.
      expect(toLoopback()).toBe(before);
      // An instance that allows them (as the other test instances do) does ask.
      const dan = await makePerson(b.db);
      await b.call("POST", "/api/federation/follows", { as: dan, body: { handle: "http://127.0.0.1/orgs/loopback-lab" } });
      expect(toLoopback()).toBeGreaterThan(before);
    } finally {
      await e.stop();
      await e.close();
    }
  });

  it("reads at most 8 MiB of a document another instance sends, where private addresses are refused", async () => {
    const f = await instance("f.test", {}, false);
    try {
      const fay = await makePerson(f.db);
      const follow = await f.call("POST", "/api/federation/follows", {
        as: fay,
        body: { handle: `https://${ENDLESS_HOST}/actors/endless` },
      });
      expect([follow.status, follow.body.errors?.[0]?.path]).toEqual([422, "body.handle"]);
      // It was asked, and stopped reading once past the size, not at the end of 64 MiB.
      expect(endlessSent).toBeGreaterThan(0);
      expect(endlessSent).toBeLessThan(MAX_FETCHED_BYTES + 256 * 1024);
    } finally {
      await f.stop();
      await f.close();
    }
  });

  it("refuses a delivery over 1 MiB before reading it, storing nothing", async () => {
    const founder = await makePerson(a.db);
    const org = await makeOrg(a.db, founder, { slug: "big-inbox", name: "Big inbox", joinPolicy: "open" });
    const follow = {
      "@context": "https://www.w3.org/ns/activitystreams",
      id: "https://b.test/ap/actors/x#follows/huge",
      type: "Follow",
      actor: "https://b.test/ap/actors/x",
      object: `https://a.test/ap/actors/${org.id}`,
      summary: "x".repeat(MAX_JSON_BODY),
    };
    const res = await a.app.fetch(
      new Request(`https://a.test/ap/actors/${org.id}/inbox`, {
        method: "POST",
        headers: { "content-type": AP },
        body: JSON.stringify(follow),
      }),
    );
    expect(res.status).toBe(413);
    expect(await a.db.select().from(remoteFollowers).where(eq(remoteFollowers.actorId, org.id))).toEqual([]);
  });

  it("keeps an announced post only as its own instance serves it: an embedded copy claiming another origin is fetched there", async () => {
    const ann = await makePerson(a.db, { handle: "ann" });
    const ben = await makePerson(b.db, { handle: "ben" });
    const cid = await makePerson(c.db, { handle: "cid" });
    expect((await a.call("POST", "/api/federation/follows", { as: ann, body: { handle: "@ben@b.test" } })).status).toBe(201);
    await expect
      .poll(async () => (await a.call("GET", "/api/federation/follows", { as: ann })).body.items?.[0]?.status, { timeout: 15_000 })
      .toBe("accepted");
    const ctx = b.federation.createContext(new URL(b.origin), null);
    const recipient = await ctx.lookupObject(`https://a.test/ap/actors/${ann.id}`);
    if (!recipient || !isActor(recipient)) throw new Error("no recipient");
    const post = (id: string, by: string, content: string) =>
      new Announce({
        id: new URL(`https://b.test/ap/actors/${ben.id}#announce-${crypto.randomUUID()}`),
        actor: new URL(`https://b.test/ap/actors/${ben.id}`),
        object: new Note({ id: new URL(id), attribution: new URL(by), content }),
      });
    const forged = `https://c.test/ap/notes/${crypto.randomUUID()}`;
    await ctx.sendActivity({ identifier: ben.id }, recipient, post(forged, `https://c.test/ap/actors/${cid.id}`, "Forged words"));
    const genuine = `https://b.test/ap/notes/${crypto.randomUUID()}`;
    await ctx.sendActivity({ identifier: ben.id }, recipient, post(genuine, `https://b.test/ap/actors/${ben.id}`, "Ben's own words"));
    const kept = () =>
      rowsOf<{ uri: string }>(a.db, sql`select uri from remote_posts where via_uri = ${`https://b.test/ap/actors/${ben.id}`}`);
    await expect.poll(async () => (await kept()).map((r) => r.uri), { timeout: 15_000 }).toContain(genuine);
    await expect.poll(async () => (await rowsOf(b.db, sql`select 1 from federation_queue`)).length, { timeout: 15_000 }).toBe(0);
    await expect.poll(async () => (await rowsOf(a.db, sql`select 1 from federation_queue`)).length, { timeout: 15_000 }).toBe(0);
    expect((await kept()).map((r) => r.uri)).toEqual([genuine]);
  });
});

describe("blocks", () => {
  const followersOf = (db: Db, actorId: string) => db.select().from(remoteFollowers).where(eq(remoteFollowers.actorId, actorId));

  it("let the admin block an instance: its follows end, its activities are refused, and nobody here follows it", async () => {
    const admin = await makePerson(a.db, { handle: "a-admin", isAdmin: true });
    const member = await makePerson(a.db);
    const org = await makeOrg(a.db, member, { slug: "blockers", name: "Blockers", joinPolicy: "open" });
    const erin = await makePerson(b.db, { handle: "erin" });
    expect((await b.call("POST", "/api/federation/follows", { as: erin, body: { handle: "@blockers@a.test" } })).status).toBe(201);
    await expect.poll(async () => (await followersOf(a.db, org.id)).length, { timeout: 15_000 }).toBe(1);

    expect((await a.call("POST", "/api/federation/blocks", { as: member, body: { target: "b.test" } })).status).toBe(403);
    expect((await a.call("POST", "/api/federation/blocks", { as: admin, body: { target: "not a host!" } })).body.errors).toMatchObject([
      { path: "body.target" },
    ]);
    const blocked = await a.call("POST", "/api/federation/blocks", { as: admin, body: { target: "B.test", reason: "spam" } });
    expect(blocked.status).toBe(201);
    expect(blocked.body).toMatchObject({ target: "b.test", kind: "instance", reason: "spam" });
    expect(await followersOf(a.db, org.id)).toEqual([]);

    const follow = new Follow({
      id: new URL(`https://b.test/ap/actors/${erin.id}#follows/again`),
      actor: new URL(`https://b.test/ap/actors/${erin.id}`),
      object: new URL(`https://a.test/ap/actors/${org.id}`),
    });
    const refused = await a.app.fetch(
      new Request(`https://a.test/ap/inbox`, {
        method: "POST",
        headers: { "content-type": AP },
        body: JSON.stringify(await follow.toJsonLd()),
      }),
    );
    expect(refused.status).toBe(403);
    const someone = await makePerson(a.db);
    const res = await a.call("POST", "/api/federation/follows", { as: someone, body: { handle: "@erin@b.test" } });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].path).toBe("body.handle");

    expect((await a.call("GET", "/api/federation/blocks", { as: admin })).body.items).toMatchObject([{ target: "b.test" }]);
    expect((await a.call("POST", "/api/federation/blocks/undo", { as: admin, body: { target: "b.test" } })).status).toBe(204);
    expect((await a.call("POST", "/api/federation/blocks/undo", { as: admin, body: { target: "b.test" } })).status).toBe(404);
  });

  it("answer 429 to an instance that delivers more than its share per minute", async () => {
    const d = await instance("d.test", { FEDERATION_INBOX_RATE_LIMIT: "3" });
    try {
      const deliver = () =>
        d.app.fetch(
          new Request("https://d.test/ap/inbox", {
            method: "POST",
            headers: { "content-type": AP },
            body: JSON.stringify({
              "@context": "https://www.w3.org/ns/activitystreams",
              type: "Follow",
              actor: "https://b.test/ap/actors/x",
            }),
          }),
        );
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await deliver()).status);
      expect(statuses).toEqual([401, 401, 401, 429]);
      expect(Number((await deliver()).headers.get("retry-after"))).toBeGreaterThan(0);
    } finally {
      await d.stop();
      await d.close();
    }
  });
});
