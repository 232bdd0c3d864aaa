import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../db/rows.ts";
import type { Db } from "../../db/types.ts";
import { nowMs } from "../../now.ts";
import { advanceClock } from "../../test/clock.ts";
import { addMember, ensureInstance, makeCommons, makeOrg, makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { agree, declare, monthsAgo, world } from "../../test/worlds/coalition.ts";
import { fanOut } from "./fanout.ts";
import { noticeOverdueInvoices, remindClosingDecisions } from "./reminders.ts";

const api = setupApi();

beforeAll(async () => {
  await ensureInstance(api.db);
});

interface Told {
  kind: string;
  readAt: string | null;
  activity: { verb: string; objectId: string };
}

/** Fans the log out, then reads a person's notifications through the API. */
async function told(p: TestPerson, query = ""): Promise<Told[]> {
  await fanOut(api.db);
  const res = await api.call("GET", `/api/notifications${query}`, { as: p.token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items;
}
const kinds = async (p: TestPerson) => (await told(p)).map((n) => `${n.kind} ${n.activity.verb}`);
const unread = async (p: TestPerson) => (await api.call("GET", "/api/notifications/unread", { as: p.token })).body.unread as number;

async function commonsWorld() {
  const steward = await makePerson(api.db);
  const author = await makePerson(api.db);
  const commons = await makeCommons(api.db, steward);
  const proposal = await api.call("POST", `/api/commons/${commons.slug}/contributions`, {
    as: author.token,
    body: { type: "new_document", title: "Add the manual", path: "manual.md", documentTitle: "The manual", content: "Hello\n" },
  });
  expect(proposal.status, JSON.stringify(proposal.body)).toBe(201);
  return { steward, author, commons, contributionId: proposal.body.id as string };
}

describe("who hears of what", () => {
  it("tells a contribution's author it was accepted, and nobody of their own acts", async () => {
    const w = await commonsWorld();
    expect((await api.call("POST", `/api/contributions/${w.contributionId}/accept`, { as: w.steward.token, body: {} })).status).toBe(200);
    expect(await kinds(w.author)).toEqual(["contribution_reviewed contribution.accepted"]);
    expect(await kinds(w.steward)).toEqual([]);
    // Read twice, told once: the worker's position moved with the notifications it wrote.
    expect(await fanOut(api.db)).toBe(0);
    expect(await unread(w.author)).toBe(1);
  });

  it("tells those mentioned in a comment, but not a handle in code or an address", async () => {
    const w = await commonsWorld();
    const [ada, bob, cy] = [await makePerson(api.db), await makePerson(api.db), await makePerson(api.db)];
    const thread = await api.call("POST", "/api/threads", {
      as: w.author.token,
      body: { subjectType: "commons", subjectId: w.commons.id, title: "Pump", body: "Who knows pumps?" },
    });
    expect(thread.status, JSON.stringify(thread.body)).toBe(201);
    const body = `@${ada.handle}, what do you think? \`@${bob.handle}\` is code; mail ${cy.handle}@example.org`;
    expect((await api.call("POST", `/api/threads/${thread.body.id}/comments`, { as: w.steward.token, body: { body } })).status).toBe(201);
    expect(await kinds(ada)).toEqual(["mention comment.posted"]);
    expect(await kinds(bob)).toEqual([]);
    expect(await kinds(cy)).toEqual([]);
    // The thread's starter hears of the reply.
    expect(await kinds(w.author)).toContain("reply comment.posted");
  });

  it("never tells a follower who is not a member of what only members may read", async () => {
    const steward = await makePerson(api.db);
    const org = await makeOrg(api.db, steward, { kind: "association" });
    const follower = await makePerson(api.db);
    const member = await makePerson(api.db);
    await addMember(api.db, org, member);
    for (const p of [follower, member]) {
      expect((await api.call("PUT", `/api/follows/organization/${org.id}`, { as: p.token })).body.following).toBe(true);
    }
    // An invitation is recorded for members only; an edit of the profile is public.
    const invitee = await makePerson(api.db);
    const invited = await api.call("POST", `/api/organizations/${org.slug}/invitations`, {
      as: steward.token,
      body: { handle: invitee.handle },
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    expect(
      (await api.call("PATCH", `/api/organizations/${org.slug}`, { as: steward.token, body: { description: "Now public" } })).status,
    ).toBe(200);
    expect(await kinds(follower)).toEqual(["followed organization.updated"]);
    expect((await kinds(member)).sort()).toEqual(["followed membership.invited", "followed organization.updated"]);
    // Unfollowing stops it.
    expect((await api.call("DELETE", `/api/follows/organization/${org.id}`, { as: follower.token })).body.following).toBe(false);
    await api.call("PATCH", `/api/organizations/${org.slug}`, { as: steward.token, body: { description: "Again" } });
    expect(await kinds(follower)).toHaveLength(1);
  });

  it("tells the electorate a decision opened, reminds a day before it closes those who have not voted, and never tells anyone how or whether others voted", async () => {
    const steward = await makePerson(api.db);
    const org = await makeOrg(api.db, steward, { kind: "association" });
    const [voter, abstainer, watcher] = [await makePerson(api.db), await makePerson(api.db), await makePerson(api.db)];
    for (const p of [voter, abstainer]) await addMember(api.db, org, p);
    await api.call("PUT", `/api/follows/organization/${org.id}`, { as: watcher.token });
    const closesAt = new Date(nowMs() + 3 * 86_400_000).toISOString();
    const proposal = await api.call("POST", `/api/organizations/${org.slug}/proposals`, {
      as: steward.token,
      body: { title: "Buy a press", closesAt, method: "majority", ballot: "secret" },
    });
    expect(proposal.status, JSON.stringify(proposal.body)).toBe(201);
    expect(await kinds(voter)).toContain("decision_opened proposal.opened");
    expect(await kinds(abstainer)).toContain("decision_opened proposal.opened");
    expect((await api.call("PUT", `/api/proposals/${proposal.body.id}/vote`, { as: voter.token, body: { answer: "yes" } })).status).toBe(
      200,
    );

    expect(await remindClosingDecisions(api.db)).toBe(0);
    await advanceClock(api.db, 2 * 86_400 + 3_600);
    // The abstainer and the steward, who proposed but has not voted either.
    expect(await remindClosingDecisions(api.db)).toBe(2);
    expect(await remindClosingDecisions(api.db)).toBe(0);
    expect(await kinds(abstainer)).toContain("decision_closing proposal.opened");
    expect(await kinds(voter)).not.toContain("decision_closing proposal.opened");
    // The watcher, not an elector, hears of the opening through the follow, and of nothing about votes.
    expect((await kinds(watcher)).filter((k) => !k.startsWith("followed proposal."))).toEqual([]);
  });

  it("tells the treasurers of both books of an invoice raised, and once more when it falls overdue", async () => {
    const w = await world(api, { ownership: "private" });
    const use = await declare(api, w);
    const a = await agree(api, w, use.id, { fixedFee: 5000, dueDays: 0 });
    const raised = await api.call("POST", `/api/agreements/${a.id}/invoices`, {
      as: w.entTreasurer.token,
      body: { periodStart: monthsAgo(2) },
    });
    expect(raised.status, JSON.stringify(raised.body)).toBe(201);
    expect(await kinds(w.assocTreasurer)).toContain("invoice invoice.raised");
    expect(await kinds(w.entTreasurer)).not.toContain("invoice invoice.raised");
    // Due on the period's end, two months ago: overdue now, told once to both sides' treasurers.
    expect(await noticeOverdueInvoices(api.db)).toBe(2);
    expect(await noticeOverdueInvoices(api.db)).toBe(0);
    for (const p of [w.assocTreasurer, w.entTreasurer]) expect(await kinds(p)).toContain("invoice_overdue invoice.raised");
  });

  it("tells nobody of a kind they turned off, and keeps defaults as no choice", async () => {
    const w = await commonsWorld();
    const prefs = await api.call("PATCH", "/api/me/notification-preferences", {
      as: w.author.token,
      body: { contribution_reviewed: "off", mention: "email" },
    });
    expect(prefs.status, JSON.stringify(prefs.body)).toBe(200);
    expect(prefs.body.find((p: { kind: string }) => p.kind === "contribution_reviewed")).toEqual({
      kind: "contribution_reviewed",
      delivery: "off",
      default: "email",
    });
    const stored = await rowsOf<{ kind: string }>(
      api.db,
      sql`select kind::text from notification_preferences where person_id = ${w.author.id}`,
    );
    expect(stored.map((r) => r.kind)).toEqual(["contribution_reviewed"]);
    await api.call("POST", `/api/contributions/${w.contributionId}/accept`, { as: w.steward.token, body: {} });
    expect(await kinds(w.author)).toEqual([]);
    const bad = await api.call("PATCH", "/api/me/notification-preferences", { as: w.author.token, body: { mention: "sometimes" } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe("body.mention");
  });
});

describe("reading notifications", () => {
  it("marks one's own read, one or all, and ignores others' ids", async () => {
    const w = await commonsWorld();
    const second = await api.call("POST", `/api/commons/${w.commons.slug}/contributions`, {
      as: w.author.token,
      body: { type: "new_document", title: "Add the index", path: "index.md", documentTitle: "Index", content: "Hi\n" },
    });
    await api.call("POST", `/api/contributions/${w.contributionId}/accept`, { as: w.steward.token, body: {} });
    await api.call("POST", `/api/contributions/${second.body.id}/reject`, { as: w.steward.token, body: { note: "Not now" } });
    const mine = await told(w.author);
    expect(mine.map((n) => n.activity.verb)).toEqual(["contribution.rejected", "contribution.accepted"]);
    const ids = (await api.call("GET", "/api/notifications", { as: w.author.token })).body.items.map((n: { id: string }) => n.id);
    const stranger = await makePerson(api.db);
    expect((await api.call("POST", "/api/notifications/read", { as: stranger.token, body: { ids } })).body.unread).toBe(0);
    expect(await unread(w.author)).toBe(2);
    expect((await api.call("POST", "/api/notifications/read", { as: w.author.token, body: { ids: [ids[0]] } })).body.unread).toBe(1);
    expect((await told(w.author, "?unread=true")).map((n) => n.activity.verb)).toEqual(["contribution.accepted"]);
    expect((await api.call("POST", "/api/notifications/read-all", { as: w.author.token })).body.unread).toBe(0);
    expect((await api.call("GET", "/api/notifications", {})).status).toBe(401);
    expect((await api.call("POST", "/api/notifications/read", { as: w.author.token, body: { ids: [] } })).body.errors[0].path).toBe(
      "body.ids",
    );
  });

  it("keeps every stored unread count equal to the person's unread rows, through fan-out, reading and deletion", async () => {
    const w = await commonsWorld();
    await api.call("POST", `/api/contributions/${w.contributionId}/accept`, { as: w.steward.token, body: {} });
    await fanOut(api.db);
    await api.db.execute(sql`delete from notifications where id = (select max(id) from notifications where person_id = ${w.author.id})`);
    await api.call("POST", "/api/notifications/read-all", { as: w.steward.token });
    const wrong = await rowsOf<{ personId: string }>(
      api.db,
      sql`select p.id as "personId" from people p left join notification_unread u on u.person_id = p.id
          where coalesce(u.unread, 0) <> (select count(*) from notifications n where n.person_id = p.id and n.read_at is null)`,
    );
    expect(wrong).toEqual([]);
  });

  it("refuses to follow what does not exist", async () => {
    const p = await makePerson(api.db);
    const res = await api.call("PUT", "/api/follows/need/00000000-0000-4000-8000-000000000000", { as: p.token });
    expect(res.status).toBe(404);
    expect((await api.call("PUT", "/api/follows/planet/00000000-0000-4000-8000-000000000000", { as: p.token })).status).toBe(422);
  });
});

describe("the live unread count", () => {
  it("streams the count at once, and again when a notification is written (through LISTEN/NOTIFY)", async () => {
    const w = await commonsWorld();
    const controller = new AbortController();
    const res = await api.request("/api/notifications/stream", {
      headers: { authorization: `Bearer ${w.author.token}` },
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    const nextCount = async () => {
      let text = "";
      for (;;) {
        const { value } = await reader.read();
        text += decoder.decode(value, { stream: true });
        const m = text.match(/event: unread\ndata: (\{.*\})\n\n/);
        if (m?.[1]) return JSON.parse(m[1]).unread as number;
      }
    };
    expect(await nextCount()).toBe(0);
    await api.call("POST", `/api/contributions/${w.contributionId}/accept`, { as: w.steward.token, body: {} });
    await fanOut(api.db);
    expect(await nextCount()).toBe(1);
    await api.call("POST", "/api/notifications/read-all", { as: w.author.token });
    expect(await nextCount()).toBe(0);
    // The browser going away cancels the stream, which closes the bell.
    await reader.cancel();
    controller.abort();
    await expect.poll(() => api.unread.openBells).toBe(0);
  });
});

describe("the polled unread count", () => {
  it("is kept between changes, and follows a change another process commits (heard through its NOTIFY)", async () => {
    const w = await commonsWorld();
    expect(await unread(w.author)).toBe(0);
    // Another server process's fan-out: rows and NOTIFY committed without this process's `announce`.
    const [activity] = await rowsOf<{ id: string }>(api.db, sql`select max(id)::text as id from activities`);
    await api.db.transaction(async (tx) => {
      await tx.execute(sql`insert into notifications (person_id, activity_id, kind)
        values (${w.author.id}, ${activity!.id}, 'contribution_reviewed')`);
      await tx.execute(sql`select pg_notify('triarchy_unread', ${w.author.id})`);
    });
    await expect.poll(() => unread(w.author)).toBe(1);
    // A row changed behind every process's back (no NOTIFY) is not seen while the count is kept…
    await api.db.execute(sql`update notifications set read_at = now() where person_id = ${w.author.id}`);
    expect(await unread(w.author)).toBe(1);
    // …and this process's own change is seen by the very next read, before its NOTIFY is heard.
    await api.call("POST", `/api/contributions/${w.contributionId}/accept`, { as: w.steward.token, body: {} });
    await fanOut(api.db);
    expect(await unread(w.author)).toBe(1);
    expect((await api.call("POST", "/api/notifications/read-all", { as: w.author.token })).body.unread).toBe(0);
    expect(await unread(w.author)).toBe(0);
  });
});

describe("the fan-out worker", () => {
  it("tells each person once when two workers run at the same time", async () => {
    const steward = await makePerson(api.db);
    const org = await makeOrg(api.db, steward, { kind: "association" });
    const members: TestPerson[] = [];
    for (let i = 0; i < 5; i++) {
      const p = await makePerson(api.db);
      await addMember(api.db, org, p);
      members.push(p);
    }
    const proposal = await api.call("POST", `/api/organizations/${org.slug}/proposals`, {
      as: steward.token,
      body: { title: "Paint the shed", closesAt: new Date(nowMs() + 86_400_000 * 3).toISOString(), method: "majority" },
    });
    expect(proposal.status).toBe(201);
    await Promise.all([fanOut(api.db), fanOut(api.db), fanOut(api.db)]);
    const rows = await rowsOf<{ n: number; people: number }>(
      api.db as Db,
      sql`select count(*)::int as n, count(distinct n.person_id)::int as people
          from notifications n join activities a on a.id = n.activity_id where a.object_id = ${proposal.body.id}::uuid`,
    );
    // The electorate: the five members and the steward (the opening is the clock's act, not the steward's).
    expect(rows[0]).toEqual({ n: 6, people: 6 });
  });
});
