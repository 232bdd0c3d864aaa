import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer, type SMTPServerDataStream } from "smtp-server";
import type { InboundConfig } from "../../config.ts";
import type { Db } from "../../db/types.ts";
import { type Logger, loggableError } from "../../logger.ts";
import { postReply, type Refusal } from "./reply.ts";
import { parseReplyAddress } from "./reply-address.ts";
import { mailSecret } from "./signing.ts";

/** A reply is a few lines of text: anything over this is refused, and never held in memory whole. */
export const MAX_REPLY_BYTES = 1024 * 1024;

/** What the sending server hears: a permanent refusal, so it bounces to the sender rather than retries. */
const ANSWERS: Record<Refusal | "too_big", [number, string]> = {
  too_big: [552, "5.3.4 Message too big for a reply"],
  unknown_mail: [550, "5.1.1 This reply address is no longer valid"],
  automatic: [550, "5.7.1 Automatic messages are not posted"],
  other_sender: [550, "5.7.1 Only the person this message was sent to can reply to it"],
  no_thread: [550, "5.1.1 This message has no discussion to reply to"],
  empty: [550, "5.6.0 The reply is empty once quoted text is removed"],
  too_long: [550, "5.6.0 The reply is too long for a comment"],
  reused: [550, "5.7.1 This reply address has already been used"],
  not_allowed: [550, "5.7.1 You can no longer comment in this discussion"],
};

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

/** Reads a message up to the limit; past it, the rest is read and dropped (the stream must be drained to answer). */
function readCapped(stream: SMTPServerDataStream): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    stream.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= MAX_REPLY_BYTES) chunks.push(chunk);
    });
    stream.on("error", reject);
    stream.on("end", () => resolve(stream.sizeExceeded || bytes > MAX_REPLY_BYTES ? null : Buffer.concat(chunks)));
  });
}

export interface Inbound {
  /** The port it listens on (the one picked, when configured with 0). */
  port: number;
  stop(): Promise<void>;
}

/**
 * The SMTP listener for replies by email: it takes mail only for reply addresses this instance signed
 * (reply-address.ts), and posts each reply as a comment (reply.ts) before answering 250, so a sender
 * whose reply is refused hears so from their own mail server. Plain SMTP, no AUTH: it sits behind the
 * domain's MX or a local relay, and what protects it is the signed address, not the connection.
 */
export async function startInbound(db: Db, config: InboundConfig, logger: Logger): Promise<Inbound> {
  const log = logger.child({ module: "inbound-mail" });
  const refuse = (mailId: number | null, reason: Refusal | "too_big" | "bad_address") => {
    // The reason and the outbox row only: never an address or a word of the message.
    log.info({ mailId, reason }, "reply refused");
  };
  const server = new SMTPServer({
    name: config.domain,
    size: MAX_REPLY_BYTES,
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    maxClients: 50,
    closeTimeout: 5_000,
    onRcptTo(address, session, callback) {
      // One reply per transaction: a second recipient is asked to come again in a transaction of its own.
      if (session.envelope.rcptTo.length > 0) return callback(smtpError(452, "4.5.3 One reply address per message"));
      mailSecret(db).then(
        (secret) => {
          if (parseReplyAddress(secret, address.address, config.domain) !== null) return callback();
          refuse(null, "bad_address");
          callback(smtpError(550, "5.1.1 No such reply address"));
        },
        (err) => {
          log.error({ err: loggableError(err) }, "failed: reply address check");
          callback(smtpError(451, "4.3.0 Try again later"));
        },
      );
    },
    onData(stream, session, callback) {
      (async () => {
        const raw = await readCapped(stream);
        const secret = await mailSecret(db);
        const mailId = parseReplyAddress(secret, session.envelope.rcptTo[0]?.address ?? "", config.domain);
        if (mailId === null) return callback(smtpError(550, "5.1.1 No such reply address"));
        if (!raw) {
          refuse(mailId, "too_big");
          return callback(smtpError(...ANSWERS.too_big));
        }
        const parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
        const header = (name: string) => {
          const v = parsed.headers.get(name);
          return typeof v === "string" ? v : undefined;
        };
        const result = await postReply(db, {
          mailId,
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          // One author or none: a From naming several people names nobody we could post as.
          from: parsed.from?.value.length === 1 ? parsed.from.value[0]?.address : undefined,
          autoSubmitted: header("auto-submitted"),
          precedence: header("precedence"),
          text: parsed.text ?? "",
        });
        if ("refused" in result) {
          refuse(mailId, result.refused);
          return callback(smtpError(...ANSWERS[result.refused]));
        }
        log.info({ mailId, commentId: result.commentId }, "reply posted");
        callback(null, "2.0.0 Reply posted");
      })().catch((err) => {
        // The database or the parser failed: a temporary answer, so the sending server tries again later.
        log.error({ err: loggableError(err) }, "failed: reply by email");
        callback(smtpError(451, "4.3.0 Try again later"));
      });
    },
  });
  server.on("error", (err) => log.error({ err: loggableError(err) }, "failed: inbound SMTP"));
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(config.port, config.host, () => {
      server.server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;
  log.info({ host: config.host, port }, "taking replies by email");
  return { port, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
