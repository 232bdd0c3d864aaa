import type { Db } from "../../db/types.ts";
import { every } from "../../every.ts";
import type { Logger } from "../../logger.ts";
import type { MailSwitch } from "./email.ts";
import { fanOut } from "./fanout.ts";

/**
 * Reads the activity log into notifications every second, one round at a time, in the server process
 * and never in a request: a decision opened in an association of 100,000 members costs its request
 * nothing more. Several processes may run it; the worker's position row lets one work at a time.
 */
export function startNotifier(db: Db, logger: Logger, on: MailSwitch, everyMs = 1_000): () => Promise<void> {
  return every(everyMs, () =>
    fanOut(db, on)
      .then((n) => {
        if (n) logger.debug({ count: n }, "activities fanned out to notifications");
      })
      .catch((err: Error) => logger.error({ err: { message: err.message } }, "failed: notifications fan-out")),
  );
}
