import { preloadedContexts } from "@fedify/vocab-runtime";
import { sql } from "drizzle-orm";
import jsonld, { type JsonLdDocument, type NodeObject } from "jsonld";
import type { RemoteDocument } from "jsonld/jsonld-spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../db/rows.ts";
import type { Db } from "../../db/types.ts";
import type { createApp } from "../../http/app.ts";
import { makeCommons, makePerson, type TestPerson } from "../../test/factories.ts";
import { recordActivity } from "../activity/service.ts";
import { remoteFollowers } from "./schema.ts";
import { apiCaller, federatedApp, refuseNetwork } from "./test-app.ts";

/**
 * What the instance serves to other servers, read by a JSON-LD processor (jsonld.js) instead of
 * Fedify's own vocabulary classes: each document is expanded, and the assertions name the full IRIs
 * a JSON-LD consumer sees, not the short terms of one context.
 */
const ORIGIN = "https://a.test";
const AP = "application/activity+json";
const AS = "https://www.w3.org/ns/activitystreams#";
const SEC = "https://w3id.org/security#";
const VF = "https://w3id.org/valueflows/ont/vf#";
const LDP = "http://www.w3.org/ns/ldp#";
const XSD = "http://www.w3.org/2001/XMLSchema#";
const PUBLIC = `${AS}Public`;

/**
 * The remote contexts the documents may name, served from the copies Fedify ships (preloadedContexts
 * of @fedify/vocab-runtime); FEP-0837's `vf:` terms are an inline context, nothing to load. There is
 * no network here, and any other URL fails the test: a new context is noticed, not fetched.
 */
const KNOWN_CONTEXTS = [
  "https://www.w3.org/ns/activitystreams",
  "https://w3id.org/security/v1",
  "https://w3id.org/security/data-integrity/v1",
  "https://w3id.org/security/multikey/v1",
  "https://www.w3.org/ns/did/v1",
  // Named by Fedify's Announce.
  "https://w3id.org/identity/v1",
  // Named by every object and activity, for GoToSocial's interaction-policy terms.
  "https://gotosocial.org/ns",
];
const unknownContexts: string[] = [];
async function documentLoader(url: string): Promise<RemoteDocument> {
  if (!KNOWN_CONTEXTS.includes(url) || !(url in preloadedContexts)) {
    unknownContexts.push(url);
    throw new Error(`unknown JSON-LD context, not fetched: ${url}`);
  }
  return { documentUrl: url, document: preloadedContexts[url] as RemoteDocument["document"] };
}
// A fresh processor, whose cache of resolved contexts is its own, not the one Fedify's copy of
// jsonld.js filled: every context a document names goes through the loader above.
const processor = (jsonld as unknown as () => typeof jsonld)();

type Node = NodeObject & Record<string, any>;

/** The one top-level node of a document, expanded. */
async function expand(doc: unknown): Promise<Node> {
  unknownContexts.length = 0;
  const expanded = await processor.expand(doc as JsonLdDocument, { documentLoader }).catch((err: Error) => {
    throw new Error(`expansion failed; unknown contexts: ${unknownContexts.join(", ") || "none"}; ${err.message}`);
  });
  expect(unknownContexts).toEqual([]);
  expect(expanded).toHaveLength(1);
  return expanded[0] as Node;
}
const ids = (node: Node, property: string): string[] => (node[property] ?? []).map((v: Node) => v["@id"]);
const values = (node: Node, property: string): unknown[] => (node[property] ?? []).map((v: Node) => v["@value"]);
/** The single node a property holds (embedded, or a bare reference). */
function only(node: Node, property: string): Node {
  expect(node[property], property).toHaveLength(1);
  return node[property][0];
}
/** An ordered collection's items: `orderedItems` is `as:items` with an `@list` container. */
function listItems(page: Node): Node[] {
  const items = only(page, `${AS}items`);
  expect(Object.keys(items)).toEqual(["@list"]);
  return items["@list"] as Node[];
}

let db: Db;
let close: () => Promise<void>;
let app: ReturnType<typeof createApp>;
let restoreFetch: () => void;
let call: ReturnType<typeof apiCaller>;

async function get(path: string) {
  const res = await app.fetch(new Request(`${ORIGIN}${path}`, { headers: { accept: AP } }));
  const text = await res.text();
  return { status: res.status, text, json: res.status === 200 ? JSON.parse(text) : null };
}

let sten: TestPerson;
let seeds: Awaited<ReturnType<typeof makeCommons>>;
let thread: Record<string, any>;
let comment: Record<string, any>;
let need: Record<string, any>;
let newsRowId: string;
let membersOnly: { threadId: string; rowIds: string[] };
const FOLLOWER = "https://b.test/ap/actors/bob";
const actorUri = (id: string) => `${ORIGIN}/ap/actors/${id}`;

beforeAll(async () => {
  const made = await federatedApp(ORIGIN);
  ({ db, app, close } = made);
  call = apiCaller(app, ORIGIN);
  const _federation = made.federation;
  // Neither the app nor the processor reaches out: the queue is not started, and fetch refuses.
  restoreFetch = refuseNetwork();

  sten = await makePerson(db, { handle: "sten", name: "Sten" });
  seeds = await makeCommons(db, sten, { slug: "seeds", title: "Seed library" });
  await db.insert(remoteFollowers).values({
    actorId: seeds.community.id,
    followerUri: FOLLOWER,
    handle: "@bob@b.test",
    inbox: `${FOLLOWER}/inbox`,
    sharedInbox: "https://b.test/ap/inbox",
    followId: `${FOLLOWER}#follows/1`,
    status: "accepted",
  });
  // Members-only rows, written first: the public ones after them are published, these never are.
  const membersThreadId = crypto.randomUUID();
  for (const [verb, objectType, objectId, title] of [
    ["thread.started", "thread", membersThreadId, "Members-only plan"],
    ["budget.drafted", "budget", crypto.randomUUID(), "Secret budget"],
  ] as const) {
    await recordActivity(db, {
      actorId: sten.id,
      verb,
      objectType,
      objectId,
      organizationId: seeds.community.id,
      visibility: "members",
      data: { title },
    });
  }
  const membersRows = await rowsOf<{ id: string }>(db, sql`select id::text from activities where visibility = 'members' order by id`);
  membersOnly = { threadId: membersThreadId, rowIds: membersRows.map((r) => r.id) };

  thread = await call("POST", "/api/threads", sten, {
    subjectType: "commons",
    subjectId: seeds.id,
    title: "Seed swap",
    body: "Who brings **tomatoes**?",
  });
  comment = await call("POST", `/api/threads/${thread.id}/comments`, sten, { body: "I do, _twenty_ kinds." });
  need = await call("POST", `/api/organizations/${seeds.community.slug}/needs`, sten, {
    type: "need",
    title: "Glass jars",
    body: "For **saving** seeds",
  });
  await recordActivity(db, {
    actorId: sten.id,
    verb: "commons.forked",
    objectType: "commons",
    objectId: crypto.randomUUID(),
    organizationId: seeds.community.id,
    data: { title: "Seed library (fork)" },
  });
  const [news] = await rowsOf<{ id: string }>(db, sql`select id::text from activities where verb = 'commons.forked'`);
  newsRowId = news!.id;
});
afterAll(async () => {
  restoreFetch?.();
  await close?.();
});

describe("contexts", () => {
  it("are Fedify's local copies of the ones the documents name, and nothing else was asked for", async () => {
    expect(Object.keys(preloadedContexts)).toEqual(expect.arrayContaining(KNOWN_CONTEXTS));
    await expect(processor.expand({ "@context": "https://example.com/unknown", name: "x" }, { documentLoader })).rejects.toThrow();
    expect(unknownContexts.splice(0)).toEqual(["https://example.com/unknown"]);
  });
});

describe("actors", () => {
  /** What both kinds of actor carry: AS2 collections, the LDP inbox, and their keys. */
  function expectActor(node: Node, id: string, name: string) {
    expect(node["@id"]).toBe(id);
    expect(values(node, `${AS}name`)).toEqual([name]);
    // AS2's context maps `inbox` to ldp:inbox (ActivityPub reuses the Linked Data Platform's inbox),
    // so the expanded IRI is http://www.w3.org/ns/ldp#inbox, and there is no as:inbox at all.
    expect(ids(node, `${LDP}inbox`)).toEqual([`${id}/inbox`]);
    expect(node[`${AS}inbox`]).toBeUndefined();
    expect(ids(node, `${AS}outbox`)).toEqual([`${id}/outbox`]);
    expect(ids(node, `${AS}followers`)).toEqual([`${id}/followers`]);
    expect(ids(only(node, `${AS}endpoints`), `${AS}sharedInbox`)).toEqual([`${ORIGIN}/ap/inbox`]);
    // The RSA key for HTTP Signatures: security/v1 names its `CryptographicKey` sec:Key.
    const key = only(node, `${SEC}publicKey`);
    expect(key["@id"]).toBe(`${id}#main-key`);
    expect(key["@type"]).toEqual([`${SEC}Key`]);
    expect(ids(key, `${SEC}owner`)).toEqual([id]);
    expect(String(values(key, `${SEC}publicKeyPem`)[0])).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    // Both keys again as Multikeys (FEP-521a), for Object Integrity Proofs.
    const multikeys = node[`${SEC}assertionMethod`] as Node[];
    expect(multikeys.map((k) => [k["@id"], k["@type"], ids(k, `${SEC}controller`)])).toEqual([
      [`${id}#multikey-1`, [`${SEC}Multikey`], [id]],
      [`${id}#multikey-2`, [`${SEC}Multikey`], [id]],
    ]);
    for (const k of multikeys) expect(only(k, `${SEC}publicKeyMultibase`)["@type"]).toBe(`${SEC}multibase`);
  }

  it("serves a person as an as:Person with ldp:inbox, as:outbox, as:followers and sec:publicKey", async () => {
    const res = await get(`/ap/actors/${sten.id}`);
    expect(res.status).toBe(200);
    const node = await expand(res.json);
    expect(node["@type"]).toEqual([`${AS}Person`]);
    expectActor(node, actorUri(sten.id), "Sten");
    expect(values(node, `${AS}preferredUsername`)).toEqual(["sten"]);
    expect(ids(node, `${AS}url`)).toEqual([`${ORIGIN}/people/sten`]);
    expect(res.text).not.toMatch(/privateKey|"d":/);
  });

  it("serves an organization as an as:Group", async () => {
    const res = await get(`/ap/actors/${seeds.community.id}`);
    expect(res.status).toBe(200);
    const node = await expand(res.json);
    expect(node["@type"]).toEqual([`${AS}Group`]);
    expectActor(node, actorUri(seeds.community.id), seeds.community.name);
    expect(values(node, `${AS}preferredUsername`)).toEqual([seeds.community.slug]);
    expect(values(node, `${AS}manuallyApprovesFollowers`)).toEqual([false]);
    expect(res.text).not.toMatch(/privateKey|"d":/);
  });
});

describe("collections", () => {
  it("serves the followers as an as:OrderedCollection whose first page lists them", async () => {
    const id = `${actorUri(seeds.community.id)}/followers`;
    const collection = await expand((await get(`/ap/actors/${seeds.community.id}/followers`)).json);
    expect(collection["@id"]).toBe(id);
    expect(collection["@type"]).toEqual([`${AS}OrderedCollection`]);
    expect(values(collection, `${AS}totalItems`)).toEqual([1]);
    const first = ids(collection, `${AS}first`)[0]!;
    expect(first.startsWith(`${id}?cursor=`)).toBe(true);

    const page = await expand((await get(new URL(first).pathname + new URL(first).search)).json);
    expect(page["@type"]).toEqual([`${AS}OrderedCollectionPage`]);
    expect(ids(page, `${AS}partOf`)).toEqual([id]);
    expect(listItems(page).map((i) => i["@id"])).toEqual([FOLLOWER]);
  });

  it("serves a person's outbox as an empty as:OrderedCollection: only organizations publish", async () => {
    const collection = await expand((await get(`/ap/actors/${sten.id}/outbox`)).json);
    expect(collection["@type"]).toEqual([`${AS}OrderedCollection`]);
    expect(values(collection, `${AS}totalItems`)).toEqual([0]);
  });

  describe("an organization's outbox", () => {
    const outboxId = () => `${actorUri(seeds.community.id)}/outbox`;
    const group = () => actorUri(seeds.community.id);

    async function firstPage() {
      const collection = await expand((await get(`/ap/actors/${seeds.community.id}/outbox`)).json);
      const first = new URL(ids(collection, `${AS}first`)[0]!);
      const page = await get(first.pathname + first.search);
      return { collection, page, expanded: await expand(page.json) };
    }

    /** An Announce by the group (FEP-1b12) of a Create by the author; the object, expanded. */
    function announced(item: Node, objectId: string, creator = actorUri(sten.id)): Node {
      expect(item["@type"]).toEqual([`${AS}Announce`]);
      expect(ids(item, `${AS}actor`)).toEqual([group()]);
      expectAddressing(item);
      const create = only(item, `${AS}object`);
      expect(create["@id"]).toBe(`${objectId}#create`);
      expect(create["@type"]).toEqual([`${AS}Create`]);
      expect(ids(create, `${AS}actor`)).toEqual([creator]);
      expectAddressing(create);
      const object = only(create, `${AS}object`);
      expect(object["@id"]).toBe(objectId);
      expect(ids(object, `${AS}attributedTo`)).toEqual([creator]);
      expectAddressing(object);
      return object;
    }

    it("is an as:OrderedCollection of the organization's public rows, newest first, each an as:Announce of an as:Create", async () => {
      const { collection, expanded } = await firstPage();
      expect(collection["@id"]).toBe(outboxId());
      expect(collection["@type"]).toEqual([`${AS}OrderedCollection`]);
      expect(values(collection, `${AS}totalItems`)).toEqual([4]);
      expect(expanded["@type"]).toEqual([`${AS}OrderedCollectionPage`]);
      expect(ids(expanded, `${AS}partOf`)).toEqual([outboxId()]);

      const [forked, posted, commented, started, ...rest] = listItems(expanded);
      expect(rest).toEqual([]);

      const page = announced(started!, `${ORIGIN}/ap/threads/${thread.id}`);
      expect(page["@type"]).toEqual([`${AS}Page`]);
      expect(values(page, `${AS}name`)).toEqual(["Seed swap"]);

      const note = announced(commented!, `${ORIGIN}/ap/notes/${comment.id}`);
      expect(note["@type"]).toEqual([`${AS}Note`]);
      expect(ids(note, `${AS}inReplyTo`)).toEqual([`${ORIGIN}/ap/threads/${thread.id}`]);

      // Embedded in an Announce whose context has no `vf:` terms, the Proposal is written with full
      // IRIs; expanded, it is the same FEP-0837 Proposal as at its own address.
      const proposal = announced(posted!, `${ORIGIN}/ap/needs/${need.id}`);
      expect(proposal["@type"]).toEqual([`${VF}Proposal`]);
      expect(values(proposal, `${VF}purpose`)).toEqual(["request"]);
      expect(only(proposal, `${VF}publishes`)["@type"]).toEqual([`${VF}Intent`]);

      const news = announced(forked!, `${ORIGIN}/ap/notes/${newsRowId}`);
      expect(news["@type"]).toEqual([`${AS}Note`]);
      expect(values(news, `${AS}summary`)).toEqual(["commons.forked"]);
      expect(values(news, `${AS}content`)).toEqual(["<p>Sten · commons forked · Seed library (fork)</p>"]);
    });

    it("keeps members-only rows at home: not counted, not listed, not served", async () => {
      const { page } = await firstPage();
      expect(page.text).not.toContain("Members-only plan");
      expect(page.text).not.toContain("Secret budget");
      expect(page.text).not.toContain(membersOnly.threadId);
      const announced = listItems(await expand(page.json)).map((i) => i["@id"]);
      for (const id of membersOnly.rowIds) expect(announced).not.toContain(`${ORIGIN}/ap/activities/${id}`);
      expect((await get(`/ap/threads/${membersOnly.threadId}`)).status).toBe(404);
      for (const id of membersOnly.rowIds) expect((await get(`/ap/notes/${id}`)).status).toBe(404);
    });
  });
});

describe("a comment changed after it left, in its organization's outbox", () => {
  it("expands to the group's as:Announce of an as:Update of the as:Note, and once hidden of an as:Delete of an as:Tombstone", async () => {
    // An organization of its own, so that the other outbox keeps its four items.
    const kiln = await makeCommons(db, sten, { slug: "kiln-notes", title: "Kiln notes" });
    const started = await call("POST", "/api/threads", sten, {
      subjectType: "commons",
      subjectId: kiln.id,
      title: "Firing",
      body: "Cone 6?",
    });
    const reply = await call("POST", `/api/threads/${started.id}/comments`, sten, { body: "Cone 5." });
    const noteId = `${ORIGIN}/ap/notes/${reply.id}`;
    const group = actorUri(kiln.community.id);
    const firstPage = async () => {
      const outbox = await expand((await get(`/ap/actors/${kiln.community.id}/outbox`)).json);
      const first = new URL(ids(outbox, `${AS}first`)[0]!);
      return get(first.pathname + first.search);
    };
    const newest = async () => {
      const item = listItems(await expand((await firstPage()).json))[0]!;
      expect(item["@type"]).toEqual([`${AS}Announce`]);
      expect(ids(item, `${AS}actor`)).toEqual([group]);
      return only(item, `${AS}object`);
    };

    await call("PATCH", `/api/comments/${reply.id}`, sten, { body: "Cone 5, slowly." });
    const update = await newest();
    expect(update["@type"]).toEqual([`${AS}Update`]);
    expect(ids(update, `${AS}actor`)).toEqual([actorUri(sten.id)]);
    const note = only(update, `${AS}object`);
    expect([note["@id"], note["@type"], values(note, `${AS}content`)]).toEqual([noteId, [`${AS}Note`], ["<p>Cone 5, slowly.</p>\n"]]);

    await call("POST", `/api/comments/${reply.id}/hide`, sten, { reason: "Wrong kiln" });
    const deletion = await newest();
    expect(deletion["@type"]).toEqual([`${AS}Delete`]);
    expect(ids(deletion, `${AS}actor`)).toEqual([group]);
    const tombstone = only(deletion, `${AS}object`);
    expect([tombstone["@id"], tombstone["@type"]]).toEqual([noteId, [`${AS}Tombstone`]]);
    // The outbox tells each row as the comment is now: hidden, no row carries its words or the reason.
    // The comment's own posting is not served at all while it is hidden.
    const served = await firstPage();
    const kinds = listItems(await expand(served.json)).map((item) => only(item, `${AS}object`)["@type"]);
    expect(kinds).toEqual([[`${AS}Delete`], [`${AS}Delete`], [`${AS}Create`]]);
    expect(served.text).not.toMatch(/Cone 5|Wrong kiln/);
  });
});

/** FEP-1b12 addressing, expanded: to as:Public, cc the group's followers, audience the group. */
function expectAddressing(node: Node) {
  const group = actorUri(seeds.community.id);
  expect(ids(node, `${AS}to`)).toEqual([PUBLIC]);
  expect(ids(node, `${AS}cc`)).toEqual([`${group}/followers`]);
  expect(ids(node, `${AS}audience`)).toEqual([group]);
}

/** as:published is an xsd:dateTime, the instant the row was written. */
function expectPublished(node: Node, at: string) {
  const published = only(node, `${AS}published`);
  expect(published["@type"]).toBe(`${XSD}dateTime`);
  expect(Date.parse(published["@value"])).toBe(Date.parse(at));
}

describe("objects at their own addresses", () => {
  async function object(path: string) {
    const res = await get(path);
    expect(res.status, path).toBe(200);
    return expand(res.json);
  }

  it("serves a discussion as an as:Page", async () => {
    const id = `${ORIGIN}/ap/threads/${thread.id}`;
    const node = await object(`/ap/threads/${thread.id}`);
    expect(node["@id"]).toBe(id);
    expect(node["@type"]).toEqual([`${AS}Page`]);
    expect(values(node, `${AS}name`)).toEqual(["Seed swap"]);
    expect(values(node, `${AS}content`)).toEqual(["<p>Who brings <strong>tomatoes</strong>?</p>\n"]);
    expect(ids(node, `${AS}attributedTo`)).toEqual([actorUri(sten.id)]);
    expect(ids(node, `${AS}context`)).toEqual([id]);
    expect(ids(node, `${AS}url`)).toEqual([`${ORIGIN}/threads/${thread.id}`]);
    expectPublished(node, thread.createdAt);
    expectAddressing(node);
  });

  it("serves a comment as an as:Note in reply to the Page", async () => {
    const node = await object(`/ap/notes/${comment.id}`);
    expect(node["@id"]).toBe(`${ORIGIN}/ap/notes/${comment.id}`);
    expect(node["@type"]).toEqual([`${AS}Note`]);
    expect(values(node, `${AS}content`)).toEqual(["<p>I do, <em>twenty</em> kinds.</p>\n"]);
    expect(ids(node, `${AS}attributedTo`)).toEqual([actorUri(sten.id)]);
    expect(ids(node, `${AS}inReplyTo`)).toEqual([`${ORIGIN}/ap/threads/${thread.id}`]);
    expect(ids(node, `${AS}context`)).toEqual([`${ORIGIN}/ap/threads/${thread.id}`]);
    expectPublished(node, comment.createdAt);
    expectAddressing(node);
  });

  it("serves a need as a FEP-0837 vf:Proposal whose vf:publishes is a vf:Intent", async () => {
    const id = `${ORIGIN}/ap/needs/${need.id}`;
    const node = await object(`/ap/needs/${need.id}`);
    expect(node["@id"]).toBe(id);
    expect(node["@type"]).toEqual([`${VF}Proposal`]);
    expect(values(node, `${AS}name`)).toEqual(["Glass jars"]);
    expect(values(node, `${AS}content`)).toEqual(["<p>For <strong>saving</strong> seeds</p>\n"]);
    expect(values(node, `${VF}purpose`)).toEqual(["request"]);
    const intent = only(node, `${VF}publishes`);
    expect(intent["@id"]).toBe(`${id}#primary`);
    expect(intent["@type"]).toEqual([`${VF}Intent`]);
    expect(values(intent, `${VF}action`)).toEqual(["work"]);
    expect(ids(node, `${AS}attributedTo`)).toEqual([actorUri(sten.id)]);
    expect(ids(node, `${AS}url`)).toEqual([`${ORIGIN}/needs/${need.id}`]);
    expectPublished(node, need.createdAt);
    expectAddressing(node);
  });
});
