import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { SmtpConfig } from "../config.ts";

export interface Received {
  /** The envelope's recipients (RCPT TO). */
  to: string[];
  from: string;
  raw: string;
  parsed: ParsedMail;
}

export interface SmtpSink {
  port: number;
  smtp: SmtpConfig;
  received: Received[];
  /** Waits until `n` messages in all have arrived (or throws after `ms`). */
  waitFor(n: number, ms?: number): Promise<Received[]>;
  /**
   * How the sink answers the end of a message: "accept" (250), "refuse" (a permanent 550), "defer" (a
   * temporary 451), "hang" (keeps the message and never answers its end, as if the sender died
   * waiting) or "stall" (takes the connection and never greets, so nothing is sent).
   */
  mode: "accept" | "refuse" | "defer" | "hang" | "stall";
  /** Connections opened so far. */
  connections: number;
  close(): Promise<void>;
}

/** A real SMTP server for the tests, on a free local port: what the platform sends arrives here, parsed by mailparser. */
export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const received: Received[] = [];
  const waiters: (() => void)[] = [];
  const sink = {} as SmtpSink;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onConnect(_session, callback) {
      sink.connections++;
      if (sink.mode !== "stall") callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", async () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        if (sink.mode === "refuse") return callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
        if (sink.mode === "defer") return callback(Object.assign(new Error("Try again later"), { responseCode: 451 }));
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          raw,
          parsed: await simpleParser(raw),
        });
        for (const w of waiters.splice(0)) w();
        if (sink.mode !== "hang") callback();
      });
    },
  });
  // A client killed mid-dialogue (the crash tests do it) resets its connection: that is no failure of the sink.
  server.on("error", () => {});
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const bound = (server.server.address() as AddressInfo).port;
  Object.assign(sink, {
    port: bound,
    smtp: { host: "127.0.0.1", port: bound, security: "none", from: "Triarchy <notify@triarchy.test>" } satisfies SmtpConfig,
    received,
    mode: "accept",
    connections: 0,
    async waitFor(n: number, ms = 10_000) {
      const deadline = Date.now() + ms;
      while (received.length < n) {
        if (Date.now() > deadline) throw new Error(`expected ${n} messages, ${received.length} arrived`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
  return sink;
}
