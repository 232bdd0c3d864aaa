import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { addMember, ensureInstance, makeCommons, makeOrg, makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { activities } from "../activity/schema.ts";
import { contributions } from "../contributions/schema.ts";
import { documents } from "../documents/schema.ts";
import { needs } from "../needs/schema.ts";
import { comments, threads } from "./schema.ts";

const api = setupApi();

/** A commons with a steward and a maintainer in its community, a document, a contribution and a need on it. */
async function world() {
  const steward = await makePerson(api.db);
  const maintainer = await makePerson(api.db);
  const author = await makePerson(api.db);
  const outsider = await makePerson(api.db);
  const commons = await makeCommons(api.db, steward);
  await addMember(api.db, commons.community, maintainer, "maintainer");
  const [document] = await api.db
    .insert(documents)
    .values({ commonsId: commons.id, path: "manual.md", title: "The manual", format: "markdown" })
    .returning();
  const [contribution] = await api.db
    .insert(contributions)
    .values({
      commonsId: commons.id,
      authorId: author.id,
      type: "work",
      kind: "code",
      minutes: 60,
      performedOn: new Date().toISOString().slice(0, 10),
      title: "Rewired the pump",
    })
    .returning();
  const [need] = await api.db
    .insert(needs)
    .values({ type: "need", title: "Seal needed", commonsId: commons.id, authorId: author.id })
    .returning();
  if (!document || !contribution || !need) throw new Error("world not built");
  return { steward, maintainer, author, outsider, commons, document, contribution, need };
}

const start = (as: TestPerson | undefined, body: Record<string, unknown>) => api.call("POST", "/api/threads", { as: as?.token, body });
const say = (as: TestPerson | undefined, threadId: string, body: unknown) =>
  api.call("POST", `/api/threads/${threadId}/comments`, { as: as?.token, body: { body } });
const threadCount = async () => (await api.db.select({ n: count() }).from(threads))[0]?.n ?? 0;
const commentCount = async () => (await api.db.select({ n: count() }).from(comments))[0]?.n ?? 0;
const activityCount = async () => (await api.db.select({ n: count() }).from(activities))[0]?.n ?? 0;

beforeAll(async () => {
  await ensureInstance(api.db);
});

describe("threads", () => {
  it("a commons and a document hold many titled threads, each started by its first comment", async () => {
    const w = await world();
    const first = await start(w.author, { subjectType: "commons", subjectId: w.commons.id, title: " Roadmap ", body: "What next?" });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      subject: { type: "commons", id: w.commons.id },
      commons: { slug: w.commons.slug, title: w.commons.title },
      title: "Roadmap",
      author: { handle: w.author.handle, name: w.author.name },
      commentCount: 1,
    });
    const second = await start(w.outsider, { subjectType: "commons", subjectId: w.commons.id, title: "Licensing", body: "Why CC-BY-SA?" });
    expect(second.body.id).not.toBe(first.body.id);
    const onDoc = await start(w.author, { subjectType: "document", subjectId: w.document.id, title: "Chapter 2", body: "Typo" });
    expect(onDoc.status).toBe(201);

    const page = await api.call("GET", `/api/threads/${first.body.id}`);
    expect(page.status).toBe(200);
    expect(page.body.comments.items).toEqual([
      {
        id: expect.any(String),
        author: { handle: w.author.handle, name: w.author.name },
        remoteAuthor: null,
        body: "What next?",
        html: "<p>What next?</p>\n",
        createdAt: expect.any(String),
        editedAt: null,
        hidden: null,
      },
    ]);
    expect(page.body.viewer).toEqual({ canModerate: false });
    const bySubject = await api.call("GET", `/api/threads?subjectType=commons&subjectId=${w.commons.id}`);
    expect(bySubject.body.items.map((t: { title: string }) => t.title)).toEqual(["Licensing", "Roadmap"]);

    const [act] = await api.db.select().from(activities).where(eq(activities.objectId, first.body.id));
    expect(act).toMatchObject({ verb: "thread.started", organizationId: w.commons.communityId, targetId: w.commons.id });
  });

  it("refuses a missing title, a missing subject, anonymous writers and bad input, writing nothing", async () => {
    const w = await world();
    const before = [await threadCount(), await commentCount(), await activityCount()];
    const untitled = await start(w.author, { subjectType: "document", subjectId: w.document.id, body: "Hi" });
    expect(untitled.status).toBe(422);
    expect(untitled.body.errors.map((e: { path: string }) => e.path)).toEqual(["body.title"]);
    const nowhere = await start(w.author, { subjectType: "need", subjectId: crypto.randomUUID(), body: "Hi" });
    expect(nowhere.status).toBe(422);
    expect(nowhere.body.errors.map((e: { path: string }) => e.path)).toEqual(["body.subjectId"]);
    // A document's id named as a contribution is not a contribution.
    const wrongType = await start(w.author, { subjectType: "contribution", subjectId: w.document.id, body: "Hi" });
    expect(wrongType.body.errors[0].path).toBe("body.subjectId");
    const bad = await start(w.author, { subjectType: "wiki", subjectId: "x", body: "  ", pinned: true });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      "body.body",
      "body.pinned",
      "body.subjectId",
      "body.subjectType",
    ]);
    const anonymous = await start(undefined, { subjectType: "commons", subjectId: w.commons.id, title: "x", body: "Hi" });
    expect(anonymous.status).toBe(401);
    expect([await threadCount(), await commentCount(), await activityCount()]).toEqual(before);
  });

  it("a contribution or a need holds one thread, titled after it, which later first comments join", async () => {
    const w = await world();
    const first = await start(w.author, { subjectType: "contribution", subjectId: w.contribution.id, body: "Please review" });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      title: "Rewired the pump",
      commentCount: 1,
      subject: { type: "contribution", id: w.contribution.id },
    });
    const joined = await start(w.outsider, {
      subjectType: "contribution",
      subjectId: w.contribution.id,
      title: "Another?",
      body: "Looks good",
    });
    expect(joined.status).toBe(201);
    expect(joined.body).toMatchObject({ id: first.body.id, title: "Rewired the pump", commentCount: 2 });
    const verbs = await api.db.select({ verb: activities.verb }).from(activities).where(eq(activities.targetId, first.body.id));
    expect(verbs.map((v) => v.verb)).toEqual(["comment.posted"]);
  });

  it("two first comments on a need at the same moment both land in its one thread", async () => {
    const w = await world();
    const people = await Promise.all(Array.from({ length: 6 }, () => makePerson(api.db)));
    const results = await Promise.all(people.map((p, i) => start(p, { subjectType: "need", subjectId: w.need.id, body: `First! (${i})` })));
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const rows = await api.db
      .select()
      .from(threads)
      .where(and(eq(threads.subjectType, "need"), eq(threads.subjectId, w.need.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.commentCount).toBe(6);
    const page = await api.call("GET", `/api/threads/${rows[0]?.id}`);
    expect(page.body.comments.items).toHaveLength(6);
    // One of them started the thread; every other one is recorded as a comment in it.
    const started = await api.db
      .select({ verb: activities.verb })
      .from(activities)
      .where(eq(activities.objectId, rows[0]?.id ?? ""));
    const posted = await api.db
      .select({ verb: activities.verb })
      .from(activities)
      .where(eq(activities.targetId, rows[0]?.id ?? ""));
    expect(started.map((a) => a.verb)).toEqual(["thread.started"]);
    expect(posted.map((a) => a.verb)).toEqual(Array(5).fill("comment.posted"));
  });

  it("lists every thread of a commons, its items' included, liveliest first, page by page", async () => {
    const w = await world();
    const other = await makeCommons(api.db, w.steward);
    const ids: Record<string, string> = {};
    ids.commons = (await start(w.author, { subjectType: "commons", subjectId: w.commons.id, title: "General", body: "a" })).body.id;
    ids.document = (await start(w.author, { subjectType: "document", subjectId: w.document.id, title: "Doc", body: "b" })).body.id;
    ids.contribution = (await start(w.author, { subjectType: "contribution", subjectId: w.contribution.id, body: "c" })).body.id;
    ids.need = (await start(w.author, { subjectType: "need", subjectId: w.need.id, body: "d" })).body.id;
    await start(w.author, { subjectType: "commons", subjectId: other.id, title: "Elsewhere", body: "e" });
    await say(w.outsider, ids.document ?? "", "bump");

    const all = await api.call("GET", `/api/threads?commons=${w.commons.slug}`);
    expect(all.body.items.map((t: { id: string }) => t.id)).toEqual([ids.document, ids.need, ids.contribution, ids.commons]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: any } = await api.call(
        "GET",
        `/api/threads?commons=${w.commons.slug}&limit=1${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...res.body.items.map((t: { id: string }) => t.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.body.items.map((t: { id: string }) => t.id));
    const byNeed = await api.call("GET", `/api/threads?subjectType=need&subjectId=${w.need.id}`);
    expect(byNeed.body.items.map((t: { id: string }) => t.id)).toEqual([ids.need]);
  });

  it("refuses lists without a subject or a commons, naming the parameter", async () => {
    const none = await api.call("GET", "/api/threads");
    expect(none.status).toBe(422);
    expect(none.body.errors.map((e: { path: string }) => e.path)).toEqual(["query.commons"]);
    const half = await api.call("GET", "/api/threads?subjectType=need");
    expect(half.body.errors.map((e: { path: string }) => e.path)).toEqual(["query.subjectId"]);
    const badType = await api.call("GET", `/api/threads?subjectType=wiki&subjectId=${crypto.randomUUID()}`);
    expect(badType.body.errors.map((e: { path: string }) => e.path)).toEqual(["query.subjectType"]);
    expect((await api.call("GET", "/api/threads?commons=nowhere")).status).toBe(404);
    expect((await api.call("GET", `/api/threads/${crypto.randomUUID()}`)).status).toBe(404);
  });
});

describe("comments", () => {
  it("keeps comment_count and last_comment_at exact when many comment at once", async () => {
    const w = await world();
    const thread = (await start(w.author, { subjectType: "commons", subjectId: w.commons.id, title: "Busy", body: "go" })).body;
    const crowd = await Promise.all(Array.from({ length: 10 }, () => makePerson(api.db)));
    const results = await Promise.all(crowd.map((p, i) => say(p, thread.id, `Comment ${i}`)));
    expect(results.every((r) => r.status === 201)).toBe(true);
    const [row] = await api.db.select().from(threads).where(eq(threads.id, thread.id));
    const [stored] = await api.db.select({ n: count() }).from(comments).where(eq(comments.threadId, thread.id));
    expect(row?.commentCount).toBe(11);
    expect(stored?.n).toBe(11);
    const newest = Math.max(...results.map((r) => Date.parse(r.body.createdAt)));
    expect(row?.lastCommentAt.getTime()).toBeGreaterThanOrEqual(newest);
  });

  it("pages through comments oldest first without gaps", async () => {
    const w = await world();
    const thread = (await start(w.author, { subjectType: "commons", subjectId: w.commons.id, title: "Long", body: "0" })).body;
    for (let i = 1; i < 5; i++) await say(w.author, thread.id, String(i));
    const bodies: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: any } = await api.call("GET", `/api/threads/${thread.id}?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      bodies.push(...res.body.comments.items.map((c: { body: string }) => c.body));
      cursor = res.body.comments.nextCursor;
    } while (cursor);
    expect(bodies).toEqual(["0", "1", "2", "3", "4"]);
    expect((await api.call("GET", `/api/threads/${thread.id}?cursor=bogus`)).body.errors[0].path).toBe("query.cursor");
  });

  it("refuses blank, oversized and anonymous comments, and unknown threads", async () => {
    const w = await world();
    const thread = (await start(w.author, { subjectType: "commons", subjectId: w.commons.id, title: "T", body: "x" })).body;
    const before = [await commentCount(), await activityCount()];
    expect((await say(w.author, thread.id, " \n\t")).body.errors[0].path).toBe("body.body");
    expect((await say(w.author, thread.id, "x".repeat(20_001))).body.errors[0].path).toBe("body.body");
    expect((await say(w.author, thread.id, 42)).status).toBe(422);
    expect((await say(undefined, thread.id, "hi")).status).toBe(401);
    expect((await say(w.author, crypto.randomUUID(), "hi")).status).toBe(404);
    expect([await commentCount(), await activityCount()]).toEqual(before);
    expect((await say(w.author, thread.id, "x".repeat(20_000))).status).toBe(201);
  });

  it("never lets scripts, javascript: links, event handlers or raw HTML reach the html", async () => {
    const w = await world();
    const hostile = [
      "<script>alert('x')</script>",
      "[click me](javascript:alert(1))",
      '<img src="x" onerror="alert(1)">',
      "![pic](javascript:alert(1))",
      '<a href="https://evil.example" onclick="steal()">raw link</a>',
      "<iframe src='https://evil.example'></iframe>",
      "[ok](https://example.org)",
    ].join("\n\n");
    const thread = (await start(w.author, { subjectType: "commons", subjectId: w.commons.id, title: "XSS", body: hostile })).body;
    const reply = await say(w.outsider, thread.id, "<svg onload=alert(1)><b onmouseover=alert(1)>bold</b></svg>");
    const page = await api.call("GET", `/api/threads/${thread.id}`);
    const htmls: string[] = page.body.comments.items.map((c: { html: string }) => c.html);
    expect(htmls).toContain(reply.body.html);
    for (const html of htmls) expectHarmless(html);
    expect(htmls[0]).toContain('<a href="https://example.org" rel="nofollow ugc noopener noreferrer">ok</a>');
    // Raw HTML is shown as text for people to read, never interpreted.
    expect(htmls[0]).toContain("&lt;script&gt;");
    expect(page.body.comments.items[0].body).toBe(hostile);
    const edited = await api.call("PATCH", `/api/comments/${reply.body.id}`, {
      as: w.outsider.token,
      body: { body: "<img src=x onerror=alert(2)>" },
    });
    expectHarmless(edited.body.html);
    expect(edited.body.html).toBe("<p>&lt;img src=x onerror=alert(2)&gt;</p>\n");
    const versions = await api.call("GET", `/api/comments/${reply.body.id}/versions`);
    expectHarmless(versions.body.items[0].html);
  });
});

/**
 * Every real tag in the output (text "<" is escaped to &lt;, so each "<" starts one) is a harmless
 * one, with no event handler attribute and no javascript: address.
 */
function expectHarmless(html: string) {
  const tags = [...html.matchAll(/<\/?([a-z0-9]+)([^>]*)>/gi)];
  for (const [tag, name, attributes] of tags) {
    expect(["p", "a", "strong", "em", "code", "pre", "br"], tag).toContain(name?.toLowerCase());
    expect(attributes, tag).not.toMatch(/\bon[a-z]+\s*=/i);
    expect(attributes, tag).not.toMatch(/javascript:/i);
  }
}

describe("editing", () => {
  it("only the author edits; each earlier version is kept with when it was written", async () => {
    const w = await world();
    const admin = await makePerson(api.db, { isAdmin: true });
    const thread = (await start(w.author, { subjectType: "commons", subjectId: w.commons.id, title: "T", body: "first" })).body;
    const page = await api.call("GET", `/api/threads/${thread.id}`);
    const original = page.body.comments.items[0];
    const edit = (as: TestPerson | undefined, body: string) =>
      api.call("PATCH", `/api/comments/${original.id}`, { as: as?.token, body: { body } });

    expect((await edit(undefined, "x")).status).toBe(401);
    for (const who of [w.outsider, w.maintainer, w.steward, admin]) expect((await edit(who, "x")).status).toBe(403);
    const second = await edit(w.author, "second");
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({
      body: "second",
      html: "<p>second</p>\n",
      editedAt: expect.any(String),
      createdAt: original.createdAt,
    });
    const third = await edit(w.author, "**third**");
    expect(third.body.html).toBe("<p><strong>third</strong></p>\n");

    const versions = await api.call("GET", `/api/comments/${original.id}/versions`);
    expect(versions.status).toBe(200);
    expect(versions.body.items).toEqual([
      { body: "first", html: "<p>first</p>\n", writtenAt: original.createdAt },
      { body: "second", html: "<p>second</p>\n", writtenAt: second.body.editedAt },
    ]);
    const blank = await edit(w.author, "  ");
    expect(blank.status).toBe(422);
    expect(blank.body.errors[0].path).toBe("body.body");
    const verbs = await api.db.select({ verb: activities.verb }).from(activities).where(eq(activities.objectId, original.id));
    expect(verbs.map((v) => v.verb)).toEqual(["comment.edited", "comment.edited"]);
    expect((await api.call("GET", `/api/comments/${crypto.randomUUID()}/versions`)).status).toBe(404);
  });
});

describe("moderation", () => {
  it("the community's maintainers, stewards and the admin hide with a public reason and restore", async () => {
    const w = await world();
    const admin = await makePerson(api.db, { isAdmin: true });
    const member = await makePerson(api.db);
    await addMember(api.db, w.commons.community, member, "member");
    const thread = (await start(w.author, { subjectType: "commons", subjectId: w.commons.id, title: "T", body: "rude words" })).body;
    const id = (await api.call("GET", `/api/threads/${thread.id}`)).body.comments.items[0].id;
    const hide = (as: TestPerson | undefined, body: unknown = { reason: "Off-topic insult" }) =>
      api.call("POST", `/api/comments/${id}/hide`, { as: as?.token, body });
    const restore = (as: TestPerson) => api.call("DELETE", `/api/comments/${id}/hide`, { as: as.token });

    expect((await hide(undefined)).status).toBe(401);
    for (const who of [w.outsider, w.author, member]) expect((await hide(who)).status).toBe(403);
    const missing = await hide(w.maintainer, { reason: "  " });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0].path).toBe("body.reason");
    expect((await hide(w.maintainer, { reason: "x".repeat(501) })).body.errors[0].path).toBe("body.reason");

    const hidden = await hide(w.maintainer);
    expect(hidden.status).toBe(200);
    expect(hidden.body).toMatchObject({
      body: null,
      html: null,
      author: { handle: w.author.handle },
      hidden: { reason: "Off-topic insult", by: { handle: w.maintainer.handle, name: w.maintainer.name }, at: expect.any(String) },
    });
    expect((await hide(w.steward)).status).toBe(409);
    const asModerator = await api.call("GET", `/api/threads/${thread.id}`, { as: w.steward.token });
    expect(asModerator.body.viewer).toEqual({ canModerate: true });
    expect(asModerator.body.comments.items[0]).toMatchObject({ body: null, html: null, hidden: { reason: "Off-topic insult" } });
    expect(JSON.stringify(asModerator.body)).not.toContain("rude words");

    const edit = await api.call("PATCH", `/api/comments/${id}`, { as: w.author.token, body: { body: "sorry" } });
    expect(edit.status).toBe(409);
    const versions = await api.call("GET", `/api/comments/${id}/versions`);
    expect(versions.status).toBe(404);

    expect((await restore(w.outsider)).status).toBe(403);
    const restored = await restore(admin);
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ body: "rude words", hidden: null });
    expect((await restore(w.steward)).status).toBe(409);
    expect((await hide(admin)).status).toBe(200);

    const verbs = await api.db
      .select({ verb: activities.verb, org: activities.organizationId })
      .from(activities)
      .where(eq(activities.objectId, id));
    expect(verbs).toEqual([
      { verb: "comment.hidden", org: w.commons.communityId },
      { verb: "comment.restored", org: w.commons.communityId },
      { verb: "comment.hidden", org: w.commons.communityId },
    ]);
  });

  it("an organization's need is discussed under that organization's moderators", async () => {
    const w = await world();
    const org = await makeOrg(api.db, w.steward, { kind: "association" });
    const orgMaintainer = await makePerson(api.db);
    await addMember(api.db, org, orgMaintainer, "maintainer");
    const [need] = await api.db
      .insert(needs)
      .values({ type: "offer", title: "Spare desk", organizationId: org.id, authorId: w.author.id })
      .returning();
    const thread = (await start(w.author, { subjectType: "need", subjectId: need?.id, body: "Still free?" })).body;
    expect(thread).toMatchObject({ title: "Spare desk", commons: null });
    const [row] = await api.db.select().from(threads).where(eq(threads.id, thread.id));
    expect(row).toMatchObject({ organizationId: org.id, commonsId: null });
    const id = (await api.call("GET", `/api/threads/${thread.id}`)).body.comments.items[0].id;
    expect((await api.call("POST", `/api/comments/${id}/hide`, { as: w.maintainer.token, body: { reason: "x" } })).status).toBe(403);
    expect((await api.call("POST", `/api/comments/${id}/hide`, { as: orgMaintainer.token, body: { reason: "Spam" } })).status).toBe(200);
    const [act] = await api.db.select().from(activities).where(eq(activities.objectId, thread.id));
    expect(act?.organizationId).toBe(org.id);
  });
});

describe("privacy and documentation", () => {
  it("never puts an email in a response", async () => {
    const w = await world();
    const thread = (await start(w.author, { subjectType: "need", subjectId: w.need.id, body: "hello" })).body;
    const reply = await say(w.outsider, thread.id, "hi");
    await api.call("PATCH", `/api/comments/${reply.body.id}`, { as: w.outsider.token, body: { body: "hi there" } });
    const hidden = await api.call("POST", `/api/comments/${reply.body.id}/hide`, { as: w.maintainer.token, body: { reason: "dup" } });
    for (const body of [
      thread,
      hidden.body,
      (await api.call("GET", `/api/threads/${thread.id}`, { as: w.steward.token })).body,
      (await api.call("GET", `/api/threads?commons=${w.commons.slug}`)).body,
      (await api.call("GET", `/api/activities?organization=${w.commons.community.slug}`)).body,
    ]) {
      expect(JSON.stringify(body)).not.toContain("@example.test");
    }
  });

  it("documents every route under the Discussions tag", async () => {
    const doc = (await api.call("GET", "/api/openapi.json")).body;
    const routes: [string, string][] = [
      ["/api/threads", "get"],
      ["/api/threads", "post"],
      ["/api/threads/{id}", "get"],
      ["/api/threads/{id}/comments", "post"],
      ["/api/comments/{id}", "patch"],
      ["/api/comments/{id}/versions", "get"],
      ["/api/comments/{id}/hide", "post"],
      ["/api/comments/{id}/hide", "delete"],
    ];
    for (const [path, method] of routes) {
      const op = doc.paths[path]?.[method];
      expect(op?.tags, `${method} ${path}`).toEqual(["Discussions"]);
      expect(Object.keys(op.responses)).toContain("422");
      if (method !== "get") expect(Object.keys(op.responses)).toContain("401");
    }
  });
});

describe("in French", () => {
  it("writes refusals and field rules in the language asked for, English otherwise", async () => {
    const w = await world();
    const headers = { "accept-language": "fr" };
    const thread = await start(w.author, { subjectType: "contribution", subjectId: w.contribution.id, body: "Bonjour" });
    expect(thread.status).toBe(201);
    const blank = await api.call("POST", `/api/threads/${thread.body.id}/comments`, { as: w.author.token, body: { body: "  " }, headers });
    expect(blank.body.errors).toEqual([{ path: "body.body", message: "Écrivez quelque chose." }]);
    const [comment] = await api.db.select().from(comments).where(eq(comments.threadId, thread.body.id));
    const hide = (as: TestPerson, h: Record<string, string> = {}) =>
      api.call("POST", `/api/comments/${comment?.id}/hide`, { as: as.token, body: { reason: "Hors sujet" }, headers: h });
    const refused = await hide(w.outsider, headers);
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe("Seuls les modérateurs de cette discussion peuvent masquer ou rétablir des commentaires.");
    expect((await hide(w.outsider)).body.detail).toBe("Only this discussion's moderators can hide or restore comments.");
    const noSubject = await start(w.author, { subjectType: "need", subjectId: w.contribution.id, body: "Bonjour" });
    expect(noSubject.body.detail).toBe("There is no need with this id.");
    const aucun = await api.call("POST", "/api/threads", {
      as: w.author.token,
      body: { subjectType: "need", subjectId: w.contribution.id, body: "Bonjour" },
      headers,
    });
    expect(aucun.body.errors).toEqual([{ path: "body.subjectId", message: "Aucun besoin ne porte cet identifiant." }]);
  });
});
