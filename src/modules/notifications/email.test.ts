import { sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { rowsOf } from "../../db/rows.ts";
import { createLogger } from "../../logger.ts";
import { nowMs } from "../../now.ts";
import { advanceClock } from "../../test/clock.ts";
import { addMember, ensureInstance, makeCommons, makeOrg, makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { type Received, type SmtpSink, startSmtpSink } from "../../test/smtp.ts";
import { startInbound } from "../mail/inbound.ts";
import { type SendOptions, sendAllDue } from "../mail/sender.ts";
import { smtpTransport } from "../mail/transport.ts";
import { enqueueDigests } from "./digests.ts";
import { fanOut } from "./fanout.ts";

const api = setupApi();
const ON = { email: true };
let sink: SmtpSink;
let transport: ReturnType<typeof smtpTransport>;
let options: SendOptions;

beforeAll(async () => {
  await ensureInstance(api.db);
  sink = await startSmtpSink();
  transport = smtpTransport(sink.smtp);
  options = { smtp: sink.smtp, publicUrl: "https://triarchy.test" };
});
afterAll(async () => {
  transport.close();
  await sink.close();
});
beforeEach(() => {
  sink.received.length = 0;
});

/** Fans the log out with email on, sends what is due, and returns what arrived for `to`. */
async function mailFor(p: TestPerson): Promise<Received[]> {
  await fanOut(api.db, ON);
  await sendAllDue(api.db, transport, options);
  // In the order they were written: a round sends several at once, so they may arrive in any order.
  const order = (m: Received) => Number(/^<mail\.(\d+)\./.exec(m.parsed.messageId ?? "")?.[1]);
  return sink.received.filter((m) => m.to.includes(p.email)).sort((a, b) => order(a) - order(b));
}

/** A header as it was sent (mailparser folds the List-* headers into one structure). */
const header = (m: Received | undefined, name: string) =>
  m?.parsed.headerLines
    .find((h) => h.key === name)
    ?.line.slice(name.length + 1)
    .trim() ?? "";

async function verified(over: { language?: "en" | "fr" } = {}) {
  const p = await makePerson(api.db);
  await api.db.execute(sql`update people set email_verified_at = now(), language = ${over.language ?? null} where id = ${p.id}`);
  return p;
}

async function discussion(starter: TestPerson, title = "Which pump?") {
  const steward = await makePerson(api.db);
  const commons = await makeCommons(api.db, steward);
  const thread = await api.call("POST", "/api/threads", {
    as: starter.token,
    body: { subjectType: "commons", subjectId: commons.id, title, body: "Who knows pumps?" },
  });
  expect(thread.status, JSON.stringify(thread.body)).toBe(201);
  return thread.body.id as string;
}

const comment = async (by: TestPerson, thread: string, body: string) =>
  expect((await api.call("POST", `/api/threads/${thread}/comments`, { as: by.token, body: { body } })).status).toBe(201);

describe("notifications by email", () => {
  it("sends a reply at once, as a readable multipart message that threads with the discussion's other emails", async () => {
    const starter = await verified();
    const other = await makePerson(api.db);
    const thread = await discussion(starter, "Which pump for the well?");
    await comment(other, thread, "The **hand pump** from the library works.\n\nTry it first.");
    await comment(other, thread, "Or the solar one.");
    const [first, second] = await mailFor(starter);
    expect(first?.parsed.subject).toBe("Which pump for the well?");
    expect(first?.parsed.text).toContain(`${other.name} wrote in “Which pump for the well?”:`);
    expect(first?.parsed.text).toContain("> The **hand pump** from the library works.");
    expect(first?.parsed.html).toContain("<blockquote");
    expect(first?.parsed.text).toMatch(/https:\/\/triarchy\.test\/notifications\/\d+/);
    expect(first?.parsed.references).toBe(`<thread.${thread}@triarchy.test>`);
    expect(second?.parsed.references).toBe(`<thread.${thread}@triarchy.test>`);
    expect(second?.parsed.inReplyTo).toBe(`<thread.${thread}@triarchy.test>`);
    expect(first?.parsed.messageId).not.toBe(second?.parsed.messageId);
    // Nothing twice: the next round finds nothing more to send.
    expect(await mailFor(starter)).toHaveLength(2);
  });

  it("writes in the person's language", async () => {
    const starter = await verified({ language: "fr" });
    const thread = await discussion(starter, "Quelle pompe ?");
    await comment(await makePerson(api.db), thread, "Celle de la bibliothèque.");
    const [m] = await mailFor(starter);
    expect(m?.parsed.text).toContain("a écrit dans « Quelle pompe ? » :");
    expect(m?.parsed.text).toContain("Ne plus recevoir ces emails");
  });

  it("sends nothing to an unproven address, to whom keeps the kind in the app, or turned it off; the app still tells them", async () => {
    const unproven = await makePerson(api.db);
    const inApp = await verified();
    const off = await verified();
    await api.call("PATCH", "/api/me/notification-preferences", { as: inApp.token, body: { reply: "app" } });
    await api.call("PATCH", "/api/me/notification-preferences", { as: off.token, body: { reply: "off" } });
    const writer = await makePerson(api.db);
    for (const p of [unproven, inApp, off]) await comment(writer, await discussion(p), "A reply");
    for (const p of [unproven, inApp, off]) expect(await mailFor(p)).toEqual([]);
    const told = async (p: TestPerson) => (await api.call("GET", "/api/notifications", { as: p.token })).body.items.length;
    expect([await told(unproven), await told(inApp), await told(off)]).toEqual([1, 1, 0]);
  });

  it("never emails a follower who is not a member of what only members may read", async () => {
    const steward = await makePerson(api.db);
    const org = await makeOrg(api.db, steward, { kind: "association" });
    const outsider = await verified();
    const member = await verified();
    await addMember(api.db, org, member);
    for (const p of [outsider, member]) {
      await api.call("PUT", `/api/follows/organization/${org.id}`, { as: p.token });
      await api.call("PATCH", "/api/me/notification-preferences", { as: p.token, body: { followed: "email" } });
    }
    // An invitation is recorded for members only.
    const invited = await api.call("POST", `/api/organizations/${org.slug}/invitations`, {
      as: steward.token,
      body: { handle: (await makePerson(api.db)).handle },
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    const [toMember] = await mailFor(member);
    expect(toMember?.parsed.subject).toMatch(/^News of what you follow/);
    expect(await mailFor(outsider)).toEqual([]);
  });

  it("skips an email whose notification was read in the app before it left", async () => {
    const starter = await verified();
    const thread = await discussion(starter);
    await comment(await makePerson(api.db), thread, "Read me in the app");
    await fanOut(api.db, ON);
    expect((await api.call("POST", "/api/notifications/read-all", { as: starter.token })).status).toBe(200);
    expect(await sendAllDue(api.db, transport, options)).toMatchObject({ sent: 0, skipped: 1 });
    expect(await mailFor(starter)).toEqual([]);
  });
});

describe("reply by email", () => {
  it("offers a reply address in a comment's email, and a reply to it is posted in the thread as its recipient", async () => {
    const inbound = await startInbound(api.db, { port: 0, host: "127.0.0.1", domain: "reply.triarchy.test" }, createLogger("silent"));
    try {
      const starter = await verified();
      const thread = await discussion(starter);
      await comment(await makePerson(api.db), thread, "Shall we meet on Friday?");
      await fanOut(api.db, ON);
      await sendAllDue(api.db, transport, { ...options, replyDomain: "reply.triarchy.test" });
      const m = sink.received.find((r) => r.to.includes(starter.email));
      const replyTo = m?.parsed.replyTo?.value[0]?.address ?? "";
      expect(replyTo).toMatch(/^reply\+[0-9a-z]+\.[0-9a-f]+@reply\.triarchy\.test$/);
      expect(m?.parsed.text).toContain("Reply to this email to answer in the discussion.");
      const client = nodemailer.createTransport({ host: "127.0.0.1", port: inbound.port, secure: false, ignoreTLS: true });
      await client.sendMail({
        from: starter.email,
        to: replyTo,
        subject: `Re: ${m?.parsed.subject}`,
        inReplyTo: m?.parsed.messageId,
        text: `Friday suits me.\n\nOn Monday, Triarchy wrote:\n> Shall we meet on Friday?\n`,
      });
      client.close();
      const comments = (await api.call("GET", `/api/threads/${thread}?limit=100`)).body.comments.items as {
        body: string;
        author: { handle: string };
      }[];
      expect(comments.at(-1)).toMatchObject({ body: "Friday suits me.", author: { handle: starter.handle } });
    } finally {
      await inbound.stop();
    }
  });
});

describe("one-click unsubscribe", () => {
  it("stops that kind's emails from the List-Unsubscribe link alone, keeps it in the app, and refuses an altered link", async () => {
    const starter = await verified();
    const thread = await discussion(starter);
    await comment(await makePerson(api.db), thread, "First");
    const [m] = await mailFor(starter);
    expect(header(m, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    const url = new URL(header(m, "list-unsubscribe").replace(/^<|>$/g, ""));
    expect(url.origin).toBe("https://triarchy.test");
    const token = url.searchParams.get("token") ?? "";
    // The footer's link opens the page that asks first.
    expect(m?.parsed.text).toContain(`https://triarchy.test/unsubscribe?token=${encodeURIComponent(token)}`);

    const altered = `${token.slice(0, -2)}xx`;
    const bad = await api.call("POST", `/api/mail/unsubscribe?token=${encodeURIComponent(altered)}`);
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe("token");

    const preview = await api.call("GET", `/api/mail/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(preview.body).toEqual({ topic: "reply", kinds: ["reply"] });
    const prefs = async () =>
      (await api.call("GET", "/api/me/notification-preferences", { as: starter.token })).body.find(
        (p: { kind: string }) => p.kind === "reply",
      );
    expect((await prefs()).delivery).toBe("email");

    // As a mail client does it (RFC 8058): a POST with no session and the one-click body.
    const done = await api.request(`/api/mail/unsubscribe?token=${encodeURIComponent(token)}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(done.status).toBe(200);
    expect((await prefs()).delivery).toBe("app");
    sink.received.length = 0;
    await comment(await makePerson(api.db), thread, "Second");
    expect(await mailFor(starter)).toEqual([]);
    expect((await api.call("GET", "/api/notifications?unread=true", { as: starter.token })).body.items).toHaveLength(2);
  });
});

describe("digests", () => {
  it("gathers a day's decisions opening into one email the next day, once, and stops with its own unsubscribe", async () => {
    const steward = await makePerson(api.db);
    const org = await makeOrg(api.db, steward, { kind: "association" });
    const member = await verified();
    await addMember(api.db, org, member);
    for (const title of ["Buy a press", "Paint the door"]) {
      const closesAt = new Date(nowMs() + 5 * 86_400_000).toISOString();
      const r = await api.call("POST", `/api/organizations/${org.slug}/proposals`, {
        as: steward.token,
        body: { title, closesAt, method: "majority", ballot: "secret" },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    // Decisions opening come in the daily digest by default: nothing at once.
    expect(await mailFor(member)).toEqual([]);
    await advanceClock(api.db, 86_400);
    expect(await enqueueDigests(api.db)).toBeGreaterThanOrEqual(1);
    expect(await enqueueDigests(api.db)).toBe(0);
    const digests = (await mailFor(member)).filter((m) => m.parsed.subject?.startsWith("Your day on"));
    expect(digests).toHaveLength(1);
    const text = digests[0]?.parsed.text ?? "";
    expect(text).toContain("2 notifications you have not read yet from yesterday:");
    expect(text).toContain("Buy a press");
    expect(text).toContain("Paint the door");
    const token = new URL(header(digests[0], "list-unsubscribe").replace(/^<|>$/g, "")).searchParams.get("token");
    const done = await api.call("POST", `/api/mail/unsubscribe?token=${encodeURIComponent(token ?? "")}`);
    expect(done.body.topic).toBe("digest:daily");
    expect(done.body.kinds).toContain("decision_opened");
    const [row] = await rowsOf<{ delivery: string }>(
      api.db,
      sql`select delivery::text from notification_preferences where person_id = ${member.id} and kind = 'decision_opened'`,
    );
    expect(row?.delivery).toBe("app");
  });
});
