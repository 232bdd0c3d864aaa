import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/client.ts";
import { rowsOf } from "../db/rows.ts";
import { enqueueMail } from "../modules/mail/outbox.ts";
import { type SmtpSink, startSmtpSink } from "../test/smtp.ts";
import { migratedDataDir } from "../test/template.ts";

/** The real `triarchy` binary against a real SMTP server (the test sink) and a PGlite directory of its own. */
const BIN = join(import.meta.dirname, "..", "..", "bin", "triarchy.mjs");
const scratch = mkdtempSync(join(tmpdir(), "triarchy-mail-cli-"));
// Sending and the queue each have their own directory, so the tests hold in any order (TEST_SHUFFLE).
const sendDir = join(scratch, "send");
const queueDir = join(scratch, "queue");
let sink: SmtpSink;
beforeAll(async () => {
  await migratedDataDir(sendDir);
  await migratedDataDir(queueDir);
  sink = await startSmtpSink();
}, 120_000);
afterAll(async () => {
  await sink?.close();
  rmSync(scratch, { recursive: true, force: true });
});

type Result = { code: number; stdout: string; stderr: string };

function triarchy(args: string[], env: Record<string, string> = {}, dataDir = sendDir) {
  return new Promise<Result>((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, LOG_LEVEL: "silent", SMTP_HOST: "", ...env }, timeout: 60_000 },
      (err, stdout, stderr) => resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const smtpEnv = (port: number) => ({
  SMTP_HOST: "127.0.0.1",
  SMTP_PORT: String(port),
  SMTP_SECURITY: "none",
  SMTP_USER: "",
  SMTP_PASSWORD: "",
  MAIL_FROM: "Triarchy <notify@triarchy.test>",
  PUBLIC_URL: "http://triarchy.test",
});

/** Opens the data directory in this process (the CLI is not running meanwhile: PGlite allows one process). */
async function withData<T>(dataDir: string, work: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>) {
  const database = await openDatabase({ kind: "pglite", dataDir });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

const statusOf = (dataDir: string, id: number) =>
  withData(
    dataDir,
    async ({ db }) => (await rowsOf<{ status: string }>(db, sql`select status::text from mail_outbox where id = ${id}`))[0]?.status,
  );

// Each test spawns the real binary; on a loaded machine each start takes seconds.
describe("triarchy mail", { timeout: 90_000 }, () => {
  it("test: sends one message through the server and shows its 250 answer and Message-ID", async () => {
    sink.mode = "accept";
    const before = sink.received.length;
    const res = await triarchy(["mail", "test", "ops@example.org"], smtpEnv(sink.port));
    expect(res, res.stderr).toMatchObject({ code: 0, stderr: "" });
    expect(res.stdout).toContain(`SMTP server: 127.0.0.1:${sink.port}, no TLS`);
    expect(res.stdout).toContain("Connection: OK");
    expect(res.stdout).toMatch(/^Server's answer: 250 /m);
    const [arrived] = (await sink.waitFor(before + 1)).slice(before);
    expect(arrived!.to).toEqual(["ops@example.org"]);
    expect(arrived!.parsed.subject).toMatch(/^Test message from /);
    expect(res.stdout).toContain(`Message-ID: ${arrived!.parsed.messageId}`);
    expect(res.stdout).toContain("Accepted: ops@example.org");
  });

  it("test: exits 1 and shows the server's 550 when it refuses the message; the row is failed, not retried", async () => {
    sink.mode = "refuse";
    try {
      const res = await triarchy(["mail", "test", "ops@example.org"], smtpEnv(sink.port));
      expect(res.code).toBe(1);
      expect(res.stdout).toContain("Connection: OK");
      expect(res.stdout).toMatch(/The server refused the message: .*550 Mailbox unavailable/);
      const id = Number(res.stdout.match(/^Outbox row: (\d+)$/m)?.[1]);
      expect(await statusOf(sendDir, id)).toBe("failed");
    } finally {
      sink.mode = "accept";
    }
  });

  it("test: exits 1 with ECONNREFUSED when nothing listens, before writing anything", async () => {
    const closed = await startSmtpSink();
    await closed.close();
    const res = await triarchy(["mail", "test", "ops@example.org"], smtpEnv(closed.port));
    expect(res.code).toBe(1);
    expect(res.stdout).toContain("Could not connect: connect ECONNREFUSED");
    expect(res.stdout).not.toContain("Outbox row");
    expect(res.stderr).toBe("triarchy: The test message was not sent.\n");
  });

  it("test: refuses with exit 2 when email is off or the address is not one", async () => {
    const off = await triarchy(["mail", "test", "ops@example.org"]);
    expect(off).toMatchObject({ code: 2, stdout: "" });
    expect(off.stderr).toBe("triarchy: Email is off: set SMTP_HOST (with MAIL_FROM and PUBLIC_URL) to send email.\n");
    const bad = await triarchy(["mail", "test", "not-an-address"], smtpEnv(sink.port));
    expect(bad).toMatchObject({ code: 2, stdout: "", stderr: 'triarchy: "not-an-address" is not an email address.\n' });
  });

  it("queue: shows what waits and what failed and why, masked; --json parses; retry puts the failed back", async () => {
    const ids = await withData(queueDir, async ({ db }) => {
      await db.transaction(async (tx) => {
        await enqueueMail(tx, { personId: null, to: "waiting.person@example.org", language: "en", template: "test", data: {} });
        await enqueueMail(tx, { personId: null, to: "gone.person@example.net", language: "en", template: "test", data: {} });
      });
      const rows = await rowsOf<{ id: number }>(
        db,
        sql`select id::int as id from mail_outbox where to_address like '%.person@%' order by id`,
      );
      await db.execute(
        sql`update mail_outbox set status = 'failed', attempts = 8, last_error = '550 5.1.1 No such user here' where id = ${rows[1]!.id}`,
      );
      return rows.map((r) => r.id);
    });
    const [pending, failed] = ids as [number, number];

    const queue = (args: string[]) => triarchy(["mail", ...args], {}, queueDir);

    const table = await queue(["queue"]);
    expect(table, table.stderr).toMatchObject({ code: 0, stderr: "" });
    expect(table.stdout).toMatch(/^pending: 1, sent: 0, failed: 1, skipped: 0$/m);
    expect(table.stdout).toMatch(/^Oldest pending: \d+ s old$/m);
    expect(table.stdout).toMatch(new RegExp(`^${pending} +test +w…@example\\.org +0 +\\S+Z$`, "m"));
    expect(table.stdout).toMatch(new RegExp(`^${failed} +test +g…@example\\.net +8 +\\S+Z +550 5\\.1\\.1 No such user here$`, "m"));
    expect(table.stdout).not.toMatch(/waiting\.person|gone\.person/);

    const json = await queue(["queue", "--json", "--failed"]);
    expect(json.code).toBe(0);
    expect(json.stdout).not.toMatch(/waiting\.person|gone\.person/);
    const q = JSON.parse(json.stdout);
    expect(q.counts).toEqual({ pending: 1, sent: 0, failed: 1, skipped: 0 });
    expect(q.pending).toBeUndefined();
    expect(q.failed).toEqual([expect.objectContaining({ id: failed, to: "g…@example.net", lastError: "550 5.1.1 No such user here" })]);

    const notFailed = await queue(["retry", String(pending)]);
    expect(notFailed.stdout).toBe(`Put 0 failed messages back in the queue.\nNot failed (or no such message), left alone: ${pending}.\n`);
    const retry = await queue(["retry", "--all-failed"]);
    expect(retry, retry.stderr).toMatchObject({ code: 0, stdout: "Put 1 failed message back in the queue.\n" });
    expect(await statusOf(queueDir, failed)).toBe("pending");
    const after = JSON.parse((await queue(["queue", "--json", "--limit", "1"])).stdout);
    expect(after.counts).toEqual({ pending: 2, sent: 0, failed: 0, skipped: 0 });
    expect(after.pending).toEqual([expect.objectContaining({ id: pending })]);
  });

  it("retry: refuses without IDs, with both IDs and --all-failed, and with what is not an ID", async () => {
    for (const args of [[], ["1", "--all-failed"], ["x1"]]) {
      const res = await triarchy(["mail", "retry", ...args], {}, queueDir);
      expect(res.code, args.join(" ")).toBe(2);
      expect(res.stderr).toMatch(/^triarchy: (Give the failed messages' IDs|Not a message ID: x1)/);
    }
  });
});
