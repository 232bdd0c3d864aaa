import type { Config } from "../../config.ts";
import type { Database } from "../../db/client.ts";
import type { Logger } from "../../logger.ts";
import { MAIL_CHANNEL } from "./outbox.ts";
import { type SendOptions, sendAllDue } from "./sender.ts";
import { smtpTransport } from "./transport.ts";

/**
 * The mailer: sends the outbox in the server process, when a transaction that wrote to it commits
 * (LISTEN) and every few seconds for retries that fall due. Does nothing when no SMTP server is set.
 */
export async function startMailer(database: Database, config: Config, logger: Logger, everyMs = 5_000): Promise<() => Promise<void>> {
  const smtp = config.smtp;
  if (!smtp || !config.publicUrl) return async () => {};
  const transport = smtpTransport(smtp);
  const options: SendOptions = {
    smtp,
    publicUrl: config.publicUrl,
    leaseSeconds: config.mailLeaseSeconds,
    replyDomain: config.inbound?.domain,
  };
  let running: Promise<void> | null = null;
  let again = false;
  const round = async () => {
    do {
      again = false;
      try {
        const r = await sendAllDue(database.db, transport, options);
        if (r.sent || r.retrying || r.failed || r.skipped) logger.info(r, "mail round");
      } catch (err) {
        logger.error({ err: { message: (err as Error).message } }, "failed: mail round");
      }
    } while (again);
  };
  const tick = () => {
    if (running) again = true;
    else
      running = round().finally(() => {
        running = null;
      });
  };
  const unlisten = await database.listen(MAIL_CHANNEL, tick, tick);
  const timer = setInterval(tick, everyMs);
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    await unlisten();
    await running;
    transport.close();
  };
}
