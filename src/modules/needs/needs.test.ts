import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { addMember, ensureInstance, makeCommons, makeOrg, makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { activities } from "../activity/schema.ts";
import { contributions } from "../contributions/schema.ts";
import { needs, needTakers } from "./schema.ts";

const api = setupApi();
const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** A commons with its community's steward and a maintainer, an organization, and people with no standing. */
async function world() {
  const steward = await makePerson(api.db);
  const maintainer = await makePerson(api.db);
  const author = await makePerson(api.db);
  const outsider = await makePerson(api.db);
  const commons = await makeCommons(api.db, steward);
  await addMember(api.db, commons.community, maintainer, "maintainer");
  const org = await makeOrg(api.db, steward, { kind: "association" });
  return { steward, maintainer, author, outsider, commons, org };
}

async function postNeed(slug: string, as: TestPerson, body: Record<string, unknown> = {}, on: "commons" | "organizations" = "commons") {
  const res = await api.call("POST", `/api/${on}/${slug}/needs`, { as: as.token, body: { type: "need", title: "Fix the pump", ...body } });
  expect(res.status).toBe(201);
  return res.body as { id: string; [k: string]: any };
}

async function contribution(commonsId: string, author: TestPerson, title = "Pump repair") {
  const [row] = await api.db
    .insert(contributions)
    .values({ commonsId, authorId: author.id, type: "work", kind: "code", minutes: 60, performedOn: today(), title })
    .returning();
  if (!row) throw new Error("no contribution");
  return row;
}

const activityCount = async (objectId: string) =>
  (await api.db.select({ n: count() }).from(activities).where(eq(activities.objectId, objectId)))[0]?.n ?? 0;
const needCount = async () => (await api.db.select({ n: count() }).from(needs))[0]?.n ?? 0;

beforeAll(async () => {
  await ensureInstance(api.db);
});

describe("posting needs and offers", () => {
  it("anyone signed in posts on a commons or an organization; everyone reads them", async () => {
    const w = await world();
    const created = await postNeed(w.commons.slug, w.outsider, {
      title: "  Translate the manual ",
      body: "Into **Portuguese**",
      tags: ["Docs", "docs", "i18n"],
      urgency: "high",
      dueOn: inDays(10),
    });
    expect(created).toMatchObject({
      type: "need",
      title: "Translate the manual",
      tags: ["docs", "i18n"],
      urgency: "high",
      dueOn: inDays(10),
      status: "open",
      takerCount: 0,
      author: { handle: w.outsider.handle, name: w.outsider.name },
      scope: { kind: "commons", slug: w.commons.slug, title: w.commons.title },
      bodyHtml: "<p>Into <strong>Portuguese</strong></p>\n",
      takers: [],
      updates: [],
      links: [],
      closedBy: null,
      viewer: { canEdit: true, canClose: true, hasTakenUp: false },
    });
    const offer = await postNeed(w.org.slug, w.author, { type: "offer", title: "I can weld" }, "organizations");
    expect(offer.scope).toEqual({ kind: "organization", slug: w.org.slug, name: w.org.name });

    const anonymous = await api.call("GET", `/api/needs/${created.id}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.viewer).toEqual({ canEdit: false, canClose: false, hasTakenUp: false });
    const board = await api.call("GET", `/api/needs?commons=${w.commons.slug}`);
    expect(board.body.items.map((n: { id: string }) => n.id)).toEqual([created.id]);

    const acts = await api.db.select().from(activities).where(eq(activities.objectId, created.id));
    expect(acts).toHaveLength(1);
    expect(acts[0]).toMatchObject({ verb: "need.posted", organizationId: w.commons.communityId, targetId: w.commons.id });
    const orgAct = await api.db.select().from(activities).where(eq(activities.objectId, offer.id));
    expect(orgAct[0]).toMatchObject({ verb: "need.posted", organizationId: w.org.id });
  });

  it("refuses anonymous posts, unknown scopes and bad input, naming each field and writing nothing", async () => {
    const w = await world();
    const before = await needCount();
    const anonymous = await api.call("POST", `/api/commons/${w.commons.slug}/needs`, { body: { type: "need", title: "x" } });
    expect(anonymous.status).toBe(401);
    const missing = await api.call("POST", "/api/commons/no-such-commons/needs", {
      as: w.author.token,
      body: { type: "need", title: "x" },
    });
    expect(missing.status).toBe(404);
    const bad = await api.call("POST", `/api/commons/${w.commons.slug}/needs`, {
      as: w.author.token,
      body: {
        type: "chore",
        title: " ",
        urgency: "someday",
        dueOn: "2001-01-01",
        body: "x".repeat(20_001),
        tags: ["no spaces"],
        assignee: "ada",
      },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      "body.assignee",
      "body.body",
      "body.dueOn",
      "body.tags.0",
      "body.title",
      "body.type",
      "body.urgency",
    ]);
    const past = await api.call("POST", `/api/commons/${w.commons.slug}/needs`, {
      as: w.author.token,
      body: { type: "need", title: "x", dueOn: inDays(-3) },
    });
    expect(past.status).toBe(422);
    expect(past.body.errors).toEqual([{ path: "body.dueOn", message: "Pick today or a later day." }]);
    expect(await needCount()).toBe(before);
    const acts = await api.db.select({ n: count() }).from(activities).where(eq(activities.actorId, w.author.id));
    expect(acts[0]?.n).toBe(0);
  });

  it("accepts today as a due date", async () => {
    const w = await world();
    const need = await postNeed(w.commons.slug, w.author, { dueOn: today() });
    expect(need.dueOn).toBe(today());
  });
});

describe("editing", () => {
  it("the author, the commons' maintainers and the admin edit; others are refused", async () => {
    const w = await world();
    const admin = await makePerson(api.db, { isAdmin: true });
    const member = await makePerson(api.db);
    await addMember(api.db, w.commons.community, member, "member");
    const need = await postNeed(w.commons.slug, w.author, { urgency: "low", dueOn: inDays(5) });
    const edit = (as: TestPerson | undefined, body: unknown) => api.call("PATCH", `/api/needs/${need.id}`, { as: as?.token, body });

    expect((await edit(undefined, { title: "x" })).status).toBe(401);
    expect((await edit(w.outsider, { title: "x" })).status).toBe(403);
    expect((await edit(member, { title: "x" })).status).toBe(403);
    const byAuthor = await edit(w.author, { title: "Fix the pump, urgently", urgency: "critical", tags: ["water"] });
    expect(byAuthor.status).toBe(200);
    expect(byAuthor.body).toMatchObject({ title: "Fix the pump, urgently", urgency: "critical", tags: ["water"] });
    const cleared = await edit(w.maintainer, { urgency: null, dueOn: null, body: "Use the *spare* seal" });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ urgency: null, dueOn: null, bodyHtml: "<p>Use the <em>spare</em> seal</p>\n" });
    expect((await edit(admin, { title: "Admin's title" })).status).toBe(200);

    const acts = await api.db
      .select({ n: count() })
      .from(activities)
      .where(and(eq(activities.objectId, need.id), eq(activities.verb, "need.updated")));
    expect(acts[0]?.n).toBe(3);
  });

  it("an organization's maintainers and stewards edit its needs; its plain members do not", async () => {
    const w = await world();
    const orgMaintainer = await makePerson(api.db);
    const orgMember = await makePerson(api.db);
    await addMember(api.db, w.org, orgMaintainer, "maintainer");
    await addMember(api.db, w.org, orgMember, "member");
    const need = await postNeed(w.org.slug, w.author, {}, "organizations");
    const edit = (as: TestPerson) => api.call("PATCH", `/api/needs/${need.id}`, { as: as.token, body: { title: "Renamed" } });
    expect((await edit(orgMember)).status).toBe(403);
    expect((await edit(w.maintainer)).status).toBe(403);
    expect((await edit(orgMaintainer)).status).toBe(200);
    expect((await edit(w.steward)).status).toBe(200);
    const view = await api.call("GET", `/api/needs/${need.id}`, { as: orgMaintainer.token });
    expect(view.body.viewer).toMatchObject({ canEdit: true, canClose: true });
  });

  it("refuses an empty patch, a past due date and unknown fields, changing nothing", async () => {
    const w = await world();
    const need = await postNeed(w.commons.slug, w.author, { title: "Original" });
    const empty = await api.call("PATCH", `/api/needs/${need.id}`, { as: w.author.token, body: {} });
    expect(empty.status).toBe(422);
    const past = await api.call("PATCH", `/api/needs/${need.id}`, { as: w.author.token, body: { title: "New", dueOn: "2020-02-02" } });
    expect(past.status).toBe(422);
    expect(past.body.errors.map((e: { path: string }) => e.path)).toEqual(["body.dueOn"]);
    const status = await api.call("PATCH", `/api/needs/${need.id}`, { as: w.author.token, body: { status: "done" } });
    expect(status.body.errors.map((e: { path: string }) => e.path)).toEqual(["body.status"]);
    const notUuid = await api.call("PATCH", "/api/needs/42", { as: w.author.token, body: { title: "x" } });
    expect(notUuid.body.errors.map((e: { path: string }) => e.path)).toEqual(["path.id"]);
    const unknown = await api.call("PATCH", `/api/needs/${crypto.randomUUID()}`, { as: w.author.token, body: { title: "x" } });
    expect(unknown.status).toBe(404);
    expect((await api.call("GET", `/api/needs/${need.id}`)).body.title).toBe("Original");
    expect(await activityCount(need.id)).toBe(1);
  });
});

describe("taking up", () => {
  it("several people take a need up and step back; twice is a conflict; nobody can assign", async () => {
    const w = await world();
    const need = await postNeed(w.commons.slug, w.author);
    const first = await api.call("POST", `/api/needs/${need.id}/take-up`, { as: w.outsider.token });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: "taken", takerCount: 1, viewer: { hasTakenUp: true } });
    expect(first.body.takers).toEqual([{ handle: w.outsider.handle, name: w.outsider.name, since: expect.any(String) }]);
    const second = await api.call("POST", `/api/needs/${need.id}/take-up`, { as: w.maintainer.token });
    expect(second.body.takerCount).toBe(2);
    const again = await api.call("POST", `/api/needs/${need.id}/take-up`, { as: w.outsider.token });
    expect(again.status).toBe(409);
    expect((await api.call("POST", `/api/needs/${need.id}/take-up`)).status).toBe(401);

    const back = await api.call("DELETE", `/api/needs/${need.id}/take-up`, { as: w.outsider.token });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ takerCount: 1, viewer: { hasTakenUp: false } });
    expect(back.body.takers.map((t: { handle: string }) => t.handle)).toEqual([w.maintainer.handle]);
    const notTaker = await api.call("DELETE", `/api/needs/${need.id}/take-up`, { as: w.outsider.token });
    expect(notTaker.status).toBe(409);

    const assign = await api.call("POST", `/api/needs/${need.id}/assign`, { as: w.steward.token, body: { handle: w.outsider.handle } });
    expect(assign.status).toBe(404);
    const verbs = (await api.db.select({ verb: activities.verb }).from(activities).where(eq(activities.objectId, need.id))).map(
      (a) => a.verb,
    );
    expect(verbs.sort()).toEqual(["need.posted", "need.stepped_back", "need.taken_up", "need.taken_up"]);
  });

  it("a done need cannot be taken up, nor stepped back from", async () => {
    const w = await world();
    const need = await postNeed(w.commons.slug, w.author);
    await api.call("POST", `/api/needs/${need.id}/take-up`, { as: w.maintainer.token });
    await api.call("POST", `/api/needs/${need.id}/close`, { as: w.author.token });
    expect((await api.call("POST", `/api/needs/${need.id}/take-up`, { as: w.outsider.token })).status).toBe(409);
    expect((await api.call("DELETE", `/api/needs/${need.id}/take-up`, { as: w.maintainer.token })).status).toBe(409);
  });

  it("keeps taker_count exact when ten people take up at once and one person twice at once", async () => {
    const w = await world();
    const need = await postNeed(w.commons.slug, w.author);
    const crowd = await Promise.all(Array.from({ length: 10 }, () => makePerson(api.db)));
    const twice = await makePerson(api.db);
    const results = await Promise.all([
      ...crowd.map((p) => api.call("POST", `/api/needs/${need.id}/take-up`, { as: p.token })),
      api.call("POST", `/api/needs/${need.id}/take-up`, { as: twice.token }),
      api.call("POST", `/api/needs/${need.id}/take-up`, { as: twice.token }),
    ]);
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(11);
    expect(statuses.filter((s) => s === 409)).toHaveLength(1);
    const rows = await api.db.select({ n: count() }).from(needTakers).where(eq(needTakers.needId, need.id));
    const [stored] = await api.db.select({ takerCount: needs.takerCount }).from(needs).where(eq(needs.id, need.id));
    expect(rows[0]?.n).toBe(11);
    expect(stored?.takerCount).toBe(11);
    const acts = await api.db
      .select({ n: count() })
      .from(activities)
      .where(and(eq(activities.objectId, need.id), eq(activities.verb, "need.taken_up")));
    expect(acts[0]?.n).toBe(11);
  });
});

describe("progress", () => {
  it("the author, takers and maintainers report progress; others are refused; blank is invalid", async () => {
    const w = await world();
    const taker = await makePerson(api.db);
    const need = await postNeed(w.commons.slug, w.author);
    await api.call("POST", `/api/needs/${need.id}/take-up`, { as: taker.token });
    const report = (as: TestPerson | undefined, body: unknown) =>
      api.call("POST", `/api/needs/${need.id}/updates`, { as: as?.token, body });

    expect((await report(w.author, { body: "Ordered the **seal**" })).status).toBe(201);
    expect((await report(taker, { body: "Fitted it" })).status).toBe(201);
    const last = await report(w.maintainer, { body: "Checked <script>alert(1)</script>" });
    expect(last.status).toBe(201);
    expect((await report(w.outsider, { body: "Hello" })).status).toBe(403);
    expect((await report(undefined, { body: "Hello" })).status).toBe(401);
    const blank = await report(w.author, { body: "   \n " });
    expect(blank.status).toBe(422);
    expect(blank.body.errors[0].path).toBe("body.body");

    expect(last.body.updates.map((u: { author: { handle: string }; body: string }) => [u.author.handle, u.body])).toEqual([
      [w.author.handle, "Ordered the **seal**"],
      [taker.handle, "Fitted it"],
      [w.maintainer.handle, "Checked <script>alert(1)</script>"],
    ]);
    expect(last.body.updates[0].bodyHtml).toBe("<p>Ordered the <strong>seal</strong></p>\n");
    expect(last.body.updates[2].bodyHtml).not.toContain("<script");
    const acts = await api.db
      .select({ n: count() })
      .from(activities)
      .where(and(eq(activities.objectId, need.id), eq(activities.verb, "need.progress")));
    expect(acts[0]?.n).toBe(3);
  });
});

describe("links to contributions", () => {
  it("links a contribution on the same commons; refuses missing, foreign and duplicate ones", async () => {
    const w = await world();
    const other = await makeCommons(api.db, w.steward);
    const need = await postNeed(w.commons.slug, w.author);
    const mine = await contribution(w.commons.id, w.outsider);
    const foreign = await contribution(other.id, w.author, "Elsewhere");
    const link = (as: TestPerson, body: unknown) => api.call("POST", `/api/needs/${need.id}/links`, { as: as.token, body });

    const missing = await link(w.author, { contribution: crypto.randomUUID() });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0].path).toBe("body.contribution");
    const elsewhere = await link(w.author, { contribution: foreign.id });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.errors[0].path).toBe("body.contribution");
    const badId = await link(w.author, { contribution: "nope" });
    expect(badId.body.errors[0].path).toBe("body.contribution");
    expect(await activityCount(need.id)).toBe(1);

    // The contribution's own author may say it answers the need, though they have no other standing.
    const linked = await link(w.outsider, { contribution: mine.id });
    expect(linked.status).toBe(201);
    expect(linked.body.links).toEqual([
      {
        contribution: {
          id: mine.id,
          title: "Pump repair",
          status: "pending",
          author: { handle: w.outsider.handle, name: w.outsider.name },
        },
        linkedAt: expect.any(String),
      },
    ]);
    const duplicate = await link(w.author, { contribution: mine.id });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors[0].path).toBe("body.contribution");
  });

  it("the author, takers and maintainers link others' work; outsiders may not", async () => {
    const w = await world();
    const taker = await makePerson(api.db);
    const need = await postNeed(w.commons.slug, w.author);
    await api.call("POST", `/api/needs/${need.id}/take-up`, { as: taker.token });
    const someone = await makePerson(api.db);
    const work = await Promise.all([1, 2, 3, 4].map((i) => contribution(w.commons.id, someone, `Work ${i}`)));
    const link = (as: TestPerson, i: number) =>
      api.call("POST", `/api/needs/${need.id}/links`, { as: as.token, body: { contribution: work[i]?.id } });
    expect((await link(w.outsider, 0)).status).toBe(403);
    expect((await link(w.author, 0)).status).toBe(201);
    expect((await link(taker, 1)).status).toBe(201);
    expect((await link(w.maintainer, 2)).status).toBe(201);
  });

  it("an organization's need may link a contribution to any commons", async () => {
    const w = await world();
    const need = await postNeed(w.org.slug, w.author, {}, "organizations");
    const work = await contribution(w.commons.id, w.author);
    const res = await api.call("POST", `/api/needs/${need.id}/links`, { as: w.author.token, body: { contribution: work.id } });
    expect(res.status).toBe(201);
    const [act] = await api.db
      .select()
      .from(activities)
      .where(and(eq(activities.objectId, need.id), eq(activities.verb, "need.linked")));
    expect(act?.organizationId).toBe(w.org.id);
    expect(act?.data).toMatchObject({ contributionId: work.id });
  });
});

describe("closing and reopening", () => {
  it("the author or a maintainer closes and reopens; twice is a conflict", async () => {
    const w = await world();
    const need = await postNeed(w.commons.slug, w.author);
    expect((await api.call("POST", `/api/needs/${need.id}/close`, { as: w.outsider.token })).status).toBe(403);
    const closed = await api.call("POST", `/api/needs/${need.id}/close`, {
      as: w.maintainer.token,
      body: { note: "Answered by the new seal" },
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      status: "done",
      closedBy: { handle: w.maintainer.handle, name: w.maintainer.name },
      closeNote: "Answered by the new seal",
      closedAt: expect.any(String),
    });
    expect((await api.call("POST", `/api/needs/${need.id}/close`, { as: w.author.token })).status).toBe(409);
    expect((await api.call("POST", `/api/needs/${need.id}/reopen`, { as: w.outsider.token })).status).toBe(403);
    const reopened = await api.call("POST", `/api/needs/${need.id}/reopen`, { as: w.author.token });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: "open", closedBy: null, closedAt: null, closeNote: "" });
    expect((await api.call("POST", `/api/needs/${need.id}/reopen`, { as: w.author.token })).status).toBe(409);
    const badNote = await api.call("POST", `/api/needs/${need.id}/close`, { as: w.author.token, body: { note: "x".repeat(2001) } });
    expect(badNote.status).toBe(422);
    expect(badNote.body.errors[0].path).toBe("body.note");
  });

  it("two closes at the same moment have one effect", async () => {
    const w = await world();
    const need = await postNeed(w.commons.slug, w.author);
    const results = await Promise.all([
      api.call("POST", `/api/needs/${need.id}/close`, { as: w.author.token, body: { note: "mine" } }),
      api.call("POST", `/api/needs/${need.id}/close`, { as: w.maintainer.token, body: { note: "theirs" } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const acts = await api.db
      .select({ n: count() })
      .from(activities)
      .where(and(eq(activities.objectId, need.id), eq(activities.verb, "need.closed")));
    expect(acts[0]?.n).toBe(1);
  });
});

describe("the board", () => {
  it("filters by scope, status, type and tag", async () => {
    const w = await world();
    const open = await postNeed(w.commons.slug, w.author, { tags: ["water"] });
    const taken = await postNeed(w.commons.slug, w.author, { type: "offer", tags: ["water", "welding"] });
    const done = await postNeed(w.commons.slug, w.author, { tags: ["welding"] });
    const onOrg = await postNeed(w.org.slug, w.author, { tags: ["water"] }, "organizations");
    await api.call("POST", `/api/needs/${taken.id}/take-up`, { as: w.outsider.token });
    await api.call("POST", `/api/needs/${done.id}/close`, { as: w.author.token });
    const ids = async (query: string) => {
      const res = await api.call("GET", `/api/needs?${query}`);
      expect(res.status).toBe(200);
      return res.body.items.map((n: { id: string }) => n.id).sort();
    };
    const c = `commons=${w.commons.slug}`;
    expect(await ids(c)).toEqual([open.id, taken.id, done.id].sort());
    expect(await ids(`${c}&status=open`)).toEqual([open.id]);
    expect(await ids(`${c}&status=taken`)).toEqual([taken.id]);
    expect(await ids(`${c}&status=done`)).toEqual([done.id]);
    expect(await ids(`${c}&status=open,taken`)).toEqual([open.id, taken.id].sort());
    expect(await ids(`${c}&type=offer`)).toEqual([taken.id]);
    expect(await ids(`${c}&tag=Welding`)).toEqual([taken.id, done.id].sort());
    expect(await ids(`organization=${w.org.slug}`)).toEqual([onOrg.id]);
    const item = (await api.call("GET", `/api/needs?${c}&status=taken`)).body.items[0];
    expect(item).toMatchObject({ status: "taken", takerCount: 1, type: "offer", tags: ["water", "welding"] });
    expect(item.body).toBeUndefined();
  });

  it("refuses bad filters naming the parameter, and unknown scopes with 404", async () => {
    const w = await world();
    const fails = async (query: string, path: string) => {
      const res = await api.call("GET", `/api/needs?${query}`);
      expect(res.status).toBe(422);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
    };
    await fails("sort=oldest", "query.sort");
    await fails("status=closed", "query.status");
    await fails("type=chore", "query.type");
    await fails("limit=0", "query.limit");
    await fails("cursor=garbage", "query.cursor");
    await fails(`commons=${w.commons.slug}&organization=${w.org.slug}`, "query.organization");
    expect((await api.call("GET", "/api/needs?commons=nowhere")).status).toBe(404);
    expect((await api.call("GET", "/api/needs?organization=nowhere")).status).toBe(404);
  });

  it("fresh: freshness moves with take-ups, progress and links, and pages never skip or repeat", async () => {
    const w = await world();
    const posted = [];
    for (let i = 0; i < 5; i++) posted.push(await postNeed(w.commons.slug, w.author, { title: `Need ${i}` }));
    const [n0, n1, n2] = posted;
    await api.call("POST", `/api/needs/${n0?.id}/take-up`, { as: w.outsider.token });
    await api.call("POST", `/api/needs/${n1?.id}/updates`, { as: w.author.token, body: { body: "Halfway" } });
    const work = await contribution(w.commons.id, w.author);
    await api.call("POST", `/api/needs/${n2?.id}/links`, { as: w.author.token, body: { contribution: work.id } });
    const all = await api.call("GET", `/api/needs?commons=${w.commons.slug}`);
    const order = all.body.items.map((n: { title: string }) => n.title);
    expect(order.slice(0, 3)).toEqual(["Need 2", "Need 1", "Need 0"]);
    expect(order.slice(3)).toEqual(["Need 4", "Need 3"]);
    expect(await walk(`commons=${w.commons.slug}`, 2)).toEqual(all.body.items.map((n: { id: string }) => n.id));
  });

  it("urgent: critical to none, then soonest due with undated last, then freshest; paginated without gaps", async () => {
    const w = await world();
    const post = (title: string, extra: Record<string, unknown>) => postNeed(w.commons.slug, w.author, { title, ...extra });
    await post("none-undated", {});
    await post("low", { urgency: "low" });
    await post("critical-undated", { urgency: "critical" });
    await post("critical-later", { urgency: "critical", dueOn: inDays(30) });
    await post("critical-soon", { urgency: "critical", dueOn: inDays(2) });
    await post("none-dated", { dueOn: inDays(1) });
    await post("high", { urgency: "high" });
    await post("normal-a", { urgency: "normal" });
    await post("normal-b", { urgency: "normal" });
    const all = await api.call("GET", `/api/needs?commons=${w.commons.slug}&sort=urgent`);
    expect(all.body.items.map((n: { title: string }) => n.title)).toEqual([
      "critical-soon",
      "critical-later",
      "critical-undated",
      "high",
      "normal-b",
      "normal-a",
      "low",
      "none-dated",
      "none-undated",
    ]);
    const ids = all.body.items.map((n: { id: string }) => n.id);
    for (const size of [1, 2, 4]) expect(await walk(`commons=${w.commons.slug}&sort=urgent`, size)).toEqual(ids);

    const freshPage = await api.call("GET", `/api/needs?commons=${w.commons.slug}&limit=1`);
    const mixed = await api.call("GET", `/api/needs?commons=${w.commons.slug}&sort=urgent&cursor=${freshPage.body.nextCursor}`);
    expect(mixed.status).toBe(422);
    expect(mixed.body.errors[0].path).toBe("query.cursor");
  });

  it("keeps needs active in the same instant apart across pages", async () => {
    const w = await world();
    const rows = await api.db
      .insert(needs)
      .values(
        Array.from({ length: 6 }, (_, i) => ({
          type: "need" as const,
          title: `Same instant ${i}`,
          commonsId: w.commons.id,
          authorId: w.author.id,
          activeAt: new Date("2030-01-01T00:00:00.000Z"),
        })),
      )
      .returning({ id: needs.id });
    // Sub-millisecond differences, which a JS Date cannot carry in a cursor.
    for (const [i, r] of rows.entries()) {
      await api.db.execute(`update needs set active_at = '2030-01-01T00:00:00.000${i}00Z' where id = '${r.id}'`);
    }
    const ids = await walk(`commons=${w.commons.slug}`, 1);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    expect(await walk(`commons=${w.commons.slug}&sort=urgent`, 1)).toEqual(ids);
  });
});

/** Follows nextCursor page by page and returns every id seen, in order. */
async function walk(query: string, limit: number): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const res: { status: number; body: any } = await api.call(
      "GET",
      `/api/needs?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`,
    );
    expect(res.status).toBe(200);
    seen.push(...res.body.items.map((n: { id: string }) => n.id));
    cursor = res.body.nextCursor;
  } while (cursor);
  return seen;
}

describe("privacy and documentation", () => {
  it("never puts an email in a response", async () => {
    const w = await world();
    const need = await postNeed(w.commons.slug, w.author, { body: "see" });
    await api.call("POST", `/api/needs/${need.id}/take-up`, { as: w.outsider.token });
    await api.call("POST", `/api/needs/${need.id}/updates`, { as: w.outsider.token, body: { body: "on it" } });
    const work = await contribution(w.commons.id, w.outsider);
    await api.call("POST", `/api/needs/${need.id}/links`, { as: w.outsider.token, body: { contribution: work.id } });
    await api.call("POST", `/api/needs/${need.id}/close`, { as: w.author.token });
    for (const path of [
      `/api/needs/${need.id}`,
      `/api/needs?commons=${w.commons.slug}`,
      `/api/activities?organization=${w.commons.community.slug}`,
    ]) {
      const res = await api.call("GET", path, { as: w.steward.token });
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toContain("@example.test");
    }
  });

  it("documents every route under the Needs tag", async () => {
    const doc = (await api.call("GET", "/api/openapi.json")).body;
    const routes: [string, string][] = [
      ["/api/needs", "get"],
      ["/api/needs/{id}", "get"],
      ["/api/needs/{id}", "patch"],
      ["/api/commons/{slug}/needs", "post"],
      ["/api/organizations/{slug}/needs", "post"],
      ["/api/needs/{id}/take-up", "post"],
      ["/api/needs/{id}/take-up", "delete"],
      ["/api/needs/{id}/updates", "post"],
      ["/api/needs/{id}/links", "post"],
      ["/api/needs/{id}/close", "post"],
      ["/api/needs/{id}/reopen", "post"],
    ];
    for (const [path, method] of routes) {
      const op = doc.paths[path]?.[method];
      expect(op?.tags, `${method} ${path}`).toEqual(["Needs"]);
      if (method !== "get") expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(["401", "404", "422"]));
    }
  });
});

describe("in the language asked for", () => {
  const FRENCH = { "accept-language": "fr" };

  it("refuses a second take-up, a past due date and an unknown need in French when asked", async () => {
    const w = await world();
    const need = await postNeed(w.commons.slug, w.author);
    const takeUp = (headers: Record<string, string> = {}) =>
      api.call("POST", `/api/needs/${need.id}/take-up`, { as: w.outsider.token, headers });
    expect((await takeUp()).status).toBe(201);
    expect((await takeUp()).body).toMatchObject({ status: 409, detail: "You have already taken this up." });
    expect((await takeUp(FRENCH)).body).toMatchObject({ status: 409, detail: "Vous l’avez déjà pris en charge." });

    const past = await api.call("POST", `/api/commons/${w.commons.slug}/needs`, {
      as: w.author.token,
      body: { type: "need", title: "x", dueOn: inDays(-3) },
      headers: FRENCH,
    });
    expect(past.body.errors).toEqual([{ path: "body.dueOn", message: "Choisissez aujourd’hui ou un jour suivant." }]);

    const missing = `/api/needs/${crypto.randomUUID()}`;
    expect((await api.call("GET", missing)).body.detail).toBe("The need was not found.");
    expect((await api.call("GET", missing, { headers: FRENCH })).body.detail).toBe("Besoin introuvable.");
  });
});
