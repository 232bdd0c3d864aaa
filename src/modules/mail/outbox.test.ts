import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.ts";
import { rowsOf } from "../../db/rows.ts";
import { createTestDatabase } from "../../test/database.ts";
import { ensureInstance } from "../../test/factories.ts";
import { type SmtpSink, startSmtpSink } from "../../test/smtp.ts";
import { enqueueMail } from "./outbox.ts";
import { type SendOptions, sendAllDue } from "./sender.ts";
import { smtpTransport } from "./transport.ts";

let database: Database;
let sink: SmtpSink;
let options: SendOptions;
let transport: ReturnType<typeof smtpTransport>;

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureInstance(database.db);
  sink = await startSmtpSink();
  options = { smtp: sink.smtp, publicUrl: "https://triarchy.test", backoffSeconds: () => 0, maxAttempts: 3 };
  transport = smtpTransport(sink.smtp);
});
afterAll(async () => {
  transport.close();
  await sink.close();
  await database.close();
});
beforeEach(async () => {
  sink.mode = "accept";
  sink.received.length = 0;
  await database.db.execute(sql`delete from mail_outbox`);
});

const queue = (over: Partial<Parameters<typeof enqueueMail>[1]> = {}) =>
  database.db.transaction((tx) =>
    enqueueMail(tx, { personId: null, to: "ada@example.org", language: "en", template: "test", data: {}, ...over }),
  );
const statuses = () =>
  rowsOf<{ status: string; attempts: number; lastError: string | null }>(
    database.db,
    sql`select status::text, attempts, last_error as "lastError" from mail_outbox order by id`,
  );

describe("the outbox", () => {
  it("sends a committed message once, multipart, with a stable Message-ID, and marks it sent", async () => {
    await queue();
    expect(await sendAllDue(database.db, transport, options)).toEqual({ sent: 1, retrying: 0, failed: 0, skipped: 0 });
    const [m] = await sink.waitFor(1);
    expect(m?.to).toEqual(["ada@example.org"]);
    expect(m?.parsed.subject).toMatch(/^Test message from /);
    expect(m?.parsed.text).toContain("triarchy mail test");
    expect(m?.parsed.html).toContain("<p>");
    expect(m?.parsed.messageId).toMatch(/^<mail\.\d+\.[0-9a-z]+@triarchy\.test>$/);
    expect(m?.parsed.headers.get("auto-submitted")).toBe("auto-generated");
    expect(await statuses()).toEqual([{ status: "sent", attempts: 1, lastError: null }]);
    // Nothing is due any more: a second round sends nothing.
    expect(await sendAllDue(database.db, transport, options)).toEqual({ sent: 0, retrying: 0, failed: 0, skipped: 0 });
    expect(sink.received).toHaveLength(1);
  });

  it("sends nothing for a transaction that rolled back", async () => {
    await database.db
      .transaction(async (tx) => {
        await enqueueMail(tx, { personId: null, to: "ada@example.org", language: "en", template: "test", data: {} });
        throw new Error("the change fails");
      })
      .catch(() => {});
    expect(await sendAllDue(database.db, transport, options)).toEqual({ sent: 0, retrying: 0, failed: 0, skipped: 0 });
    expect(await statuses()).toEqual([]);
  });

  it("writes a message once per dedupe key", async () => {
    expect(await queue({ dedupeKey: "digest:x" })).toBe(true);
    expect(await queue({ dedupeKey: "digest:x" })).toBe(false);
    expect(await statuses()).toHaveLength(1);
  });

  it("retries a temporary refusal and sends it once the server takes it", async () => {
    await queue();
    sink.mode = "defer";
    expect(await sendAllDue(database.db, transport, options)).toEqual({ sent: 0, retrying: 1, failed: 0, skipped: 0 });
    expect(await statuses()).toEqual([{ status: "pending", attempts: 1, lastError: expect.stringMatching(/451/) }]);
    sink.mode = "accept";
    expect(await sendAllDue(database.db, transport, options)).toEqual({ sent: 1, retrying: 0, failed: 0, skipped: 0 });
    expect(sink.received).toHaveLength(1);
  });

  it("gives up on a permanent refusal at once, and on a temporary one after the last attempt", async () => {
    await queue({ to: "gone@example.org" });
    sink.mode = "refuse";
    expect(await sendAllDue(database.db, transport, options)).toEqual({ sent: 0, retrying: 0, failed: 1, skipped: 0 });
    await queue();
    sink.mode = "defer";
    for (let i = 0; i < 2; i++) expect((await sendAllDue(database.db, transport, options)).retrying).toBe(1);
    expect((await sendAllDue(database.db, transport, options)).failed).toBe(1);
    expect(await statuses()).toEqual([
      { status: "failed", attempts: 1, lastError: expect.stringMatching(/550/) },
      { status: "failed", attempts: 3, lastError: expect.stringMatching(/451/) },
    ]);
  });

  it("threads messages with the same key, and offers one-click unsubscribe for a topic", async () => {
    await queue({ threadKey: "thread:42", topic: "reply", personId: null });
    await queue({ threadKey: "thread:42" });
    await sendAllDue(database.db, transport, options);
    const [a, b] = await sink.waitFor(2);
    expect(a?.parsed.inReplyTo).toBe("<thread.42@triarchy.test>");
    expect(b?.parsed.references).toBe("<thread.42@triarchy.test>");
    expect(a?.parsed.messageId).not.toBe(b?.parsed.messageId);
  });

  it("sends each of many messages exactly once when several mailers share the outbox", async () => {
    await database.db.transaction(async (tx) => {
      for (let i = 0; i < 60; i++)
        await enqueueMail(tx, { personId: null, to: `p${i}@example.org`, language: "en", template: "test", data: {} });
    });
    const rounds = await Promise.all([1, 2, 3].map(() => sendAllDue(database.db, transport, { ...options, batch: 7 })));
    expect(rounds.reduce((n, r) => n + r.sent, 0)).toBe(60);
    await sink.waitFor(60);
    expect(new Set(sink.received.map((m) => m.to[0])).size).toBe(60);
    expect(sink.received).toHaveLength(60);
  });
});
