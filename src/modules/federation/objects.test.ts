import type { Context } from "@fedify/fedify";
import { Announce, Create, Delete, Intent, Note, Page, Proposal, PUBLIC_COLLECTION, Tombstone, Update } from "@fedify/vocab";
import { type DocumentLoader, preloadedContexts } from "@fedify/vocab-runtime";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../db/rows.ts";
import type { Db } from "../../db/types.ts";
import type { createApp } from "../../http/app.ts";
import { makeCommons, makePerson, type TestPerson } from "../../test/factories.ts";
import { recordActivity } from "../activity/service.ts";
import { comments, threads } from "../discussions/schema.ts";
import { postRemoteComment } from "../discussions/service.ts";
import { needs } from "../needs/schema.ts";
import { announcementOf, type LoggedRow, needProposal, noteById, threadPage } from "./objects.ts";
import { remotePosts } from "./schema.ts";
import { apiCaller, federatedApp, refuseNetwork } from "./test-app.ts";

/**
 * The mappers of objects.ts against Fedify's vocabulary: each object is built from a test database,
 * serialized with toJsonLd() and read back with its class's fromJsonLd(), and what a follower
 * reads back must be what the row says. Objects the public log does not show are null.
 */
const ORIGIN = "https://a.test";
const REMOTE = "https://b.test";

// JSON-LD contexts come from Fedify's local copies only, and nothing is ever fetched: an embedded
// object must be read from the JSON itself, not looked up.
const contextLoader: DocumentLoader = async (url) => {
  if (!(url in preloadedContexts)) throw new Error(`unknown JSON-LD context: ${url}`);
  return { contextUrl: null, documentUrl: url, document: preloadedContexts[url] };
};
const documentLoader: DocumentLoader = async (url) => {
  throw new Error(`no fetching in tests: ${url}`);
};
const loaders = { contextLoader, documentLoader };

let db: Db;
let close: () => Promise<void>;
let app: ReturnType<typeof createApp>;
let ctx: Context<null>;
let restoreFetch: () => void;
let call: ReturnType<typeof apiCaller>;

let sten: TestPerson;
let seeds: Awaited<ReturnType<typeof makeCommons>>;
const actor = (id: string) => `${ORIGIN}/ap/actors/${id}`;
const group = () => actor(seeds.community.id);
const followers = () => `${group()}/followers`;

beforeAll(async () => {
  const made = await federatedApp(ORIGIN);
  ({ db, app, close } = made);
  call = apiCaller(app, ORIGIN);
  const federation = made.federation;
  ctx = federation.createContext(new URL(ORIGIN), null);
  restoreFetch = refuseNetwork();

  sten = await makePerson(db, { handle: "sten", name: "Sten" });
  seeds = await makeCommons(db, sten, { slug: "seeds", title: "Seed library" });
});
afterAll(async () => {
  restoreFetch?.();
  await close?.();
});

const startThread = (title: string, body: string) =>
  call("POST", "/api/threads", sten, { subjectType: "commons", subjectId: seeds.id, title, body });
const postComment = (threadId: string, body: string) => call("POST", `/api/threads/${threadId}/comments`, sten, { body });
const postNeed = (type: "need" | "offer", title: string, body: string) =>
  call("POST", `/api/organizations/${seeds.community.slug}/needs`, sten, { type, title, body });

/** A reply written on b.test by `handle`, as A's inbox takes it in; returns the comment and the reply's address. */
async function remoteReply(threadId: string, text: string, handle: string) {
  const uri = `${REMOTE}/ap/notes/${crypto.randomUUID()}`;
  const comment = await postRemoteComment(db, threadId, text, {
    uri,
    authorUri: `${REMOTE}/ap/actors/${handle}`,
    handle: `@${handle}@b.test`,
    name: handle,
    html: `<p>${text}</p>`,
  });
  return { id: comment!.id, uri };
}

/** A log row as the outbox reads it (outbox-collection.ts), whatever its visibility. */
async function logRow(where: { verb: string; objectId: string } | { id: string }): Promise<LoggedRow> {
  const [row] = await rowsOf<LoggedRow>(
    db,
    sql`select a.id::text, a.verb, a.object_type as "objectType", a.object_id as "objectId", a.organization_id as "organizationId",
               a.actor_id as "actorId", a.data, a.created_at as "createdAt"
        from activities a
        where ${"id" in where ? sql`a.id = ${where.id}::bigint` : sql`a.verb = ${where.verb} and a.object_id = ${where.objectId}`}
        order by a.id desc limit 1`,
  );
  if (!row) throw new Error(`no log row for ${JSON.stringify(where)}`);
  return row;
}

/** Writes a log row straight into the log and returns it. */
async function logged(input: Parameters<typeof recordActivity>[1]): Promise<LoggedRow> {
  await recordActivity(db, input);
  return logRow({ verb: input.verb, objectId: input.objectId });
}

/**
 * A discussion, comment or need whose log row is members-only. The app's own routes log these as
 * public, and the log is append-only (no row can be made members-only afterwards), so they are
 * written here as a module that logs for members would write them.
 */
const membersOnly = {
  async thread(title: string) {
    const [thread] = await db
      .insert(threads)
      .values({ subjectType: "commons", subjectId: seeds.id, commonsId: seeds.id, title, authorId: sten.id })
      .returning();
    const [first] = await db
      .insert(comments)
      .values({ threadId: thread!.id, authorId: sten.id, body: title, html: `<p>${title}</p>` })
      .returning();
    await recordActivity(db, {
      ...byMembers(sten),
      verb: "thread.started",
      objectType: "thread",
      objectId: thread!.id,
      data: { title, subjectType: "commons", commentId: first!.id },
    });
    return thread!;
  },
  async comment(threadId: string, body: string) {
    const [comment] = await db
      .insert(comments)
      .values({ threadId, authorId: sten.id, body, html: `<p>${body}</p>` })
      .returning();
    await recordActivity(db, { ...byMembers(sten), verb: "comment.posted", objectType: "comment", objectId: comment!.id, data: {} });
    return comment!;
  },
  async need(title: string) {
    const [need] = await db
      .insert(needs)
      .values({ type: "need", organizationId: seeds.community.id, title, authorId: sten.id })
      .returning();
    await recordActivity(db, { ...byMembers(sten), verb: "need.posted", objectType: "need", objectId: need!.id, data: { title } });
    return need!;
  },
};
const byMembers = (who: TestPerson) => ({ actorId: who.id, organizationId: seeds.community.id, visibility: "members" as const });

/** Serializes with toJsonLd() and reads back with the given class, as a follower's instance would. */
async function roundTrip<T>(
  object: { toJsonLd(options?: { contextLoader?: DocumentLoader }): Promise<unknown> },
  type: { fromJsonLd(json: unknown, options?: typeof loaders): Promise<T> },
): Promise<{ json: Record<string, any>; back: T }> {
  const json = (await object.toJsonLd({ contextLoader })) as Record<string, any>;
  // What travels is JSON text.
  const back = await type.fromJsonLd(JSON.parse(JSON.stringify(json)), loaders);
  return { json, back };
}

const ms = (at: Date | string) => new Date(at).getTime();

/** FEP-1b12 addressing: to everyone, copied to the organization's followers, in its audience. */
function expectGroupAddressing(object: { toIds: URL[]; ccIds: URL[]; audienceIds: URL[] }) {
  expect(object.toIds.map(String)).toEqual([PUBLIC_COLLECTION.href]);
  expect(object.ccIds.map(String)).toEqual([followers()]);
  expect(object.audienceIds.map(String)).toEqual([group()]);
}

describe("threadPage", () => {
  it("maps a public discussion to a Page that reads back with its title, first comment, author and audience", async () => {
    const thread = await startThread("Seed swap", "Who brings **tomatoes**?");
    const page = await threadPage(ctx, db, thread.id);
    expect(page).toBeInstanceOf(Page);
    const { json, back } = await roundTrip(page!, Page);
    expect(json.type).toBe("Page");
    expect(back).toBeInstanceOf(Page);
    const id = `${ORIGIN}/ap/threads/${thread.id}`;
    expect(back.id?.href).toBe(id);
    expect(back.name).toBe("Seed swap");
    expect(back.content).toBe("<p>Who brings <strong>tomatoes</strong>?</p>\n");
    expect(back.attributionIds.map(String)).toEqual([actor(sten.id)]);
    expect(back.contextIds.map(String)).toEqual([id]);
    expect(back.replyTargetId).toBeNull();
    expect(String(back.url)).toBe(`${ORIGIN}/threads/${thread.id}`);
    expect(back.published?.epochMilliseconds).toBe(ms(thread.createdAt));
    expectGroupAddressing(back);
  });

  it("keeps a discussion whose first comment is hidden, without that comment's words", async () => {
    const thread = await startThread("Compost", "Something rude");
    const [first] = await rowsOf<{ id: string }>(db, sql`select id from comments where thread_id = ${thread.id}`);
    await call("POST", `/api/comments/${first!.id}/hide`, sten, { reason: "Rude" });
    const { back } = await roundTrip((await threadPage(ctx, db, thread.id))!, Page);
    expect([back.name, back.content]).toEqual(["Compost", ""]);
  });

  it("is null for a members-only discussion, an unknown one, and an id that is not one", async () => {
    const thread = await membersOnly.thread("Members plan");
    expect(await threadPage(ctx, db, thread.id)).toBeNull();
    expect(await threadPage(ctx, db, crypto.randomUUID())).toBeNull();
    expect(await threadPage(ctx, db, "not-a-uuid")).toBeNull();
  });
});

describe("noteById", () => {
  it("maps a public comment to a Note replying to its discussion's Page", async () => {
    const thread = await startThread("Tools", "Who has a spade?");
    const comment = await postComment(thread.id, "I do, a _good_ one.");
    const note = await noteById(ctx, db, comment.id);
    const { json, back } = await roundTrip(note!, Note);
    expect(json.type).toBe("Note");
    expect(back).toBeInstanceOf(Note);
    const page = `${ORIGIN}/ap/threads/${thread.id}`;
    expect(back.id?.href).toBe(`${ORIGIN}/ap/notes/${comment.id}`);
    expect(back.name).toBeNull();
    expect(back.content).toBe("<p>I do, a <em>good</em> one.</p>\n");
    expect(back.attributionIds.map(String)).toEqual([actor(sten.id)]);
    expect(back.replyTargetIds.map(String)).toEqual([page]);
    expect(back.contextIds.map(String)).toEqual([page]);
    expect(String(back.url)).toBe(`${ORIGIN}/threads/${thread.id}`);
    expect(back.published?.epochMilliseconds).toBe(ms(comment.createdAt));
    expectGroupAddressing(back);
  });

  it("maps a line of news (a public row by its number) to a Note naming who did what, escaped", async () => {
    const row = await logged({
      actorId: sten.id,
      verb: "value_equation.updated",
      objectType: "value_equation",
      objectId: crypto.randomUUID(),
      organizationId: seeds.community.id,
      data: { title: "Rates <b>& weights</b>" },
    });
    const { json, back } = await roundTrip((await noteById(ctx, db, row.id))!, Note);
    expect(json.type).toBe("Note");
    expect(back.id?.href).toBe(`${ORIGIN}/ap/notes/${row.id}`);
    expect(back.summary).toBe("value_equation.updated");
    expect(back.content).toBe("<p>Sten · value equation updated · Rates &lt;b&gt;&amp; weights&lt;/b&gt;</p>");
    expect(back.attributionIds.map(String)).toEqual([actor(sten.id)]);
    expect(back.replyTargetId).toBeNull();
    expect(String(back.url)).toBe(`${ORIGIN}/orgs/${seeds.community.slug}`);
    expect(back.published?.epochMilliseconds).toBe(ms(row.createdAt));
    expectGroupAddressing(back);
  });

  it("attributes a line of news nobody signed to the organization", async () => {
    const row = await logged({
      actorId: null,
      verb: "unit.added",
      objectType: "unit",
      objectId: crypto.randomUUID(),
      organizationId: seeds.community.id,
      data: {},
    });
    const { back } = await roundTrip((await noteById(ctx, db, row.id))!, Note);
    expect(back.attributionIds.map(String)).toEqual([group()]);
    expect(back.content).toBe("<p>unit added</p>");
  });

  it("maps a reply written here to a discussion elsewhere to a Note in that discussion, addressed to its group", async () => {
    const id = crypto.randomUUID();
    const via = `${REMOTE}/ap/actors/garden-club`;
    const post = `${REMOTE}/ap/notes/first`;
    const context = `${REMOTE}/ap/threads/t1`;
    const publishedAt = new Date("2026-03-01T10:00:00.123Z");
    await db.insert(remotePosts).values({
      id,
      uri: `${ORIGIN}/ap/notes/${id}`,
      viaUri: via,
      authorUri: actor(sten.id),
      authorHandle: "@sten@a.test",
      authorName: "Sten",
      localAuthorId: sten.id,
      type: "Note",
      html: "<p>Count me in</p>",
      inReplyTo: post,
      context,
      publishedAt,
    });
    const { back } = await roundTrip((await noteById(ctx, db, id))!, Note);
    expect(back).toBeInstanceOf(Note);
    expect(back.id?.href).toBe(`${ORIGIN}/ap/notes/${id}`);
    expect(back.content).toBe("<p>Count me in</p>");
    expect(back.attributionIds.map(String)).toEqual([actor(sten.id)]);
    expect(back.replyTargetIds.map(String)).toEqual([post]);
    expect(back.contextIds.map(String)).toEqual([context]);
    expect(back.published?.epochMilliseconds).toBe(publishedAt.getTime());
    expect(back.toIds.map(String)).toEqual([PUBLIC_COLLECTION.href]);
    expect(back.ccIds.map(String)).toEqual([via]);
    expect(back.audienceIds.map(String)).toEqual([via]);
  });

  it("is null for a hidden comment, a members-only one, a discussion's first comment, a members-only row, and unknown ids", async () => {
    const thread = await startThread("Moderated", "Opening words");
    const hidden = await postComment(thread.id, "Spam spam");
    expect(await noteById(ctx, db, hidden.id)).toBeInstanceOf(Note);
    await call("POST", `/api/comments/${hidden.id}/hide`, sten, { reason: "Spam" });
    expect(await noteById(ctx, db, hidden.id)).toBeNull();

    const members = await membersOnly.comment(thread.id, "Between us");
    expect(await noteById(ctx, db, members.id)).toBeNull();

    // The first comment is the Page's content, not a Note of its own.
    const [first] = await rowsOf<{ id: string }>(
      db,
      sql`select id from comments where thread_id = ${thread.id} order by created_at limit 1`,
    );
    expect(await noteById(ctx, db, first!.id)).toBeNull();

    const row = await logged({
      actorId: sten.id,
      verb: "budget.drafted",
      objectType: "budget",
      objectId: crypto.randomUUID(),
      organizationId: seeds.community.id,
      visibility: "members",
      data: { title: "Secret budget" },
    });
    expect(await noteById(ctx, db, row.id)).toBeNull();
    expect(await noteById(ctx, db, "999999999")).toBeNull();
    expect(await noteById(ctx, db, crypto.randomUUID())).toBeNull();
    expect(await noteById(ctx, db, "not-an-id")).toBeNull();
  });
});

describe("a hidden comment's address", () => {
  const fetchNote = (id: string) =>
    app.fetch(new Request(`${ORIGIN}/ap/notes/${id}`, { headers: { accept: "application/activity+json" } }));

  it("answers 410 with a Tombstone once the maintainers hid it, and the Note again once shown", async () => {
    const thread = await startThread("Gone", "Here a while");
    const comment = await postComment(thread.id, "Spam, spam");
    expect((await fetchNote(comment.id)).status).toBe(200);
    await call("POST", `/api/comments/${comment.id}/hide`, sten, { reason: "Spam" });
    const gone = await fetchNote(comment.id);
    expect(gone.status).toBe(410);
    const body = await gone.json();
    expect(body).toMatchObject({ id: `${ORIGIN}/ap/notes/${comment.id}`, type: "Tombstone", formerType: "Note" });
    expect(JSON.stringify(body)).not.toMatch(/Spam/);
    const back = await Tombstone.fromJsonLd(body, loaders);
    expect(back.id?.href).toBe(`${ORIGIN}/ap/notes/${comment.id}`);
    expect(back.deleted?.epochMilliseconds).toBeGreaterThan(0);
    await call("DELETE", `/api/comments/${comment.id}/hide`, sten);
    expect((await fetchNote(comment.id)).status).toBe(200);
  });

  it("is a plain 404 for a members-only comment, hidden or not, and for a comment nobody wrote", async () => {
    const thread = await membersOnly.thread("Quiet");
    const comment = await membersOnly.comment(thread.id, "Between us");
    await db.update(comments).set({ hiddenAt: new Date(), hiddenBy: sten.id, hiddenReason: "Spam" }).where(sql`id = ${comment.id}`);
    expect((await fetchNote(comment.id)).status).toBe(404);
    expect((await fetchNote(crypto.randomUUID())).status).toBe(404);
  });
});

describe("needProposal", () => {
  it("maps a public need to a FEP-0837 Proposal (purpose request) publishing an Intent of work", async () => {
    const need = await postNeed("need", "Glass jars", "For **saving** seeds");
    const { json, back } = await roundTrip((await needProposal(ctx, db, need.id))!, Proposal);
    expect(json.type).toBe("Proposal");
    expect(back).toBeInstanceOf(Proposal);
    const id = `${ORIGIN}/ap/needs/${need.id}`;
    expect(back.id?.href).toBe(id);
    expect(back.name).toBe("Glass jars");
    expect(back.content).toBe("<p>For <strong>saving</strong> seeds</p>\n");
    expect(back.purpose).toBe("request");
    expect(back.publishes).toBeInstanceOf(Intent);
    expect(back.publishes?.id?.href).toBe(`${id}#primary`);
    expect(back.publishes?.action).toBe("work");
    expect(back.reciprocal).toBeNull();
    expect(back.attributionIds.map(String)).toEqual([actor(sten.id)]);
    expect(String(back.url)).toBe(`${ORIGIN}/needs/${need.id}`);
    expect(back.published?.epochMilliseconds).toBe(ms(need.createdAt));
    expectGroupAddressing(back);
  });

  it("maps an offer to a Proposal whose purpose is offer", async () => {
    const offer = await postNeed("offer", "Spare trays", "");
    const { back } = await roundTrip((await needProposal(ctx, db, offer.id))!, Proposal);
    expect([back.purpose, back.name, back.publishes?.action]).toEqual(["offer", "Spare trays", "work"]);
  });

  it("is null for a members-only need, an unknown one, and an id that is not one", async () => {
    const need = await membersOnly.need("Internal");
    expect(await needProposal(ctx, db, need.id)).toBeNull();
    expect(await needProposal(ctx, db, crypto.randomUUID())).toBeNull();
    expect(await needProposal(ctx, db, "42")).toBeNull();
  });
});

describe("announcementOf", () => {
  /** Reads the Announce back, then its embedded Create (never fetched), then the object inside. */
  async function announced<T>(row: LoggedRow, type: abstract new (...args: any[]) => T) {
    const announce = await announcementOf(ctx, db, row);
    expect(announce).toBeInstanceOf(Announce);
    const { json, back } = await roundTrip(announce!, Announce);
    expect(json.type).toBe("Announce");
    expect(back).toBeInstanceOf(Announce);
    expect(back.id?.href).toBe(`${ORIGIN}/ap/activities/${row.id}`);
    expect(back.actorIds.map(String)).toEqual([group()]);
    expect(back.published?.epochMilliseconds).toBe(ms(row.createdAt));
    expectGroupAddressing(back);
    const create = await back.getObject(loaders);
    expect(create).toBeInstanceOf(Create);
    const object = await (create as Create).getObject(loaders);
    expect(object).toBeInstanceOf(type);
    expect((create as Create).id?.href).toBe(`${(object as Note).id?.href}#create`);
    expect((create as Create).published?.epochMilliseconds).toBe(ms(row.createdAt));
    expectGroupAddressing(create as Create);
    return { json, create: create as Create, object: object as T };
  }

  it("announces a started discussion as the group's Announce of its author's Create of the Page", async () => {
    const thread = await startThread("Seed calendar", "When do we sow?");
    const { json, create, object } = await announced(await logRow({ verb: "thread.started", objectId: thread.id }), Page);
    expect([json.object.type, json.object.object.type]).toEqual(["Create", "Page"]);
    expect(create.actorIds.map(String)).toEqual([actor(sten.id)]);
    expect(object.id?.href).toBe(`${ORIGIN}/ap/threads/${thread.id}`);
    expect([object.name, object.content]).toEqual(["Seed calendar", "<p>When do we sow?</p>\n"]);
    expect(object.attributionIds.map(String)).toEqual([actor(sten.id)]);
    expectGroupAddressing(object);
  });

  it("announces a comment as a Create of the Note replying to the Page", async () => {
    const thread = await startThread("Watering", "How often?");
    const comment = await postComment(thread.id, "Daily.");
    const { create, object } = await announced(await logRow({ verb: "comment.posted", objectId: comment.id }), Note);
    expect(create.actorIds.map(String)).toEqual([actor(sten.id)]);
    expect(object.id?.href).toBe(`${ORIGIN}/ap/notes/${comment.id}`);
    expect(object.content).toBe("<p>Daily.</p>\n");
    expect(object.replyTargetIds.map(String)).toEqual([`${ORIGIN}/ap/threads/${thread.id}`]);
  });

  it("re-announces a reply that came from elsewhere by its own address, embedding nothing", async () => {
    const thread = await startThread("Borrowing", "Who lends a dibber?");
    const { id, uri: remoteUri } = await remoteReply(thread.id, "Me!", "bob");
    const row = await logRow({ verb: "comment.posted", objectId: id });
    const { json, back } = await roundTrip((await announcementOf(ctx, db, row))!, Announce);
    expect(json.object).toBe(remoteUri);
    expect(back.id?.href).toBe(`${ORIGIN}/ap/activities/${row.id}`);
    expect(back.actorIds.map(String)).toEqual([group()]);
    expect(back.objectIds.map(String)).toEqual([remoteUri]);
    expect(back.published?.epochMilliseconds).toBe(ms(row.createdAt));
    expectGroupAddressing(back);
  });

  // A reply from elsewhere is announced by its address, without its text: whether it is hidden is read at publishing time.
  it("does not re-announce a reply from elsewhere once the organization's maintainers hid it", async () => {
    const thread = await startThread("Swaps", "Anything to swap?");
    const comment = await remoteReply(thread.id, "Buy my pills", "spammer");
    const row = await logRow({ verb: "comment.posted", objectId: comment.id });
    expect(await announcementOf(ctx, db, row)).toBeInstanceOf(Announce);
    await call("POST", `/api/comments/${comment.id}/hide`, sten, { reason: "Spam" });
    expect(await announcementOf(ctx, db, row)).toBeNull();
  });

  it("announces a need as a Create of the Proposal", async () => {
    const need = await postNeed("need", "Labels", "For the jars");
    const { create, object } = await announced(await logRow({ verb: "need.posted", objectId: need.id }), Proposal);
    expect(create.actorIds.map(String)).toEqual([actor(sten.id)]);
    expect(object.id?.href).toBe(`${ORIGIN}/ap/needs/${need.id}`);
    expect([object.name, object.purpose, object.publishes?.action]).toEqual(["Labels", "request", "work"]);
  });

  it("announces any other public row as a Create of a line of news", async () => {
    const row = await logged({
      actorId: sten.id,
      verb: "commons.forked",
      objectType: "commons",
      objectId: crypto.randomUUID(),
      organizationId: seeds.community.id,
      data: { title: "Seed library (fork)" },
    });
    const { create, object } = await announced(row, Note);
    expect(create.actorIds.map(String)).toEqual([actor(sten.id)]);
    expect(object.id?.href).toBe(`${ORIGIN}/ap/notes/${row.id}`);
    expect([object.summary, object.content]).toEqual(["commons.forked", "<p>Sten · commons forked · Seed library (fork)</p>"]);
  });

  it("has the organization create a line of news nobody signed", async () => {
    const row = await logged({
      actorId: null,
      verb: "unit.checked",
      objectType: "unit",
      objectId: crypto.randomUUID(),
      organizationId: seeds.community.id,
      data: { title: "Seed drill" },
    });
    const { create } = await announced(row, Note);
    expect(create.actorIds.map(String)).toEqual([group()]);
  });

  /** The activity inside the Announce of a comment's change (an Update or a Delete, embedded; never fetched). */
  async function changed<T>(row: LoggedRow, type: abstract new (...args: any[]) => T) {
    const announce = await announcementOf(ctx, db, row);
    expect(announce).toBeInstanceOf(Announce);
    const { back } = await roundTrip(announce!, Announce);
    expect(back.id?.href).toBe(`${ORIGIN}/ap/activities/${row.id}`);
    expect(back.actorIds.map(String)).toEqual([group()]);
    expectGroupAddressing(back);
    const inner = await back.getObject(loaders);
    expect(inner).toBeInstanceOf(type);
    return inner as T;
  }
  const edit = (id: string, body: string) => call("PATCH", `/api/comments/${id}`, sten, { body });
  const hide = (id: string) => call("POST", `/api/comments/${id}/hide`, sten, { reason: "Spam" });
  const restore = (id: string) => call("DELETE", `/api/comments/${id}/hide`, sten);
  const lastRow = (verb: string, objectId: string) => logRow({ verb, objectId });

  it("announces an edited comment as its author's Update of the Note, with the new words", async () => {
    const thread = await startThread("Compost", "Hot or cold?");
    const comment = await postComment(thread.id, "Cold.");
    expect((await edit(comment.id, "Cold, **slowly**.")).html).toContain("<strong>");
    const update = await changed(await lastRow("comment.edited", comment.id), Update);
    expect(update.id?.href).toBe(`${ORIGIN}/ap/activities/${(await lastRow("comment.edited", comment.id)).id}#update`);
    expect(update.actorIds.map(String)).toEqual([actor(sten.id)]);
    const note = await update.getObject(loaders);
    expect(note).toBeInstanceOf(Note);
    expect([(note as Note).id?.href, (note as Note).content]).toEqual([
      `${ORIGIN}/ap/notes/${comment.id}`,
      "<p>Cold, <strong>slowly</strong>.</p>\n",
    ]);
  });

  it("announces a hidden comment as the group's Delete of its Note, and its return as an Update", async () => {
    const thread = await startThread("Pests", "Slugs again");
    const comment = await postComment(thread.id, "Buy my pellets");
    await hide(comment.id);
    const deletion = await changed(await lastRow("comment.hidden", comment.id), Delete);
    expect(deletion.actorIds.map(String)).toEqual([group()]);
    const gone = await deletion.getObject(loaders);
    expect(gone).toBeInstanceOf(Tombstone);
    expect(deletion.objectIds.map(String)).toEqual([`${ORIGIN}/ap/notes/${comment.id}`]);
    // No words travel with a removal, not even the reason.
    expect(JSON.stringify(await (await announcementOf(ctx, db, await lastRow("comment.hidden", comment.id)))!.toJsonLd())).not.toMatch(
      /pellets|Spam/,
    );

    await restore(comment.id);
    const update = await changed(await lastRow("comment.restored", comment.id), Update);
    expect(((await update.getObject(loaders)) as Note).content).toBe("<p>Buy my pellets</p>\n");
    // A row is told as the comment is when it is published: the hide, read after the return, deletes nothing.
    expect(await changed(await lastRow("comment.hidden", comment.id), Update)).toBeInstanceOf(Update);
  });

  it("announces a change of a discussion's first comment as an Update of the discussion's Page", async () => {
    const thread = await startThread("Harvest fair", "On **Saturday**");
    const [first] = await rowsOf<{ id: string }>(
      db,
      sql`select id from comments where thread_id = ${thread.id} order by created_at limit 1`,
    );
    await edit(first!.id, "On Sunday");
    const update = await changed(await lastRow("comment.edited", first!.id), Update);
    const page = (await update.getObject(loaders)) as Page;
    expect(page).toBeInstanceOf(Page);
    expect([page.id?.href, page.name, page.content]).toEqual([`${ORIGIN}/ap/threads/${thread.id}`, "Harvest fair", "<p>On Sunday</p>\n"]);
    await hide(first!.id);
    const hidden = (await (await changed(await lastRow("comment.hidden", first!.id), Update)).getObject(loaders)) as Page;
    expect([hidden.name, hidden.content]).toEqual(["Harvest fair", ""]);
  });

  it("announces the removal of a hidden reply from elsewhere by its address, and its return by its address", async () => {
    const thread = await startThread("Tools", "Who has a scythe?");
    const { id, uri: remoteUri } = await remoteReply(thread.id, "Spam", "spammer");
    await hide(id);
    const deletion = await changed(await lastRow("comment.hidden", id), Delete);
    expect(deletion.objectIds.map(String)).toEqual([remoteUri]);
    await restore(id);
    const { json } = await roundTrip((await announcementOf(ctx, db, await lastRow("comment.restored", id)))!, Announce);
    expect(json.object).toBe(remoteUri);
  });

  it("says nothing of a change to a comment the public log never showed", async () => {
    const thread = await membersOnly.thread("Board minutes");
    const comment = await membersOnly.comment(thread.id, "Between us");
    const row = await logged({ ...byMembers(sten), verb: "comment.hidden", objectType: "comment", objectId: comment.id, data: {} });
    await db.update(comments).set({ hiddenAt: new Date(), hiddenBy: sten.id, hiddenReason: "Spam" }).where(sql`id = ${comment.id}`);
    expect(await announcementOf(ctx, db, row)).toBeNull();
    expect(await announcementOf(ctx, db, { ...row, verb: "comment.edited" })).toBeNull();
  });

  it("announces nothing the public log does not show: members-only rows, a hidden comment", async () => {
    const thread = await membersOnly.thread("Board");
    expect(await announcementOf(ctx, db, await logRow({ verb: "thread.started", objectId: thread.id }))).toBeNull();

    const open = await startThread("Open", "Hello");
    const hidden = await postComment(open.id, "Buy cheap seeds here");
    const hiddenRow = await logRow({ verb: "comment.posted", objectId: hidden.id });
    expect(await announcementOf(ctx, db, hiddenRow)).toBeInstanceOf(Announce);
    await call("POST", `/api/comments/${hidden.id}/hide`, sten, { reason: "Spam" });
    expect(await announcementOf(ctx, db, hiddenRow)).toBeNull();

    const comment = await membersOnly.comment(open.id, "Between us");
    expect(await announcementOf(ctx, db, await logRow({ verb: "comment.posted", objectId: comment.id }))).toBeNull();

    const need = await membersOnly.need("Private need");
    expect(await announcementOf(ctx, db, await logRow({ verb: "need.posted", objectId: need.id }))).toBeNull();

    const news = await logged({
      actorId: sten.id,
      verb: "budget.drafted",
      objectType: "budget",
      objectId: crypto.randomUUID(),
      organizationId: seeds.community.id,
      visibility: "members",
      data: { title: "Secret budget" },
    });
    expect(await announcementOf(ctx, db, news)).toBeNull();
  });
});
