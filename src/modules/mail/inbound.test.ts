import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../db/rows.ts";
import { createLogger } from "../../logger.ts";
import { ensureInstance, makeCommons, makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { fanOut } from "../notifications/fanout.ts";
import { type Inbound, MAX_REPLY_BYTES, startInbound } from "./inbound.ts";
import { enqueueMail } from "./outbox.ts";
import { replyAddress, threadOfNotification } from "./reply-address.ts";
import { mailSecret } from "./signing.ts";

const api = setupApi();
const domain = "reply.triarchy.test";
let inbound: Inbound;
/** Every line the listener logged: refusals must say why, and never who or what. */
const logged: string[] = [];

beforeAll(async () => {
  await ensureInstance(api.db);
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logged.push(String(chunk));
      done();
    },
  });
  inbound = await startInbound(api.db, { port: 0, host: "127.0.0.1", domain }, createLogger("info", sink));
});
afterAll(async () => {
  await inbound.stop();
});

/**
 * Ada opened a thread, Bob answered; Ada's notification of the reply went out in a message whose reply
 * address names it. Each test makes its own, since an address posts once.
 */
async function world() {
  const steward = await makePerson(api.db);
  const ada = await makePerson(api.db);
  const bob = await makePerson(api.db);
  const commons = await makeCommons(api.db, steward);
  const thread = await api.call("POST", "/api/threads", {
    as: ada.token,
    body: { subjectType: "commons", subjectId: commons.id, title: "Pump", body: "Who knows pumps?" },
  });
  expect(thread.status, JSON.stringify(thread.body)).toBe(201);
  const threadId = thread.body.id as string;
  const comment = await api.call("POST", `/api/threads/${threadId}/comments`, { as: bob.token, body: { body: "I do. Monday?" } });
  expect(comment.status, JSON.stringify(comment.body)).toBe(201);
  await fanOut(api.db);
  const [told] = await rowsOf<{ id: number }>(
    api.db,
    sql`select id::int from notifications where person_id = ${ada.id} and kind = 'reply' order by id desc limit 1`,
  );
  if (!told) throw new Error("Ada was not told of the reply");
  expect(await threadOfNotification(api.db, told.id)).toBe(threadId);
  const address = await mailTo(ada, told.id);
  return { ada, bob, threadId, address, notificationId: told.id };
}

/** An outbox row for the notification, and the reply address its message carries. */
async function mailTo(person: TestPerson, notificationId: number) {
  const dedupeKey = `reply-test:${notificationId}:${Math.random()}`;
  await api.db.transaction((tx) =>
    // The "test" template is enough: the address names the row, and the row the notification.
    enqueueMail(tx, {
      personId: person.id,
      to: person.email,
      language: "en",
      template: "test",
      data: { notificationId } as never,
      dedupeKey,
    }),
  );
  const [row] = await rowsOf<{ id: number }>(api.db, sql`select id from mail_outbox where dedupe_key = ${dedupeKey}`);
  if (!row) throw new Error("no outbox row");
  const address = replyAddress({ mailId: Number(row.id), secret: await mailSecret(api.db), replyDomain: domain });
  if (!address) throw new Error("no reply address");
  return address;
}

const REPLY = [
  "Monday suits me. I'll bring the spare gasket.",
  "",
  "-- ",
  "Ada",
  "Pump enthusiast",
  "",
  "On Tue, 3 Jun 2025 at 10:00, Triarchy <notify@triarchy.test> wrote:",
  "> Bob replied in Pump:",
  "> I do. Monday?",
].join("\n");

/** Sends as a mail client would, to the real listener, over SMTP. */
function send(message: Mail.Options) {
  const transport = nodemailer.createTransport({ host: "127.0.0.1", port: inbound.port, secure: false, ignoreTLS: true });
  return transport.sendMail({ subject: "Re: Pump", text: REPLY, ...message }).finally(() => transport.close());
}

const comments = (threadId: string) =>
  rowsOf<{ author: string; body: string }>(
    api.db,
    sql`select author_id as author, body from comments where thread_id = ${threadId} order by created_at, id`,
  );

/** The server's answer to a refused message: its SMTP code; nothing posted, and the reason logged. */
async function refused(threadId: string, message: Mail.Options, reason: string): Promise<number> {
  const before = (await comments(threadId)).length;
  logged.length = 0;
  const err = await send(message).then(
    () => {
      throw new Error("the listener took a message it should have refused");
    },
    (e: { responseCode?: number }) => e,
  );
  expect((await comments(threadId)).length).toBe(before);
  expect(logged.map((l) => JSON.parse(l).reason)).toContain(reason);
  return err.responseCode ?? 0;
}

describe("replies by email", () => {
  it("posts the reply in the thread as its recipient, without the quote or the signature", async () => {
    const w = await world();
    const info = await send({ from: `Ada <${w.ada.email}>`, to: w.address });
    expect(info.response).toMatch(/^250 /);
    const all = await comments(w.threadId);
    expect(all.at(-1)).toEqual({ author: w.ada.id, body: "Monday suits me. I'll bring the spare gasket." });
    // As if posted from the API: the activity is logged, and Bob hears of it.
    await fanOut(api.db);
    const [heard] = await rowsOf<{ n: number }>(
      api.db,
      sql`select count(*)::int as n from notifications n join activities a on a.id = n.activity_id
          where n.person_id = ${w.bob.id} and a.verb = 'comment.posted' and a.actor_id = ${w.ada.id}`,
    );
    expect(heard?.n).toBe(1);
    expect(logged.join("")).not.toContain(w.ada.email);
    expect(logged.join("")).not.toContain("gasket");
  });

  it("takes a lowercased address, a From in another case, and a reply written only in HTML", async () => {
    const w = await world();
    await send({
      from: w.ada.email.toUpperCase(),
      to: w.address.toLowerCase(),
      text: undefined,
      html: "<p>Agreed, <b>Monday</b>.</p><p>On Tue, 3 Jun 2025, Triarchy wrote:</p><blockquote>I do. Monday?</blockquote>",
    });
    expect((await comments(w.threadId)).at(-1)).toEqual({ author: w.ada.id, body: "Agreed, Monday." });
  });

  it("refuses a reply from anyone but its recipient", async () => {
    const w = await world();
    expect(await refused(w.threadId, { from: w.bob.email, to: w.address }, "other_sender")).toBe(550);
    expect(await refused(w.threadId, { from: "stranger@example.test", to: w.address }, "other_sender")).toBe(550);
    // The recipient can still use it.
    await send({ from: w.ada.email, to: w.address });
    expect((await comments(w.threadId)).at(-1)?.author).toBe(w.ada.id);
  });

  it("takes one reply address per message, and asks the sending server to send the other apart", async () => {
    const w = await world();
    const other = await mailTo(w.ada, w.notificationId);
    const info = await send({ from: w.ada.email, to: [w.address, other] });
    expect(info.accepted).toEqual([w.address]);
    expect(info.rejected).toEqual([other]);
    await send({ from: w.ada.email, to: other, text: "And once more." });
    expect((await comments(w.threadId)).slice(-2).map((c) => c.author)).toEqual([w.ada.id, w.ada.id]);
  });

  it("refuses a From that names more than one person", async () => {
    const w = await world();
    expect(await refused(w.threadId, { from: `${w.ada.email}, ${w.bob.email}`, to: w.address }, "other_sender")).toBe(550);
  });

  it("refuses a forged MAC or a tampered row id at RCPT TO", async () => {
    const w = await world();
    const [local = "", at = ""] = w.address.split("@");
    const [id = "", mac = ""] = local.slice("reply+".length).split(".");
    const forged = `reply+${id}.${mac.slice(0, -1)}${mac.endsWith("a") ? "b" : "a"}@${at}`;
    const tampered = `reply+${(Number.parseInt(id, 36) + 1).toString(36)}.${mac}@${at}`;
    expect(await refused(w.threadId, { from: w.ada.email, to: forged }, "bad_address")).toBe(550);
    expect(await refused(w.threadId, { from: w.ada.email, to: tampered }, "bad_address")).toBe(550);
    expect(await refused(w.threadId, { from: w.ada.email, to: `${local}@elsewhere.test` }, "bad_address")).toBe(550);
    expect(logged.join("")).not.toContain(local);
  });

  it("posts once per address: a reused reply is refused", async () => {
    const w = await world();
    await send({ from: w.ada.email, to: w.address });
    expect(await refused(w.threadId, { from: w.ada.email, to: w.address, text: "Something else entirely." }, "reused")).toBe(550);
  });

  it("posts once when the same reply arrives twice at the same time", async () => {
    const w = await world();
    const before = (await comments(w.threadId)).length;
    const results = await Promise.allSettled([1, 2, 3].map(() => send({ from: w.ada.email, to: w.address })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect(((r as PromiseRejectedResult).reason as { responseCode?: number }).responseCode).toBe(550);
    expect((await comments(w.threadId)).length).toBe(before + 1);
  });

  it("refuses a message over 1 MB", async () => {
    const w = await world();
    const code = await refused(w.threadId, { from: w.ada.email, to: w.address, text: `Long.\n${"x".repeat(MAX_REPLY_BYTES)}` }, "too_big");
    expect(code).toBe(552);
    // The address was not spent by it.
    await send({ from: w.ada.email, to: w.address });
    expect((await comments(w.threadId)).at(-1)?.author).toBe(w.ada.id);
  });

  it("refuses auto-replies and bounces, which would otherwise loop", async () => {
    const w = await world();
    const away = { from: w.ada.email, to: w.address, text: "I am away until Monday." };
    expect(await refused(w.threadId, { ...away, headers: { "Auto-Submitted": "auto-replied" } }, "automatic")).toBe(550);
    expect(await refused(w.threadId, { ...away, headers: { Precedence: "bulk" } }, "automatic")).toBe(550);
    expect(await refused(w.threadId, { ...away, envelope: { from: "", to: w.address } }, "automatic")).toBe(550);
    await send({ ...away, headers: { "Auto-Submitted": "no" } });
    expect((await comments(w.threadId)).at(-1)?.body).toBe("I am away until Monday.");
  });

  it("refuses a reply that says nothing once the quote is gone, or more than a comment may", async () => {
    const w = await world();
    expect(
      await refused(w.threadId, { from: w.ada.email, to: w.address, text: "\n\nOn Tue, Triarchy wrote:\n> I do. Monday?\n" }, "empty"),
    ).toBe(550);
    // Longer than a comment may be (the API's own rule), though well under the 1 MB a message may be.
    expect(await refused(w.threadId, { from: w.ada.email, to: w.address, text: "word ".repeat(4_001) }, "too_long")).toBe(550);
  });

  it("refuses a recipient who can no longer comment there: their account gone, or the thread", async () => {
    const gone = await world();
    await api.db.execute(sql`delete from people where id = ${gone.ada.id}`);
    expect(await refused(gone.threadId, { from: gone.ada.email, to: gone.address }, "unknown_mail")).toBe(550);
    const closed = await world();
    await api.db.execute(sql`delete from threads where id = ${closed.threadId}`);
    expect(await refused(closed.threadId, { from: closed.ada.email, to: closed.address }, "no_thread")).toBe(550);
  });

  it("takes the address the message was sent to after the person changed theirs, and their new one", async () => {
    const w = await world();
    await api.db.execute(sql`update people set email = ${`new-${w.ada.email}`} where id = ${w.ada.id}`);
    await send({ from: `new-${w.ada.email}`, to: w.address, text: "From my new address." });
    expect((await comments(w.threadId)).at(-1)).toEqual({ author: w.ada.id, body: "From my new address." });
    const again = await mailTo({ ...w.ada, email: w.ada.email }, w.notificationId);
    await send({ from: w.ada.email, to: again, text: "From the old one." });
    expect((await comments(w.threadId)).at(-1)).toEqual({ author: w.ada.id, body: "From the old one." });
  });
});
