import { randomUUID } from "node:crypto";
import type { Command } from "commander";
import { sql } from "drizzle-orm";
import { type Config, loadConfig, type SmtpConfig } from "../config.ts";
import { rowsOf } from "../db/rows.ts";
import { Email } from "../http/fields.ts";
import { enqueueMail } from "../modules/mail/outbox.ts";
import { claimRow, type Delivery, type SendOptions, sendClaimed } from "../modules/mail/sender.ts";
import { smtpTransport } from "../modules/mail/transport.ts";
import { DEFAULT_LANGUAGE } from "../text/messages.ts";
import { refuse, withDatabase } from "./context.ts";
import { registerQueueCommands } from "./mail-queue.ts";

const say = (line: string) => process.stdout.write(`${line}\n`);

const SECURITY = {
  starttls: "STARTTLS required",
  tls: "TLS from the first byte",
  none: "no TLS (a relay on this host or network only)",
} satisfies Record<SmtpConfig["security"], string>;

/** What a nodemailer error's code means for whoever reads the report. */
const STAGE: Record<string, string> = {
  ECONNECTION: "Could not connect",
  ESOCKET: "Could not connect",
  EDNS: "Could not find the server",
  ETIMEDOUT: "The server did not answer in time",
  ETLS: "TLS failed",
  EAUTH: "Authentication failed",
  ENOAUTH: "Authentication failed",
  EENVELOPE: "The server refused the sender or the recipient",
  EMESSAGE: "The server refused the message",
  EPROTOCOL: "The server spoke something other than SMTP",
};

/** The error's message with its code and the server's response; never the password, whatever a server echoes back. */
function describeError(err: unknown, smtp: SmtpConfig): string {
  const e = (err ?? {}) as { code?: string; responseCode?: number; response?: string; message?: string };
  const parts = [`${STAGE[e.code ?? ""] ?? "Failed"}: ${e.message ?? String(err)}`];
  if (e.response && !e.message?.includes(e.response)) parts.push(`server said: ${e.response}`);
  const codes = [e.code, e.responseCode].filter((c) => c !== undefined);
  const line = `${parts.join("; ")}${codes.length ? ` (${codes.join(", ")})` : ""}`;
  return smtp.password ? line.replaceAll(smtp.password, "********") : line;
}

const addresses = (list: (string | { address: string })[] = []) =>
  list.map((a) => (typeof a === "string" ? a : a.address)).join(", ") || "none";

function report(delivery: Delivery, smtp: SmtpConfig): boolean {
  if (delivery.status === "sent") {
    const { info } = delivery;
    say(`Server's answer: ${info.response}`);
    say(`Message-ID: ${info.messageId}`);
    say(`Accepted: ${addresses(info.accepted)}`);
    say(`Rejected: ${addresses(info.rejected)}`);
    return info.accepted.length > 0;
  }
  if (delivery.status === "skipped") say("The test template wrote nothing; nothing was sent.");
  else say(describeError(delivery.error, smtp));
  return false;
}

function configured(): Config & { smtp: SmtpConfig; publicUrl: string } {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    refuse((err as Error).message);
  }
  if (!config.smtp || !config.publicUrl) refuse("Email is off: set SMTP_HOST (with MAIL_FROM and PUBLIC_URL) to send email.");
  return config as Config & { smtp: SmtpConfig; publicUrl: string };
}

/**
 * Checks the connection first (connect, greeting, EHLO, STARTTLS and login as configured), then writes one
 * message to the outbox and sends that row itself, at once: the message is the `test` template composed
 * as every other message is, and the outbox keeps a trace of it like any other.
 */
async function mailTest(address: string) {
  const parsed = Email.safeParse(address);
  if (!parsed.success) refuse(`"${address}" is not an email address.`);
  const config = configured();
  const { smtp } = config;
  say(`SMTP server: ${smtp.host}:${smtp.port}, ${SECURITY[smtp.security]}, ${smtp.user ? `login as ${smtp.user}` : "no login"}`);
  say(`From: ${smtp.from}`);
  const transport = smtpTransport(smtp);
  try {
    try {
      await transport.verify();
      say(`Connection: OK (greeting, EHLO${smtp.security === "starttls" ? ", STARTTLS" : ""}${smtp.user ? ", login" : ""})`);
    } catch (err) {
      say(describeError(err, smtp));
      return false;
    }
    say(`Sending a test message to ${parsed.data}…`);
    const options: SendOptions = { smtp, publicUrl: config.publicUrl, replyDomain: config.inbound?.domain, maxAttempts: 1 };
    return await withDatabase(async ({ db }) => {
      // Written and claimed in one transaction, so a running server's mailer, woken by the insert, leaves it to this command.
      const dedupeKey = `mail-test:${randomUUID()}`;
      const row = await db.transaction(async (tx) => {
        await enqueueMail(tx, { personId: null, to: parsed.data, language: DEFAULT_LANGUAGE, template: "test", data: {}, dedupeKey });
        const [written] = await rowsOf<{ id: number }>(tx, sql`select id from mail_outbox where dedupe_key = ${dedupeKey}`);
        return written ? claimRow(tx, Number(written.id)) : null;
      });
      if (!row) throw new Error("the test message's outbox row could not be taken");
      say(`Outbox row: ${row.id}`);
      return report(await sendClaimed(db, transport, row, options), smtp);
    });
  } finally {
    transport.close();
  }
}

export function registerMailCommands(program: Command) {
  const mail = program.command("mail").description("Outgoing email: test the SMTP server, see what waits or failed, retry");
  mail
    .command("test")
    .description(
      "Check the connection to the configured SMTP server, then send one test message to ADDRESS and report each step; exits 1 if it did not leave",
    )
    .argument("<address>", "where to send the test message")
    .action(async (address: string) => {
      if (await mailTest(address)) say("The message left; check that it arrived.");
      else {
        process.stderr.write("triarchy: The test message was not sent.\n");
        process.exitCode = 1;
      }
    });
  registerQueueCommands(mail);
}
