import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../db/client.ts";
import { rowsOf } from "../../db/rows.ts";
import { ensureInstance } from "../../test/factories.ts";
import { type SmtpSink, startSmtpSink } from "../../test/smtp.ts";
import { migratedDataDir, postgresTemplate, serverUrl } from "../../test/template.ts";
import { enqueueMail } from "./outbox.ts";

/**
 * The outbox against crashes: a real server process is killed (SIGKILL) while its mailer holds
 * messages, once before any is handed to the SMTP server and once after the server took them but
 * before the mailer could mark them sent; a new process then sends what was left. Counted exactly.
 */
const ROOT = join(import.meta.dirname, "..", "..", "..");
const MESSAGES = 12;

interface Place {
  env: Record<string, string>;
  open(): Promise<Database>;
  remove(): Promise<void>;
}

/** A migrated database the server process and this test take turns on: PGlite in a directory, or a PostgreSQL database. */
async function place(): Promise<Place> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), "triarchy-mail-crash-"));
    await migratedDataDir(dir);
    return {
      env: { DATA_DIR: dir },
      open: () => openDatabase({ kind: "pglite", dataDir: dir }),
      remove: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `triarchy_test_${randomBytes(6).toString("hex")}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(q).finally(() => c.end());
  };
  await admin(`create database ${name} template ${await postgresTemplate(url)}`);
  const own = serverUrl(url, name);
  return {
    env: { DATABASE_URL: own },
    open: () => openDatabase({ kind: "postgres", url: own, poolSize: 2 }),
    remove: () => admin(`drop database if exists ${name} with (force)`),
  };
}

/** `triarchy serve` as its own process, with email through the sink. */
function serve(where: Place, sink: SmtpSink): ChildProcess {
  return spawn(join(ROOT, "node_modules", ".bin", "node"), [join(ROOT, "bin", "triarchy.mjs"), "serve", "--port", "0"], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...where.env,
      LOG_LEVEL: "warn",
      WEB_DIST: "/nonexistent",
      PUBLIC_URL: "https://triarchy.test",
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(sink.port),
      SMTP_SECURITY: "none",
      MAIL_FROM: "Triarchy <notify@triarchy.test>",
      MAIL_LEASE_SECONDS: "2",
      TEST_DATABASE_URL: "",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

const stopped = (child: ChildProcess, signal: "SIGKILL" | "SIGTERM") =>
  new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill(signal);
  });

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function withDb<T>(where: Place, work: (db: Database) => Promise<T>): Promise<T> {
  const database = await where.open();
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

const statuses = (where: Place) =>
  withDb(where, (d) =>
    rowsOf<{ status: string; n: number }>(d.db, sql`select status::text, count(*)::int as n from mail_outbox group by 1 order by 1`),
  );

describe("the outbox after a crash", () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    sink.mode = "accept";
    await sink.close();
  });

  for (const when of ["between commit and send", "between send and mark"] as const) {
    it(`sends every message after a kill ${when}: none lost, none with a second Message-ID`, async () => {
      const where = await place();
      try {
        await withDb(where, async (d) => {
          await ensureInstance(d.db);
          await d.db.transaction(async (tx) => {
            for (let i = 0; i < MESSAGES; i++)
              await enqueueMail(tx, { personId: null, to: `p${i}@example.org`, language: "en", template: "test", data: {} });
          });
        });
        sink.received.length = 0;
        sink.connections = 0;
        // "stall": the mailer has taken its rows and waits for a greeting; "hang": the SMTP server has
        // each message but never says so.
        sink.mode = when === "between commit and send" ? "stall" : "hang";
        const first = serve(where, sink);
        if (when === "between commit and send") await until("the mailer to connect", () => sink.connections >= 1);
        else await until("messages to arrive", () => sink.received.length >= 1);
        await stopped(first, "SIGKILL");
        const inFlight = sink.received.length;
        if (when === "between commit and send") expect(inFlight).toBe(0);
        else expect(inFlight).toBeGreaterThan(0);
        expect(await statuses(where)).toEqual([{ status: "pending", n: MESSAGES }]);

        sink.mode = "accept";
        const second = serve(where, sink);
        try {
          await until("every message to arrive", () => new Set(sink.received.map((m) => m.parsed.messageId)).size >= MESSAGES);
        } finally {
          // A clean stop lets the mailer finish its round; an embedded database has one opener at a time.
          await stopped(second, "SIGTERM");
        }
        expect(await statuses(where)).toEqual([{ status: "sent", n: MESSAGES }]);
        const ids = sink.received.map((m) => m.parsed.messageId);
        const recipients = new Set(sink.received.map((m) => m.to[0]));
        // Every message arrived under its own Message-ID.
        expect(new Set(ids).size).toBe(MESSAGES);
        expect(recipients.size).toBe(MESSAGES);
        // A message the SMTP server took before the crash is sent again (no SMTP client can know it was
        // taken), under the same Message-ID, so mail systems and clients show it once; none else twice.
        expect(sink.received).toHaveLength(MESSAGES + inFlight);
        const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
        expect(twice).toHaveLength(inFlight);
      } finally {
        await where.remove();
      }
    }, 120_000);
  }
});
